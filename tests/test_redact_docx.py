"""The redacted copy of a .docx: OOXML edited in place, re-checked clean, no deleted text or comment left."""

from __future__ import annotations

import hashlib
import io
import zipfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from xml.etree import ElementTree

import docx
import pytest

from benchmarks.decision.documents import labelled_documents as decision_documents
from secreview import Engine
from secreview.cli import main
from secreview.extract import extract_bytes
from secreview.extract.docx import extract_docx, extract_docx_sources
from secreview.models import Attribute, Severity
from secreview.redact import RedactionRefused, redact_bytes
from tests.testing.docx_builder import (
    Xml,
    build_docx,
    deleted,
    inserted,
    paragraph,
    run,
    runs_paragraph,
    table,
    textbox_paragraph,
)
from tests.testing.identifiers import labelled_documents

ID_NUMBER = "430102199003071234"
OTHER_ID = "110101199003074477"
PHONE = "13912345678"
BOLD_RUN = Xml('<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">加粗文字</w:t></w:r>')


def _rich_document() -> bytes:
    return build_docx(
        [
            paragraph("某街道2024年临时救助对象公示"),
            runs_paragraph(["户主某某,身份证号 4301021990", "03071234", BOLD_RUN, ",电话 ", PHONE, "。"]),
            runs_paragraph(
                ["补充:", inserted(f"联系人电话 {PHONE}"), deleted(f"原身份证号 {OTHER_ID}"), "。"]
            ),
            table([["序号", "身份证号"], ["1", OTHER_ID]]),
            textbox_paragraph(f"手机 {PHONE}", before="见框内"),
            paragraph("公示期为7天。"),
        ],
        headers=[f"页眉 联系电话 {PHONE}"],
        footers=["第 1 页"],
        footnotes=[f"注:申请人身份证号 {ID_NUMBER}"],
        comments=[f"请核对 {ID_NUMBER}"],
        title="临时救助公示",
        creator="经办人某某",
    )


def _members(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def test_sources_map_every_text_character_and_leave_the_text_unchanged() -> None:
    data = _rich_document()
    extracted, sources = extract_docx_sources(data)
    assert extracted == extract_docx(data)
    members = _members(data)
    for source in sources:
        assert source.member in members
        assert extracted.segment_at(source.start) is not None
    covered = {index for source in sources for index in range(source.start, source.end)}
    mapped = {i for segment in extracted.segments for i in range(segment.start, segment.end)}
    assert covered <= mapped
    assert extracted.text.index(ID_NUMBER[:10]) in covered


def test_rich_document_is_proactive_once_redacted(engine: Engine) -> None:
    data = _rich_document()
    original = engine.review(extract_bytes(data, ".docx"), "a.docx")
    assert original.attribute is Attribute.REDACTED
    copy = redact_bytes(engine, data, ".docx", "a.docx")
    assert copy.recheck.attribute is Attribute.PROACTIVE
    assert [f for f in copy.recheck.findings if f.severity is not Severity.LOW] == []
    members = _members(copy.data)
    everything = "".join(members.values())
    for value in (ID_NUMBER, OTHER_ID, PHONE):
        assert value not in everything
    assert "word/comments.xml" not in members and copy.notes[0] == "已删除批注(审阅意见)"
    assert "comments" not in members["word/_rels/document.xml.rels"]
    assert "comments" not in members["[Content_Types].xml"]
    document = members["word/document.xml"]
    assert "<w:del " not in document and "<w:ins " not in document and "w:delText" not in document
    assert "mc:Fallback" not in document
    assert "<w:b/>" in document and "加粗文字" in document and "<w:tbl>" in document
    assert "430102****" in document and "****1234" in document  # the split runs are masked in place
    assert "经办人某某" not in members["docProps/core.xml"] and "临时救助公示" in members["docProps/core.xml"]
    assert "第 1 页" in members["word/footer1.xml"]
    assert "139****5678" in members["word/header1.xml"]
    for xml in members.values():
        ElementTree.fromstring(xml.encode("utf-8"))  # every part is still well-formed XML
    opened = docx.Document(io.BytesIO(copy.data))
    assert opened.tables[0].cell(1, 1).text == "110101********4477"
    assert opened.core_properties.author == ""


def test_text_joined_by_a_dropped_deletion_is_redacted_too(engine: Engine) -> None:
    data = build_docx(
        [
            paragraph("临时救助对象公示"),
            runs_paragraph(["电话 139", deleted("作废"), "12345678", "。"]),
        ]
    )
    copy = redact_bytes(engine, data, ".docx", "a.docx")
    assert not any(finding.category == "phone" for finding in copy.original.findings)
    assert PHONE not in "".join(_members(copy.data).values())
    assert copy.recheck.attribute is Attribute.PROACTIVE


def _as_docx(text: str) -> bytes:
    """A document whose lines are paragraphs, each line split into runs of 7 characters."""
    paragraphs = [
        runs_paragraph([run(line[i : i + 7]) for i in range(0, len(line), 7)]) if line else paragraph()
        for line in text.split("\n")
    ]
    return build_docx(paragraphs, creator="起草人")


LABELLED = [
    *labelled_documents(seed=11, count=15),
    *(document for document in decision_documents(per_kind=2, seed=9) if document.attribute == "redacted"),
]


@pytest.mark.parametrize("document", LABELLED, ids=lambda document: document.kind)
def test_every_labelled_docx_is_clean_once_redacted(engine: Engine, document: object) -> None:
    data = _as_docx(document.text)  # type: ignore[attr-defined]
    try:
        copy = redact_bytes(engine, data, ".docx", "doc.docx")
    except RedactionRefused:
        pytest.skip("withheld documents are refused")
    assert copy.remaining == []
    if copy.original.attribute is Attribute.REDACTED:
        assert copy.recheck.attribute is Attribute.PROACTIVE
        assert [f for f in copy.recheck.findings if f.severity is not Severity.LOW] == []
    for finding in copy.original.findings:
        if finding.severity is Severity.HIGH:
            assert finding.text not in "".join(_members(copy.data).values())


def test_cli_redacts_a_docx_and_keeps_the_original(tmp_path: Path) -> None:
    source = tmp_path / "notice.docx"
    source.write_bytes(_rich_document())
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    target = tmp_path / "notice.redacted.docx"
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        status = main(["redact", str(source), "-o", str(target), "--style", "full"])
    assert status == 0, err.getvalue()
    assert hashlib.sha256(source.read_bytes()).hexdigest() == digest
    assert "■" * 18 in _members(target.read_bytes())["word/document.xml"]


def test_copies_outside_the_text_are_scrubbed_too(engine: Engine) -> None:
    email = "zhangwei1990@163.com"
    link = Xml(
        f'<w:p><w:hyperlink r:id="rId99"><w:r><w:t>{email}</w:t></w:r></w:hyperlink>'
        f'<w:r><w:instrText xml:space="preserve"> HYPERLINK "tel:{PHONE}" </w:instrText></w:r></w:p>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        f'hyperlink" Target="mailto:{email}" TargetMode="External"/></Relationships>'
    )
    data = build_docx(
        [paragraph("临时救助对象公示"), paragraph(f"户主电话 {PHONE}"), link],
        title=f"公示 电话{PHONE}",
        replace={"word/_rels/document.xml.rels": rels.encode()},
    )
    copy = redact_bytes(engine, data, ".docx", "a.docx")
    everything = "".join(_members(copy.data).values())
    assert email not in everything and PHONE not in everything
    assert "mailto:" in everything and "HYPERLINK" in everything
    assert copy.recheck.attribute is Attribute.PROACTIVE
