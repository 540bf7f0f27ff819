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
