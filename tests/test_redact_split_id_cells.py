"""An identity number a drafter split over three cells of a table row where its own fields end (region,
birth date, sequence and check: ``330104 | 19740615 | 282X``), with no cue word near it and no heading
naming it (leak12, session 18; left by leak11): the check finds it and the copy holds it nowhere. Three
cells under headings of their own (邮编, 登记日期, 编号) join nothing, and neither do groups that are no
identity number."""

from __future__ import annotations

from pathlib import Path

import pytest

from secreview import Attribute, Engine
from secreview.engine import Document
from secreview.masking import must_redact
from secreview.redact import redact_bytes
from secreview.validators import gb11643_check_char
from tests.testing.docx_builder import build_docx, paragraph, table
from tests.testing.leftovers import places_of, readable_texts
from tests.testing.xlsx_builder import roster, workbook_bytes

ID_NUMBER = "33010419740615282" + gb11643_check_char("33010419740615282")
PIECES = [ID_NUMBER[:6], ID_NUMBER[6:14], ID_NUMBER[14:]]
# 住建局: a list of the households a repair grant went to, no heading row, no word for the number.
ROWS = [["张明华", *PIECES, "危房改造"], ["李秀英", "城关镇", "东街12号", "旧房翻修", "已验收"]]
TITLE = "危房改造农户名单"


def _docx(rows: list[list[str]]) -> bytes:
    return build_docx([paragraph(TITLE), table(rows)])


def _xlsx(rows: list[list[str]]) -> bytes:
    return workbook_bytes(roster(rows, title="名单"))


def _html(rows: list[list[str]]) -> bytes:
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>'
        f"<table>{body}</table></body></html>"
    ).encode()


def _txt(rows: list[list[str]]) -> bytes:
    return "\n".join([TITLE, "", *(" | ".join(row) for row in rows)]).encode()


BUILDERS = {".docx": _docx, ".xlsx": _xlsx, ".html": _html, ".txt": _txt}


def _found(engine: Engine, data: bytes, suffix: str) -> bool:
    report = engine.review(Document(f"file{suffix}", data, suffix))
    assert report.error is None, report.error
    return any(must_redact(f) and f.category == "id_number" for f in report.findings)


@pytest.mark.parametrize("suffix", sorted(BUILDERS))
def test_a_number_split_where_its_fields_end_is_found_and_gone_from_the_copy(
    engine: Engine, suffix: str, tmp_path: Path
) -> None:
    data = BUILDERS[suffix](ROWS)
    assert _found(engine, data, suffix)
    copy = redact_bytes(engine, data, suffix, f"file{suffix}")
    assert copy.recheck.attribute is Attribute.PROACTIVE
    path = tmp_path / f"copy{suffix}"
    path.write_bytes(copy.data)
    assert places_of(ID_NUMBER, readable_texts(path)) == []


@pytest.mark.parametrize("suffix", sorted(BUILDERS))
def test_cells_under_headings_of_their_own_or_no_number_join_nothing(engine: Engine, suffix: str) -> None:
    headed = [["单位", "邮编", "登记日期", "编号", "备注"], ["城关供销社", *PIECES, "无"]]
    wrong_check = next(char for char in "0123456789" if char != ID_NUMBER[-1])
    wrong = [["张明华", PIECES[0], PIECES[1], PIECES[2][:3] + wrong_check, "危房改造"]]
    assert not _found(engine, BUILDERS[suffix](headed), suffix)
    assert not _found(engine, BUILDERS[suffix](wrong), suffix)
