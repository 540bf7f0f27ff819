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
    from secreview.redact import RedactedCopy

_LAZY = {
    "Engine": "secreview.engine",
    "Attribute": "secreview.models",
    "Category": "secreview.models",
    "FileReport": "secreview.models",
    "Finding": "secreview.models",
    "Reason": "secreview.models",
    "Report": "secreview.models",
    "Severity": "secreview.models",
    "RedactedCopy": "secreview.redact",
    "RedactionRefused": "secreview.redact",
    "Style": "secreview.redact",
    "SecreviewError": "secreview.errors",
    "ConfigError": "secreview.errors",
    "ExtractionError": "secreview.errors",
    "RulePackError": "secreview.errors",
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


def check_text(text: str | bytes) -> Report:
    """Check a text with the built-in rules; bytes are decoded as a .txt file is (BOM, UTF-8, GB18030)."""
    return default_engine().check_text(text)


def check_file(path: str | PathLike[str]) -> Report:
    """Check one document (.txt, .md, .docx, …) with the built-in rules."""
    return default_engine().check_file(path)


def check_paths(*paths: str | PathLike[str]) -> Report:
    """Check files and folders with the built-in rules: ``check_paths("a.docx", "drafts/")``."""
    from secreview.arguments import paths_argument

    return default_engine().check_paths(paths_argument(paths, "check_paths"))


def project_engine(path: str | PathLike[str] = ".", *, config: str | PathLike[str] | None = None) -> Engine:
    """An Engine with a project's configuration applied, as the command line applies it: the
    ``[tool.secreview]`` of a pyproject.toml or a secreview.toml found from ``path`` upward (or ``config``):
    its packs and word lists, policy, select/ignore, per-file ignores, allowed terms, mask and baseline (a
    configured baseline not created yet is left out). Without a configuration: the built-in rules."""
    from pathlib import Path

    from secreview import baseline as baselines
    from secreview.arguments import path_argument
    from secreview.config import Settings, discover
    from secreview.engine import Engine

    start = Path(path_argument(path, "project_engine"))
    found = discover([start], Path(path_argument(config, "project_engine")) if config is not None else None)
    accepted = baselines.load(found.baseline) if found.baseline and found.baseline.exists() else None
    return Engine(settings=Settings.of(found, baseline=accepted))


def redact_file(
    source: str | PathLike[str],
    target: str | PathLike[str],
    *,
    style: str = "mask",
    engine: Engine | None = None,
) -> RedactedCopy:
    """Write the redacted copy (删减稿) of ``source`` to ``target``: every personal detail replaced by its
    suggested replacement (``style="block"``: by ■). ``source`` is only read; the returned copy holds the
    report of the original and the re-check of the copy. Raises RedactionRefused for a withheld document
    and ExtractionError for one that cannot be read."""
    from pathlib import Path

    from secreview.arguments import path_argument
    from secreview.redact import Style
    from secreview.redact import redact_file as write_redacted

    chosen = Style.FULL if style in ("block", "full") else Style(style)
    source_path = Path(path_argument(source, "redact_file"))
    target_path = Path(path_argument(target, "redact_file"))
    return write_redacted(engine or default_engine(), source_path, target_path, chosen)


__all__ = [
    "Attribute",
    "Category",
    "ConfigError",
    "Engine",
    "ExtractionError",
    "FileReport",
    "Finding",
    "Reason",
    "RedactedCopy",
    "RedactionRefused",
    "Report",
    "RulePackError",
    "SecreviewError",
    "Severity",
    "Style",
    "__version__",
    "check_file",
    "check_paths",
    "check_text",
    "default_engine",
    "project_engine",
    "redact_file",
]
