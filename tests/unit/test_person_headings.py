"""A row's cells are asked for a name heading in one search over the cells joined by line breaks: the same
answer as asking each cell."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from secreview.recognizers import persons

PIECES = ["姓名", "序号", "户主", "申请人", "联系人", "性别", "张三", " ", "\t", "a", "1", "\n", "号", ""]
CELLS = st.lists(st.sampled_from(PIECES), max_size=5).map("".join)


def _per_cell(headings: list[str]) -> bool:
    named = any(persons._NAME_HEADING.match(heading) for heading in headings)
    return named and not any(persons._STAFF_HEADING.search(heading) for heading in headings)


@settings(max_examples=400, deadline=None)
@given(st.lists(CELLS, max_size=6))
def test_one_search_over_the_row_answers_as_each_cell_does(headings: list[str]) -> None:
    assert persons._person_headings(headings) == _per_cell(headings)


def test_heading_rows_and_data_rows() -> None:
    assert persons._person_headings(["序号", "姓名", "性别"])
    assert persons._person_headings(["申请人姓名", "金额"])
    assert not persons._person_headings(["张三", "男", "100"])
    assert not persons._person_headings(["姓名", "职务"])  # a column of staff
    assert not persons._person_headings([])
