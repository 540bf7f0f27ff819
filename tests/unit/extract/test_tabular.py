"""Which row of a table names its columns, and the cell labels that follow from it."""

from __future__ import annotations

import pytest

from secreview.extract.base import TextBuilder
from secreview.extract.tabular import Cell, column_letters, column_number, heading_row, write_rows


def table(*rows: list[object]) -> list[list[Cell]]:
    return [
        [
            Cell(number, column, str(value), is_text=not isinstance(value, int | float))
            for column, value in enumerate(row, start=1)
        ]
        for number, row in enumerate(rows, start=1)
    ]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (table(["姓名", "身份证号码"], ["张三", "110105199003070012"]), 0),
        (
            table(
                ["2024年度城乡低保对象名单"],
                ["序号", "姓名", "身份证号码"],
                [1, "张三", "110105199003070012"],
            ),
            1,
        ),
        (
            table(
                ["填报单位:某局", "填报日期:2024年3月"],
                ["序号", "姓名", "身份证号码", "2024年1月补贴金额(元)"],
                [1, "张三", "110105199003070012", 300],
            ),
            1,
        ),
        (table(["序号", "姓名", "联系电话"], [1, "张三", "13800138000"]), 0),
        (table(["张三", "110105199003070012"], ["李四", "110105199003070013"]), None),
        (table([1, 2, 3], [4, 5, 6]), None),
        (table(["身份证号"], ["110105199003070012"]), 0),
        (table(), None),
    ],
    ids=["plain", "title-row", "filler-row", "numbered", "no-heading", "numbers", "one-column", "empty"],
)
def test_heading_row(rows: list[list[Cell]], expected: int | None) -> None:
    assert heading_row(rows) == expected


def test_only_cells_below_the_heading_row_are_labelled_and_only_by_headings() -> None:
    out = TextBuilder()
    write_rows(out, table(["总表"], ["序号", "姓名", "性别", 2024], [1, "张三", "男", 5]), "table")
    extracted = out.build()
    labels = {segment.location: segment.label for segment in extracted.segments if segment.label}
    assert labels == {"A3": "序号", "B3": "姓名", "C3": "性别"}
    assert extracted.text == "总表\n序号\t姓名\t性别\t2024\n1\t张三\t男\t5\n"


@pytest.mark.parametrize(("number", "letters"), [(1, "A"), (26, "Z"), (27, "AA"), (702, "ZZ"), (703, "AAA")])
def test_column_letters_round_trip(number: int, letters: str) -> None:
    assert column_letters(number) == letters
    assert column_number(letters) == number
