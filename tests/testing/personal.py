"""The personal-data findings an officer is asked to act on (medium or high) in one checked text."""

from __future__ import annotations

from secreview import Engine
from secreview.categories import PERSONAL
from secreview.models import Severity


def loud_personal(engine: Engine, text: str) -> list[tuple[str, str]]:
    """(rule, matched text) of each medium or high personal-data finding of ``text``."""
    findings = engine.check_text(text).files[0].findings
    return [(f.rule, f.text) for f in findings if f.category in PERSONAL and f.severity is not Severity.LOW]
