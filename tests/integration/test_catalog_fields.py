"""The catalog names each document by its own title and 文号; its workbook is ready to filter (issue 18)."""

from __future__ import annotations

from pathlib import Path

import pytest

from secreview.document_fields import document_number_of, title_of
from tests.testing.cli import run_in_process, write

HEADED = (
    "000123\n机密★1年\n某县人民政府文件\n某政发〔2023〕3号\n关于印发《某县2023年政务公开\n工作要点》的通知\n"
    "各乡镇人民政府:\n现将要点印发给你们。\n"
)
CITING = (
    "关于开展政务公开自查的通知\n各县民政局:\n根据《某市政务公开工作要点》(某政办发〔2021〕12号)要求,"
    "开展自查。\n"
)
CATALOG_HEAD = (
    "索引号:11430100MB1234567X/2024-00086\n发布机构:某县人社局\n关于做好就业服务工作的通知\n各乡镇:\n"
)


@pytest.mark.parametrize(
    ("text", "title", "number"),
    [
        (HEADED, "关于印发《某县2023年政务公开工作要点》的通知", "某政发〔2023〕3号"),
        (CITING, "关于开展政务公开自查的通知", ""),
        (CATALOG_HEAD, "关于做好就业服务工作的通知", ""),
        (
            "某市人民政府办公室文件\n某政办发〔2024〕12号\n关于印发某项工作方案的通知\n各区县:\n",
            "关于印发某项工作方案的通知",
            "某政办发〔2024〕12号",
        ),
        ("会议记录\n今天讨论了三件事。\n", "会议记录", ""),
        ("请各单位于周五前报送材料。\n", "请各单位于周五前报送材料。", ""),
        ("关于某事的函\n某局:\n特此函告。\n文号:某函〔2022〕5号\n", "关于某事的函", "某函〔2022〕5号"),
    ],
)
def test_title_and_number_are_the_documents_own(text: str, title: str, number: str) -> None:
    assert (title_of(text), document_number_of(text)) == (title, number)


# A title ending in a bracketed note (（试行）, （征求意见稿）) in full-width brackets, as drafts write it,
# below the issuing body's name: the title is the second line, not the body's name above it.
TRIAL_RULE = (
    "澜州市人民政府办公室\n澜州市政务公开工作考核办法（试行）\n第一条 为规范政务公开工作考核，制定本办法。\n"
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            TRIAL_RULE,
            id="full-width",
        ),
        pytest.param(TRIAL_RULE.replace("（", "(").replace("）", ")"), id="ascii"),
    ],
)
def test_a_title_ending_in_a_bracketed_note_is_the_title(text: str) -> None:
    assert title_of(text) == text.splitlines()[1]


def test_xlsx_catalog_has_an_autofilter_and_fitting_columns(tmp_path: Path) -> None:
    import openpyxl

    folder = tmp_path / "docs"
    write(folder / "a.txt", HEADED)
    write(folder / "b.txt", CITING)
    output = tmp_path / "目录.xlsx"
    assert run_in_process("catalog", "--isolated", folder, "-o", output).returncode == 0
    sheet = openpyxl.load_workbook(output)["公开属性目录"]
    _, *rows = list(sheet.iter_rows(values_only=True))
    assert sheet.auto_filter.ref == f"A1:J{len(rows) + 1}"
    titles = {row[1] for row in rows}
    assert titles == {"关于印发《某县2023年政务公开工作要点》的通知", "关于开展政务公开自查的通知"}
    title_width = sheet.column_dimensions["B"].width
    assert title_width >= 2 * len("关于印发《某县2023年政务公开工作要点》的通知") - 10
    assert sheet.column_dimensions["H"].width < title_width  # the count columns stay narrow
