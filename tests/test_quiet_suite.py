"""``pytest -q`` prints dots, failures and the summary: no test writes past pytest's capture."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent


def test_no_test_prints_past_the_capture() -> None:
    escaping = ("capsys.disabled(", "capfd.disabled(")
    offenders = [
        path.relative_to(TESTS).as_posix()
        for path in TESTS.rglob("*.py")
        if path != Path(__file__).resolve()
        and any(word in path.read_text(encoding="utf-8") for word in escaping)
    ]
    assert offenders == []
