"""A finding written by hand, for the tests of what follows the matching (the decision, the report's
places, redaction, baselines, SARIF, the learned signal): what a test does not name holds a value that
means nothing to it."""

from __future__ import annotations

from typing import Any

from secreview.decide import Decision
from secreview.models import Attribute, Category, Finding, Reason, Severity, TraceRole, TraceStep


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


def line_from(text: str, opening: str) -> str:
    """What ``text`` holds from the first ``opening`` to the end of its line: a passage a test cuts."""
    start = text.index(opening)
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)]


def finding_in(
    text: str, value: str, category: Category, rule: str, severity: Severity = Severity.MEDIUM
) -> Finding:
    """A finding of ``rule`` where ``value`` first stands in ``text`` (its line counted, column 1, no
    message), as a rule would report it there."""
    start = text.index(value)
    line = text.count("\n", 0, start) + 1
    return made_finding(category, severity, rule, text=value, start=start, message="", line=line)


def cut_decision(category: Category, rule: str, message: str, basis: str = "第十五条") -> Decision:
    """The decision the rules make of a draft cut for one finding of ``rule`` (删减后公开): one decisive step
    and its reason (``message``, ``basis``), the 附注 suggested."""
    step = TraceStep(
        role=TraceRole.DECISIVE,
        category=category,
        attribute=Attribute.REDACTED,
        count=1,
        rules=[rule],
        message=message,
    )
    reason = Reason(category=category, message=message, basis=basis)
    return Decision(Attribute.REDACTED, [reason], [step], suggested_note="(此件删减后公开)")
