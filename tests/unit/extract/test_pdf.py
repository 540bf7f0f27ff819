"""extract_pdf: text layer page by page; scans need OCR and encrypted files are never passed as clean."""

from __future__ import annotations

import pytest

from secreview import Engine
from secreview.errors import ExtractionError
from secreview.extract.base import BODY, METADATA
from secreview.extract.pdf import ENCRYPTED_MESSAGE, NO_TEXT_MESSAGE, extract_pdf
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


def test_a_scan_needs_ocr_and_is_not_clean() -> None:
    with pytest.raises(ExtractionError) as raised:
        extract_pdf(build_pdf([None, None]))
    assert str(raised.value) == NO_TEXT_MESSAGE


def test_a_pdf_with_some_scanned_pages_is_not_passed_as_checked() -> None:
    with pytest.raises(ExtractionError, match=r"第 2 页.*OCR"):
        extract_pdf(build_pdf([["第一页文字"], None]))


def test_blank_pages_without_any_text_need_ocr() -> None:
    with pytest.raises(ExtractionError, match="OCR"):
        extract_pdf(build_pdf([[]]))


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
