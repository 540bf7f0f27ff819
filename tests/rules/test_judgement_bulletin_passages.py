"""judge31 (session 13, tune28 ax-045, az-009): two public documents whose one item the learned signal held
back whole. (1) A hotline's monthly bulletin to the districts with one item telling of residents being
organised to go to a government office on a set day and the control points set against them (第十四条), and
a tomb-sweeping plan with one item posting police and keeping watch on petitioners (a forest fire checkpoint
elsewhere in it is fire prevention, tune24 al-036); (2) a gas-safety summary with one item naming hazards
still open: a wall one can climb straight over, no camera near it (第十四条). The item is cut (第三十七条)
and the rest published; the same documents telling of a complaint answered, or of a station walled and
watched, stay public. Drafts written for these tests."""

from __future__ import annotations

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut_out, attribute_and_found
from tests.testing.known_public import copied, public

HOTLINE = (
    "青溪区12345热线2026年10月运行情况通报\n\n各街道办事处,区直各单位:\n    现将10月热线运行情况通报如下:\n"
    "    一、总体情况\n    10月,热线共受理群众诉求2.1万件,按时办结率97.1%。\n"
    "    二、诉求热点\n    (一)物业服务。反映物业服务质量的诉求620件。\n"
    "    (二)需关注的群体性诉求。翠湖小区业主近期集中来电95"
    "件,业主代表2人正在组织约80名业主于下周一前往区政府集体上访,"
    "区公安分局拟在区政府南门设管控点。\n"
    "    三、工作要求\n    请各承办单位认真办理诉求。\n\n青溪区政务服务管理局\n2026年11月3日"
)
HOTLINE_ANSWERED = HOTLINE.replace(
    "业主代表2人正在组织约80名业主于下周一前往区政府集体上访,区公安分局拟在区政府南门设管控点。",
    "区住建局已约见业主代表,相关诉求正在办理。",
)
GAS = (
    "青溪区2026年燃气安全整治工作情况\n\n现将今年燃气安全整治工作情况公布如下。\n"
    "一、整治成效\n(一)改造老旧燃气管网32公里。\n(二)查处违法经营瓶装液化气行为21起。\n"
    "二、隐患整改情况\n尚有1处隐患未完成整改:城北调压站北侧围墙为简易围挡,可直接翻越至站内,周边无监控。"
    "整改工程预计明年3月完工。\n"
    "三、下一步工作\n持续推进老旧管网改造。\n\n青溪区城市管理局\n2026年12月2日"
)
GAS_GUARDED = GAS.replace(
    "尚有1处隐患未完成整改:城北调压站北侧围墙为简易围挡,"
    "可直接翻越至站内,周边无监控。整改工程预计明年3月完工。",
    "城北调压站围墙已改建为实体围墙,站内加装视频监控并安排专人巡查。",
)

TOMBS = (
    "青溪区2027年清明节祭扫服务保障工作方案\n\n    为做好清明节期间群众祭扫服务保障工作,制定本方案。\n"
    "    一、时间安排\n    祭扫高峰期为4月3日至5日。\n"
    "    二、工作措施\n    (一)推行预约祭扫,每时段限额1500人。\n"
    "    (二)加强安全防范。各公墓配备消防器材,林区入口设立防火检查站。\n"
    "    (三)安保力量部署。区公安分局在烈士陵园部署警力60人;对因征地补偿多次上访的群众,由派出所指定专人包保,"
    "出现聚集苗头立即劝离。\n"
    "    三、组织保障\n    区民政局牵头落实。\n\n青溪区民政局\n2027年3月1日"
)
TOMBS_ORDER = TOMBS.replace(
    "区公安分局在烈士陵园部署警力60人;对因征地补偿多次上访的群众,由派出所指定专人包保,出现聚集苗头立即劝离。",
    "公安机关将做好陵园周边交通疏导,请群众错峰祭扫。",
)


copied(__name__, {"HOTLINE": HOTLINE, "TOMBS": TOMBS, "GAS": GAS})


def test_an_organised_visit_and_an_open_hazard_are_cut(engine: Engine) -> None:
    assert_cut_out(engine, HOTLINE, Category.SECURITY_RISK, gone=["设管控点"], kept=["按时办结率97.1%"])
    assert_cut_out(engine, TOMBS, Category.SECURITY_RISK, gone=["专人包保"], kept=["防火检查站"])
    assert_cut_out(engine, GAS, Category.SECURITY_RISK, gone=["可直接翻越"], kept=["改造老旧燃气管网32公里"])


public(
    __name__, {"HOTLINE_ANSWERED": HOTLINE_ANSWERED, "GAS_GUARDED": GAS_GUARDED, "TOMBS_ORDER": TOMBS_ORDER}
)


def test_an_answered_complaint_and_a_guarded_station_stay_public(engine: Engine) -> None:
    for text in (HOTLINE_ANSWERED, GAS_GUARDED, TOMBS_ORDER):
        assert attribute_and_found(engine, text, Category.SECURITY_RISK) == (Attribute.PROACTIVE, False)
