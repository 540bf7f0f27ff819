"""One finding per thing: a match nested in a longer one of the same kind is not a finding of its own."""

from __future__ import annotations

from collections.abc import Sequence

from secreview.categories import IDENTIFIERS as _IDENTIFIERS
from secreview.categories import PERSONAL as _PERSONAL
from secreview.models import Category, Severity
from secreview.rulepack.schema import CompiledRule
from secreview.weighed import Weighed

# Details that run on into each other (建档立卡 + 贫困户, an address and its house number) are one thing.
_JOINED = frozenset({Category.SENSITIVE_PERSONAL, Category.ADDRESS})


def _kind(item: Weighed) -> str | None:
    """Personal data only (markings of other categories, a 密级 mark and its expired term, each say
    something); a number or address inside another identifier (13912345678@139.com) is part of it."""
    category = item.rule.rule.category
    if category not in _PERSONAL:
        return None
    return "identifier" if category in _IDENTIFIERS else str(category)


def taken_in(outer: Weighed, inner: Weighed) -> Weighed:
    """``outer`` once ``inner`` (personal data of the same kind, sorted after it and starting inside it) is
    taken in: reaching as far as either, with the higher severity of the two (``outer`` itself when that
    changes nothing, as for most nested items)."""
    severity = outer.severity
    if inner.severity is not None and severity is not None and inner.severity.rank > severity.rank:
        severity = inner.severity
    if inner.end > outer.end or severity is not outer.severity:
        return outer._replace(end=max(outer.end, inner.end), severity=severity)
    return outer


def one_of(earlier: Weighed, later: Weighed) -> Weighed:
    """Of two kept items of one span and category, the one a report keeps (``outermost``, then one
    finding per span and category): the first rule in the order of ids (the earlier of equals), with the
    other taken in when they are personal data."""
    first, other = earlier, later
    if later.rule.rule.id < earlier.rule.rule.id:
        first, other = later, earlier
    return first if _kind(first) is None else taken_in(first, other)


def settled(earlier: Weighed, rule: CompiledRule, highest: Severity) -> bool:
    """Whether ``one_of(earlier, later)`` is ``earlier`` for every kept item ``later`` of ``rule`` on the
    same span and category with a severity of at most ``highest``: such a candidate need not be weighed."""
    if rule.rule.id < earlier.rule.rule.id:
        return False
    return _kind(earlier) is None or (earlier.severity is not None and earlier.severity.rank >= highest.rank)


def outermost(items: Sequence[Weighed]) -> list[Weighed]:
    """The kept ``items`` (sorted by start, longest first) without personal data inside a longer or equal
    span of the same kind (the same category, or both identifiers), and with touching or overlapping spans of
    sensitive details or addresses joined; the span that stays takes the higher severity."""
    kept: list[Weighed] = []
    widest: dict[str, int] = {}  # kind -> index in kept of the span of that kind reaching furthest
    for item in items:
        kind = _kind(item)
        if kind is None:
            kept.append(item)
            continue
        index = widest.get(kind)
        if index is not None:
            outer = kept[index]
            joined = item.start <= outer.end and item.rule.rule.category in _JOINED
            if outer.end >= item.end or joined:
                kept[index] = taken_in(outer, item)
                continue
        widest[kind] = len(kept)
        kept.append(item)
    return kept
