"""judge49 (session 18): open cases told as items of a bulletin to the lower units are cut, however long.

A 通报 sent to every lower unit (普发) on how a system works — its figures, its problems, what the units must
do — is public information in its own right, as JD046 already holds (a bulletin to the lower units is no case
file). The open cases it tells as examples, each a paragraph with the investigation under way and the child
it concerns, are cut (第十六条第二款、第十五条、第三十七条) even when together they are most of the text:
JD042's `whole_when_most` reads such paragraphs as what the document is, which holds for a case report sent
to the leader, not for a bulletin to the lower units. Drafts written for these tests before the rule, in an
office no tuning part speaks for (a 教育局's 校园安全 desk); the rules alone are tested.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from secreview import Attribute, Engine
from secreview.errors import RulePackError
from secreview.judge import load_judgement
from secreview.judge.load import builtin_judgement
from secreview.models import Category
from tests.testing.judgement import assert_withheld_whole, redacted_copy, report_of

CASES = (
    "二、典型线索跟进情况\n"
    "（一）10月9日，北城区实验小学班主任发现三年级学生吴某某（女，9岁）手臂有多处淤青，经询问系其父亲酒后殴打所致。"
    "学校当即向北城派出所报告，派出所已对其父吴某涉嫌虐待一案立案调查，目前正在调取邻居证言和就诊记录，"
    "吴某某暂由其外婆照料，区妇联已介入。\n"
    "（二）10月21日，南湖中学一名初二女生向心理教师反映，校外培训机构教师孙某某多次以辅导为名对其实施猥亵。"
    "南湖分局已于10月23日立案侦查，孙某某已被刑事拘留，警方正在排查该机构其他学生是否受到侵害，"
    "目前已询问学生及家长9人。学校已安排心理教师对该生进行跟踪辅导。\n"
    "（三）11月2日，西城区一名初一男生在校内遭多名高年级学生围殴，致鼻骨骨折。西城分局已立案调查，"
    "涉事学生身份正在核查中，学校已对相关学生采取停课措施，并通知家长配合调查。\n"
)

EDUCATION_BULLETIN = (
    "关于2026年第四季度全市学校落实侵害未成年人案件强制报告制度情况的通报\n"
    "\n"
    "各县（区）教育局，市直各学校：\n"
    "\n"
    "一、总体情况\n"
    "第四季度，全市学校共向公安机关报告疑似侵害学生案件线索23条，同比增加5条。\n"
    "\n" + CASES + "\n"
    "三、工作要求\n"
    "各学校发现疑似侵害线索后应立即报告，最迟不超过24小时，并建立线索台账，每月跟踪一次办理进展。\n"
    "\n"
    "市教育局\n"
    "2026年11月20日"
)

CASE_REPORT_TO_DIRECTOR = (
    "关于近期侵害学生案件线索办理情况的报告\n"
    "\n"
    "局长：\n"
    "\n" + CASES + "\n"
    "以上情况，请阅示。\n"
    "\n"
    "校园安全科\n"
    "2026年11月20日"
)


def test_open_cases_in_a_bulletin_to_the_lower_units_are_cut(rules_alone: Engine) -> None:
    report = report_of(rules_alone, EDUCATION_BULLETIN)
    assert report.attribute is Attribute.REDACTED
    cases = [f for f in report.findings if f.category is Category.ENFORCEMENT_FILE]
    assert cases and all(f.severable for f in cases)
    copy = redacted_copy(rules_alone, EDUCATION_BULLETIN)
    assert [piece for piece in ("吴某某", "孙某某", "鼻骨骨折") if piece in copy] == []
    assert "报告疑似侵害学生案件线索23条" in copy


def test_the_same_cases_reported_to_the_director_stay_whole(rules_alone: Engine) -> None:
    assert_withheld_whole(report_of(rules_alone, CASE_REPORT_TO_DIRECTOR), Category.ENFORCEMENT_FILE)


def test_whole_when_most_unless_must_name_a_document_signal_beside_whole_when_most(tmp_path: Path) -> None:
    text = builtin_judgement().read_text(encoding="utf-8")
    field = 'whole_when_most_unless = ["audience-lower"]'
    assert field in text
    broken = tmp_path / "judgement.toml"
    wrong = 'whole_when_most_unless = ["paragraph-case"]'
    broken.write_text(text.replace(field, wrong), encoding="utf-8")
    with pytest.raises(RulePackError, match=r"E245 .*whole_when_most_unless: no signal 'paragraph-case' of"):
        load_judgement(broken)
