"""judge31 (session 13, tune27 at-009, tune28 ax-038): a public bulletin or monitoring summary with one
paragraph quoting what a firm handed the agency (据该公司向我局提供的结算资料) or the firm's own books the
agency called up (调阅了该公司的生产台账): its unit prices, costs and returns are the agency's file of a
third party (第十五条), not what the firm published. The paragraph is cut (第三十七条); the same documents
telling only the project's result or the plant's monitored emissions stay public. Drafts written for these
tests."""

from __future__ import annotations

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut_out, attribute_and_found
from tests.testing.known_public import copied, public

ENERGY = (
    "青溪县机关事务服务中心关于2026年公共机构节能工作情况的通报\n\n各乡镇,县直各单位:\n"
    "    一、总体情况\n    全县公共机构人均综合能耗下降2.3%,完成年度目标。\n"
    "    二、主要工作\n    (一)节能改造。完成中小学照明改造项目8个。\n"
    "    (二)合同能源管理。县图书馆照明改造项目由某节能科技有限公司投资实施。据该公司向我中心提供的结算资料,"
    "项目总投资86.5万元,LED灯具采购单价为每套412元,该公司测算内部收益率为11.8%。\n"
    "    三、下一步工作\n    继续推进合同能源管理。\n\n青溪县机关事务服务中心\n2026年12月4日"
)
ENERGY_RESULT = ENERGY.replace(
    "据该公司向我中心提供的结算资料,项目总投资86.5万元,LED"
    "灯具采购单价为每套412元,该公司测算内部收益率为11.8%。",
    "项目于9月投入运行,年节电约12万千瓦时。",
)
KILN = (
    "青溪县2026年重点排污单位监督性监测情况\n\n现将有关情况公开如下。\n\n"
    "一、总体情况\n全年对14家重点排污单位开展监督性监测,达标率92.9%。\n\n"
    "二、超标情况\n某水泥有限公司6月颗粒物排放浓度超标,已责令改正并依法处罚。\n\n"
    "三、复核情况\n执法人员调阅了该公司的生产台账:6月水泥熟料产量4.2万吨,煤耗成本为每吨熟料186元,"
    "除尘系统电耗较设计值低约30%。\n\n"
    "四、下一步工作\n将监测结果纳入企业环境信用评价。\n\n青溪县生态环境分局\n2027年1月20日"
)
KILN_MONITORED = KILN.replace(
    "执法人员调阅了该公司的生产台账:6月水泥熟料产量4.2万吨,"
    "煤耗成本为每吨熟料186元,除尘系统电耗较设计值低约30%。",
    "执法人员调阅了该公司的在线监测数据,整改后颗粒物排放浓度稳定达标。",
)


copied(__name__, {"ENERGY": ENERGY, "KILN": KILN})


def test_a_firms_handed_in_or_called_up_figures_are_cut(engine: Engine) -> None:
    assert_cut_out(engine, ENERGY, Category.TRADE_SECRET, gone=["每套412元"], kept=["照明改造项目8个"])
    assert_cut_out(engine, KILN, Category.TRADE_SECRET, gone=["每吨熟料186元"], kept=["达标率92.9%"])


public(__name__, {"ENERGY_RESULT": ENERGY_RESULT, "KILN_MONITORED": KILN_MONITORED})


def test_a_result_and_monitored_emissions_stay_public(engine: Engine) -> None:
    for text in (ENERGY_RESULT, KILN_MONITORED):
        assert attribute_and_found(engine, text, Category.TRADE_SECRET) == (Attribute.PROACTIVE, False)
