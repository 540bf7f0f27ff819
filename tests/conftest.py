from __future__ import annotations

from pathlib import Path

import pytest

from secreview import Engine

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus" / "real"


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine()


@pytest.fixture(scope="session")
def rules_alone() -> Engine:
    """An engine that judges by the rules alone, without the learned weak signal."""
    engine = Engine()
    engine.learned = None
    return engine


def shared_files(folder: Path, pattern: str = "*.txt") -> list[Path]:
    """Real published documents from ../shared, or nothing when this checkout has no ../shared."""
    return sorted(folder.glob(pattern)) if folder.is_dir() else []


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say why the tests on real documents did not run, even with -q: a silent skip looks like a pass."""
    if not SHARED.is_dir():
        terminalreporter.write_line(
            f"{SHARED} not found: tests on the real published documents were skipped; "
            "tests/test_public_standins.py checked hand-written documents of the same kinds"
        )
