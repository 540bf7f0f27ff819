"""The glyph map: boxes of the characters of a span, per line; rows of lines read side by side."""

from __future__ import annotations

from secreview.extract.glyphs import PIXELS, Box, OcrLine, OcrText, split_evenly, union
from secreview.ocr.pages import rows
from secreview.ocr.reader import RecognisedLine


def _line(start: int, text: str, x: float, y: float, part: str = "ocr:page 1") -> OcrLine:
    boxes = tuple(split_evenly(Box(x, y, 10.0 * len(text), 16.0), len(text)))
    return OcrLine(start, start + len(text), part, 1, PIXELS, boxes, (0.99,) * len(text), boxes)


def test_a_span_over_two_lines_has_one_box_per_line() -> None:
    ocr = OcrText([_line(0, "身份证号", 0, 0), _line(5, "4301021990", 0, 20)])
    boxes = ocr.boxes(2, 8)
    assert [box for _, box in boxes] == [Box(20.0, 0.0, 20.0, 16.0), Box(0.0, 20.0, 30.0, 16.0)]
    assert ocr.confidence(2, 8) == 0.99
    assert ocr.boxes(4, 5) == [] and ocr.confidence(4, 5) is None  # the line break is no OCR character


def test_the_proportional_split_fills_the_line() -> None:
    parts = split_evenly(Box(10, 5, 100, 20), 4)
    assert [part.x for part in parts] == [10, 35, 60, 85] and union(parts) == Box(10, 5, 100, 20)


def _recognised(text: str, x: float, y: float, height: float = 16.0) -> RecognisedLine:
    boxes = tuple(split_evenly(Box(x, y, 10.0 * len(text), height), len(text)))
    return RecognisedLine(text, 0.99, boxes, (0.99,) * len(text))


def test_cells_of_a_table_row_join_left_to_right_and_rows_stay_apart() -> None:
    lines = [
        _recognised("430102199003071234", 200, 102),
        _recognised("张三", 50, 100),
        _recognised("李四", 50, 140),
        _recognised("姓名", 50, 60),
    ]
    assert [[line.text for line in row] for row in rows(lines)] == [
        ["姓名"],
        ["张三", "430102199003071234"],
        ["李四"],
    ]
