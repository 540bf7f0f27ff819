"""Tables in .docx read like spreadsheet rows: one line a row, tab-separated cells, column headings."""

from __future__ import annotations

from pathlib import Path

from secreview import Engine
from secreview.extract.base import TABLE
from secreview.extract.docx import extract_docx
from tests.testing.docx_builder import Xml, build_docx, paragraph, table

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _segment_of(text: str, extracted: object, needle: str) -> object:
    start = text.index(needle)
    return next(s for s in extracted.segments if s.start <= start < s.end)  # type: ignore[attr-defined]


def test_rows_are_lines_and_cells_carry_their_column_heading_and_place() -> None:
    rows = [["序号", "户主姓名", "身份证号", "联系电话"], ["1", "张三", "430102199003071234", "13912345678"]]
    extracted = extract_docx(build_docx([paragraph("低保对象名单"), table(rows)]))
    assert "低保对象名单\n序号\t户主姓名\t身份证号\t联系电话\n1\t张三\t430102199003071234\t13912345678\n" in (
        extracted.text
    )
    segment = _segment_of(extracted.text, extracted, "430102199003071234")
    assert (segment.part, segment.label, segment.location) == (TABLE, "身份证号", "表1 C2")  # type: ignore[attr-defined]
    heading = _segment_of(extracted.text, extracted, "身份证号")
    assert heading.label is None  # type: ignore[attr-defined]


def test_paragraphs_of_a_cell_stay_on_the_row_and_empty_cells_are_left_out() -> None:
    rows = [["姓名", "住址"], [[paragraph("李四"), paragraph("(户主)")], ""], ["王五", "幸福村3组"]]
    extracted = extract_docx(build_docx([table(rows)]))
    assert extracted.text.startswith("姓名\t住址\n李四 (户主)\n王五\t幸福村3组\n")
    assert _segment_of(extracted.text, extracted, "幸福村").label == "住址"  # type: ignore[attr-defined]


def test_merged_cells_count_the_grid_columns_they_span() -> None:
    merged = Xml(f'<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>{paragraph("合并")}</w:tc>')
    body = (
        f'<w:tbl xmlns:w="{W_NS}"><w:tr><w:tc>{paragraph("甲")}</w:tc><w:tc>{paragraph("乙")}</w:tc>'
        f"<w:tc>{paragraph('丙')}</w:tc></w:tr><w:tr>{merged}<w:tc>{paragraph('丁')}</w:tc></w:tr></w:tbl>"
    )
    extracted = extract_docx(build_docx([Xml(body)]))
    assert _segment_of(extracted.text, extracted, "丁").location == "表1 C2"  # type: ignore[attr-defined]


def test_a_table_nested_in_a_cell_is_read_into_that_cell() -> None:
    extracted = extract_docx(build_docx([table([["外层", table([["内层一"], ["内层二"]])]])]))
    assert "外层\t内层一 内层二\n" in extracted.text


def test_a_name_under_a_name_heading_in_a_word_table_is_found(tmp_path: Path) -> None:
    rows = [
        ["序号", "姓名", "补助金额(元)"],
        ["1", "赵一民", "500"],
        ["2", "钱二英", "500"],
        ["3", "孙三红", "800"],
    ]
    path = tmp_path / "list.docx"
    path.write_bytes(build_docx([paragraph("2026年临时救助发放名单"), table(rows)]))
    findings = Engine().check_file(path).files[0].findings
    names = {(finding.text, finding.location) for finding in findings if finding.rule == "PN001"}
    assert names == {("赵一民", "表1 B2"), ("钱二英", "表1 B3"), ("孙三红", "表1 B4")}
