"""judge42 (session 15): two precision gaps read as classes, each with twins that must stay where they are.

1. A superior's decision on a public body's 请示 is published (policy ``decision-on-agency-request``)
   whatever form of address its first line uses for the requesting body: 你单位 as well as 你局, 你院,
   你中心. The same form in a reply to a firm, a private clinic or an office of lawyers, or about the
   body's own offices, stays on request.
2. A public service notice telling the points a utility samples (30个点位每日采样检测) and its repair
   crews on call (抢修队伍24小时待命) is no security deployment (JD010); a plan naming its posts and its
   force on standby
   (布控点位, 处置小分队待命, 民警值守) stays withheld.
"""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from tests.testing.known_public import public


def _report(engine: Engine, text: str) -> tuple[Attribute | None, list[str]]:
    report = engine.check_text(text).files[0]
    return report.attribute, sorted({finding.rule for finding in report.findings})


BLOOD_STATION_APPROVAL = (
    "青崖市卫生健康委员会关于同意市中心血站新设街头采血点的批复\n"
    "\n"
    "青卫复〔2026〕41号\n"
    "\n"
    "市中心血站:\n"
    "\n"
    "你单位《关于在城区新设3个街头采血点的请示》(青血〔2026〕21号)收悉。经研究,批复如下:\n"
    "一、同意在人民广场、高铁站东广场和滨江公园各设街头采血点1个,自2027年1月起开放。\n"
    "二、采血点应按《血站管理办法》配备人员和设备,开放时间和地点向社会公布。\n"
    "此复。\n"
    "\n"
    "青崖市卫生健康委员会\n"
    "2026年12月3日\n"
)

SCHOOL_APPROVAL = (
    "青禾县教育局关于同意县第一中学开设初中部寄宿服务的批复\n"
    "\n"
    "县第一中学:\n"
    "你单位《关于开设初中部寄宿服务的请示》收悉。经研究,同意你校自2027年春季学期起为初中部农村学生提供寄宿服务,"
    "床位不超过400个,住宿费按县发展和改革局核定的标准收取。\n"
    "此复。\n"
    "\n"
    "青禾县教育局\n"
    "2026年12月2日\n"
)

DECISIONS_ON_A_BODYS_REQUEST = {"blood-station": BLOOD_STATION_APPROVAL, "school": SCHOOL_APPROVAL}


public(__name__, DECISIONS_ON_A_BODYS_REQUEST, "DECISIONS_ON_A_BODYS_REQUEST")


@pytest.mark.parametrize("name", sorted(DECISIONS_ON_A_BODYS_REQUEST))
def test_a_decision_on_a_bodys_request_addressed_as_you_unit_is_proactive(engine: Engine, name: str) -> None:
    attribute, rules = _report(engine, DECISIONS_ON_A_BODYS_REQUEST[name])
    assert "SP002" in rules, rules  # the reply-to-one-unit finding stays, overridden by 第十九条
    assert attribute is Attribute.PROACTIVE, rules


REPLIES_ABOUT_THE_ADDRESSEES_OWN_MATTER = {
    # the same form to a firm: no public body asked, the firm's own matter (第二十七条)
    "firm": (
        "关于同意延期提交数据平台项目验收材料的批复\n\n青崖汇川数据科技有限公司:\n"
        "你单位《关于延期提交项目验收材料的请示》收悉。经研究,同意延期至2027年3月31日。\n此复。\n"
    ),
    # a private clinic and an office of lawyers end like a public 所 but are private bodies
    "private-clinic": (
        "关于康宁诊所执业登记信息更正的批复\n\n青禾县城南康宁诊所:\n"
        "你单位《关于更正执业登记信息的报告》收悉。经核实,同意将你所诊疗科目登记信息更正为内科、外科。\n此复。\n"
    ),
    "law-office": (
        "关于同意延期报送年度执业检查材料的批复\n\n青崖正衡律师事务所:\n"
        "你单位《关于延期报送年度执业检查材料的请示》收悉。经研究,同意延期至2027年2月28日。\n"
    ),
    # the public body's own offices: its own matter (第十六条第一款)
    "own-offices": (
        "关于同意市中心血站调整内设科室的批复\n\n市中心血站:\n"
        "你单位《关于调整内设科室的请示》收悉。经研究,同意调整。\n此复。\n"
    ),
}


@pytest.mark.parametrize("name", sorted(REPLIES_ABOUT_THE_ADDRESSEES_OWN_MATTER))
def test_a_reply_about_the_addressees_own_matter_stays_on_request(engine: Engine, name: str) -> None:
    attribute, rules = _report(engine, REPLIES_ABOUT_THE_ADDRESSEES_OWN_MATTER[name])
    assert "SP002" in rules, rules
    assert attribute is Attribute.ON_REQUEST, rules


WATER_SUPPLY_NOTICE = (
    "青崖市水务局关于做好2027年元旦春节期间城市供水安全保障工作的通知\n"
    "\n"
    "市自来水有限公司,各区供水管理站:\n"
    "\n"
    "    元旦、春节期间用水量明显上升,低温冰冻天气易造成管网爆管。"
    "为保障节日期间城市供水安全,现将有关事项通知如下:\n"
    "    一、加强水质监测。市自来水有限公司要在出厂水、管网水共30个点位每日采样检测,"
    "检测结果按规定在公司网站公布;发现水质异常的,立即报告市水务局。\n"
    "    二、做好管网抢修准备。各抢修队伍节日期间24小时待命,备足管材、阀门等抢修物资,"
    "接到报修后30分钟内到达现场。\n"
    "    三、做好停水公告。因抢修确需停水的,提前24小时向用户发布停水公告,"
    "停水超过12小时的,安排送水车定点供水。\n"
    "    四、畅通服务热线。供水服务热线0745-96516实行24小时值班,及时受理群众报修和咨询。\n"
    "\n"
    "青崖市水务局\n"
    "2026年12月5日\n"
)

POWER_SUPPLY_NOTICE = (
    "青禾县发展和改革局关于做好寒潮期间电力供应保障工作的通知\n"
    "\n"
    "国网青禾县供电公司,县城市燃气有限公司:\n"
    "    一、加密负荷监测,在全县12个监测点位每小时采集一次负荷数据,发现重过载及时调整运行方式。\n"
    "    二、供电抢修车辆和人员24小时待命,故障报修后城区45分钟、农村90分钟内到达现场。\n"
    "    三、停电检修须提前3天在供电营业厅和网站公告。\n"
    "青禾县发展和改革局\n"
    "2026年12月4日\n"
)

SERVICE_NOTICES = {"water": WATER_SUPPLY_NOTICE, "power": POWER_SUPPLY_NOTICE}


public(__name__, SERVICE_NOTICES, "SERVICE_NOTICES")


@pytest.mark.parametrize("name", sorted(SERVICE_NOTICES))
def test_a_utilitys_sampling_points_and_repair_crews_are_no_deployment(engine: Engine, name: str) -> None:
    attribute, rules = _report(engine, SERVICE_NOTICES[name])
    assert "JD010" not in rules, rules
    assert attribute is Attribute.PROACTIVE, rules


DEPLOYMENT_PLANS = {
    # the same notice's shape, the points being posts and the crews a force on standby
    "posts-and-force": WATER_SUPPLY_NOTICE.replace(
        "在出厂水、管网水共30个点位每日采样检测", "在水厂周边设置30个点位,每个点位安排民警2名值守"
    ).replace("各抢修队伍节日期间24小时待命", "处置小分队节日期间24小时待命"),
    # a security plan naming its posts (布控点位) and its force on standby
    "event-security": (
        "元旦跨年活动现场保障方案\n"
        "各派出所、特警大队:\n"
        "一、力量部署。在广场周边设置布控点位6个,每个点位安排便衣民警2名。\n"
        "二、应急处置。特警大队处置小分队2支24小时待命,车辆停放在人民广场北侧。\n"
        "县公安局\n"
        "2026年12月5日\n"
    ),
}


@pytest.mark.parametrize("name", sorted(DEPLOYMENT_PLANS))
def test_a_deployment_plan_stays_withheld(engine: Engine, name: str) -> None:
    attribute, rules = _report(engine, DEPLOYMENT_PLANS[name])
    assert "JD010" in rules, rules
    assert attribute is Attribute.WITHHELD, rules
