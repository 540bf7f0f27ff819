"""secreview: disclosure-attribute and confidentiality review of Chinese government drafts.

>>> import secreview
>>> report = secreview.check_text("联系电话:13912345678")
>>> report.files[0].attribute.value
'redacted'

Names are imported on first use, so ``secreview --version`` and ``--help`` start fast.
"""

from __future__ import annotations

from functools import cache
from importlib import import_module
from os import PathLike

from secreview.version import __version__

TYPE_CHECKING = False
if TYPE_CHECKING:  # not ``typing``: importing it would slow ``secreview --version``
    from typing import Any

    from secreview.engine import Engine
    from secreview.models import Attribute, Category, FileReport, Finding, Reason, Report, Severity

_LAZY = {
    "Engine": "secreview.engine",
    "Attribute": "secreview.models",
    "Category": "secreview.models",
    "FileReport": "secreview.models",
    "Finding": "secreview.models",
    "Reason": "secreview.models",
    "Report": "secreview.models",
    "Severity": "secreview.models",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'secreview' has no attribute {name!r}")


@cache
def default_engine() -> Engine:
    """The engine with the built-in packs, built on first use and shared by the module-level functions."""
    from secreview.engine import Engine

    return Engine()


def check_text(text: str) -> Report:
    """Check a text with the built-in rules."""
    return default_engine().check_text(text)


def check_file(path: str | PathLike[str]) -> Report:
    """Check one document (.txt, .md, .docx, …) with the built-in rules."""
    return default_engine().check_file(path)


def check_paths(*paths: str | PathLike[str]) -> Report:
    """Check files and folders with the built-in rules."""
    return default_engine().check_paths(paths)


__all__ = [
    "Attribute",
    "Category",
    "Engine",
    "FileReport",
    "Finding",
    "Reason",
    "Report",
    "Severity",
    "__version__",
    "check_file",
    "check_paths",
    "check_text",
    "default_engine",
]
