"""A number a viewer shows whole that the file writes in pieces (leak11, session 17): one digit to a cell (the
boxes of a form's 身份证号 or 联系电话 row, in Word, Excel and HTML tables), and, in a page, a comment, a
tooltip's element or a hidden element inside the digits (the browser shows the digits run together). The
check finds the number and the copy holds it nowhere: every zip part read raw, tags left out, and a page's
text as a browser shows it (comments, templates and hidden elements left out)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from secreview import Attribute, Engine
from secreview.engine import Document
from secreview.masking import must_redact
from secreview.redact import redact_bytes
from secreview.validators import gb11643_check_char
from tests.testing.docx_builder import build_docx, paragraph, table
from tests.testing.leftovers import folded, places_of, readable_texts
from tests.testing.xlsx_builder import roster, workbook_bytes

PHONE = "13812345678"
ID_NUMBER = "33010419740615282" + gb11643_check_char("33010419740615282")
ID_ENDING_X = "11010519491231002X"  # its check character X, in a box of its own


def _found(engine: Engine, data: bytes, suffix: str, value: str) -> bool:
    report = engine.review(Document(f"file{suffix}", data, suffix))
    assert report.error is None, report.error
    return any(must_redact(f) and folded(value) in folded(f.text) for f in report.findings)


def _copy_places(engine: Engine, data: bytes, suffix: str, value: str, tmp_path: Path) -> list[str]:
    copy = redact_bytes(engine, data, suffix, f"file{suffix}")
    assert copy.recheck.attribute is Attribute.PROACTIVE
    assert copy.remaining == []
    path = tmp_path / f"copy{suffix}"
    path.write_bytes(copy.data)
    return places_of(value, readable_texts(path))


def _boxes_docx(heading: str, value: str) -> bytes:
    return build_docx(
        [
            paragraph("申请人信息登记表"),
            table([["姓名", heading, *[""] * (len(value) - 1)], ["张明华", *value]]),
        ]
    )


def _boxes_xlsx(heading: str, value: str) -> bytes:
    return workbook_bytes(roster([["姓名", heading], ["张明华", *value]], title="登记表"))


def _boxes_html(heading: str, value: str) -> bytes:
    cells = "".join(f"<td>{digit}</td>" for digit in value)
    return (
        '<!doctype html><html><head><meta charset="utf-8"><title>登记表</title></head><body>'
        f'<table><tr><th>姓名</th><th colspan="{len(value)}">{heading}</th></tr>'
        f"<tr><td>张明华</td>{cells}</tr></table></body></html>"
    ).encode()


_BOXES = {".docx": _boxes_docx, ".xlsx": _boxes_xlsx, ".html": _boxes_html}


@pytest.mark.parametrize("suffix", sorted(_BOXES))
@pytest.mark.parametrize(
    ("heading", "value"),
    [("身份证号", ID_NUMBER), ("公民身份号码", ID_ENDING_X), ("联系电话", PHONE)],
    ids=["identity", "identity-x", "mobile"],
)
def test_a_number_one_digit_to_a_cell_is_found_and_gone_from_the_copy(
    engine: Engine, suffix: str, heading: str, value: str, tmp_path: Path
) -> None:
    data = _BOXES[suffix](heading, value)
    assert _found(engine, data, suffix, value)
    assert _copy_places(engine, data, suffix, value, tmp_path) == []


def test_a_row_of_single_figures_is_no_number(engine: Engine) -> None:
    # 统计局: a row of one-digit counts under a heading that names no number; nothing joins them.
    rows = [
        ["乡镇", "一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月"]
    ]
    data = workbook_bytes(roster([*rows, ["城关镇", *PHONE]], title="月报"))
    report = engine.review(Document("file.xlsx", data, ".xlsx"))
    assert not [f for f in report.findings if f.category == "phone"]


def _page(paragraph_html: str) -> bytes:
    return (
        '<!doctype html><html><head><meta charset="utf-8"><title>来访登记</title></head><body>'
        f"<p>{paragraph_html}</p></body></html>"
    ).encode()


_HIDDEN = re.compile(
    r"<!--.*?-->|<template>.*?</template>|<(span|b)\b[^>]*(?:display:\s*none|\bhidden\b)[^>]*>.*?</\1>", re.S
)


def _shown(page: str) -> str:
    """The text of a page as a browser shows it: comments, templates and hidden elements left out."""
    return html.unescape(re.sub(r"<[^>]*>", "", _HIDDEN.sub("", page)))


_INSIDE = {
    "a comment": f"来访人张明华,联系电话:{PHONE[:5]}<!-- 核对 -->{PHONE[5:]},反映噪音扰民。",
    "an identity number with a comment": (
        f"申请人张明华,身份证号:{ID_NUMBER[:9]}<!-- 2026-03-02 -->{ID_NUMBER[9:]},已核实。"
    ),
    "a tooltip's element": (
        f'来访人张明华,联系电话:{PHONE[:3]}<span title="来访登记已核对">{PHONE[3:7]}</span>{PHONE[7:]}。'
    ),
    "a hidden decoy": (
        f'来访人张明华,联系电话:{PHONE[:5]}<span style="display:none">0000</span>{PHONE[5:]},反映噪音扰民。'
    ),
    "a hidden element": f"来访人张明华,联系电话:{PHONE[:5]}<b hidden>备注</b>{PHONE[5:]}。",
    "a template": f"来访人张明华,联系电话:{PHONE[:5]}<template>待补</template>{PHONE[5:]}。",
}


@pytest.mark.parametrize("inside", sorted(_INSIDE))
def test_a_number_a_page_shows_whole_is_found_and_gone_from_the_copy(
    engine: Engine, inside: str, tmp_path: Path
) -> None:
    data = _page(_INSIDE[inside])
    value = ID_NUMBER if "identity" in inside else PHONE
    assert value in _shown(data.decode())  # what the browser shows
    assert _found(engine, data, ".html", value)
    copy = redact_bytes(engine, data, ".html", "file.html")
    assert copy.recheck.attribute is Attribute.PROACTIVE
    shown = folded(_shown(copy.data.decode()))
    assert folded(value) not in shown
    assert _copy_places(engine, data, ".html", value, tmp_path) == []


def test_a_comment_between_two_numbers_joins_nothing(engine: Engine) -> None:
    # A count and a year a comment stands between: the page shows them apart, as the text writes them.
    data = _page("本季度受理来访 138 件<!-- 核对 -->,2026 年同比下降。")
    report = engine.review(Document("file.html", data, ".html"))
    assert not [f for f in report.findings if f.category == "phone"]


def _broken_txt(before: str, after: str) -> bytes:
    return f"来访登记\n来访人张明华 {before}\n{after},反映噪音扰民。\n".encode()


def _broken_docx(before: str, after: str) -> bytes:
    from tests.testing.docx_builder import Xml

    runs = f"<w:t>来访人张明华 {before}</w:t><w:br/><w:t>{after},反映噪音扰民。</w:t>"
    return build_docx([Xml(f"<w:p><w:r>{runs}</w:r></w:p>")])


def _broken_xlsx(before: str, after: str) -> bytes:
    cell = f"来访人张明华 {before}\n{after},反映噪音扰民。"
    return workbook_bytes(roster([["来访登记"], [cell]], title="登记"))


def _broken_html(before: str, after: str) -> bytes:
    return _page(f"来访人张明华 {before}<br>{after},反映噪音扰民。")


_BROKEN = {".txt": _broken_txt, ".docx": _broken_docx, ".xlsx": _broken_xlsx, ".html": _broken_html}


@pytest.mark.parametrize("suffix", sorted(_BROKEN))
def test_a_mobile_broken_over_a_line_beside_a_name_without_a_cue_is_found(
    engine: Engine, suffix: str, tmp_path: Path
) -> None:
    # A soft line break (Word's Shift+Enter, Excel's Alt+Enter, <br>) inside the number: the viewer shows
    # 13812 at a line's end and 345678 below. Whole, on one line, PI101 finds it without a cue.
    data = _BROKEN[suffix](PHONE[:5], PHONE[5:])
    assert _found(engine, data, suffix, PHONE)
    assert _copy_places(engine, data, suffix, PHONE, tmp_path) == []


@pytest.mark.parametrize(
    "text",
    [
        "保障性租赁住房轮候名单\n1. 赵丽华,女,13905\n712687\n2. 钱卫东,男,已退出\n",  # 住建: a list item
        "经调查,职工欧阳明 15172\n394406 于3月2日下班途中受伤,现已出院。\n",  # 人社: running text
    ],
    ids=["list", "running"],
)
def test_a_mobile_broken_over_a_line_beside_a_name_is_cut_in_other_words(engine: Engine, text: str) -> None:
    copy = redact_bytes(engine, text.encode(), ".txt", "draft.txt")
    assert copy.recheck.attribute is Attribute.PROACTIVE
    assert not re.search(r"\d{5}\s*\n\s*\d{6}", copy.data.decode())


def test_a_broken_serial_beside_a_name_stays(engine: Engine) -> None:
    # An order number after its word, and a count: no mobile, whatever the name beside it.
    for text in ("经办人张明华 订单 13812\n345678 已办结。\n", "张明华 本季度受理 138\n12 件。\n"):
        report = engine.review(Document("draft.txt", text.encode(), ".txt"))
        assert not [f for f in report.findings if f.category == "phone"], text
