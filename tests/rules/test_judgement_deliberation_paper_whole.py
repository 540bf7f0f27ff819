"""judge48 (session 17): withheld or cut — a paper whose matter is the deliberation is not cut. judge43
kept whole the item of a record written in a genre of deliberation (minutes, an expert opinion, a 请示, a
consultation); the same holds for a paper whose frame outside the undecided paragraph says that what it
tells is still being worked out: its title names a draft in revision or a comparison of options (修改稿,
修订进展, 比选), it is a letter between agencies (商洽函: a consultation, 第十六条第二款), it goes to the
agency's own meeting for decision (提交院长办公会研究) or it restricts its own circulation (定案前请勿扩散).
Take out the undecided paragraph and what remains is the same process. A public work summary with one
item still open is cut (第三十七条). The rules alone are tested; drafts written for these tests before the
rule, in offices no tuning part speaks for (气象台, 监狱, 职业技术学院, 高速公路管理处).
"""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut, report_of

WEATHER_RULE_REVISION_NOTE = (
    "关于《暴雨预警信号发布规定》修订进展的说明\n"
    "\n"
    "一、修订背景。按照省气象局要求，我台于9月启动修订，修订稿已发各区气象台和市应急管理局征求意见。\n"
    "\n"
    "二、主要改动。暴雨橙色预警拟由区台直接发布，红色预警仍由市台发布；预警短信由全网推送改为按受影响区域定向推送。\n"
    "\n"
    "三、分歧意见。区台直接发布橙色预警一项，市应急管理局赞成，预报科认为容易出现口径不一，两方意见还没有统一。\n"
    "\n"
    "四、后续安排。拟于12月底前再协调一次，形成报审稿后报台务会。\n"
    "\n"
    "市气象台\n"
    "2026年11月28日"
)

PRISON_FUNDING_LETTER = (
    "关于会见中心改造资金缺口的商洽函\n"
    "\n"
    "市司法局计划财务处：\n"
    "\n"
    "我狱会见中心建于2006年，建筑面积1200平方米，设会见窗口40个、远程视频会见室6间。近年会见人次年均增长约15%，候见区狭小、无障碍设施缺失等问题较为突出。改造内容包括扩建候见区、增设无障碍通道、更新视频会见设备，概算投资860万元，已落实560万元，尚缺300万元。\n"
    "\n"
    "对缺口资金，我狱有两种考虑：由监狱系统明年统筹资金调剂解决，或推迟监区围墙维修一年、腾出资金用于会见中心。我狱倾向前一种，但围墙维修能否推迟尚需征求驻狱检察室意见，目前还没有定论。\n"
    "\n"
    "请贵处研究后告知意见。\n"
    "\n"
    "市第二监狱\n"
    "2026年11月20日"
)

COLLEGE_SITE_COMPARISON = (
    "新校区两个备选地块的比较\n"
    "\n"
    "基建处 2026年10月\n"
    "\n"
    "| 比较内容 | 北区地块 | 东区地块 |\n"
    "| 用地面积 | 约520亩 | 约460亩 |\n"
    "| 征地拆迁 | 需搬迁农户约90户 | 不涉及搬迁 |\n"
    "| 投资估算 | 约14.2亿元 | 约12.6亿元 |\n"
    "\n"
    "院内意见尚不统一：教务处看重北区地块靠近企业，便于实习；财务处认为东区地块投资少，征地风险小。高新区管委会对北区地块也有保留。\n"
    "\n"
    "建议提交院长办公会研究。定案前请勿扩散上述地块信息。"
)

HIGHWAY_YEARLY_SUMMARY = (
    "市高速公路管理处2026年工作总结\n"
    "\n"
    "2026年，市高速公路管理处围绕安全畅通和优质服务，各项工作有序推进。\n"
    "\n"
    "一、路况养护。全年完成路面预防性养护126公里，桥梁加固9座，优良路率达到96.8%。\n"
    "\n"
    "二、收费服务。全面推行ETC不停车收费，ETC使用率达到78%，客户投诉同比下降21%。\n"
    "\n"
    "三、服务区建设。青山服务区扩建方案尚在与市交通运输局、青山镇协商，各方对扩建规模意见不一，建设时间尚未确定。\n"
    "\n"
    "四、安全保畅。全年处置交通事故1460起，恶劣天气期间未发生大范围拥堵。\n"
    "\n"
    "市高速公路管理处\n"
    "2026年12月25日"
)


DELIBERATION_PAPERS = [
    pytest.param(WEATHER_RULE_REVISION_NOTE, id="weather-revision-in-progress"),
    pytest.param(PRISON_FUNDING_LETTER, id="prison-letter-between-agencies"),
    pytest.param(COLLEGE_SITE_COMPARISON, id="college-comparison-to-own-meeting"),
]


@pytest.mark.parametrize("text", DELIBERATION_PAPERS)
def test_a_paper_whose_matter_is_the_deliberation_is_withheld_whole(rules_alone: Engine, text: str) -> None:
    report = report_of(rules_alone, text)
    assert report.attribute is Attribute.WITHHELD
    process = [f for f in report.findings if f.category is Category.PROCESS_INFO]
    assert process and not any(f.severable for f in process)


def test_a_public_summary_with_one_open_item_is_cut(rules_alone: Engine) -> None:
    assert_cut(report_of(rules_alone, HIGHWAY_YEARLY_SUMMARY), Category.PROCESS_INFO)
