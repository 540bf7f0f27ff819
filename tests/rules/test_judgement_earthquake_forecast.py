"""judge30 (session 13, tune40 bo-010): an earthquake forecast — an area, a time, a magnitude judged likely —
is released to society by the provincial government alone (《防震减灾法》第二十九条); an agency's consultation
record or report to its leaders holding one not yet released is withheld as a danger to social stability
(《政府信息公开条例》第十四条, JD074). A notice refuting a rumoured forecast, a consultation that finds no
anomaly and a work summary counting its consultations stay published. Drafts written for these tests."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import attribute_and_categories, attribute_and_found
from tests.testing.known_public import public

FORECASTS = [
    "关于近期震情趋势的研判报告\n\n市委、市政府主要领导:\n"
    "9月以来,西河县北部连续发生3级左右地震4次,西河台地磁、地下水位同步出现异常。\n"
    "经省、市两级地震部门联合会商,认为未来两个月内西河—北山断裂带出现5级左右地震的可能性上升。\n"
    "建议提前检查学校、医院等人员密集场所,相关工作以日常安全检查名义开展。以上情况仅供领导参阅。\n\n"
    "市地震局\n2026年9月20日",
    "月度震情会商记录\n\n时间:2026年6月3日\n参加:局监测科、地震台全体分析人员\n\n"
    "一、本月全市记录地震21次,最大2.6级。\n"
    "二、会商结论:南岭台形变资料出现转折,三个月内南岭地区不排除发生5级以上地震。\n"
    "三、本意见报局领导,不对外发布。",
]
PUBLIC = [
    "关于网传“近期将发生强烈地震”信息的澄清\n\n近日网络流传“本月将发生6级以上地震”等信息。"
    "经市地震局分析研判,上述信息不实,近期未发现明显地震前兆异常。地震预报意见由省级人民政府统一发布,"
    "任何单位和个人不得向社会散布地震预测意见。\n\n市地震局\n2026年5月8日",
    "市地震局2026年工作总结\n\n一、监测预报。全年编报震情周报52期,参加省地震局月度会商12次,"
    "全市未发生破坏性地震。\n二、科普宣传。开展防震减灾科普进校园活动38场。\n\n市地震局\n2027年1月10日",
]
QUIET = (
    "月度震情会商记录\n\n时间:2026年7月3日\n参加:局监测科、地震台全体分析人员\n\n"
    "一、本月全市记录地震9次,最大1.8级。\n"
    "二、会商结论:各台站资料未见明显异常,未来一个月本市发生5级以上地震的可能性不大。\n"
    "三、本意见报局领导。"
)


@pytest.mark.parametrize("text", FORECASTS, ids=["report-to-leaders", "consultation-record"])
def test_an_unreleased_earthquake_forecast_is_withheld_for_security(engine: Engine, text: str) -> None:
    assert attribute_and_found(engine, text, Category.SECURITY_RISK) == (Attribute.WITHHELD, True)


public(__name__, PUBLIC, "PUBLIC")


@pytest.mark.parametrize("text", PUBLIC, ids=["rumour-refuted", "work-summary"])
def test_a_refuted_rumour_or_a_count_of_consultations_stays_published(engine: Engine, text: str) -> None:
    assert attribute_and_categories(engine, text) == (Attribute.PROACTIVE, set())


def test_a_consultation_that_finds_no_forecast_holds_no_security_risk(engine: Engine) -> None:
    assert Category.SECURITY_RISK not in attribute_and_categories(engine, QUIET)[1]
