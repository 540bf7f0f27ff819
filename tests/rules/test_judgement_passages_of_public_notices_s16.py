"""judge46 (session 16, tune52 cu-008, cv-008): a public notice or bulletin with one paragraph that must go.

Two classes, written as drafts before any rule, in offices no tuning part speaks for:

- a private person named in a case paragraph of a public bulletin (a complainant, a deceased's relative) who
  asked the agency not to publish who they are (请求医院不要对外公布其姓名, 表示不愿公开其身份): 第十五条, the
  paragraph is cut (第三十七条) and the bulletin published; the same case told without the person's name and
  without the request stays public;
- a notice of works (a transmitter's maintenance, a port's dredging) whose one item tells the guard thinned to
  a number and a camera or alarm switched off for the works (大门仅留1名保安, 周界报警因施工暂时停用):
  第十四条, the item is cut; the same notice telling the watch kept and the devices on stays public.
"""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut_out, attribute_and_found
from tests.testing.known_public import copied, public

DENTAL_COMPLAINTS = (
    "东浦口腔医院关于2026年第三季度患者投诉处理情况的通报\n"
    "\n"
    "各临床科室、医技科室：\n"
    "\n"
    "2026年第三季度，医院共受理患者投诉47件，同比下降12%，办结率100%，患者满意度96.3%。\n"
    "\n"
    "一、投诉主要类型。服务态度类18件，候诊时间类15件，收费类9件，诊疗效果类5件。\n"
    "\n"
    "二、典型投诉。8月，投诉人林秀英（联系电话13905781234）反映其在种植科植入的种植体三个月后松动，"
    "经医务科组织专家复核，已为其免费重新种植。林女士住东浦市港城路88号，请求医院不要对外公布其姓名和病情。\n"
    "\n"
    "三、整改要求。各科室要对照投诉问题逐项整改，于10月31日前将整改情况报医务科。\n"
    "\n"
    "东浦口腔医院\n"
    "2026年10月12日"
)
DENTAL_COMPLAINTS_PLAIN = DENTAL_COMPLAINTS.replace(
    "8月，投诉人林秀英（联系电话13905781234）反映其在种植科植入的种植体三个月后松动，"
    "经医务科组织专家复核，已为其免费重新种植。林女士住东浦市港城路88号，请求医院不要对外公布其姓名和病情。",
    "8月，一名患者反映其在种植科植入的种植体三个月后松动，经医务科组织专家复核，已为其免费重新种植。",
)
FUNERAL_COMPLAINTS = (
    "东浦市殡葬管理所2026年上半年殡葬服务投诉情况通报\n"
    "\n"
    "各殡仪服务机构、公墓：\n"
    "\n"
    "上半年，我所通过12345热线和来信来访共受理殡葬服务投诉31件，已全部办结。\n"
    "\n"
    "一、投诉集中在捆绑销售骨灰盒、遗体接运收费不透明和公墓维护不到位三个方面。\n"
    "\n"
    "二、3月，逝者家属钱国栋（电话13706571188）投诉城东殡仪馆接运遗体时额外收取“夜间服务费”800元，"
    "经核查属实，殡仪馆已退还费用。钱先生家住城东街道花园新村5幢，表示不愿公开其身份，担心影响家人。\n"
    "\n"
    "三、各机构要严格执行明码标价，不得捆绑销售殡葬用品。\n"
    "\n"
    "东浦市殡葬管理所\n"
    "2026年7月8日"
)
FUNERAL_COMPLAINTS_PLAIN = FUNERAL_COMPLAINTS.replace(
    "逝者家属钱国栋（电话13706571188）投诉城东殡仪馆接运遗体时额外收取“夜间服务费”800元，"
    "经核查属实，殡仪馆已退还费用。钱先生家住城东街道花园新村5幢，表示不愿公开其身份，担心影响家人。",
    "有逝者家属投诉城东殡仪馆接运遗体时额外收取“夜间服务费”800元，经核查属实，殡仪馆已退还费用。",
)
TRANSMITTER_WORKS = (
    "东浦市广播电视台关于城西发射台设备检修期间部分频道暂停播出的公告\n"
    "\n"
    "因城西发射台发射机年度检修，定于2026年12月15日0:00至6:00暂停以下频道的无线信号播出，"
    "有线电视和网络直播不受影响。现公告如下：\n"
    "\n"
    "一、暂停播出频道：东浦新闻综合频道、东浦交通广播FM98.6。\n"
    "\n"
    "二、检修期间收看无线信号的用户可改用“东浦台”客户端收看。\n"
    "\n"
    "三、检修期间发射台机房由外包单位进场施工，大门仅留1名保安，东侧围墙周界报警因施工暂时停用，"
    "请城西派出所在施工期间加强夜间巡逻。\n"
    "\n"
    "四、如有疑问，请拨打0571-88120001。\n"
    "\n"
    "东浦市广播电视台\n"
    "2026年12月8日"
)
TRANSMITTER_WORKS_CALM = TRANSMITTER_WORKS.replace(
    "三、检修期间发射台机房由外包单位进场施工，大门仅留1名保安，东侧围墙周界报警因施工暂时停用，"
    "请城西派出所在施工期间加强夜间巡逻。",
    "三、检修期间发射台实行24小时值守，施工人员凭证出入，各类安防设施正常运行。",
)
PORT_DREDGING = (
    "东浦市海洋与渔业局关于石塘渔港港池清淤期间渔船停泊安排的通告\n"
    "\n"
    "为恢复港池水深，我局定于2027年1月5日至2月10日对石塘渔港北港池实施清淤。现将有关事项通告如下：\n"
    "\n"
    "一、清淤期间北港池禁止渔船停泊，渔船请移泊至南港池和东沙避风锚地。\n"
    "\n"
    "二、清淤作业船舶夜间作业时开启警示灯，过往渔船请减速慢行。\n"
    "\n"
    "三、清淤期间渔港北门卡口只安排一名协管员，港区油库周边摄像头因线路迁改临时关闭，"
    "请海警工作站在此期间加强夜间登临巡查。\n"
    "\n"
    "四、联系电话：0574-86050123。\n"
    "\n"
    "东浦市海洋与渔业局\n"
    "2026年12月20日"
)
PORT_DREDGING_CALM = PORT_DREDGING.replace(
    "三、清淤期间渔港北门卡口只安排一名协管员，港区油库周边摄像头因线路迁改临时关闭，"
    "请海警工作站在此期间加强夜间登临巡查。",
    "三、清淤期间渔港北门卡口照常值守，港区视频监控正常运行。",
)


copied(__name__, DENTAL_COMPLAINTS, "DENTAL_COMPLAINTS")


def test_a_complainant_who_asked_not_to_be_named_is_cut_from_a_hospitals_bulletin(engine: Engine) -> None:
    assert_cut_out(
        engine,
        DENTAL_COMPLAINTS,
        Category.TRADE_SECRET,
        gone=["林秀英", "港城路"],
        kept=["候诊时间", "10月31日"],
    )


copied(__name__, FUNERAL_COMPLAINTS, "FUNERAL_COMPLAINTS")


def test_a_relative_who_asked_not_to_be_named_is_cut_from_a_funeral_bulletin(engine: Engine) -> None:
    assert_cut_out(
        engine,
        FUNERAL_COMPLAINTS,
        Category.TRADE_SECRET,
        gone=["钱国栋", "花园新村"],
        kept=["明码标价", "31件"],
    )


copied(__name__, TRANSMITTER_WORKS, "TRANSMITTER_WORKS")


def test_a_transmitters_thinned_guard_and_switched_off_alarm_are_cut(engine: Engine) -> None:
    assert_cut_out(
        engine,
        TRANSMITTER_WORKS,
        Category.SECURITY_RISK,
        gone=["周界报警", "1名保安"],
        kept=["FM98.6", "客户端"],
    )


copied(__name__, PORT_DREDGING, "PORT_DREDGING")


def test_a_ports_thinned_gate_and_switched_off_cameras_are_cut(engine: Engine) -> None:
    assert_cut_out(
        engine, PORT_DREDGING, Category.SECURITY_RISK, gone=["油库周边", "协管员"], kept=["南港池", "警示灯"]
    )


public(
    __name__,
    {
        "DENTAL_COMPLAINTS_PLAIN": DENTAL_COMPLAINTS_PLAIN,
        "FUNERAL_COMPLAINTS_PLAIN": FUNERAL_COMPLAINTS_PLAIN,
        "TRANSMITTER_WORKS_CALM": TRANSMITTER_WORKS_CALM,
        "PORT_DREDGING_CALM": PORT_DREDGING_CALM,
    },
)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (DENTAL_COMPLAINTS_PLAIN, Category.TRADE_SECRET),
        (FUNERAL_COMPLAINTS_PLAIN, Category.TRADE_SECRET),
        (TRANSMITTER_WORKS_CALM, Category.SECURITY_RISK),
        (PORT_DREDGING_CALM, Category.SECURITY_RISK),
    ],
)
def test_the_same_notices_without_the_passage_stay_public(
    engine: Engine, text: str, category: Category
) -> None:
    assert attribute_and_found(engine, text, category) == (Attribute.PROACTIVE, False)
