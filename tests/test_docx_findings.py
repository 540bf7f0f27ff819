"""An ID number hidden in every part of a .docx is found once, in its part, and the file is left unchanged."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from secreview import Engine
from secreview.validators import gb11643_check_char
from tests.testing.docx_builder import (
    deleted,
    inserted,
    paragraph,
    runs_paragraph,
    table,
    textbox_paragraph,
    write_docx,
)


def resident_id(sequence: int) -> str:
    first17 = f"43010219900307{sequence:03d}"
    return first17 + gb11643_check_char(first17)


PARTS = [
    "body",
    "split",
    "full_width",
    "table",
    "nested",
    "header",
    "footer",
    "footnote",
    "endnote",
    "comment",
    "deletion",
    "insertion",
    "textbox",
    "metadata",
]
IDS = {part: resident_id(101 + index) for index, part in enumerate(PARTS)}
EXPECTED_PART = {
    "split": "body",
    "full_width": "body",
    "nested": "table",
    "deletion": "revision",
    "insertion": "revision",
    "metadata": "metadata",
}
FULL_WIDTH = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


def build(path: Path) -> Path:
    split = IDS["split"]
    body = [
        paragraph(f"身份证号:{IDS['body']}"),
        runs_paragraph(["身份证号:", split[:5], split[5:11], split[11:]]),
        paragraph(f"身份证号:{IDS['full_width'].translate(FULL_WIDTH)}"),
        table([["姓名", "身份证号"], ["王某", IDS["table"]], [table([["嵌套", IDS["nested"]]])]]),
        runs_paragraph(["已删除:", deleted(IDS["deletion"]), ";新增:", inserted(IDS["insertion"])]),
        textbox_paragraph(f"身份证号 {IDS['textbox']}", before="见文本框"),
    ]
    return write_docx(
        path,
        body,
        headers=[f"身份证号 {IDS['header']}"],
        footers=[f"身份证号 {IDS['footer']}"],
        footnotes=[f"身份证号 {IDS['footnote']}"],
        endnotes=[f"身份证号 {IDS['endnote']}"],
        comments=[f"身份证号 {IDS['comment']}"],
        title=f"公示 {IDS['metadata']}",
    )


@pytest.fixture(scope="module")
def docx_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("docx") / "every-part.docx")


@pytest.mark.parametrize("where", PARTS)
def test_id_in_each_part_is_found_once_with_its_part(engine: Engine, docx_path: Path, where: str) -> None:
    report = engine.check_file(docx_path).files[0]
    assert report.error is None
    wanted = IDS[where]
    hits = [
        f
        for f in report.findings
        if f.text.translate(str.maketrans("０１２３４５６７８９Ｘ", "0123456789X")) == wanted
    ]
    assert len(hits) == 1, [(f.text, f.part) for f in report.findings]
    assert hits[0].part == EXPECTED_PART.get(where, where)
    assert hits[0].severity.value == "high"


def test_offsets_index_the_extracted_text_and_file_is_unchanged(engine: Engine, docx_path: Path) -> None:
    from secreview.extract import extract_path

    before = hashlib.sha256(docx_path.read_bytes()).hexdigest()
    text = extract_path(docx_path).text
    report = engine.check_file(docx_path).files[0]
    assert len(report.findings) == len(PARTS)
    assert all(text[f.start : f.end] == f.text for f in report.findings)
    assert report.attribute is not None and report.attribute.value == "redacted"
    assert hashlib.sha256(docx_path.read_bytes()).hexdigest() == before
