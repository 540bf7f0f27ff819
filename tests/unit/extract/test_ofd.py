"""extract_ofd: pages, lines rebuilt from text codes, templates, annotations and DocInfo."""

from __future__ import annotations

import pytest

from secreview import Engine
from secreview.errors import ExtractionError
from secreview.extract import extract_bytes, ziputil
from secreview.extract.base import BODY, COMMENT, HEADER, METADATA, ExtractedText
from secreview.extract.ofd import extract_ofd, resolve
from tests.testing.docx_builder import patch_central_entry
from tests.testing.ofd_builder import build_ofd
from tests.testing.xlsx_builder import resident_id


def place(extracted: ExtractedText, marker: str) -> tuple[str, str | None]:
    start = extracted.text.find(marker)
    assert start >= 0, f"{marker!r} missing from {extracted.text!r}"
    segment = extracted.segment_at(start)
    assert segment is not None
    return extracted.part_at(start, start + len(marker)), segment.location


def test_pages_lines_and_pieces_on_one_baseline() -> None:
    identity = resident_id(31)
    data = build_ofd([["关于某事的通知", ["身份证号", identity[:6], identity[6:]]], ["第二页"]])
    extracted = extract_ofd(data)
    assert extracted.text.splitlines() == ["关于某事的通知", f"身份证号{identity}", "第二页"]
    assert place(extracted, identity) == (BODY, "page:1")
    assert place(extracted, "第二页") == (BODY, "page:2")


def test_template_annotations_and_docinfo() -> None:
    data = build_ofd(
        [["正文"]],
        title="文件标题",
        author="起草人",
        keywords=["关键词一"],
        template=["内部资料 注意保管"],
        annotations={0: [("Stamp", "印章备注文字")]},
    )
    extracted = extract_ofd(data)
    assert place(extracted, "内部资料 注意保管") == (HEADER, "template")
    assert place(extracted, "印章备注文字") == (COMMENT, "Stamp")
    for value in ("文件标题", "起草人", "关键词一"):
        assert place(extracted, value)[0] == METADATA


def test_engine_finds_an_id_split_over_text_objects(engine: Engine) -> None:
    identity = resident_id(32)
    data = build_ofd([[["身份证号:", identity[:9], identity[9:]]]])
    report = engine.review(extract_bytes(data, ".ofd"), "a.ofd")
    assert [(f.text, f.location) for f in report.findings if f.category.value == "id_number"] == [
        (identity, "page:1")
    ]


@pytest.mark.parametrize(
    ("base", "location", "member"),
    [
        ("Doc_0", "Pages/Page_0/Content.xml", "Doc_0/Pages/Page_0/Content.xml"),
        ("Doc_0", "/Doc_0/Pages/Page_0/Content.xml", "Doc_0/Pages/Page_0/Content.xml"),
        ("Doc_0", "./Pages\\Page_0/Content.xml", "Doc_0/Pages/Page_0/Content.xml"),
        ("", "Doc_0/Document.xml", "Doc_0/Document.xml"),
        ("Doc_0", "../../../etc/passwd", "etc/passwd"),
    ],
)
def test_resolve(base: str, location: str, member: str) -> None:
    assert resolve(base, location) == member


def test_missing_parts_and_wrong_roots_are_errors() -> None:
    with pytest.raises(ExtractionError, match=r"缺少 OFD\.xml"):
        extract_ofd(build_ofd([["正文"]], replace={"OFD.xml": b""}).replace(b"OFD.xml", b"XYZ.xml"))
    with pytest.raises(ExtractionError, match="缺少"):
        extract_ofd(
            build_ofd([["正文"]], replace={"Doc_0/Pages/Page_0/Content.xml": b""}).replace(
                b"Page_0/Content.xml", b"Page_9/Content.xml"
            )
        )
    with pytest.raises(ExtractionError, match=r"不是有效的 \.ofd"):
        extract_ofd(build_ofd([["正文"]], replace={"OFD.xml": b"<html/>"}))


def test_xxe_and_bombs_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE ofd:OFD [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016">&x;</ofd:OFD>'
    )
    with pytest.raises(ExtractionError, match="外部实体或 DTD"):
        extract_ofd(build_ofd([["正文"]], replace={"OFD.xml": xxe}))
    data = build_ofd([["正文"]])
    with pytest.raises(ExtractionError, match="加密"):
        extract_ofd(patch_central_entry(data, "Doc_0/Document.xml", set_flags=0x1))
    monkeypatch.setattr(ziputil, "MAX_MEMBERS", 2)
    with pytest.raises(ExtractionError, match="文件过多"):
        extract_ofd(data)
