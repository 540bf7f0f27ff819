"""What every extractor returns: one plain text and the part each character came from."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

# Parts of a document, as the output contract names them.
BODY = "body"
TABLE = "table"
HEADER = "header"
FOOTER = "footer"
FOOTNOTE = "footnote"
ENDNOTE = "endnote"
COMMENT = "comment"
REVISION = "revision"
TEXTBOX = "textbox"
METADATA = "metadata"


@dataclass(frozen=True, slots=True)
class Segment:
    """Characters ``text[start:end]`` of the extracted text came from ``part``."""

    start: int
    end: int
    part: str


@dataclass(slots=True)
class ExtractedText:
    """The text a document yields and the offset map from characters to parts.

    Segments are sorted, do not overlap and cover every character that is not a
    separator added by the extractor (separators belong to no part).
    """

    text: str
    segments: list[Segment] = field(default_factory=list)
    encoding: str | None = None

    def part_at(self, start: int, end: int) -> str:
        """The part of the span; a revision anywhere in the span wins, as it is the hidden text."""
        if not self.segments:
            return BODY
        starts = [s.start for s in self.segments]
        index = max(bisect_right(starts, start) - 1, 0)
        first = self.segments[index]
        part = first.part if first.end > start else None
        for segment in self.segments[index:]:
            if segment.start >= end:
                break
            if segment.end <= start:
                continue
            if segment.part == REVISION:
                return REVISION
            part = part or segment.part
        return part or first.part


class TextBuilder:
    """Appends text piece by piece while recording the part of each piece."""

    def __init__(self) -> None:
        self._pieces: list[str] = []
        self._segments: list[Segment] = []
        self._length = 0

    @property
    def length(self) -> int:
        return self._length

    def add(self, text: str, part: str | None) -> None:
        """Append ``text``; ``part=None`` marks a separator the extractor inserted."""
        if not text:
            return
        start = self._length
        self._pieces.append(text)
        self._length += len(text)
        if part is None:
            return
        last = self._segments[-1] if self._segments else None
        if last is not None and last.part == part and last.end == start:
            self._segments[-1] = Segment(last.start, self._length, part)
        else:
            self._segments.append(Segment(start, self._length, part))

    def ends_with_newline(self) -> bool:
        return not self._pieces or self._pieces[-1].endswith("\n")

    def build(self, encoding: str | None = None) -> ExtractedText:
        return ExtractedText("".join(self._pieces), list(self._segments), encoding)
