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


def shared_files(folder: Path, pattern: str = "*.txt") -> list[Path]:
    """Real published documents from ../shared, or nothing when this checkout has no ../shared."""
    return sorted(folder.glob(pattern)) if folder.is_dir() else []
