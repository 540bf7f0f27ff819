"""Where each character of OCR text was seen: the glyph map that joins the offset map of the extracted text.

Every recognised line becomes an ``OcrLine``: its characters ``text[start:end]`` of the extracted text, the
page (or image) it was read on, and one box and one confidence per character. The recogniser gives a box
per character; when it cannot (its characters and the line's text differ in number), the line's box is
split among the characters in proportion to their count — every character gets an equal share of the
width. Boxes are in points (1/72 inch, origin at the page's top left) for PDF pages, and in pixels of the
image (origin at the top left) for images; ``unit`` says which.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

OCR_PREFIX = "ocr:"  # the part of every OCR segment: ``ocr:page 3``, ``ocr:image word/media/image2.png``
POINTS = "pt"
PIXELS = "px"


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle: left, top, width, height in ``unit``."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def scaled(self, factor: float) -> Box:
        return Box(self.x * factor, self.y * factor, self.w * factor, self.h * factor)


def union(boxes: Sequence[Box]) -> Box:
    """The smallest box holding every one of ``boxes`` (at least one)."""
    left = min(box.x for box in boxes)
    top = min(box.y for box in boxes)
    return Box(left, top, max(box.right for box in boxes) - left, max(box.bottom for box in boxes) - top)


def split_evenly(box: Box, count: int) -> list[Box]:
    """``count`` boxes side by side filling ``box``: the proportional split of a line among its characters."""
    if count <= 0:
        return []
    width = box.w / count
    return [Box(box.x + index * width, box.y, width, box.h) for index in range(count)]


@dataclass(frozen=True, slots=True)
class OcrLine:
    """A recognised line: ``text[start:end]`` of the extracted text, a box and a confidence per character."""

    start: int
    end: int
    part: str
    page: int | None
    unit: str
    boxes: tuple[Box, ...]
    confidences: tuple[float, ...]
    pixels: tuple[Box, ...]  # the same boxes in the pixels of the image read (what redaction draws on)
    source: str | None = None  # the package member the image came from (an OFD page image, word/media/…)

    def nested(self, offset: int, part: str) -> OcrLine:
        """This line of an attached document, whose text was added at ``offset`` as ``part``: its page is
        the attachment's, not the outer document's, so it is given by the part only."""
        return replace(
            self, start=self.start + offset, end=self.end + offset, part=f"{part} {self.part}", page=None
        )


@dataclass(frozen=True, slots=True)
class OcrPage:
    """A page or image read by OCR: its part, its mean line confidence, and the size it was read at."""

    part: str
    page: int | None
    confidence: float
    lines: int

    def nested(self, part: str) -> OcrPage:
        return replace(self, part=f"{part} {self.part}", page=None)


@dataclass(slots=True)
class OcrText:
    """The glyph map of a document's OCR text, sorted by ``start``."""

    lines: list[OcrLine] = field(default_factory=list)
    pages: list[OcrPage] = field(default_factory=list)
    _starts: list[int] | None = field(default=None, repr=False, compare=False)

    def line_at(self, offset: int) -> OcrLine | None:
        if self._starts is None or len(self._starts) != len(self.lines):
            self._starts = [line.start for line in self.lines]
        index = bisect_right(self._starts, offset) - 1
        if index >= 0 and self.lines[index].end > offset:
            return self.lines[index]
        return None

    def glyphs(self, start: int, end: int) -> list[tuple[OcrLine, int]]:
        """The (line, index in line) of every OCR character in ``[start, end)``."""
        found: list[tuple[OcrLine, int]] = []
        offset = start
        while offset < end:
            line = self.line_at(offset)
            if line is None:
                offset += 1
                continue
            stop = min(end, line.end)
            found.extend((line, index - line.start) for index in range(offset, stop))
            offset = stop
        return found

    def boxes(self, start: int, end: int) -> list[tuple[OcrLine, Box]]:
        """One box per line the span ``[start, end)`` touches: the union of its characters' boxes there."""
        per_line: dict[int, tuple[OcrLine, list[Box]]] = {}
        for line, index in self.glyphs(start, end):
            per_line.setdefault(line.start, (line, []))[1].append(line.boxes[index])
        return [(line, union(boxes)) for line, boxes in per_line.values()]

    def confidence(self, start: int, end: int) -> float | None:
        """The lowest confidence of the OCR characters in ``[start, end)``, or None if none is OCR text."""
        values = [line.confidences[index] for line, index in self.glyphs(start, end)]
        return min(values) if values else None
