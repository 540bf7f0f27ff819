"""Every place a PDF reader shows text: form fields, annotations, attachments, and pages whose text layer
does not say what the page shows (a scan with a stray line, a garbled ToUnicode map) — found, or listed
as not checked, never passed as clean."""

from __future__ import annotations

from functools import cache

import pytest

from secreview import Engine
from secreview.config import Settings
from secreview.engine import Document
from secreview.extract.base import ANNOTATION, FORM_FIELD
from secreview.extract.pdf import extract_pdf
from secreview.models import FileReport
from secreview.unchecked import MOSTLY_IMAGE, UNRELIABLE_LAYER
from tests.testing.docx_builder import build_docx
from tests.testing.pdf_builder import (
    FULL_PAGE_IMAGE,
    FULL_PAGE_INLINE_IMAGE,
    build_pdf,
    build_simple_font_pdf,
    with_places,
)
from tests.testing.xlsx_builder import resident_id

ID = resident_id(31)
MOBILE = "13912345678"
NAME = "李建国"
COVER = build_pdf([["关于政府信息公开申请的答复", "现将有关情况答复如下。"]])


def _found(report: FileReport) -> set[tuple[str, str]]:
    return {(finding.category.value, finding.part) for finding in report.findings}


def _review(engine: Engine, data: bytes) -> FileReport:
    """The review without OCR, which would read the pages these tests expect to be listed (tests/ocr)."""
    return _without_ocr().review(Document("答复.pdf", data))


@cache
def _without_ocr() -> Engine:
    return Engine(settings=Settings(ocr=False))


def test_form_field_values_are_checked_as_form_field(engine: Engine) -> None:
    data = with_places(COVER, fields={"申请人姓名": NAME, "身份证号码": ID, "联系电话": MOBILE})
    report = _review(engine, data)
    assert report.attribute is not None and report.attribute.value == "redacted", report.error
    assert _found(report) >= {(c, FORM_FIELD) for c in ("person_name", "id_number", "phone")}


def test_a_field_in_the_form_but_on_no_page_is_checked(engine: Engine) -> None:
    data = with_places(COVER, unshown_fields={"申请人姓名": NAME, "身份证号码": ID, "联系电话": MOBILE})
    report = _review(engine, data)
    assert _found(report) >= {(c, FORM_FIELD) for c in ("person_name", "id_number", "phone")}


def test_a_field_shown_only_by_its_appearance_stream_is_checked(engine: Engine) -> None:
    data = with_places(COVER, appearance_only={"申请人姓名": NAME, "身份证号码": ID, "联系电话": MOBILE})
    report = _review(engine, data)
    assert _found(report) >= {(c, FORM_FIELD) for c in ("person_name", "id_number", "phone")}


@pytest.mark.parametrize("subtype", ["/FreeText", "/Text", "/Popup", "/Highlight"])
def test_annotation_text_is_checked_as_annotation(engine: Engine, subtype: str) -> None:
    note = f"申请人{NAME},身份证号{ID},手机{MOBILE}"
    report = _review(engine, with_places(COVER, comments=[(subtype, note)]))
    assert _found(report) >= {(c, ANNOTATION) for c in ("person_name", "id_number", "phone")}
    assert {f.location for f in report.findings if f.part == ANNOTATION} == {"page:1"}


def test_embedded_files_are_read_by_the_same_readers(engine: Engine) -> None:
    listing = build_docx([f"申请人{NAME},身份证号{ID},手机{MOBILE}"])
    report = _review(engine, with_places(COVER, attachments={"名单.docx": listing}))
    assert _found(report) >= {(c, "attachment:名单.docx") for c in ("person_name", "id_number", "phone")}


def test_file_attachment_annotations_are_read(engine: Engine) -> None:
    inner = build_pdf([[f"申请人{NAME},身份证号{ID},手机{MOBILE}"]])
    report = _review(engine, with_places(COVER, attachment_annotations={"附件1.pdf": inner}))
    found = [f for f in report.findings if f.part == "attachment:附件1.pdf"]
    assert {f.category.value for f in found} >= {"person_name", "id_number", "phone"}
    assert {f.location for f in found} == {"page:1"}


def test_attachments_nest_only_to_the_depth_limit_then_are_not_checked(engine: Engine) -> None:
    data = build_pdf([[f"户主{NAME},身份证号{ID}"]])
    for level in range(5):
        data = with_places(COVER, attachments={f"level{level}.pdf": data})
    report = _review(engine, data)
    assert report.attribute is None
    (unread,) = report.unchecked
    read = "attachment:level4.pdf attachment:level3.pdf attachment:level2.pdf"
    assert unread.part == f"{read} attachment:level1.pdf"  # three levels read, the fourth not
    assert "嵌套" in unread.reason


def test_at_most_sixteen_attachments_are_read_per_document(engine: Engine) -> None:
    inner = with_places(COVER, attachments={f"{n:02}.txt": b"text" for n in range(10)})
    data = with_places(COVER, attachments={"a.pdf": inner, "b.pdf": inner})
    report = _review(engine, data)
    assert [item.part for item in report.unchecked] == [
        *(f"attachment:b.pdf attachment:{n:02}.txt" for n in range(4, 10))
    ]
    assert all("16" in item.reason for item in report.unchecked)


def test_an_attachment_that_cannot_be_read_is_not_checked(engine: Engine) -> None:
    data = with_places(
        COVER, attachments={"scan.jpg": b"\xff\xd8\xff", "data.bin": b"\x00", "bad.docx": b"x"}
    )
    report = _review(engine, data)
    parts = {item.part for item in report.unchecked}
    assert parts == {"attachment:scan.jpg", "attachment:data.bin", "attachment:bad.docx"}
    assert report.attribute is None and report.error is not None


@pytest.mark.parametrize("under", [FULL_PAGE_IMAGE, FULL_PAGE_INLINE_IMAGE])
def test_a_scan_with_a_stray_page_number_is_not_checked(engine: Engine, under: bytes) -> None:
    data = build_pdf([["关于补贴发放的通知正文,共两页,第二页为名单扫描件。"], ["- 2 -"]], under={1: under})
    extracted = extract_pdf(data)
    assert [(item.part, item.reason) for item in extracted.unchecked] == [("page 2", MOSTLY_IMAGE)]
    report = _review(engine, data)
    assert report.attribute is None and report.error is not None and "第 2 页" in report.error


def test_a_page_with_much_text_over_an_image_is_read() -> None:
    text = [f"第{n}条 为做好政务公开工作,根据有关规定,制定本办法。" for n in range(1, 6)]
    assert extract_pdf(build_pdf([text], under={0: FULL_PAGE_IMAGE})).unchecked == []


def test_a_small_image_with_a_short_text_is_read() -> None:
    small = b"q 100 0 0 100 50 600 cm /Im1 Do Q\n"
    assert extract_pdf(build_pdf([["附件:统计图"]], under={0: small})).unchecked == []


def test_a_text_layer_of_private_use_characters_is_unreliable(engine: Engine) -> None:
    garbled = {str(digit): chr(0xE030 + digit) for digit in range(10)}
    data = build_pdf([[f"申请人{NAME}", f"身份证号 {ID}", f"手机 {MOBILE}"]], to_unicode=garbled)
    extracted = extract_pdf(data)
    assert ID not in extracted.text
    assert [(item.part, item.reason) for item in extracted.unchecked] == [("page 1", UNRELIABLE_LAYER)]
    report = _review(engine, data)
    assert report.attribute is None and "文字层不可靠" in (report.error or "")
    assert ("person_name", "body") in _found(report)


def test_digits_that_the_tounicode_map_turns_into_letters_are_unreliable() -> None:
    letters = {str(digit): "ABCDEFGHIJ"[digit] for digit in range(10)}
    extracted = extract_pdf(build_simple_font_pdf([f"ID {ID}", f"Mobile {MOBILE}"], letters))
    assert ID not in extracted.text
    assert [item.reason for item in extracted.unchecked] == [UNRELIABLE_LAYER]


def test_a_faithful_simple_font_is_read() -> None:
    faithful = {str(digit): str(digit) for digit in range(10)}
    extracted = extract_pdf(build_simple_font_pdf([f"ID {ID}"], faithful))
    assert ID in extracted.text and extracted.unchecked == []


def test_a_full_width_digit_in_the_tounicode_map_is_the_same_digit() -> None:
    full_width = {str(digit): chr(0xFF10 + digit) for digit in range(10)}
    extracted = extract_pdf(build_simple_font_pdf([f"ID {ID}"], full_width))
    assert extracted.unchecked == []


def test_the_closing_lines_stay_the_pages_own_when_places_follow(engine: Engine) -> None:
    closing = ["关于做好政务公开工作的通知", "各单位:请按要求做好政府信息主动公开工作。", "(此件公开发布)"]
    plain = _review(engine, build_pdf([closing]))
    assert plain.declared_attribute is not None and plain.declared_attribute.value == "proactive"
    notes = [("/Text", f"第{n}条意见:请核对。") for n in range(12)]
    attached = {"说明.txt": "\n".join(f"第{n}行说明" for n in range(12)).encode("utf-8")}
    data = with_places(build_pdf([closing]), comments=notes, attachments=attached)
    assert _review(engine, data).declared_attribute == plain.declared_attribute
