"""The red team of identifier spellings (spellings.py) carried into the layouts a drafting officer produces:
a number split over the cells of a Word, spreadsheet, CSV or HTML table, broken by a line end inside a cell,
written in a header, a footer or a text box, and two partial masks of one number that together give it whole.

Each ``Layout`` is one document. ``pieces`` are the texts the number is written as, in order: each must be
covered by a finding of ``category`` when ``found`` (and the copy must not give the number back); a quiet
twin (``found`` false) must have no finding of ``category`` over its ``pieces``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tests.testing.docx_builder import build_docx, paragraph, table, textbox_paragraph
from tests.testing.spellings import CITIZEN_ID, MOBILE
from tests.testing.xlsx_builder import roster, workbook_bytes

TITLE = "临时救助对象公示"
MASKED_MOBILE = ("139****4321", "1398765****")  # the common 公示 mask, and one that hides the end instead
MASKED_ID = ("430102********1234", "43010219900307****")


@dataclass(frozen=True)
class Layout:
    name: str
    suffix: str
    build: Callable[[], bytes]
    pieces: tuple[str, ...]
    category: str
    found: bool
    value: str  # the number a reader reads (digits)
    masks: bool = False  # the pieces are partial masks: the copy must not let them rebuild ``value``


def _docx(*blocks: object, **options: object) -> Callable[[], bytes]:
    return lambda: build_docx([paragraph(TITLE), *blocks], **options)  # type: ignore[list-item, arg-type]


def _xlsx(rows: list[list[object]]) -> Callable[[], bytes]:
    return lambda: workbook_bytes(roster(rows))


def _text(text: str) -> Callable[[], bytes]:
    return lambda: f"{TITLE}\n{text}\n公示时间:2024年3月7日至3月13日。\n".encode()


def layouts() -> list[Layout]:
    mobile, citizen = MOBILE, CITIZEN_ID
    broken_cell = [paragraph(mobile[:3]), paragraph(mobile[3:])]
    return [
        # A number over two cells of a row, the second under the first's merged heading.
        Layout(
            "docx-cells-mobile",
            ".docx",
            _docx(table([["姓名", "联系电话", ""], ["张伟", mobile[:7], mobile[7:]]])),
            (mobile[:7], mobile[7:]),
            "phone",
            True,
            mobile,
        ),
        Layout(
            "docx-cells-citizen-id",
            ".docx",
            _docx(table([["姓名", "身份证号码", ""], ["张伟", citizen[:6], citizen[6:]]])),
            (citizen[:6], citizen[6:]),
            "id_number",
            True,
            citizen,
        ),
        Layout(
            "docx-key-value-row",
            ".docx",
            _docx(table([["户主", "张伟", "联系电话", mobile[:3], mobile[3:]]])),
            (mobile[:3], mobile[3:]),
            "phone",
            True,
            mobile,
        ),
        Layout(
            "xlsx-cells-mobile",
            ".xlsx",
            _xlsx([["姓名", "联系电话", ""], ["张伟", mobile[:7], mobile[7:]]]),
            (mobile[:7], mobile[7:]),
            "phone",
            True,
            mobile,
        ),
        Layout(
            "xlsx-cells-citizen-id-numeric",
            ".xlsx",
            _xlsx([["姓名", "身份证号码", ""], ["张伟", int(citizen[:9]), citizen[9:]]]),
            (citizen[:9], citizen[9:]),
            "id_number",
            True,
            citizen,
        ),
        Layout(
            "txt-tab-table-heading-far-above",
            ".txt",
            _text(
                "序号\t姓名\t联系电话\t\n"
                + "".join(f"{row}\t某{row}\t无\t\n" for row in range(1, 9))
                + f"9\t张伟\t{mobile[:3]}\t{mobile[3:]}"
            ),
            (mobile[:3], mobile[3:]),
            "phone",
            True,
            mobile,
        ),
        Layout(
            "csv-cells-citizen-id",
            ".csv",
            lambda: f"姓名,身份证号码,\n张伟,{citizen[:6]},{citizen[6:]}\n".encode(),
            (citizen[:6], citizen[6:]),
            "id_number",
            True,
            citizen,
        ),
        Layout(
            "html-cells-mobile-under-a-spanning-heading",
            ".html",
            lambda: (
                f"<html><body><p>{TITLE}</p><table><tr><th>姓名</th><th colspan=2>联系电话</th></tr>"
                f"<tr><td>张伟</td><td>{mobile[:7]}</td><td>{mobile[7:]}</td></tr></table></body></html>"
            ).encode(),
            (mobile[:7], mobile[7:]),
            "phone",
            True,
            mobile,
        ),
        # A line end inside a cell: two paragraphs in a Word cell, a wrapped line in a spreadsheet cell.
        Layout(
            "docx-cell-line-break",
            ".docx",
            _docx(table([["姓名", "联系电话"], ["张伟", broken_cell]])),
            (mobile[:3], mobile[3:]),
            "phone",
            True,
            mobile,
        ),
        Layout(
            "xlsx-cell-line-break",
            ".xlsx",
            _xlsx([["姓名", "联系电话"], ["张伟", f"{mobile[:3]}\n{mobile[3:]}"]]),
            (mobile[:3], mobile[3:]),
            "phone",
            True,
            mobile,
        ),
        # Places outside the body.
        Layout(
            "docx-header",
            ".docx",
            _docx(paragraph("正文。"), headers=[[paragraph(f"经办人家属联系电话:{mobile}")]]),
            (mobile,),
            "phone",
            True,
            mobile,
        ),
        Layout(
            "docx-footer",
            ".docx",
            _docx(paragraph("正文。"), footers=[[paragraph(f"户主身份证号:{citizen}")]]),
            (citizen,),
            "id_number",
            True,
            citizen,
        ),
        Layout(
            "docx-text-box",
            ".docx",
            _docx(textbox_paragraph(f"户主张伟,联系电话:{mobile}")),
            (mobile,),
            "phone",
            True,
            mobile,
        ),
        # Two partial masks of one number.
        Layout(
            "txt-masks-mobile",
            ".txt",
            _text(f"户主张伟,联系电话:{MASKED_MOBILE[0]}。\n附件:回访名单 张伟 {MASKED_MOBILE[1]}"),
            MASKED_MOBILE,
            "phone",
            True,
            mobile,
            masks=True,
        ),
        Layout(
            "txt-masks-mobile-with-x",
            ".txt",
            _text("户主张伟,联系电话:139XXXX4321。\n附件:回访名单 张伟 1398765xxxx"),
            ("139XXXX4321", "1398765xxxx"),
            "phone",
            True,
            mobile,
            masks=True,
        ),
        Layout(
            "docx-masks-citizen-id-two-tables",
            ".docx",
            _docx(
                table([["姓名", "身份证号码"], ["张伟", MASKED_ID[0]]]),
                paragraph("附表:"),
                table([["户主", "公民身份号码"], ["张伟", MASKED_ID[1]]]),
            ),
            MASKED_ID,
            "id_number",
            True,
            citizen,
            masks=True,
        ),
        Layout(
            "xlsx-masks-mobile",
            ".xlsx",
            _xlsx([["姓名", "联系电话", "回访电话"], ["张伟", MASKED_MOBILE[0], MASKED_MOBILE[1]]]),
            MASKED_MOBILE,
            "phone",
            True,
            mobile,
            masks=True,
        ),
        Layout(
            "csv-masks-mobile",
            ".csv",
            lambda: f"姓名,联系电话,回访电话\n张伟,{MASKED_MOBILE[0]},{MASKED_MOBILE[1]}\n".encode(),
            MASKED_MOBILE,
            "phone",
            True,
            mobile,
            masks=True,
        ),
        # Near twins that stay quiet.
        Layout(
            "docx-cells-two-figures",
            ".docx",
            _docx(table([["姓名", "联系电话", "人数"], ["张伟", mobile[:7], mobile[7:]]])),
            (mobile[7:],),
            "phone",
            False,
            mobile,
        ),
        Layout(
            "xlsx-cells-two-figures",
            ".xlsx",
            _xlsx([["序号", "户数", "人数"], [1, mobile[:7], mobile[7:]]]),
            (mobile[:7], mobile[7:]),
            "phone",
            False,
            mobile,
        ),
        Layout(
            "txt-masks-two-people",
            ".txt",
            _text("张伟 联系电话 139****4321\n李娜 联系电话 1380013****"),
            ("139****4321", "1380013****"),
            "phone",
            False,
            mobile,
        ),
        Layout(
            "docx-masks-two-people",
            ".docx",
            _docx(
                table([["姓名", "身份证号码"], ["张伟", MASKED_ID[0]]]),
                table([["姓名", "身份证号码"], ["李娜", "43010219851212****"]]),
            ),
            (MASKED_ID[0], "43010219851212****"),
            "id_number",
            False,
            citizen,
        ),
        Layout(
            "txt-same-mask-twice",
            ".txt",
            _text(f"张伟 联系电话 {MASKED_MOBILE[0]}\n复核:张伟 {MASKED_MOBILE[0]}"),
            (MASKED_MOBILE[0],),
            "phone",
            False,
            mobile,
        ),
    ]
