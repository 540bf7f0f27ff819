"""The speed benchmark runs end to end at its smallest size, so it cannot rot (no timing is checked)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_quick_benchmark_runs_and_writes_its_json(tmp_path: Path) -> None:
    output = tmp_path / "speed.json"
    result = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "speed" / "run.py"), "--quick", "--json", str(output)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    written = json.loads(output.read_text(encoding="utf-8"))
    assert [row["corpus"] for row in written["throughput"]] == ["realistic 0.05 MB", "hit-dense 0.05 MB"]
    assert {"secreview check one.txt", "secreview check one.docx"} <= set(written["cold_start"])
