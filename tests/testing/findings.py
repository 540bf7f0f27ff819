"""A finding written by hand, for the tests of what follows the matching (the decision, the report's
places, redaction, baselines, SARIF, the learned signal): what a test does not name holds a value that
means nothing to it."""

from __future__ import annotations

from typing import Any

from secreview.models import Category, Finding, Severity


def made_finding(
    category: Category = Category.ID_NUMBER,
    severity: Severity = Severity.HIGH,
    rule: str = "XX001",
    *,
    text: str = "x",
    start: int = 0,
    end: int | None = None,
    message: str = "m",
    replacement: str | None = None,
    part: str = "body",
    line: int = 1,
    column: int = 1,
    **more: Any,
) -> Finding:
    """A finding of ``category`` whose matched ``text`` starts at ``start`` and ends where the text does
    (or at ``end``); ``more`` gives the other fields of a finding (``location``, ``page``, ``box`` …)."""
    return Finding(
        rule=rule,
        category=category,
        severity=severity,
        start=start,
        end=start + len(text) if end is None else end,
        text=text,
        part=part,
        message=message,
        replacement=replacement,
        line=line,
        column=column,
        **more,
    )
