"""judge30 (session 13, tune40 bm-043, bn-038, bo-018, tune41 bs-034): security read as process
information. (1) The report says itself what its release would do: endanger people held abroad
(如消息公开,可能…危及…安全), or set off a panic it keeps the matter inside to avoid
(为避免引起…恐慌,相关情况暂由…掌握): JD104 (第十四条). (2) A site's or a building's weak points
listed while the remedy waits (护栏缺失, 监控无覆盖; 抗震能力不满足, 薄弱层, 倒塌风险): JD011. Twins that
stay published: the public notice on the same water and the news of the same building reinforced.
Drafts written for these tests."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import attribute_and_categories, attribute_and_found
from tests.testing.known_public import public

REPORTS = [
    "关于我县务工人员在境外被扣押情况的报告\n\n县人民政府:\n"
    "    我县籍务工人员4人于11月2日在某国矿区被武装人员扣押,对方索要赎金200万元,劳务公司仍在与对方接触。"
    "驻外使馆提醒,如消息公开,可能导致对方加价,并危及被扣人员人身安全。\n"
    "    下一步,拟由县外事办协调劳务公司配合使馆工作,家属安抚由所在乡镇负责。\n    特此报告。\n\n"
    "县人民政府外事办公室\n2026年11月6日",
    "关于城南小区二次供水水质异常的情况说明\n\n"
    "    11月20日例行抽检发现城南小区二次供水水箱菌落总数超标,复检结果预计11月23日出具。"
    "为避免引起居民恐慌,相关情况暂由水务局、卫健委掌握,对外口径待复检后确定。\n"
    "    拟先行对水箱清洗消毒,并安排送水车备用。\n\n市水务局水质科\n2026年11月21日",
    "关于体育中心跨年演唱会安全评估情况的报告\n\n县人民政府:\n"
    "    经会同公安、消防现场踏勘,体育中心东看台临空处护栏缺失约20米,南侧停车场和后广场监控均无覆盖,"
    "散场时人流易在北门形成对冲。\n"
    "    拟在北门设置分流栏,东看台封闭不售票,以上措施待县政府分管领导审定后实施。\n    特此报告。\n\n"
    "县文化广电和旅游体育局\n2026年12月1日",
    "关于县人民医院门诊楼抗震鉴定结果的报告\n\n县卫生健康局:\n"
    "    门诊楼1996年建成,经鉴定抗震能力不满足现行设防要求,第2层为薄弱层,在7度地震作用下有局部倒塌风险;"
    "楼内检验科与配电房相邻,一旦受损供电和检验可能同时中断,院内无备用检验场所。\n"
    "    加固方案尚未实施,资金来源待县政府研究,鉴定结论暂不对外。\n\n县人民医院\n2026年9月3日",
]
PUBLIC = [
    "关于城南小区二次供水水质复检情况的通报\n\n广大居民朋友:\n"
    "    11月20日例行抽检发现城南小区二次供水水箱菌落总数超标,我局已对水箱清洗消毒,"
    "11月23日复检结果全部合格,请居民放心使用。\n\n市水务局\n2026年11月23日",
    "县人民医院门诊楼抗震加固工程竣工\n\n"
    "    12月15日,县人民医院门诊楼抗震加固工程通过竣工验收。该楼1996年建成,经鉴定抗震能力不满足现行设防要求,"
    "今年3月起实施加固,总投资1280万元,加固后达到7度设防标准。\n\n(县卫生健康局供稿)",
]


@pytest.mark.parametrize(
    "text", REPORTS, ids=["hostages-harm", "panic-kept-inside", "event-weak-points", "building-seismic"]
)
def test_security_stated_or_listed_in_a_report_is_security_risk(engine: Engine, text: str) -> None:
    assert attribute_and_found(engine, text, Category.SECURITY_RISK) == (Attribute.WITHHELD, True)


public(__name__, PUBLIC, "PUBLIC")


@pytest.mark.parametrize("text", PUBLIC, ids=["water-notice", "building-news"])
def test_the_same_matters_told_to_the_public_stay_published(engine: Engine, text: str) -> None:
    assert attribute_and_categories(engine, text) == (Attribute.PROACTIVE, set())
