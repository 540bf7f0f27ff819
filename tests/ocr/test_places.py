"""Where the text report says an OCR finding was seen: the page or image, and inside an attachment the
attachment's name and its page (its location), never the outer document's."""

from __future__ import annotations

import pytest

from secreview.models import Box, Finding
from secreview.report.places import place
from tests.testing.findings import made_finding


def _finding(part: str, location: str | None, page: int | None, unit: str = "pt") -> Finding:
    box = Box(x=120, y=300, w=200, h=16, unit=unit)
    return made_finding(rule="PI001", part=part, location=location, page=page, box=box)


@pytest.mark.parametrize(
    ("part", "location", "page", "unit", "where"),
    [
        ("ocr:page 3", None, 3, "pt", "第3页"),
        ("ocr:image word/media/image2.png", None, None, "px", "图像 word/media/image2.png"),
        ("attachment:名单.pdf", "ocr:page 2 page:2", None, "pt", "附件“名单.pdf” 第2页"),
        ("attachment:照片.png", "ocr:image", None, "px", "附件“照片.png” 图像"),
    ],
)
def test_the_page_of_an_ocr_finding_is_named(
    part: str, location: str | None, page: int | None, unit: str, where: str
) -> None:
    unit_zh = {"pt": "磅", "px": "像素"}[unit]
    assert (
        place(_finding(part, location, page, unit)) == f"OCR {where} (x 120, y 300, 宽 200 × 高 16 {unit_zh})"
    )
