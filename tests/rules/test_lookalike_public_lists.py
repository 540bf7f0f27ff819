"""Public forms of a county justice bureau and its townships (tune32) that must name people or give numbers:
a hiring list for community-correction posts, a plan's land moved between village groups, the 12380 SMS
line of a 任前公示, a township's homestead approvals. Each comes out 主动公开; its near twin — a private
person's record, home, number or name in the same layout — is still found."""

from __future__ import annotations

import pytest

from secreview import Engine
from tests.testing.known_public import public
from tests.testing.personal import assert_proactive_without_personal_findings, loud_personal

HIRING_LIST = (
    "青禾县司法局2026年公开招聘社区矫正社会工作者拟聘用人员公示\n"
    "根据招聘公告,经笔试、面试、体检和考察,拟聘用以下人员:\n"
    "序号\t姓名\t性别\t报考岗位\t综合成绩\n"
    "1\t黄雅琴\t女\t社区矫正社工(一)\t82.35\n"
    "2\t邓凯\t男\t社区矫正社工(二)\t80.90\n"
)

PLAN_REPLY = (
    "青禾县人民政府关于同意调整柳河镇马坊村村庄规划的批复\n\n柳河镇人民政府:\n"
    "    一、同意对《柳河镇马坊村村庄规划(2021—2035年)》进行局部调整。将原规划村民集中居住点(二期)"
    "用地由马坊村三组调整至五组,面积由3.2公顷调整为2.9公顷。\n"
    "    二、请你镇做好村民宣传解释工作。\n\n青禾县人民政府\n2026年7月16日\n"
)

PRE_APPOINTMENT = (
    "干部任前公示\n    孙立,男,汉族,1986年7月生,现任县司法局城关司法所所长,拟任县司法局副局长。\n"
    "    公示期间,对公示对象有情况反映的,请通过来信、来电、来访等方式向县委组织部反映。\n"
    "    举报电话:0739-12380 短信举报:17307391238\n\n中共青禾县委组织部\n2026年12月6日\n"
)

HOMESTEAD_APPROVALS = (
    "柳河镇2026年第二批农村宅基地审批结果公示\n"
    "    经村民申请、村集体经济组织审核、镇相关部门联审,以下农村宅基地申请已获镇人民政府批准,现予以公示:\n"
    "序号\t村别\t申请人\t批准面积(㎡)\t建房类型\t位置\n"
    "1\t东岗村\t邓家旺\t120\t原址翻建\t东岗村三组\n"
    "2\t杨庄村\t杨树林\t130\t原址翻建\t杨庄村一组\n"
    "3\t河湾村\t罗志勇\t125\t原址翻建\t河湾村一组\n"
)


PUBLIC_LISTS = [
    # the post (社区矫正社工) names the work, not a subject of community correction (tune32 bg-009)
    HIRING_LIST,
    # the SMS line of the 12380 reporting system is the department's (tune32 bg-025)
    PRE_APPOINTMENT,
    # the township publishes whom it granted a homestead (tune32 bg-033)
    HOMESTEAD_APPROVALS,
]


public(__name__, PUBLIC_LISTS, "PUBLIC_LISTS")


@pytest.mark.parametrize("text", PUBLIC_LISTS)
def test_public_lists_are_proactive_without_findings(engine: Engine, text: str) -> None:
    assert_proactive_without_personal_findings(engine, text)


NOT_FOUND = [
    # community-correction staff are no subject of it (tune32 bg-009)
    ("信访人邓凯,男,系县司法局社区矫正工作人员,反映加班补助未发放。", "SN003"),
    # the group where a plan puts land is a place of land, no household's home (tune32 bg-020)
    (PLAN_REPLY, "AD"),
]


@pytest.mark.parametrize(("text", "rule"), NOT_FOUND)
def test_the_work_or_the_land_is_no_persons_datum(engine: Engine, text: str, rule: str) -> None:
    assert not any(found.startswith(rule) for found, _ in loud_personal(engine, text))


PRIVATE_TWINS = [
    # the subject of community correction in the same list, or in a petition
    (HIRING_LIST.replace("社区矫正社工(二)", "社区矫正对象"), ("SN003", "社区矫正")),
    ("信访人邓凯,男,2025年3月起在城关司法所接受社区矫正。", ("SN003", "社区矫正")),
    # a villager's group in a complaint about the same plan is still his home
    ("村民马建华(马坊村三组)反映村庄规划调整后其房屋须搬迁。", ("AD003", "马坊村三组")),
    # an informant's own mobile in the same notice
    (
        PRE_APPOINTMENT.replace("短信举报:17307391238", "反映人王建国(手机:17307391238)"),
        ("PI101", "17307391238"),
    ),
    # an applicant's identity number in the same list is still private
    (
        HOMESTEAD_APPROVALS.replace("邓家旺\t120", "邓家旺\t430102199003071234\t120"),
        ("PI001", "430102199003071234"),
    ),
    # the party of an order to pull down a house built without approval is a private person
    (
        "关于违法占用耕地建房的责令限期拆除决定\n当事人:邓家旺,男,1968年生。\n"
        "你未经宅基地审批擅自建房,现责令限期拆除。",
        ("PN001", "邓家旺"),
    ),
]


@pytest.mark.parametrize(("text", "finding"), PRIVATE_TWINS)
def test_a_private_datum_in_the_same_layout_is_found(
    engine: Engine, text: str, finding: tuple[str, str]
) -> None:
    assert finding in loud_personal(engine, text)
