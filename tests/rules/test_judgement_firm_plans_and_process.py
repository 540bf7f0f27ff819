"""judge31 (session 13, tune18 ag-014, ag-048): a public policy reading or a check's bulletin with one
paragraph telling what a named firm has not made public (第十五条): the financing it is preparing on the
strength of its unit cost, or the measured values of a process it has not yet patented. The paragraph is cut
(第三十七条); the same documents telling of a financing already announced, or of a process already patented,
stay public. Drafts written for these tests."""

from __future__ import annotations

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut_out, attribute_and_found
from tests.testing.known_public import copied, public

READING = (
    "《青溪县工业企业技术改造奖补办法》政策解读\n\n一、出台背景"
    "\n为引导企业加大技术改造投入,县工信局制定了本办法。\n\n"
    "二、主要内容\n按企业技术改造设备投资额的8%给予奖补,单个企业最高不超过200万元。\n\n"
    "三、举例说明\n去年获得奖补最多的某新材料有限公司,改造后单吨加工成本降至约1850元,"
    "该公司正据此筹划明年上市。\n\n"
    "四、施行时间\n本办法自2027年1月1日起施行。\n\n解读机关:青溪县工业和信息化局"
)
READING_ANNOUNCED = READING.replace(
    "去年获得奖补最多的某新材料有限公司,改造后单吨加工成本降至约1850元,该公司正据此筹划明年上市。",
    "去年共有12家企业获得奖补,合计奖补资金860万元。",
)
CHECK = (
    "关于2026年度县级科技计划项目中期检查情况的通报\n\n各有关单位:\n"
    "经检查,进展良好的项目12个,进展滞后的项目2个。其中,某精密制造有限公司承担的项目已完成样机试制"
    "(主轴径向跳动控制在1.5微米以内,企业尚未申请专利),部分指标提前达到合同目标。\n"
    "对进展滞后的项目,县科技局已约谈项目负责人。\n\n青溪县科学技术局\n2027年6月10日"
)
CHECK_PATENTED = CHECK.replace(
    "(主轴径向跳动控制在1.5微米以内,企业尚未申请专利)", "(相关技术已申请发明专利2项)"
)


copied(__name__, {"READING": READING, "CHECK": CHECK})


def test_a_firms_unannounced_plans_and_unpatented_process_are_cut(engine: Engine) -> None:
    assert_cut_out(engine, READING, Category.TRADE_SECRET, gone=["筹划明年上市"], kept=["最高不超过200万元"])
    assert_cut_out(engine, CHECK, Category.TRADE_SECRET, gone=["1.5微米"], kept=["县科技局已约谈项目负责人"])


public(__name__, {"READING_ANNOUNCED": READING_ANNOUNCED, "CHECK_PATENTED": CHECK_PATENTED})


def test_an_announced_total_and_a_patented_process_stay_public(engine: Engine) -> None:
    for text in (READING_ANNOUNCED, CHECK_PATENTED):
        assert attribute_and_found(engine, text, Category.TRADE_SECRET) == (Attribute.PROACTIVE, False)
