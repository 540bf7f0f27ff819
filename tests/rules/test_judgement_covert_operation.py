"""judge28 (session 12, tune38 bq-028): a joint operation plan that keeps its purpose from the firms it
collects data from (不向商户透露用途) and its time from all but the team leaders (行动时间仅通知带队负责人)
is a case being built, not closed: an enforcement file withheld by the rules (第十六条第二款), not left to the
learned signal. The public notice of the same campaign stays public. Drafts written for these tests."""

from __future__ import annotations

from secreview import Attribute, Engine
from secreview.models import Category, Severity

PLAN = (
    "春节前打击假冒白酒联合行动方案\n\n　　县市场监管局、县公安局联合制定。\n"
    "　　一、目标。根据群众举报和电商平台移交线索,查处一批销售假冒品牌白酒的违法窝点。\n"
    "　　二、步骤。第一阶段(1月3日—7日):向物流企业调取发货数据,不向商户透露用途;第二阶段(1月8日):"
    "两部门统一对城东3家商行实施检查,市场监管部门负责查验、扣押涉案白酒,公安部门负责现场秩序。\n"
    "　　三、要求。行动时间仅通知带队负责人,参与人员不得对外透露。"
)
NOTICE = (
    "关于开展春节前打击假冒白酒专项整治行动的通告\n\n广大市民朋友:\n"
    "　　为保障节日消费安全,县市场监管局、县公安局将于1月至2月联合开展打击假冒白酒专项整治行动,"
    "依法查处销售假冒品牌白酒等违法行为。\n"
    "　　欢迎群众通过12315热线举报,查实的给予奖励。\n　　特此通告。\n\n县市场监督管理局\n2026年12月30日"
)


def _rules(engine: Engine, text: str) -> tuple[Attribute | None, list[tuple[Category, str]]]:
    report = engine.check_text(text).files[0]
    counted = [f for f in report.findings if f.severity.rank >= Severity.MEDIUM.rank]
    return report.attribute, [(f.category, f.rule[:2]) for f in counted]


def test_an_operation_kept_from_its_targets_is_an_open_case_file(engine: Engine) -> None:
    assert _rules(engine, PLAN) == (Attribute.WITHHELD, [(Category.ENFORCEMENT_FILE, "JD")])


def test_the_campaigns_public_notice_stays_public(engine: Engine) -> None:
    assert _rules(engine, NOTICE) == (Attribute.PROACTIVE, [])
