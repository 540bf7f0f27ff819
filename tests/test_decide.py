"""The decision procedure (domain.md §6): precedence, every reason, overrides as policy data, the trace."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secreview import Engine
from secreview.decide import Decider
from secreview.errors import RulePackError
from secreview.models import Attribute, Category, Finding, Severity, TraceRole
from secreview.rulepack import load_policy
from secreview.rulepack.load import POLICY_FILE, builtin_rules_dir
from tests.testing.findings import made_finding

POLICY = load_policy()
DECIDER = Decider(POLICY)
PERSONAL = (Category.ID_NUMBER, Category.PHONE, Category.PERSON_NAME, Category.ADDRESS)


def standing(categories: set[Category]) -> set[Category]:
    """The categories of a document's findings that still give a reason: a form's category stands back
    (``[[stands_back]]``) where a category it stands back for implies more than 主动公开."""
    implying = {c for c in categories if POLICY.categories[c].attribute is not Attribute.PROACTIVE}
    back = {e.category for e in POLICY.stands_back if e.category in categories and implying & set(e.to)}
    return categories - back


def finding(category: Category, severity: Severity = Severity.HIGH, rule: str = "XX001") -> Finding:
    return made_finding(category, severity, rule)


def test_nothing_fired_is_proactive_by_default_with_its_basis() -> None:
    decision = DECIDER.decide([], "关于做好政务公开工作的通知\n")
    assert decision.attribute is Attribute.PROACTIVE
    assert decision.reasons == []
    assert [step.role for step in decision.trace] == [TraceRole.DEFAULT]
    assert "第五条" in (decision.trace[0].basis or "")
    assert decision.suggested_note == "（此件公开发布）"


@pytest.mark.parametrize(
    ("categories", "expected"),
    [
        ([Category.ID_NUMBER], Attribute.REDACTED),
        ([Category.ID_NUMBER, Category.SPECIFIC_RECIPIENT], Attribute.ON_REQUEST),
        ([Category.SPECIFIC_RECIPIENT, Category.PROCESS_INFO], Attribute.WITHHELD),
        ([Category.PHONE, Category.STATE_SECRET, Category.SPECIFIC_RECIPIENT], Attribute.WITHHELD),
        ([Category.TRADE_SECRET], Attribute.REDACTED),
        # a reply to one unit whose content is judged: the content decides (第十五条、第三十七条)
        ([Category.SPECIFIC_RECIPIENT, Category.TRADE_SECRET], Attribute.REDACTED),
        ([Category.SPECIFIC_RECIPIENT, Category.TRADE_SECRET, Category.PERSON_NAME], Attribute.REDACTED),
    ],
)
def test_strictest_attribute_wins_and_every_reason_is_listed(
    categories: list[Category], expected: Attribute
) -> None:
    decision = DECIDER.decide([finding(category) for category in categories], "正文\n")
    assert decision.attribute is expected
    assert {reason.category for reason in decision.reasons} == standing(set(categories))
    strictness = [POLICY.categories[reason.category].attribute.strictness for reason in decision.reasons]
    assert strictness == sorted(strictness, reverse=True)
    assert all(reason.basis.startswith("《") for reason in decision.reasons)
    decisive = {step.category for step in decision.trace if step.role is TraceRole.DECISIVE}
    assert decisive == {c for c in standing(set(categories)) if POLICY.categories[c].attribute is expected}


def test_a_reply_to_one_unit_stands_back_for_its_judged_content_and_for_the_cut() -> None:
    reply = [finding(Category.SPECIFIC_RECIPIENT), finding(Category.TRADE_SECRET)]
    decision = DECIDER.decide(reply, "关于某问题核查情况的复函\n县信访局:\n")
    assert decision.attribute is Attribute.REDACTED
    roles = {step.category: step.role for step in decision.trace if step.category is not None}
    assert roles == {
        Category.TRADE_SECRET: TraceRole.DECISIVE,
        Category.SPECIFIC_RECIPIENT: TraceRole.OVERRIDDEN,
    }
    assert decision.suggested_note is not None and decision.suggested_note.startswith("（此件删减后公开")
    # the redacted copy: the judged passage is a line of ■, the reply's form is all that is left
    copy = "关于某问题核查情况的复函\n县信访局:\n    " + "■" * 30 + "\n此复。\n"
    assert DECIDER.decide([finding(Category.SPECIFIC_RECIPIENT)], copy).attribute is Attribute.PROACTIVE
    # a blocked identifier is no cut; a reply naming its addressee's own matter stays on request
    masked = "关于某某同志来信反映问题的答复\n王某某:\n身份证号码:" + "■" * 18 + "\n"
    assert DECIDER.decide([finding(Category.SPECIFIC_RECIPIENT)], masked).attribute is Attribute.ON_REQUEST
    personal = [finding(Category.SPECIFIC_RECIPIENT), finding(Category.PERSON_NAME)]
    letter = "关于某某同志来信反映问题的答复\n王某某:\n"
    assert DECIDER.decide(personal, letter).attribute is Attribute.ON_REQUEST


def test_low_findings_are_advisory_and_do_not_move_the_attribute() -> None:
    decision = DECIDER.decide([finding(Category.WORK_SECRET, Severity.LOW, "WS999")], "正文\n")
    assert decision.attribute is Attribute.PROACTIVE
    assert decision.reasons == []
    advisory = [step for step in decision.trace if step.role is TraceRole.ADVISORY]
    assert [(step.category, step.rules) for step in advisory] == [(Category.WORK_SECRET, ["WS999"])]


def test_reason_counts_the_findings_of_its_category() -> None:
    decision = DECIDER.decide([finding(Category.PHONE), finding(Category.PHONE)], "")
    assert "2 处" in decision.reasons[0].message
    assert decision.trace[0].count == 2


PUBLIC_COMMENT = (
    "关于《某市养犬管理办法(征求意见稿)》公开征求意见的公告\n现向社会公开征求意见,截止日期为某月某日。\n"
)
INTERNAL_COMMENT = "关于征求《某办法(征求意见稿)》意见的函\n请各部门于某日前反馈。此稿仅供内部征求意见。\n"


def test_public_comment_draft_overrides_process_information() -> None:
    decision = DECIDER.decide([finding(Category.PROCESS_INFO)], PUBLIC_COMMENT)
    assert decision.attribute is Attribute.PROACTIVE
    assert decision.reasons == []
    [step] = decision.trace
    assert step.role is TraceRole.OVERRIDDEN
    assert step.category is Category.PROCESS_INFO
    assert "第十九条" in (step.basis or "")


def test_internal_consultation_is_not_overridden() -> None:
    decision = DECIDER.decide([finding(Category.PROCESS_INFO)], INTERNAL_COMMENT)
    assert decision.attribute is Attribute.WITHHELD


def test_override_cancels_only_its_categories() -> None:
    decision = DECIDER.decide([finding(Category.PROCESS_INFO), finding(Category.PHONE)], PUBLIC_COMMENT)
    assert decision.attribute is Attribute.REDACTED
    assert [reason.category for reason in decision.reasons] == [Category.PHONE]
    roles = {step.category: step.role for step in decision.trace}
    assert roles == {Category.PROCESS_INFO: TraceRole.OVERRIDDEN, Category.PHONE: TraceRole.DECISIVE}


@pytest.mark.parametrize(
    "text",
    [
        "关于准予某某有限公司食品经营行政许可的决定\n经审查,决定准予行政许可。\n",
        "关于某快速路建设项目可行性研究报告的批复\n你单位报来的材料收悉。\n",
        "关于同意某县志愿者协会成立登记的批复\n某县志愿者协会(筹):\n",
        "关于同意某医院增设血液透析室的批复\n某医院有限公司:\n同意你院增设血液透析室,核定透析机20台。\n"
        "请你院向我委申请变更《医疗机构执业许可证》诊疗科目。\n",
    ],
)
def test_licensing_results_and_project_approvals_are_proactive(text: str) -> None:
    alone = DECIDER.decide([finding(Category.SPECIFIC_RECIPIENT)], text)
    assert alone.attribute is Attribute.PROACTIVE
    with_id = DECIDER.decide([finding(Category.SPECIFIC_RECIPIENT), finding(Category.ID_NUMBER)], text)
    assert with_id.attribute is Attribute.REDACTED
    assert "第二十条" in next(s.basis for s in with_id.trace if s.role is TraceRole.OVERRIDDEN)


@pytest.mark.parametrize(
    "text",
    [
        "关于同意实施某镇2027年农村供水管网改造项目的批复\n某县水利局:\n",
        "某县人民政府关于某镇垃圾中转站选址的批复\n某镇人民政府:\n",
    ],
)
def test_construction_project_approvals_are_proactive(text: str) -> None:
    decision = DECIDER.decide([finding(Category.SPECIFIC_RECIPIENT)], text)
    assert decision.attribute is Attribute.PROACTIVE
    [step] = decision.trace
    assert step.role is TraceRole.OVERRIDDEN
    assert "第二十条第(十)项" in (step.basis or "")


@pytest.mark.parametrize(
    "text",
    [
        "某市人民政府关于同意设立某森林公园的批复\n某区人民政府:\n",
        "某县人民政府\n关于同意城关二小与城关四小合并的批复\n县教育局:\n",
        "关于同意某镇中心卫生院迁建的批复\n某县卫生健康局:\n",
        "某市人民政府\n关于同意设立某开发区综合保税区服务中心的批复\n某开发区管理委员会:\n",
        "关于同意设立某镇便民服务中心的批复\n某镇人民政府:\n",
    ],
)
def test_approvals_of_public_facilities_are_proactive(text: str) -> None:
    decision = DECIDER.decide([finding(Category.SPECIFIC_RECIPIENT)], text)
    assert decision.attribute is Attribute.PROACTIVE
    [step] = decision.trace
    assert step.role is TraceRole.OVERRIDDEN
    assert "第二十一条" in (step.basis or "")


@pytest.mark.parametrize(
    "text",
    [
        "关于同意某中学调整办公用房的批复\n某县教育局:\n",
        "关于同意设立某医院内设机构的批复\n某县卫生健康局:\n",
        "关于同意某社区居委会更名的批复\n某街道办事处:\n",
        "关于同意设立县机关后勤服务中心的批复\n县机关事务管理局:\n",
        "关于同意某服务中心调整人员编制的批复\n某县民政局:\n",
        "关于某小学合并问题的情况说明\n某局:\n经研究,同意某小学合并的批复另行下达。\n",
        "关于同意某公司退还保证金的复函\n某公司:\n同意你公司退还履约保证金,请持《施工许可证》复印件办理。\n",
    ],
)
def test_other_replies_about_a_facility_stay_on_request(text: str) -> None:
    decision = DECIDER.decide([finding(Category.SPECIFIC_RECIPIENT)], text)
    assert decision.attribute is Attribute.ON_REQUEST


@pytest.mark.parametrize(
    "text",
    [
        "关于某单位调整办公用房的复函\n某局:\n同意。\n(此件公开发布)\n",
        "关于同意某社区居委会更名的批复\n某街道办事处:\n公开属性:主动公开\n",
    ],
)
def test_a_reply_declared_published_is_proactive(text: str) -> None:
    decision = DECIDER.decide([finding(Category.SPECIFIC_RECIPIENT)], text)
    assert decision.attribute is Attribute.PROACTIVE
    assert decision.trace[0].role is TraceRole.OVERRIDDEN


def test_a_publication_note_does_not_cancel_an_exemption() -> None:
    text = "关于某事项的批复\n某局:\n(此件公开发布)\n"
    found = [finding(Category.SPECIFIC_RECIPIENT), finding(Category.PROCESS_INFO)]
    assert DECIDER.decide(found, text).attribute is Attribute.WITHHELD


def test_reply_to_one_unit_stays_on_request() -> None:
    decision = DECIDER.decide([finding(Category.SPECIFIC_RECIPIENT)], "关于某单位调整办公用房的复函\n")
    assert decision.attribute is Attribute.ON_REQUEST
    assert decision.suggested_note is not None and decision.suggested_note.startswith("（此件依申请公开")


def test_private_matter_as_the_whole_content_goes_on_request() -> None:
    text = "信访事项处理意见书\n信访人:某某\n"
    decision = DECIDER.decide([finding(Category.ID_NUMBER), finding(Category.ADDRESS)], text)
    assert decision.attribute is Attribute.ON_REQUEST
    assert all("第二十七条" in reason.basis for reason in decision.reasons)


def test_severable_personal_data_is_redacted_with_a_note() -> None:
    decision = DECIDER.decide([finding(Category.ID_NUMBER)], "某某补贴发放名单公示\n")
    assert decision.attribute is Attribute.REDACTED
    assert decision.suggested_note is not None
    assert decision.suggested_note.startswith("（此件删减后公开，理由：涉及身份证件号码")
    assert "第三十七条" in decision.suggested_note


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(list(Category)), st.sampled_from(list(Severity))), min_size=0, max_size=8
    )
)
def test_attribute_is_the_strictest_actionable_category(pairs: list[tuple[Category, Severity]]) -> None:
    decision = DECIDER.decide([finding(category, severity) for category, severity in pairs], "正文\n")
    actionable = {category for category, severity in pairs if severity is not Severity.LOW}
    implied = [POLICY.categories[category].attribute for category in actionable]
    expected = max(implied, key=lambda attribute: attribute.strictness, default=Attribute.PROACTIVE)
    if standing(actionable) != actionable:  # a form's category stood back: the rest decide
        rest = [POLICY.categories[category].attribute for category in standing(actionable)]
        expected = max(rest, key=lambda attribute: attribute.strictness, default=Attribute.PROACTIVE)
    assert decision.attribute is expected
    assert {reason.category for reason in decision.reasons} == standing(actionable)
    assert (decision.attribute is Attribute.PROACTIVE) == (decision.reasons == [])
    assert decision.trace


def _policy_with(tmp_path: Path, extra: str, replace: tuple[str, str] | None = None) -> Path:
    text = (builtin_rules_dir() / POLICY_FILE).read_text(encoding="utf-8")
    if replace is not None:
        assert replace[0] in text
        text = text.replace(*replace)
    path = tmp_path / "policy.toml"
    path.write_text(text + extra, encoding="utf-8")
    return path


INTERNAL_PACK = """
[pack]
prefix = "TT"
title = "test pack"
version = "1"

[[rule]]
id = "TT001"
name = "canteen-rules"
kind = "keyword"
title = "机关食堂管理"
description = "内部后勤管理。"
category = "internal_affairs"
severity = "medium"
message = "机关内部后勤管理事项"
basis = "《中华人民共和国政府信息公开条例》第十六条第一款"
keywords = ["机关食堂就餐管理"]
examples = { hit = ["机关食堂就餐管理规定"], miss = ["食堂"] }
"""


def test_an_office_can_put_internal_affairs_under_on_request(tmp_path: Path) -> None:
    pack = tmp_path / "tt.toml"
    pack.write_text(INTERNAL_PACK, encoding="utf-8")
    text = "关于机关食堂就餐管理的通知\n"
    assert Engine([pack], builtin=False).review_text(text).attribute is Attribute.WITHHELD
    section = '[categories.internal_affairs]\nattribute = "withheld"'
    local = _policy_with(tmp_path, "", (section, section.replace("withheld", "on_request")))
    report = Engine([pack], builtin=False, policy=local).review_text(text)
    assert report.attribute is Attribute.ON_REQUEST
    assert [reason.category for reason in report.reasons] == [Category.INTERNAL_AFFAIRS]


def test_an_office_adds_its_own_override_without_code(tmp_path: Path) -> None:
    pack = tmp_path / "tt.toml"
    pack.write_text(INTERNAL_PACK, encoding="utf-8")
    override = """
[[override]]
name = "canteen-fees-public"
patterns = ['收费标准向社会公布']
categories = ["internal_affairs"]
reason = "食堂收费标准涉及公众利益,应当公开"
basis = "《中华人民共和国政府信息公开条例》第二十条第(八)项"
"""
    engine = Engine([pack], builtin=False, policy=_policy_with(tmp_path, override))
    report = engine.review_text("关于机关食堂就餐管理的通知\n收费标准向社会公布。\n")
    assert report.attribute is Attribute.PROACTIVE
    assert [step.role for step in report.trace] == [TraceRole.OVERRIDDEN]
    assert report.trace[0].rules == ["TT001"]


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        (
            '\n[[override]]\nname = "bad"\npatterns = ["(unclosed"]\ncategories = ["phone"]\n'
            'reason = "r"\nbasis = "b"\n',
            "override",
        ),
        ('\n[[override]]\nname = "no-categories"\npatterns = ["x"]\nreason = "r"\nbasis = "b"\n', "override"),
    ],
)
def test_a_broken_override_stops_with_the_policy_file_named(tmp_path: Path, extra: str, field: str) -> None:
    path = _policy_with(tmp_path, extra)
    with pytest.raises(RulePackError, match=rf"E220 .*policy.toml.*{field}"):
        load_policy(path)


def test_a_reason_pattern_needs_its_reason_group(tmp_path: Path) -> None:
    text = (builtin_rules_dir() / POLICY_FILE).read_text(encoding="utf-8")
    start, end = text.index("reason_patterns = ["), text.index("reason_required_for")
    path = tmp_path / "policy.toml"
    path.write_text(text[:start] + "reason_patterns = ['理由:.+']\n" + text[end:], encoding="utf-8")
    with pytest.raises(RulePackError, match=r"E220 .*declared"):
        load_policy(path)


def test_a_policy_without_every_category_is_refused(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(
        '[categories.phone]\nlabel = "电话"\nattribute = "redacted"\nreason = "r"\nbasis = "b"\n',
        encoding="utf-8",
    )
    with pytest.raises(RulePackError, match="E222"):
        Engine(policy=policy)


@pytest.mark.parametrize("first", [Category.SECURITY_RISK, Category.ENFORCEMENT_FILE, Category.STATE_SECRET])
def test_process_information_beside_a_content_ground_is_the_second_reason(first: Category) -> None:
    """A 请示 whose content endangers security (or is an open case file, or classified) is withheld for its
    content first (第十四条 holds whatever the superior decides); its genre is the second reason."""
    decision = DECIDER.decide([finding(Category.PROCESS_INFO), finding(first, rule="YY001")])
    assert decision.attribute is Attribute.WITHHELD
    assert [reason.category for reason in decision.reasons] == [first, Category.PROCESS_INFO]
    assert "第二理由" in decision.reasons[1].message
    assert decision.reasons[1].basis == POLICY.categories[Category.PROCESS_INFO].basis
    roles = {step.category: step.role for step in decision.trace}
    assert roles[first] is TraceRole.DECISIVE and roles[Category.PROCESS_INFO] is TraceRole.CONTRIBUTING
    assert decision.suggested_note is not None and "过程性信息" not in decision.suggested_note


def test_process_information_alone_or_beside_a_looser_category_stays_the_first_reason() -> None:
    alone = DECIDER.decide([finding(Category.PROCESS_INFO)])
    assert "第二理由" not in alone.reasons[0].message
    beside = DECIDER.decide([finding(Category.PROCESS_INFO), finding(Category.TRADE_SECRET, rule="YY001")])
    assert beside.reasons[0].category is Category.PROCESS_INFO
    assert "第二理由" not in beside.reasons[0].message
