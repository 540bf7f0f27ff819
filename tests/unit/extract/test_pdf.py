"""extract_pdf: text layer page by page; scans need OCR and encrypted files are never passed as clean."""

from __future__ import annotations

import pytest

from secreview import Engine
from secreview.errors import ExtractionError
from secreview.extract.base import BODY, METADATA
from secreview.extract.pdf import ENCRYPTED_MESSAGE, extract_pdf
from secreview.models import UncheckedPart
from secreview.unchecked import IMAGE_ONLY, NO_TEXT_LAYER
from tests.testing.pdf_builder import build_pdf, encrypt_pdf
from tests.testing.xlsx_builder import resident_id

PAGES = [["关于发放补贴的通知", f"张三 身份证号 {resident_id(21)}"], ["第二页正文"]]


def test_pages_in_order_with_page_locations_and_metadata() -> None:
    extracted = extract_pdf(build_pdf(PAGES, info={"Title": "文件标题", "Author": "起草人"}))
    text = extracted.text
    assert text.index("关于发放补贴的通知") < text.index(resident_id(21)) < text.index("第二页正文")
    first = extracted.segment_at(text.index(resident_id(21)))
    second = extracted.segment_at(text.index("第二页正文"))
    assert first is not None and (first.part, first.location) == (BODY, "page:1")
    assert second is not None and (second.part, second.location) == (BODY, "page:2")
    assert extracted.part_at(text.index("起草人"), text.index("起草人") + 3) == METADATA


def test_findings_point_at_the_page(engine: Engine) -> None:
    report = engine.review(extract_pdf(build_pdf(PAGES)), "notice.pdf")
    ids = [f for f in report.findings if f.category.value == "id_number"]
    assert [(f.text, f.location) for f in ids] == [(resident_id(21), "page:1")]


def test_a_scan_lists_every_page_as_needing_ocr() -> None:
    extracted = extract_pdf(build_pdf([None, None]))
    assert extracted.text == ""
    assert extracted.unchecked == [UncheckedPart(part=f"page {n}", reason=IMAGE_ONLY) for n in (1, 2)]


def test_the_pages_read_are_kept_and_the_image_pages_listed() -> None:
    extracted = extract_pdf(build_pdf([["第一页文字"], None, ["第三页文字"], None]))
    assert "第一页文字" in extracted.text and "第三页文字" in extracted.text
    assert [item.part for item in extracted.unchecked] == ["page 2", "page 4"]


def test_a_pdf_without_any_text_or_image_is_not_passed_as_read() -> None:
    blank = build_pdf([[]]).replace(b"/XObject << /Im1", b"/Pattern << /Im1")
    assert extract_pdf(blank).unchecked == [UncheckedPart(part="page 1", reason=NO_TEXT_LAYER)]


def test_a_blank_page_among_text_pages_is_read_as_blank() -> None:
    blank = build_pdf([["第一页文字"], []]).replace(b"/XObject << /Im1", b"/Pattern << /Im1")
    assert extract_pdf(blank).unchecked == []


def test_unchecked_pages_make_an_error_line_with_the_findings_of_the_pages_read(engine: Engine) -> None:
    report = engine.review(extract_pdf(build_pdf([*PAGES, None, None])), "notice.pdf")
    assert report.attribute is None and report.attribute_zh is None and report.reasons == []
    assert report.error == "第 3、4 页只有图像、无文字层(需要 OCR),未完整检查"
    assert [item.part for item in report.unchecked] == ["page 3", "page 4"]
    assert resident_id(21) in [finding.text for finding in report.findings]


def test_password_protected_pdf_is_encrypted_not_checked() -> None:
    with pytest.raises(ExtractionError) as raised:
        extract_pdf(encrypt_pdf(build_pdf(PAGES), "secret"))
    assert str(raised.value) == ENCRYPTED_MESSAGE


def test_permissions_only_encryption_is_read() -> None:
    extracted = extract_pdf(encrypt_pdf(build_pdf(PAGES), ""))
    assert resident_id(21) in extracted.text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "不是 PDF"),
        (b"GIF89a", "不是 PDF"),
        (b"%PDF-1.7\n", "已损坏"),
    ],
)
def test_broken_pdfs(data: bytes, message: str) -> None:
    with pytest.raises(ExtractionError, match=message):
        extract_pdf(data)


def test_truncated_pdf_is_an_error_or_its_readable_text() -> None:
    data = build_pdf(PAGES)
    for cut in range(0, len(data), max(len(data) // 40, 1)):
        try:
            extracted = extract_pdf(data[:cut])
        except ExtractionError:
            continue
        assert isinstance(extracted.text, str)
