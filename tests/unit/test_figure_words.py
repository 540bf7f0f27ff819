"""The vocabulary of the figures a redacted copy cuts beside what it cuts is data
(rules/lexicons/figures.toml): each entry is one well-formed alternative; and the lists and table columns
the copy weighs are read as an officer sees them (an item goes on over its sub-items, a table's heading
row names each cell's column)."""

from __future__ import annotations

import re

import pytest

from secreview.figure_lists import ROW, column_heading, lists
from secreview.figure_words import (
    AMOUNT,
    DECISION,
    DECISION_COLUMN,
    LEXICON,
    MASKED_NAME,
    ORDINAL,
    PERSON_PARTY,
    REQUEST,
    SUBMITTED,
    TOTAL_ROW,
)

ENTRIES = [
    (table, key)
    for table, values in LEXICON.items()
    for key, value in values.items()
    if isinstance(value, list)
]


def _top_level_bar(pattern: str) -> bool:
    """Whether ``pattern`` has a ``|`` outside every group and class (two alternatives in one entry)."""
    depth, in_class, escaped = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return True
    return False


@pytest.mark.parametrize(("table", "key"), ENTRIES)
def test_each_entry_is_one_alternative(table: str, key: str) -> None:
    entries = LEXICON[table][key]
    assert entries and len(set(entries)) == len(entries)
    for entry in entries:
        assert entry and not _top_level_bar(entry), entry
        re.compile(entry)
    assert _top_level_bar("甲|乙") and not _top_level_bar("(?:甲|乙)丙") and not _top_level_bar("[|]")


def test_the_decision_and_request_words_read_as_meant() -> None:
    assert DECISION.search("建议奖补42.9万元") and DECISION.search("综合得分88.35分,排名第一")
    assert DECISION.search("第一名为某公司(91.5分)") and DECISION.search("并处以罚款9,720元")
    assert not DECISION.search("申请护理补贴,已转乡镇办理") and not DECISION.search("暂不公布")
    assert REQUEST.search("赞助合同金额1,280万元,合同约定金额保密")
    assert DECISION_COLUMN.search("补贴标准(元/月)") and DECISION_COLUMN.search("拟补贴(万元)")
    assert not DECISION_COLUMN.search("申请补助") and not DECISION_COLUMN.search("年薪(万元)")
    assert TOTAL_ROW.match("合计 | | 21万元") and not TOTAL_ROW.match("合作社 | 12")


def test_the_words_of_persons_lead_ins_and_amounts_read_as_meant() -> None:
    # leak14: a private person as an item's party, a lead-in naming the parties, amounts by their unit.
    assert MASKED_NAME.search("花溪村付某林，男，67岁") and MASKED_NAME.search("经营户陈某，月均营业额")
    assert MASKED_NAME.search("4.彭某芳，身份证号") and not MASKED_NAME.search("主要客户为日本某商社，占")
    assert PERSON_PARTY.search("其本人月收入仅有养老金185元") and PERSON_PARTY.search("家中仅靠其妻务农")
    assert not PERSON_PARTY.search("8家中，5家为工商企业实际控制") and not PERSON_PARTY.search("县人民政府")
    assert SUBMITTED.search("现将各经营户提交的经营情况说明如下：")
    assert SUBMITTED.search("现将各投标人未对外公布的报价构成说明如下,供站领导了解:")
    assert not SUBMITTED.search("本项目共有3家供应商按时递交投标文件，开标记录如下：")
    found = [m.group() for m in AMOUNT.finditer("自有茶园4,260亩，出口占比41.5％，2025年，12家")]
    assert found == ["4,260亩", "41.5％"]
    assert ORDINAL.match("标段实际土方量") and not ORDINAL.match("周期") and not ORDINAL.match("次时为")


def test_an_item_goes_on_over_its_sub_items_and_a_table_is_a_list_of_rows() -> None:
    text = (
        "初审情况如下：\n(一)甲有限公司\n申报项目：改造。\n经营情况：收入12万元。\n"
        "(二)乙有限公司\n申报项目：改造。\n"
    )
    first, second = next(items for kind, _, items in lists(text) if kind == "paren_han")
    assert text[first[0] : first[1]].endswith("收入12万元。") and text[second[0] :].startswith("(二)")
    table = "名单如下：\n单位 | 收入 | 备注\n甲公司 | 12 | 无\n乙公司 | 15 | 无\n"
    _, lead, rows = next(each for each in lists(table) if each[0] == ROW)
    assert lead.endswith("单位 | 收入 | 备注") and len(rows) == 2
    assert column_heading(table, table.index("15")) == "收入"
    assert column_heading("甲 乙\n1 2\n", 7) is None  # two cells: no table
