"""Names written with a dot between their parts (leak19, session 23; tune65 ee-026's 阿依古丽·买买提): a
transliterated name is one name where a name without a dot would be found (after a role word, at a clause's
head before sex, age or an identity number), whatever mark stands for the dot; dots between items, numbers and
ordinals, and an official's or a contact's dotted name, are no private person's name."""

from __future__ import annotations

import pytest

from secreview import Engine
from secreview.recognizers.persons import dotted_name_end


def names(engine: Engine, text: str) -> list[str]:
    return [f.text for f in engine.check_text(text).files[0].findings if f.category.value == "person_name"]


FOUND = {
    "middle dot after a role word": (
        "申请人古丽娜尔·艾尼瓦尔，女，36岁，住天山区幸福里小区。",
        "古丽娜尔·艾尼瓦尔",
    ),
    "katakana dot": ("申请人热合曼・吐尔逊，男，52岁，家庭月收入900元。", "热合曼・吐尔逊"),
    "half-width katakana dot": ("申请人热合曼･吐尔逊，男，52岁，家庭月收入900元。", "热合曼･吐尔逊"),
    "bullet": ("当事人阿不都热依木•买买提明，男，住英吉沙镇团结村3组。", "阿不都热依木•买买提明"),
    "hyphenation point": ("当事人玛依拉‧吐尔洪，女，45岁，申请调解。", "玛依拉‧吐尔洪"),
    "ASCII full stop": ("申请人约翰.史密斯，男，英国籍，在县城经营培训机构。", "约翰.史密斯"),
    "full-width full stop": ("申请人约翰．史密斯，男，英国籍，在县城经营培训机构。", "约翰．史密斯"),
    "three pieces": ("当事人让·雅克·卢梭，男，住城关镇。", "让·雅克·卢梭"),
    "clause head": ("经入户核查，帕提古丽·热合曼，女，41岁，身份证号653101198305212046。", "帕提古丽·热合曼"),
    "a surname's character first": ("患者马克·吐温，男，67岁，家住新源县那拉提镇。", "马克·吐温"),
}


@pytest.mark.parametrize("text,name", list(FOUND.values()), ids=list(FOUND))
def test_a_dotted_name_is_one_name(engine: Engine, text: str, name: str) -> None:
    assert names(engine, text) == [name]


NOT_NAMES = {
    "items": "引导学生德·智·体·美·劳全面发展，各校推荐1名。",
    "ordinals": "第三·四学段各推荐10名，材料按1·2·3的顺序装订。",
    "numerals": "申请人一·二级残疾的，可优先安排。",
    "contact": "联系人：艾尔肯·吐尼亚孜，联系电话0998-6421375。",
    "official": "副县长艾尔肯·吐尼亚孜出席会议并讲话。",
}


@pytest.mark.parametrize("text", list(NOT_NAMES.values()), ids=list(NOT_NAMES))
def test_dots_between_items_and_numbers_and_an_officials_name_name_nobody(engine: Engine, text: str) -> None:
    assert names(engine, text) == []


@pytest.mark.parametrize(
    "text,end",
    [
        ("阿依古丽·买买提因病入院", 8),
        ("约翰.史密斯,男", 6),
        ("德·智·体", None),
        ("第三·四学段", None),
        ("张三", None),
    ],
)
def test_a_dotted_names_last_piece_ends_where_a_name_would(text: str, end: int | None) -> None:
    assert dotted_name_end(text, 0) == end
