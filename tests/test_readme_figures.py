"""The accuracy figures of the README's "Measured" section are what the benchmark scripts print today."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.testing.readme import readme_text

REPO = Path(__file__).resolve().parents[1]
README = readme_text(REPO)
MEASURED = README[README.index("## Measured") : README.index("\n## ", README.index("## Measured") + 1)]

# Script, and the phrases of its output that the README repeats word for word.
PHRASES = {
    "benchmarks/secrecy/evaluate.py": [
        r"public documents with no finding of these categories: \d+/\d+",
        r"hand-written documents judged exactly right: \d+/\d+",
    ],
    "benchmarks/privacy/evaluate.py": [r"officials flagged: \d+/\d+", r"published names above low: \d+/\d+"],
    "benchmarks/decision/run.py": [
        r"overall accuracy [\d.]+%",
        r"withheld or redacted documents judged proactive: \d+",
    ],
}


def _output(script: str) -> str:
    result = subprocess.run(
        [sys.executable, str(REPO / script)],
        cwd=REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.mark.parametrize("script", sorted(PHRASES))
def test_readme_repeats_what_the_script_prints(script: str) -> None:
    printed = _output(script)
    for phrase in PHRASES[script]:
        found = re.search(phrase, printed)
        assert found is not None, f"{script} no longer prints {phrase!r}"
        assert found.group(0) in " ".join(MEASURED.split()), f"README says otherwise than {found.group(0)!r}"
    if script == "benchmarks/privacy/evaluate.py":
        for category in ("person_name", "address", "sensitive_personal"):
            assert re.search(rf"{category}\s+precision 1\.0\s+recall 1\.0", printed), category
    if script == "benchmarks/secrecy/evaluate.py":
        rows = re.findall(r"^(\w+)\s+\d+\s+\d+\s+\d+\s+\d+\s+([\d.]+)\s+([\d.]+)$", printed, re.MULTILINE)
        assert rows and all(p == r == "1.000" for _, p, r in rows), rows  # "precision and recall 1.0"


def _percent(printed: str) -> str:
    return f"{float(printed.rstrip('%')):g}%"


def test_identifier_table_is_what_the_script_prints() -> None:
    printed = _output("benchmarks/identifiers/evaluate.py")
    block = printed[printed.index("secreview (all built-in packs)") :]
    rows = re.findall(r"^(\w+)\s+(\d+)\s+\d+\s+([\d.]+%)\s+([\d.]+%)", block, re.MULTILINE)[:5]
    assert len(rows) == 5
    for category, labels, precision, recall in rows:
        row = f"| {category} | {labels} | {_percent(precision)} / {_percent(recall)} |"
        assert row in MEASURED, row
