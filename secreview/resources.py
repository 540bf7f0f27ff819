"""The data shipped with secreview: the packs, policy, lexicons and tables of ``rules/``."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def builtin_rules_dir() -> Path:
    """The packs shipped with secreview: inside the installed wheel, or ``rules/`` of a checkout."""
    installed = Path(str(resources.files("secreview") / "rules"))
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[1] / "rules"


SURNAMES_FILE = "lexicons/surnames.txt"  # the surnames a name can open with (persons, masked names in copies)


def word_list(relative: str) -> list[str]:
    """The words of a shipped list under ``rules/`` (one a line; blank lines and ``#`` comments skipped)."""
    lines = (builtin_rules_dir() / relative).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]
