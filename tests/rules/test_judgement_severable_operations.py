"""judge24 (session 12): a security operation told in one passage of an otherwise public document — a
summary, a reply approving an event — is cut with that passage (第十四条、第三十七条), not held whole; and
when a numbered section tells the operation item by item, the section goes whole. Drafts written for these
tests, in other words than the benchmark drafts they stand for (tune36 bk-025, tune33 bh-026, tune22
ao-033)."""

from __future__ import annotations

from collections.abc import Sequence

from secreview import Attribute, Engine
from secreview.models import Category, Finding
from tests.testing.judgement import assert_cut_out, redacted_copy, report_of
from tests.testing.known_public import copied, public

SUMMARY = (
    "临川县人力资源和社会保障局2026年第三季度工作总结\n"
    "\n"
    "一、就业形势总体稳定。城镇新增就业2,140人,城镇调查失业率4.6%。\n"
    "\n"
    "二、技能培训扎实开展。组织职业技能培训38期,培训2,911人次,取证率82%。\n"
    "\n"
    "三、欠薪治理持续推进。三季度受理欠薪投诉61件,为412名劳动者追回工资1,036万元。"
    "对宏远建工项目部工人因工资结算多次到施工现场项目部聚集的情况,已与城关派出所商定,对带头"
    "的钱某某、孙某某等4人实行动态掌握,再有聚集即由民警到场劝离,拒不离开的依法带离。\n"
    "\n"
    "四、四季度打算。开展根治欠薪冬季攻坚行动,做好春节前农民工工资支付保障。\n"
    "\n"
    "临川县人力资源和社会保障局\n"
    "2026年10月9日"
)
# The same summary telling a gathering that is over, with no measure planned against named people.
SUMMARY_PAST = SUMMARY.replace(
    "对宏远建工项目部工人因工资结算多次到施工现场项目部聚集的情况,已与城关派出所商定,对带头的钱某某、"
    "孙某某等4人实行动态掌握,再有聚集即由民警到场劝离,拒不离开的依法带离。",
    "国庆假期在县人社局门前聚集反映工资问题的工人,经现场接待、释法后自行散去。",
)
REPLY = (
    '关于同意举办"春江花月"灯会的复函\n'
    "\n"
    "临江文旅发展有限公司:\n"
    "\n"
    '你公司《关于举办"春江花月"灯会的申请》收悉。经研究,函复如下:\n'
    "\n"
    '一、同意你公司于2027年2月10日至24日在江滨公园举办"春江花月"灯会,每日18时至'
    "22时开放,瞬时客流不超过8,000人。\n"
    "\n"
    "二、你公司应落实安全管理制度,配足保安员和志愿者,设置不少于6处疏散出口。\n"
    "\n"
    "三、据公安机关通报,灯会期间将在南门广场设置防冲撞隔离设施,另安排便衣民警10名在主灯组"
    "和江边步道巡控,具体点位不得对外提供。\n"
    "\n"
    "四、灯会内容不得擅自变更,如需调整应另行报批。\n"
    "\n"
    "特此函复。\n"
    "\n"
    "临江市文化广电旅游局\n"
    "2026年12月20日"
)
REPLY_PLAIN = REPLY.replace(
    "据公安机关通报,灯会期间将在南门广场设置防冲撞隔离设施,"
    "另安排便衣民警10名在主灯组和江边步道巡控,具体点位不得对外提供。",
    "灯会期间公安机关将加强现场秩序维护,请你公司配合做好人流疏导。",
)


def _security(findings: Sequence[Finding]) -> list[Finding]:
    return [f for f in findings if f.category is Category.SECURITY_RISK]


copied(__name__, SUMMARY, "SUMMARY")


def test_a_planned_removal_of_named_workers_is_cut_from_a_summary(engine: Engine) -> None:
    gone = ["依法带离", "钱某某"]
    assert_cut_out(engine, SUMMARY, Category.SECURITY_RISK, gone=gone, kept=["技能培训"])


public(__name__, SUMMARY_PAST, "SUMMARY_PAST")


def test_a_gathering_that_is_over_stays_public(engine: Engine) -> None:
    report = report_of(engine, SUMMARY_PAST)
    assert report.attribute is Attribute.PROACTIVE
    assert not _security(report.findings)


copied(__name__, REPLY, "REPLY")


def test_plain_clothes_patrol_posts_are_cut_from_an_approval_reply(engine: Engine) -> None:
    assert_cut_out(engine, REPLY, Category.SECURITY_RISK, gone=["便衣民警"], kept=["疏散出口"])


def test_a_reply_promising_order_only_has_no_security_finding(engine: Engine) -> None:
    report = report_of(engine, REPLY_PLAIN)
    assert report.attribute is not Attribute.WITHHELD
    assert not _security(report.findings)


DEMOLITION = (
    "北河片区棚户区改造项目进展情况\n"
    "一、总体进展\n"
    "项目涉及房屋412户,已签约405户,签约率98.3%;已拆除房屋380户。安置房一期6栋已封顶,"
    "二期完成桩基施工,配套幼儿园和社区服务中心同步建设,计划2027年6月交付。\n"
    "二、强制拆除安排\n"
    "(一)时间。剩余7户经依法裁决后仍未搬离,定于9月2日集中拆除,拆除日期对外暂不通知。\n"
    "(二)警力。区公安分局当天调集警力120人,凌晨5时在北河路口设置管控卡点,对聚集人员实行劝离,"
    "对带头阻挠的依法带离。\n"
    "(三)机械。三台挖掘机由区城管局前一日夜间集结于北河小学操场,救护车2辆在社区服务中心院内待命。\n"
    "三、下一步安排\n"
    "10月底前完成场地平整和地下管线迁改,年内启动二期安置房主体施工;安置房分配方案将于11月向社会"
    "公开征求意见,按签约先后顺序选房,选房结果在片区公示栏和区政府门户网站公示。\n"
    "北河片区改造指挥部办公室"
)


def test_an_operation_told_item_by_item_cuts_its_whole_section(engine: Engine) -> None:
    report = report_of(engine, DEMOLITION)
    assert report.attribute is Attribute.REDACTED
    copy = redacted_copy(engine, DEMOLITION)
    assert "暂不通知" not in copy and "管控卡点" not in copy and "待命" not in copy
    assert "安置房一期6栋已封顶" in copy and "场地平整" in copy
