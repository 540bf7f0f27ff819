"""severable50 (session 18, issue 15), second step: a private person's injury, operation or pregnancy
told in an otherwise public document (第十五条、第三十七条) — the paragraph is cut, the rest published.

Drafts written before the rules, in offices no tuning part speaks for (a 林业和草原局, a 景区管委会,
a 老龄办):
- a ranger named with sex and age in brackets whose fracture and operation a safety bulletin tells;
- a visitor named so whose pregnancy and injury a 景区 incident report tells;
- an elderly party named by the case her dispute gives her (当事人…赡养纠纷案) with her illness, in a case
  collection for the public.
Twins (the same with counts, or the person not named) stay public.
"""

from __future__ import annotations

import pytest

from secreview import Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut_out, public_test

RANGER_PASSAGE = (
    "5月12日，双河乡护林员杨德明（男，52岁）在巡山途中于鹰嘴岩陡坡处滑倒摔伤，右腿胫骨骨折，"
    "次日行钢板内固定术，目前仍在住院。"
)
RANGER_BULLETIN = (
    "关于近期护林员巡护安全情况的通报\n"
    "各乡镇林业站：\n"
    "　　入夏以来，全县护林员累计巡护1.2万人次，巡护里程8.6万公里，及时发现并处置火情隐患23处。\n"
    f"　　一、安全事故情况。{RANGER_PASSAGE}\n"
    "　　二、工作要求。各林业站要为护林员配齐防滑鞋、登山杖和急救包，雨后暂停陡坡路段巡护。\n"
    "县林业和草原局\n"
    "2025年6月3日"
)
RANGER_BULLETIN_COUNTS = RANGER_BULLETIN.replace(
    RANGER_PASSAGE, "今年以来，全县有2名护林员在巡护途中摔伤，均已出院康复。"
)
VISITOR_PASSAGE = (
    "7月20日下午，游客刘雅婷（女，29岁，怀孕5个月）在玻璃栈道入口台阶处滑倒，造成左腕骨折、先兆流产，"
    "经县人民医院保胎治疗后于7月26日出院。"
)
SCENIC_INCIDENT_REPORT = (
    "关于云岭山景区玻璃栈道游客滑倒受伤事件的情况通报\n"
    "景区各科室、各经营单位：\n"
    f"　　一、事件经过。{VISITOR_PASSAGE}\n"
    "　　二、原因分析。雨后台阶湿滑，防滑垫未及时铺设，现场无工作人员提醒。\n"
    "　　三、整改措施。玻璃栈道入口已加装防滑垫和警示牌，雨天安排专人值守引导。\n"
    "云岭山景区管理委员会\n"
    "2025年8月1日"
)
SCENIC_INCIDENT_REPORT_UNNAMED = SCENIC_INCIDENT_REPORT.replace(
    VISITOR_PASSAGE, "7月20日下午，一名游客在玻璃栈道入口台阶处滑倒受伤，经县人民医院治疗后出院。"
)
ELDER_CASE_PASSAGE = (
    "当事人李桂英赡养纠纷案。李桂英今年82岁，患阿尔茨海默病多年，生活不能自理，"
    "其三个子女对赡养费分担意见不一。"
)
ELDER_CASES = (
    "2025年老年人权益保障典型案例\n"
    "　　为弘扬敬老孝老美德，区老龄办从今年调解成功的老年人权益纠纷中选取3个案例向社会发布。\n"
    f"　　案例一：{ELDER_CASE_PASSAGE}经社区调解，三人达成按月轮流照料、共同承担护理费的协议。\n"
    "　　典型意义：赡养老人是子女的法定义务，不因分家、出嫁等理由免除。\n"
    "区老龄工作委员会办公室\n"
    "2025年10月9日"
)

CUT = [
    pytest.param(RANGER_BULLETIN, ["胫骨骨折", "内固定术"], ["1.2万人次", "防滑鞋"], id="ranger-bulletin"),
    pytest.param(
        SCENIC_INCIDENT_REPORT, ["怀孕5个月", "先兆流产"], ["防滑垫", "警示牌"], id="scenic-incident"
    ),
    pytest.param(ELDER_CASES, ["阿尔茨海默病"], ["典型意义", "法定义务"], id="elder-cases"),
]
# Every draft above failed on main dfa4f54 (rules alone).


@pytest.mark.parametrize(("text", "gone", "kept"), CUT)
def test_a_named_persons_injury_or_pregnancy_is_cut(
    rules_alone: Engine, text: str, gone: list[str], kept: list[str]
) -> None:
    assert_cut_out(rules_alone, text, Category.TRADE_SECRET, gone=gone, kept=kept)


test_the_twins_stay_public = public_test(
    [
        pytest.param(RANGER_BULLETIN_COUNTS, id="ranger-counts"),
        pytest.param(SCENIC_INCIDENT_REPORT_UNNAMED, id="scenic-unnamed"),
    ],
    "rules_alone",
)
