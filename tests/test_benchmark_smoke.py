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
    corpora = [row["corpus"] for row in written["throughput"]]
    assert corpora[:2] == ["realistic 0.05 MB", "hit-dense 0.05 MB"]
    shared = REPO.parent / "shared" / "seeds"
    if shared.is_dir():  # the documents joined, then checked one by one
        assert len(corpora) == 4 and corpora[2].startswith("real documents (")
        assert corpora[3].startswith("real documents one by one")
        assert written["throughput"][3]["ms per 3 KB document"] > 0
    else:
        assert len(corpora) == 2
    assert [row["user pack"].split(", ")[1] for row in written["user_pack"]][:1] == ["pyahocorasick"]
    assert [row["shape"] for row in written["pathological_growth"]] == [
        "long digit runs",
        "one line",
        "keyword hits",
    ]
    assert {"secreview check one.txt", "secreview check one.docx"} <= set(written["cold_start"])
