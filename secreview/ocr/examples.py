"""Examples of rules about OCR text: ``⟦…⟧`` marks the characters OCR read with low confidence.

A rule scoped to ``ocr`` proves its examples on text that stands as OCR text: each line one recognised
line, the marked characters read with confidence ``UNSURE_EXAMPLE``, the others with ``SURE_EXAMPLE``.
"""

from __future__ import annotations

from secreview.extract.base import ExtractedText, Segment
from secreview.extract.glyphs import OCR_PREFIX, PIXELS, Box, OcrLine, OcrPage, OcrText

OPEN, CLOSE = "⟦", "⟧"
UNSURE_EXAMPLE = 0.5
SURE_EXAMPLE = 0.99
_EXAMPLE_PART = f"{OCR_PREFIX}page 1"


def ocr_example(example: str) -> ExtractedText:
    """The OCR text of ``example`` (markers removed), with its glyph map."""
    text: list[str] = []
    confidences: list[float] = []
    unsure = False
    for character in example:
        if character in (OPEN, CLOSE):
            unsure = character == OPEN
            continue
        text.append(character)
        confidences.append(UNSURE_EXAMPLE if unsure else SURE_EXAMPLE)
    plain = "".join(text)
    segments, lines = [], []
    start = 0
    for number, line in enumerate(plain.split("\n"), start=1):
        end = start + len(line)
        if line:
            boxes = tuple(
                Box(float(index * 10), float(number * 20), 10.0, 16.0) for index in range(len(line))
            )
            segments.append(Segment(start, end, _EXAMPLE_PART, "page:1"))
            lines.append(
                OcrLine(start, end, _EXAMPLE_PART, 1, PIXELS, boxes, tuple(confidences[start:end]), boxes)
            )
        start = end + 1
    page = OcrPage(_EXAMPLE_PART, 1, SURE_EXAMPLE, len(lines))
    return ExtractedText(plain, segments, ocr=OcrText(lines, [page]))
