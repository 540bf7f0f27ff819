"""OFD places: image pages (needs OCR), attachments, custom tags, and a DocRoot that leads nowhere."""

from __future__ import annotations

import io
import zipfile
from functools import cache

import pytest

from secreview import Engine
from secreview.config import Settings
from secreview.engine import Document
from secreview.errors import ExtractionError
from secreview.extract.base import CUSTOM_TAG
from secreview.extract.ofd import extract_ofd
from secreview.models import FileReport
from secreview.unchecked import IMAGE_ONLY, MOSTLY_IMAGE, NO_TEXT_LAYER
from tests.testing.ofd_builder import build_ofd
from tests.testing.pdf_builder import build_pdf
from tests.testing.xlsx_builder import resident_id

ID = resident_id(41)
MOBILE = "13712345678"
PERSON = f"申请人李秀英,身份证号{ID},手机{MOBILE}"
BODY_LINES = ["关于政府信息公开申请的答复", "现将有关情况答复如下。"]


def _review(engine: Engine, data: bytes) -> FileReport:
    """The review without OCR, which would read the pages these tests expect to be listed (tests/ocr)."""
    return _without_ocr().review(Document("答复.ofd", data))


@cache
def _without_ocr() -> Engine:
    return Engine(settings=Settings(ocr=False))


def _found(report: FileReport, part: str) -> set[str]:
    return {finding.category.value for finding in report.findings if finding.part == part}


def test_a_page_that_is_only_an_image_is_not_checked(engine: Engine) -> None:
    data = build_ofd([[PERSON], []], images={1})
    extracted = extract_ofd(data)
    assert [(item.part, item.reason) for item in extracted.unchecked] == [("page 2", IMAGE_ONLY)]
    report = _review(engine, data)
    assert report.attribute is None and report.error is not None
    assert report.error.startswith("第 2 页只有图像、无文字层(需要 OCR);OCR 已关闭")
    assert _found(report, "body") >= {"person_name", "id_number", "phone"}


def test_a_scan_with_a_stray_page_number_is_not_checked() -> None:
    data = build_ofd([BODY_LINES, ["- 2 -"]], images={1})
    assert [(item.part, item.reason) for item in extract_ofd(data).unchecked] == [("page 2", MOSTLY_IMAGE)]


def test_an_ofd_of_images_only_lists_every_page() -> None:
    extracted = extract_ofd(build_ofd([[], []], images={0}))
    assert [(item.part, item.reason) for item in extracted.unchecked] == [
        ("page 1", IMAGE_ONLY),
        ("page 2", NO_TEXT_LAYER),
    ]


def test_text_pages_and_blank_pages_are_read() -> None:
    assert extract_ofd(build_ofd([BODY_LINES, []])).unchecked == []


def test_custom_tags_are_checked_with_their_element_names(engine: Engine) -> None:
    values = f"<申请人>李秀英</申请人><身份证号>{ID}</身份证号><手机>{MOBILE}</手机>"
    tags = {"Tag_0.xml": f"{values}<ObjectRef>98765</ObjectRef>"}
    data = build_ofd([BODY_LINES], custom_tags=tags)
    extracted = extract_ofd(data)
    assert "申请人:李秀英" in extracted.text and "98765" not in extracted.text
    report = _review(engine, data)
    assert _found(report, CUSTOM_TAG) >= {"person_name", "id_number", "phone"}


def test_attachments_are_read_by_the_same_readers(engine: Engine) -> None:
    attachments = {"名单.pdf": build_pdf([[PERSON]]), "说明.txt": PERSON.encode("utf-8")}
    report = _review(engine, build_ofd([BODY_LINES], attachments=attachments))
    assert _found(report, "attachment:名单.pdf") >= {"person_name", "id_number", "phone"}
    assert _found(report, "attachment:说明.txt") >= {"person_name", "id_number", "phone"}


def test_an_attachment_scan_or_an_unknown_type_is_not_checked(engine: Engine) -> None:
    attachments = {"扫描件.pdf": build_pdf([None]), "照片.jpg": b"\xff\xd8\xff"}
    report = _review(engine, build_ofd([BODY_LINES], attachments=attachments))
    assert [item.part for item in report.unchecked] == ["attachment:扫描件.pdf page 1", "attachment:照片.jpg"]
    assert report.attribute is None


@pytest.mark.parametrize(
    ("root", "message"),
    [
        (b"Doc_0/Missing.xml", "DocRoot 指向的“Doc_0/Missing.xml”不存在"),
        (b"Doc_0/Pages/Page_0/Content.xml", "不是文档"),
        (b"", "缺少 DocRoot"),
    ],
)
def test_a_docroot_that_leads_nowhere_is_one_line_error(root: bytes, message: str) -> None:
    with zipfile.ZipFile(io.BytesIO(build_ofd([[PERSON]]))) as archive:
        root_part = archive.read("OFD.xml")
    named = b"<ofd:DocRoot>" + root + b"</ofd:DocRoot>"
    root_part = root_part.replace(b"<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>", named)
    with pytest.raises(ExtractionError, match=message) as raised:
        extract_ofd(build_ofd([[PERSON]], replace={"OFD.xml": root_part}))
    assert "\n" not in str(raised.value)
