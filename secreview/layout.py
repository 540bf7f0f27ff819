"""Where a span stands on the page: among the first or last lines of the document's main text."""

from __future__ import annotations

from bisect import bisect_right
from functools import cached_property

import regex

from secreview.extract.base import APART, APART_PREFIXES, ExtractedText
from secreview.normalize import NormalizedText

# Parts that are not the running text of the page; first and last lines are counted without them.
_APART = APART
_NON_BLANK_LINE = regex.compile(r"[^\n]*\S[^\n]*")
_NON_BLANK = regex.compile(r"\S")  # what makes a line one of ``_NON_BLANK_LINE``


class Layout:
    """Line positions of one extracted document, computed on first use."""

    def __init__(self, extracted: ExtractedText) -> None:
        self._extracted = extracted

    @cached_property
    def _main_lines(self) -> list[int]:
        """Start offsets of the non-blank lines of the main text, in order."""
        extracted = self._extracted
        return [
            line.start()
            for line in _NON_BLANK_LINE.finditer(extracted.text)
            if not _apart(extracted.part_at(line.start(), line.end()))
        ]

    @cached_property
    def _all_main(self) -> bool:
        """Whether no segment is apart from the main text: every non-blank line is a main line."""
        return not any(_apart(segment.part) for segment in self._extracted.segments)

    def _main(self, start: int, end: int) -> bool:
        """Whether the non-blank line ``start:end`` is a line of the main text."""
        return self._all_main or not _apart(self._extracted.part_at(start, end))

    def line_index(self, start: int) -> int:
        """0-based index, among main non-blank lines, of the line holding ``start``."""
        return bisect_right(self._main_lines, start) - 1

    def in_first_lines(self, start: int, count: int) -> bool:
        index = self.line_index(start)
        return 0 <= index < count

    def in_last_lines(self, start: int, count: int) -> bool:
        index = self.line_index(start)
        return index >= 0 and index >= len(self._main_lines) - count

    def last_lines_start(self, count: int) -> int | None:
        """The offset from which a start is ``in_last_lines(start, count)`` (None: no main line, no start
        is). Read from the end: a long text's other lines are not looked at."""
        if "_main_lines" in self.__dict__:
            lines = self._main_lines
            return lines[max(0, len(lines) - count)] if lines else None
        text = self._extracted.text
        found: list[int] = []
        end = len(text)
        while len(found) < count:
            start = text.rfind("\n", 0, end) + 1
            if _NON_BLANK.search(text, start, end) and self._main(start, end):
                found.append(start)
            if start == 0:
                break
            end = start - 1
        return found[-1] if found else None


class Places:
    """Where the candidates of a rule placed only among the last main lines can count, as offsets of the
    matching view of one document: the windows of such a rule that end before need no run when only
    what counts is reported."""

    def __init__(self, layout: Layout, normalized: NormalizedText) -> None:
        self._layout = layout
        self._normalized = normalized

    def _matching(self, offset: int) -> int | None:
        """The first offset of the matching view whose original offset is ``offset`` or after (None for a
        text in display order, whose offsets do not grow with the original's)."""
        return None if self._normalized.reordered else self._normalized.to_matching(offset)

    def last_lines_start(self, count: int) -> int:
        """No candidate starting before this offset stands among the last ``count`` main lines."""
        start = self._layout.last_lines_start(count)
        if start is None:
            return len(self._normalized.text) + 1  # no main line: no candidate stands there
        return self._matching(start) or 0


def _apart(part: str) -> bool:
    return part in _APART or part.startswith(APART_PREFIXES)
