"""Spans that are public by nature (文号, 索引号, 信用代码 …) and the findings they cancel."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from secreview.weighed import Weighed


class PublicSpans:
    """Kept candidates of suppressing rules, indexed by start for overlap queries."""

    def __init__(self, spans: Sequence[Weighed]) -> None:
        self._spans = sorted(spans, key=lambda span: span.start)
        self._starts = [span.start for span in self._spans]
        self._longest = max((span.end - span.start for span in self._spans), default=0)

    def cover(self, item: Weighed) -> Weighed | None:
        """The first public span that overlaps ``item`` and suppresses its category, if any."""
        category = item.rule.rule.category
        first = bisect_left(self._starts, item.start - self._longest)
        for span in self._spans[first:]:
            if span.start >= item.end:
                break
            if span.end > item.start and category in span.rule.rule.suppresses:
                return span
        return None
