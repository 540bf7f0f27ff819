"""A list of people with identifiers is reported as one group: how many persons, which columns to remove."""

from __future__ import annotations

from pathlib import Path

from secreview import Engine
from secreview.validators import gb11643_check_char


def resident_id(sequence: int) -> str:
    first17 = f"43010219850612{sequence:03d}"
    return first17 + gb11643_check_char(first17)


def roster(rows: int) -> str:
    lines = ["低保对象名单", "序号\t户主\t身份证号\t联系电话"]
    lines += [f"{row}\t王某某\t{resident_id(row)}\t1391234{row:04d}" for row in range(1, rows + 1)]
    return "\n".join(lines) + "\n"


def test_a_roster_of_many_people_is_one_group(engine: Engine) -> None:
    report = engine.check_text(roster(5)).files[0]
    assert len(report.groups) == 1
    group = report.groups[0]
    assert group.persons == 5
    assert [category.value for category in group.categories] == ["id_number", "phone"]
    assert group.severity.value == "high"
    assert "5 名自然人" in group.message


def test_one_or_two_people_are_not_a_list(engine: Engine) -> None:
    assert engine.check_text(roster(2)).files[0].groups == []


def test_spreadsheet_columns_are_named_by_their_headings(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    rows = ["户主,身份证号,联系电话"] + [f"王某某,{resident_id(n)},1391234{n:04d}" for n in range(1, 5)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    group = engine.check_file(path).files[0].groups[0]
    assert group.persons == 4
    assert group.columns == ["身份证号", "联系电话"]
