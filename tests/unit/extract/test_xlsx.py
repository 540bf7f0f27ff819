"""extract_xlsx: every sheet and cell, hidden ones included, with cell references and column headings."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl.comments import Comment

from secreview import Engine
from secreview.errors import ExtractionError
from secreview.extract import extract_bytes, extract_path
from secreview.extract.base import COMMENT, FOOTER, HEADER, METADATA, TEXTBOX, ExtractedText
from secreview.extract.xlsx import display_number, extract_xlsx
from tests.testing.samples import rezip
from tests.testing.xlsx_builder import raw_xlsx, resident_id, roster, workbook_bytes

STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main"
STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships"


def segment_of(extracted: ExtractedText, marker: str) -> tuple[str, str | None, str | None]:
    start = extracted.text.find(marker)
    assert start >= 0, f"{marker!r} missing from {extracted.text!r}"
    segment = extracted.segment_at(start)
    assert segment is not None and extracted.text[segment.start : segment.end] == marker
    return segment.part, segment.location, segment.label


def test_rows_are_lines_cells_are_tab_separated_and_labelled_by_heading() -> None:
    workbook = roster(
        [["姓名", "身份证号", "联系电话"], ["张三", resident_id(1), "13800138000"]],
        heading="2024年度补贴发放名单",
    )
    extracted = extract_xlsx(workbook_bytes(workbook))
    lines = extracted.text.splitlines()
    assert lines[:3] == [
        "2024年度补贴发放名单",
        "姓名\t身份证号\t联系电话",
        f"张三\t{resident_id(1)}\t13800138000",
    ]
    assert segment_of(extracted, resident_id(1)) == ("sheet:名单", "B3", "身份证号")
    assert segment_of(extracted, "张三") == ("sheet:名单", "A3", "姓名")
    # The title row and the heading row themselves carry no label.
    assert segment_of(extracted, "2024年度补贴发放名单")[2] is None
    assert segment_of(extracted, "身份证号") == ("sheet:名单", "B2", None)
    assert extracted.text[extracted.text.index("张三") + 2] == "\t"
    assert extracted.part_at(extracted.text.index("张三") + 2, extracted.text.index("张三") + 3) != "\t"


def test_no_heading_row_when_the_first_rows_hold_data() -> None:
    extracted = extract_xlsx(workbook_bytes(roster([[resident_id(2), "13800138000"], ["x", "y"]])))
    assert segment_of(extracted, resident_id(2))[2] is None
    assert segment_of(extracted, "y")[2] is None


def test_hidden_and_very_hidden_sheets_hidden_rows_columns_and_comments_are_read() -> None:
    workbook = roster([["姓名", "身份证号"], ["张三", resident_id(3)], ["李四", resident_id(4)]])
    sheet = workbook.active
    assert sheet is not None
    sheet.row_dimensions[3].hidden = True
    sheet.column_dimensions["B"].hidden = True
    sheet["A2"].comment = Comment(f"核对:{resident_id(5)}", "审核人")
    hidden = workbook.create_sheet("隐藏表")
    hidden.sheet_state = "hidden"
    hidden["A1"] = "隐藏表的内容"
    very_hidden = workbook.create_sheet("深度隐藏")
    very_hidden.sheet_state = "veryHidden"
    very_hidden["C7"] = "深度隐藏的内容"
    extracted = extract_xlsx(workbook_bytes(workbook))
    assert segment_of(extracted, resident_id(4)) == ("sheet:名单", "B3", "身份证号")
    assert segment_of(extracted, "隐藏表的内容") == ("sheet:隐藏表", "A1", None)
    assert segment_of(extracted, "深度隐藏的内容") == ("sheet:深度隐藏", "C7", None)
    assert segment_of(extracted, f"核对:{resident_id(5)}") == (COMMENT, "名单!A2", None)


def test_headers_footers_and_properties() -> None:
    workbook = roster([["数据"]])
    sheet = workbook.active
    assert sheet is not None
    sheet.oddHeader.center.text = "内部资料"
    sheet.oddFooter.left.text = "第 &P 页"
    workbook.properties.creator = "起草人王某"
    workbook.properties.title = "名单标题"
    extracted = extract_xlsx(workbook_bytes(workbook))
    assert segment_of(extracted, "内部资料") == (HEADER, "名单", None)
    assert extracted.part_at(extracted.text.index("第"), extracted.text.index("第") + 1) == FOOTER
    assert "&P" not in extracted.text
    assert segment_of(extracted, "起草人王某")[0] == METADATA
    assert segment_of(extracted, "名单标题")[0] == METADATA


def test_number_cells_show_their_digits_and_text_ids_keep_all_of_them() -> None:
    workbook = roster([["身份证号"], [resident_id(6)], [int(resident_id(7)[:-1] + "1")], [0.5]])
    extracted = extract_xlsx(workbook_bytes(workbook))
    assert resident_id(6) in extracted.text
    number_line = extracted.text.splitlines()[2]
    assert number_line.isdigit() and len(number_line) == 18
    assert "e+" not in extracted.text.lower()
    assert extracted.text.splitlines()[3] == "0.5"


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("1.101011990030712e+17", "110101199003071200"),
        ("4.30102199003071E+17", "430102199003071000"),
        ("1e+20", "100000000000000000000"),
        ("1.5E-3", "0.0015"),
        ("110101199003071234", "110101199003071234"),
        ("0.1", "0.1"),
        ("1e+999", "1e+999"),
        ("not a number", "not a number"),
    ],
)
def test_display_number(raw: str, shown: str) -> None:
    assert display_number(raw) == shown


def test_inline_strings_booleans_formulas_and_phonetic_runs() -> None:
    sheet = (
        '<row r="2"><c r="B2" t="inlineStr"><is><t>内联文字</t></is></c>'
        '<c r="C2" t="b"><v>1</v></c><c r="D2" t="str"><f>A1</f><v>公式结果</v></c>'
        '<c r="E2" t="s"><v>0</v></c><c r="F2" t="s"><v>99</v></c></row>'
    )
    shared = '<si><r><t>富</t></r><r><t>文本</t></r><rPh sb="0" eb="1"><t>ふ</t></rPh></si>'
    extracted = extract_xlsx(raw_xlsx(sheet, shared_strings_xml=shared))
    # The cell shows its runs without the phonetic guide; the guide (shown on request) and the sheet's name
    # (its tab) come last.
    assert extracted.text == "内联文字\tTRUE\t公式结果\t富文本\n表1\nふ\n"
    assert segment_of(extracted, "ふ") == ("phonetic", "xl/sharedStrings.xml", None)
    assert segment_of(extracted, "内联文字") == ("sheet:表1", "B2", None)
    assert segment_of(extracted, "富文本") == ("sheet:表1", "E2", None)


def test_strict_namespaces_and_cells_without_references() -> None:
    sheet = '<row><c t="inlineStr"><is><t>甲</t></is></c><c t="inlineStr"><is><t>乙</t></is></c></row>'
    extracted = extract_xlsx(raw_xlsx(sheet, main_namespace=STRICT_MAIN, relationship_namespace=STRICT_REL))
    assert extracted.text == "甲\t乙\n表1\n"  # the sheet's name (its tab) last
    assert segment_of(extracted, "乙") == ("sheet:表1", "B1", None)


def test_a_heading_makes_a_bare_number_an_id_finding_in_the_engine(engine: Engine) -> None:
    workbook = roster([["序号", "姓名", "身份证号"], [1, "张三", resident_id(8)]], heading="补贴名单")
    report = engine.review(extract_bytes(workbook_bytes(workbook), ".xlsx"), "roster.xlsx")
    ids = [finding for finding in report.findings if finding.category.value == "id_number"]
    assert [(f.text, f.part, f.location, f.severity.value) for f in ids] == [
        (resident_id(8), "sheet:名单", "C3", "high")
    ]
    assert report.attribute is not None and report.attribute.value != "proactive"


def test_a_mistyped_id_counts_only_under_its_heading(engine: Engine) -> None:
    mistyped = resident_id(9)[:-1] + ("0" if resident_id(9)[-1] != "0" else "1")
    labelled = roster([["姓名", "身份证号"], ["张三", mistyped]])
    bare = roster([["数值甲", "数值乙"], ["1", mistyped]])
    labelled_report = engine.review(extract_xlsx(workbook_bytes(labelled)), "a.xlsx")
    bare_report = engine.review(extract_xlsx(workbook_bytes(bare)), "b.xlsx")
    assert [f.severity.value for f in labelled_report.findings if f.category.value == "id_number"] == [
        "medium"
    ]
    assert not [f for f in bare_report.findings if f.category.value == "id_number"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "已损坏"),
        (b"PK\x03\x04 truncated", "已损坏"),
        (raw_xlsx("").replace(b"xl/workbook.xml", b"xl/workbook.xmX"), "缺少"),
        (rezip(raw_xlsx(""), drop=("xl/worksheets/sheet1.xml",)), "缺少"),
    ],
)
def test_broken_workbooks_are_refused(data: bytes, message: str) -> None:
    with pytest.raises(ExtractionError, match=message):
        extract_xlsx(data)


def test_a_word_document_named_xlsx_is_refused() -> None:
    from tests.testing.docx_builder import build_docx

    with pytest.raises(ExtractionError, match="不是 Excel 工作簿"):
        extract_xlsx(build_docx(["正文"]))


def test_extract_path_reads_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "名单.xlsx"
    path.write_bytes(workbook_bytes(roster([["甲"]])))
    assert extract_path(path).text.startswith("甲\n")


def test_text_boxes_drawn_over_a_sheet() -> None:
    drawing = (
        '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:sp>'
        "<xdr:txBody><a:p><a:r><a:t>浮动文本框</a:t></a:r><a:r><a:t>内容</a:t></a:r></a:p>"
        "<a:p><a:r><a:t>第二段</a:t></a:r></a:p></xdr:txBody></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>"
    )
    relationships = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Target="../drawings/drawing1.xml" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing"/></Relationships>'
    )
    data = raw_xlsx(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>单元格</t></is></c></row>',
        extra={
            "xl/worksheets/_rels/sheet1.xml.rels": relationships.encode(),
            "xl/drawings/drawing1.xml": drawing.encode(),
        },
    )
    extracted = extract_xlsx(data)
    assert extracted.text == "单元格\n浮动文本框内容\n第二段\n表1\n"  # the sheet's name (its tab) last
    assert segment_of(extracted, "浮动文本框内容") == (TEXTBOX, "表1", None)
