"""Public documents decided by why they are public (precision24, session 19): 36 drafts of my own, written
blind (not from the tuning drafts) in offices no tuning part speaks for, in the genres a rule publishes
(tests/rules/precision24_drafts.py). Main 80d284a9 decided three of them otherwise:

- a 计划生育家庭奖励扶助 list (全国农村部分计划生育家庭奖励扶助制度管理规范: 村级、乡级公示) with each
  person's village group: AD004 cut the group, the list's kind of aid not known to PN003;
- a 蓄滞洪区运用补偿 list (蓄滞洪区运用补偿暂行办法: 登记造册并予以公示) with each household and its
  group: PN001 and AD004, the compensation not known to PN003;
- an inspection bulletin that names a shop whose case was opened (…销售无合法出版来源的教辅图书,我局已依法
  立案查处,案件正在办理中): JD042 cut it as an open case's file, since a word of the violation found (来源)
  read as a word of the investigation.

Now public: PN003 reads the reward and the compensation lists (rules/lexicons/public_names.toml) and PB029
the heading 所在村组; paragraph-case-open reads the investigation's words from the case's status on, the words
that tell the file (询问, 笔录, 查封, 鉴定 …) anywhere in the line."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.rules.precision24_drafts import NAME_CUT_DOCUMENTS, PUBLIC_DOCUMENTS
from tests.testing.judgement import assert_still_cut
from tests.testing.personal import (
    assert_personal_found,
    assert_proactive_without_personal_findings,
    loud_personal,
    public_documents_test,
)

FAILING_ON_MAIN: set[str] = set()


test_public_document_stays_public = public_documents_test(PUBLIC_DOCUMENTS, failing=FAILING_ON_MAIN)


test_public_document_stays_public_by_the_rules_alone = public_documents_test(
    PUBLIC_DOCUMENTS, "rules_alone", failing=FAILING_ON_MAIN
)


# The lead's session-20 decision (LABELS.md): a 行政处罚决定书's natural-person party and a 公告送达's
# addressee are published by name; the dead worker of an approved 事故调查报告 is cut (去标识化).
# precision25 made the rules agree (PN009, PN010; main 04de2af3 still cut the first two).
PUBLISHED_BY_NAME = {"salt-penalty-person", "salt-service-by-notice"}


@pytest.mark.parametrize("name", sorted(PUBLISHED_BY_NAME))
def test_the_party_and_the_addressee_are_published_by_name(rules_alone: Engine, name: str) -> None:
    assert_proactive_without_personal_findings(rules_alone, NAME_CUT_DOCUMENTS[name][0])


@pytest.mark.parametrize("name", sorted(set(NAME_CUT_DOCUMENTS) - PUBLISHED_BY_NAME))
def test_a_natural_persons_name_is_cut_and_the_rest_published(rules_alone: Engine, name: str) -> None:
    text, person = NAME_CUT_DOCUMENTS[name]
    report = rules_alone.check_text(text).files[0]
    assert report.attribute is Attribute.REDACTED
    assert {f.rule for f in report.findings if f.severity.rank >= 1} == {"PN001"}
    assert all(f.text == person for f in report.findings if f.rule == "PN001")


# The same shapes where the data is a person's: the special assistance of a family whose only child
# died or is disabled (特别扶助: the loss is the condition), the reward list in a report to the superior,
# a house number below the group, a named villager's own claim in the compensation notice.
_AWARD = PUBLIC_DOCUMENTS["family-planning-award-list"]
_FLOOD = PUBLIC_DOCUMENTS["flood-storage-compensation"]
_AWARD_TITLE = "青溪镇2026年度农村部分计划生育家庭奖励扶助对象确认公示\n"
_REPORT_TITLE = "关于2026年度奖励扶助对象审核情况的报告\n县卫生健康局：\n"
_AWARD_OBJECTIONS = (
    "    公示期7天。群众如有异议，可向镇计划生育协会或镇社会事务办反映，电话：0553-6610235。\n"
)
_CLAIM = "    另，湖西村三组村民邬德兵反映其家中存放的粮食被淹，要求另行补偿，我局正在核实。\n"
PRIVATE_TWINS = {
    "special-assistance": (
        _AWARD.replace("奖励扶助", "特别扶助")
        .replace("子女情况", "扶助类别")
        .replace("| 两个女孩\n", "| 独生子女伤残三级\n"),
        "SN001",
        "伤残三级",
    ),
    "award-list-in-report": (
        _AWARD.replace(_AWARD_TITLE, _REPORT_TITLE)
        .replace("现将2026年度新增奖励扶助对象名单公示如下", "现将审核情况报告如下")
        .replace(_AWARD_OBJECTIONS, "    "),
        "PN001",
        "宋长林",
    ),
    "house-number-below-group": (
        _FLOOD.replace("湖东村一组 | 6.2", "湖东村一组18号 | 6.2"),
        "AD004",
        "湖东村一组18号",
    ),
    "relative-line-after-everyone": (
        PUBLIC_DOCUMENTS["river-soil-notice"].replace(
            "可向岚山河务局报告，报告电话", "请与其家属联系，家属电话"
        ),
        "PI102",
        "0394-7211362",
    ),
    "villager-own-claim": (
        _FLOOD.replace("    公示期10天", _CLAIM + "    公示期10天"),
        "AD003",
        "湖西村三组",
    ),
}


@pytest.mark.parametrize("name", sorted(PRIVATE_TWINS))
def test_private_twin_stays_found(engine: Engine, name: str) -> None:
    text, rule, value = PRIVATE_TWINS[name]
    assert_personal_found(engine, text, rule, value)


# The bulletin's line where it tells the investigation: the source still to be found, the stock sealed, the
# owner questioned. Each is still cut as an open case's passage (JD042).
_BULLETIN_LINE = "我局已依法立案查处，案件正在办理中。"
OPEN_CASE_TWINS = {
    "source-still-sought": "我局已依法立案查处，案件正在办理中，其进货来源尚待查明。",
    "stock-sealed": "我局现场查封库存图书，已依法立案查处，案件正在办理中。",
    "owner-questioned": "我局已依法立案查处，执法人员已对店主制作询问笔录，案件正在办理中。",
}


@pytest.mark.parametrize("name", sorted(OPEN_CASE_TWINS))
def test_a_line_that_tells_the_investigation_is_still_cut(rules_alone: Engine, name: str) -> None:
    text = PUBLIC_DOCUMENTS["press-case-opened-bulletin"]
    assert _BULLETIN_LINE in text
    assert_still_cut(
        rules_alone, text.replace(_BULLETIN_LINE, OPEN_CASE_TWINS[name]), Category.ENFORCEMENT_FILE
    )


# A student grant's list where it tells more than its rules publish: the family's hardship, children's ages
# at a primary school, an address; or a 民族 column in a grant that has no minority condition.
_GRANT = PUBLIC_DOCUMENTS["technical-school-grant"]
_MINORITY = PUBLIC_DOCUMENTS["state-farm-minority-grant"]
_SCHOLARSHIP = PUBLIC_DOCUMENTS["taiwan-scholarship"]
GRANT_TWINS = {
    "hardship-column": (
        _GRANT.replace("| 年级 |", "| 困难类别 |").replace("| 一年级 |", "| 建档立卡 |"),
        "PN001",
        "苏浩宇",
    ),
    "ethnicity-without-minority-condition": (
        _GRANT.replace("| 专业 |", "| 民族 |").replace("| 数控加工 |", "| 土家族 |"),
        "SN005",
        "土家族",
    ),
    "home-address-column": (
        _MINORITY.replace("| 录取院校 |", "| 家庭住址 |").replace(
            "| 延边大学 |", "| 第三管理区12栋3单元201室 |"
        ),
        "AD004",
        "第三管理区12栋3单元201室",
    ),
    "pupils-with-ages": (
        _SCHOLARSHIP.replace("| 年级 |", "| 年龄 |")
        .replace("| 高二 |", "| 9岁 |")
        .replace("渠阳市第一中学", "渠阳市实验小学"),
        "SN004",
        "9岁",
    ),
}


@pytest.mark.parametrize("name", sorted(GRANT_TWINS))
def test_a_grant_list_telling_more_than_its_rules_publish_stays_found(engine: Engine, name: str) -> None:
    text, rule, value = GRANT_TWINS[name]
    assert_personal_found(engine, text, rule, value)


# The police's case told with what tells its file: the suspect still at large, the evidence being fixed.
# Each is still cut as an open case's passage (JD042).
_POLICE_LINE = "已移送市公安局，公安机关已立案侦查。"
POLICE_TWINS = {
    "suspect-at-large": "已移送市公安局，公安机关已立案侦查，仓库经营者仍在逃。",
    "evidence-being-fixed": "已移送市公安局，公安机关已立案侦查，正在调取进货票据。",
}


@pytest.mark.parametrize("name", sorted(POLICE_TWINS))
def test_a_police_case_told_with_its_investigation_is_still_cut(rules_alone: Engine, name: str) -> None:
    text = PUBLIC_DOCUMENTS["salt-typical-cases"]
    assert _POLICE_LINE in text
    assert_still_cut(rules_alone, text.replace(_POLICE_LINE, POLICE_TWINS[name]), Category.ENFORCEMENT_FILE)


def test_a_persons_mailbox_in_the_consultation_stays_found(engine: Engine) -> None:
    text = PUBLIC_DOCUMENTS["salt-drafting-note"].replace(
        "公众可通过电子邮件qyyw@163.com提出意见",
        "公众可通过电子邮件liudewei1971@163.com与反映人刘德伟联系",
    )
    found = loud_personal(engine, text)
    assert ("PI103", "liudewei1971@163.com") in found, found
