"""The column vocabulary's patterns are joined into one pattern of alternatives per category: joining
them must not change which headings match."""

from __future__ import annotations

import tomllib

import pytest
import regex

from secreview.normalize import fold
from secreview.recognizers.columns import COLUMNS_FILE, _bare, column_category, staff_column
from secreview.resources import builtin_rules_dir

DATA = tomllib.loads((builtin_rules_dir() / COLUMNS_FILE).read_text(encoding="utf-8"))
# A backreference's number or an inline flag would change meaning once the patterns are joined.
_UNJOINABLE = regex.compile(r"\\[1-9]|\(\?P=|\(\?[a-zA-Z]+[):]")

HEADINGS = [
    "姓名",
    "户主姓名",
    "身份证号码",
    "联系电话(手机)",
    "联 系 电 话",
    "家庭住址",
    "致困原因",
    "联系人电话",
    "经办人姓名",
    "单位名称",
    "监督电话",
    "序号",
    "金额(元)",
    "430102199001011234",
    "王某某",
    "13800138000",
    "备注",
    "开户行",
    "银行卡号",
    "车牌号码",
    "电子邮箱",
    "现任职务",
    "法定代表人",
]


def _one_by_one(heading: str) -> str | None:
    bare = _bare(heading)
    for category, entry in DATA["columns"].items():
        headings = [regex.compile(fold(p), regex.IGNORECASE) for p in entry["headings"]]
        exceptions = [regex.compile(fold(p), regex.IGNORECASE) for p in entry.get("except", [])]
        if any(p.fullmatch(bare) for p in headings) and not any(p.fullmatch(bare) for p in exceptions):
            return category
    return None


def test_patterns_can_be_joined() -> None:
    patterns = list(DATA["table"]["staff"])
    for entry in DATA["columns"].values():
        patterns += entry["headings"] + entry.get("except", [])
    assert [p for p in patterns if _UNJOINABLE.search(p)] == []


@pytest.mark.parametrize("heading", HEADINGS)
def test_joined_patterns_match_as_each_pattern_does(heading: str) -> None:
    assert column_category(heading) == _one_by_one(heading)
    staff = [regex.compile(fold(p), regex.IGNORECASE) for p in DATA["table"]["staff"]]
    assert staff_column(heading) == any(p.fullmatch(_bare(heading)) for p in staff)


def test_the_headings_name_their_categories() -> None:
    assert column_category("户主姓名") == "person_name"
    assert column_category("身份证号码") is not None
    assert column_category("430102199001011234") is None
    assert staff_column("经办人姓名")
