"""judge44 (session 16): a public summary's paragraph naming one of its staff by post and name with
the personnel action taken (讲解员冯某某年度考核不合格…调离, 护士某某…年度考核定为不合格, 司机某某…扣发绩效,
主持人某某…通报批评): the agency's own personnel handling (第十六条第一款) is cut, the rest published
(tune49 ck-042). The staff told as a whole (均为合格) stay public. The rules alone are tested; drafts
written for these tests before the rule (口腔医院, 殡仪馆, 广播电视台).
"""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut, attribute_and_categories, report_of

DENTAL_HOSPITAL_NURSE_DISCIPLINED = (
    "市口腔医院2026年护理工作总结\n"
    "\n"
    "一、护理质量。全年护理差错发生率同比下降12%，患者满意度96.4%。\n"
    "二、队伍建设。新进护士18名，完成规范化培训。护士苏婉婷因连续两次违反无菌操作规程被患者投诉，年度考核定为不合格，已调离手术室。\n"
    "三、2027年打算。推进优质护理服务示范病区建设。\n"
    "\n"
    "市口腔医院护理部\n"
    "2027年1月10日"
)
FUNERAL_HOME_DRIVER_DISCIPLINED = (
    "市殡仪馆2026年工作总结\n"
    "\n"
    "一、服务保障。全年接运遗体4120具，火化4086具，群众满意率98%。\n"
    "二、车辆管理。接运车辆全年安全行驶41万公里。司机刘建国因私自接受丧属红包，已被扣发全年绩效并调离接运岗位。\n"
    "三、明年打算。推进殡葬服务网上预约。\n"
    "\n"
    "市殡仪馆\n"
    "2027年1月5日"
)
BROADCASTER_PRESENTER_DISCIPLINED = (
    "市广播电视台2026年新闻宣传工作情况\n"
    "\n"
    "一、主题宣传。全年播出重大主题报道1260条。\n"
    "二、队伍管理。主持人陈欣在直播中出现严重口误被通报批评，暂停出镜三个月；记者黄一鸣因有偿新闻已被解聘。\n"
    "三、媒体融合。新媒体平台粉丝总量突破300万。"
)
MUSEUM_GUIDES_ALL_PASSED = (
    "市博物馆2026年社会教育工作情况\n"
    "\n"
    "一、展览与讲解。全年提供定时讲解2860场。\n"
    "二、讲解员队伍。现有专职讲解员24名，全部参加年度考核，均为合格以上等次，2名讲解员获评省级金牌讲解员。\n"
    "三、2027年打算。新增手语讲解服务。"
)


@pytest.mark.parametrize(
    "text",
    [DENTAL_HOSPITAL_NURSE_DISCIPLINED, FUNERAL_HOME_DRIVER_DISCIPLINED, BROADCASTER_PRESENTER_DISCIPLINED],
)
def test_a_named_staff_members_handling_is_cut(rules_alone: Engine, text: str) -> None:
    assert_cut(report_of(rules_alone, text), Category.INTERNAL_AFFAIRS)


def test_the_staff_told_as_a_whole_stay_public(rules_alone: Engine) -> None:
    assert attribute_and_categories(rules_alone, MUSEUM_GUIDES_ALL_PASSED) == (Attribute.PROACTIVE, set())
