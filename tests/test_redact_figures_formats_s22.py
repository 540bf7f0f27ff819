"""Figures beside a cut in copies of other formats (leak17, session 22), in probes of my own (a county's
慈善总会 reviewing a person's aid, a city's 蚕桑技术推广站 reviewing a firm's subsidy). A sentence in which
the copy cuts a private person's phone gives his income and his debts; a firm whose cost the copy cuts,
named again, gives its profit. Wherever such a sentence stands — a table's cell, a text box, a footnote,
a header, a picture's alternative text, a hidden row, a note, a validation's prompt, a defined name, a
chart's cache, the document's properties, an element no browser shows — the copy keeps none of its figures
(in both styles), or it is refused in one line (a .pdf). On main b3026bc a workbook cut these figures in its
cells alone: a note, a header, a prompt, a defined name, a chart and the properties kept them."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import pytest
from openpyxl import Workbook
from openpyxl.comments import Comment

import tests.testing.office_places as office_places
from secreview import Attribute, Engine
from secreview.errors import ExtractionError
from secreview.masking import Style
from secreview.redact import redact_bytes
from tests.testing.copies import STYLES
from tests.testing.docx_builder import build_docx, paragraph, table, textbox_paragraph
from tests.testing.pdf_builder import build_pdf
from tests.testing.xlsx_builder import workbook_bytes

MOBILE = "13907458812"
# 慈善总会: one person's aid review; his phone is cut, the sentence's figures are his.
PERSON = f"受助人蒙某某，联系电话{MOBILE}，家庭月收入2860元，尚欠医疗费用41,350元。"
PERSON_FIGURES = ("2860", "41,350", "41350")
TITLE = "澄溪县慈善总会关于大病救助申请的审核情况"
# 蚕桑技术推广站: a firm's cost the rules cut (it asks to keep it back), the firm named again after it.
FIRM_LINES = [
    "澄溪市蚕桑技术推广站关于2026年蚕种生产补助初审情况的报告",
    "市农业农村局：",
    "我站对申报单位进行了初审，现将有关情况报告如下：",
    "一、澄溪县丝源蚕种有限公司提供的生产台账显示，其蚕种单位成本为每张38.60元，企业要求对成本数据保密。",
    "二、初审意见：该单位符合条件，建议补助资金42万元。",
]
FIRM_AGAIN = "注：丝源蚕种2025年净利润为-213.60万元，资产负债率达81.3%。"
FIRM_FIGURES = ("213.60", "81.3")


def _docx_cell() -> bytes:
    rows = [
        ["序号", "情况", "审核意见"],
        ["1", PERSON, "同意救助"],
        ["2", "受助人韩某某，无其他困难。", "不同意"],
    ]
    return build_docx([paragraph(TITLE), table(rows)])


def _docx_textbox() -> bytes:
    return build_docx([paragraph(TITLE), textbox_paragraph(PERSON), paragraph("经审核，同意救助。")])


def _docx_footnote() -> bytes:
    return build_docx([paragraph(TITLE), paragraph("经审核，同意救助。")], footnotes=[PERSON])


def _docx_header() -> bytes:
    return build_docx([paragraph(TITLE), paragraph("经审核，同意救助。")], headers=[PERSON])


def _docx_alt_text() -> bytes:
    saved = office_places.SENTENCE
    office_places.SENTENCE = PERSON
    try:
        return office_places.docx_alt_text()
    finally:
        office_places.SENTENCE = saved


def _docx_firm_footnote() -> bytes:
    return build_docx([paragraph(line) for line in FIRM_LINES], footnotes=[FIRM_AGAIN])


def _docx_firm_header() -> bytes:
    return build_docx([paragraph(line) for line in FIRM_LINES], headers=[FIRM_AGAIN])


def _book(extra: Callable[[Workbook], None]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "审核"
    for row in ([TITLE], ["序号", "审核意见"], [1, "同意救助"]):
        sheet.append(row)
    extra(book)
    return workbook_bytes(book)


def _hidden_row(book: Workbook) -> None:
    sheet = book.active
    assert sheet is not None
    sheet.append([2, "蒙某某", MOBILE, 2860, 41350, "同意"])
    sheet.row_dimensions[4].hidden = True


def _note(book: Workbook) -> None:
    sheet = book.active
    assert sheet is not None
    sheet["B3"].comment = Comment(PERSON, "经办人")


def _sheet_header(book: Workbook) -> None:
    sheet = book.active
    assert sheet is not None
    sheet.oddHeader.center.text = PERSON


def _properties(book: Workbook) -> None:
    book.properties.description = PERSON


def _with_sentence(build: Callable[[], bytes]) -> Callable[[], bytes]:
    def made() -> bytes:
        saved = office_places.SENTENCE
        office_places.SENTENCE = PERSON
        try:
            return build()
        finally:
            office_places.SENTENCE = saved

    return made


def _html() -> bytes:
    hidden = f"<p style='display:none'>{PERSON}</p>"
    cells = (
        f"<tr><td>1</td><td>蒙某某</td><td>联系电话{MOBILE}</td>"
        "<td>家庭月收入2860元，尚欠医疗费用41,350元</td></tr>"
    )
    picture = f"<img alt='{PERSON}' src='a.png'>"
    page = f"<html><body><h1>{TITLE}</h1><table>{cells}</table>{hidden}{picture}</body></html>"
    return page.encode("utf-8")


PROBES: dict[str, tuple[Callable[[], bytes], str, tuple[str, ...]]] = {
    "docx-table-cell": (_docx_cell, ".docx", PERSON_FIGURES),
    "docx-text-box": (_docx_textbox, ".docx", PERSON_FIGURES),
    "docx-footnote": (_docx_footnote, ".docx", PERSON_FIGURES),
    "docx-header": (_docx_header, ".docx", PERSON_FIGURES),
    "docx-alt-text": (_docx_alt_text, ".docx", PERSON_FIGURES),
    "docx-firm-named-in-footnote": (_docx_firm_footnote, ".docx", FIRM_FIGURES),
    "docx-firm-named-in-header": (_docx_firm_header, ".docx", FIRM_FIGURES),
    "xlsx-hidden-row": (lambda: _book(_hidden_row), ".xlsx", PERSON_FIGURES),
    "xlsx-note": (lambda: _book(_note), ".xlsx", PERSON_FIGURES),
    "xlsx-header": (lambda: _book(_sheet_header), ".xlsx", PERSON_FIGURES),
    "xlsx-properties": (lambda: _book(_properties), ".xlsx", PERSON_FIGURES),
    "xlsx-validation-prompt": (_with_sentence(office_places.xlsx_validation_prompt), ".xlsx", PERSON_FIGURES),
    "xlsx-defined-name": (_with_sentence(office_places.xlsx_defined_name), ".xlsx", PERSON_FIGURES),
    "xlsx-chart-cache": (_with_sentence(office_places.xlsx_chart_cache), ".xlsx", PERSON_FIGURES),
    "html-cell-hidden-alt": (_html, ".html", PERSON_FIGURES),
}


def _members(data: bytes, suffix: str) -> dict[str, str]:
    if suffix == ".html":
        return {"page": data.decode("utf-8")}
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {name: package.read(name).decode("utf-8", "replace") for name in package.namelist()}


@STYLES
@pytest.mark.parametrize("name", list(PROBES))
def test_a_figure_beside_a_cut_leaves_a_copy_of_any_format(engine: Engine, name: str, style: Style) -> None:
    build, suffix, figures = PROBES[name]
    data = build()
    copy = redact_bytes(engine, data, suffix, f"draft{suffix}", style)
    assert copy.original.attribute is Attribute.REDACTED, name
    assert copy.recheck.attribute is Attribute.PROACTIVE, name
    kept = {
        (figure, member)
        for member, text in _members(copy.data, suffix).items()
        for figure in figures
        if figure in text
    }
    assert not kept, name
    assert any(figure in text for text in _members(data, suffix).values() for figure in figures)


@STYLES
def test_a_workbooks_figures_stay_where_nothing_is_cut_beside_them(engine: Engine, style: Style) -> None:
    # The same short digits written in a cell of another row keep it: a figure goes where it stands beside
    # the cut, not wherever the package writes the same digits.
    def other_row(book: Workbook) -> None:
        _note(book)
        sheet = book.active
        assert sheet is not None
        sheet.append([2, "全年救助支出（元）", 2860])

    copy = redact_bytes(engine, _book(other_row), ".xlsx", "draft.xlsx", style)
    from openpyxl import load_workbook

    values = [cell.value for row in load_workbook(io.BytesIO(copy.data)).active.iter_rows() for cell in row]
    assert 2860 in values


def test_a_pdf_with_a_figure_beside_a_cut_is_refused_in_one_line(engine: Engine) -> None:
    data = build_pdf([[TITLE, PERSON]])
    with pytest.raises(ExtractionError) as refused:
        redact_bytes(engine, data, ".pdf", "draft.pdf", Style.MASK)
    assert "\n" not in str(refused.value)
