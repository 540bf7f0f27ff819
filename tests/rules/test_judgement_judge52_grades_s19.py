"""judge52 (session 19), fourth step: a grade below 称职 given to the persons a line names.

A notice of a year's appraisal results whose lines give named staff a grade below 称职 (基本称职等次2名:某站
何某、某站叶某) is personnel management (第十六条第一款): each such line is a passage the rules must read, and
with the talks and the contract not renewed that follow it is what the notice is, withheld whole. Main read
each grade line as one word of the vocabulary (the signal wants two) and cut only the later sections, leaving
the named grades in the copy. A 公示 of the staff rated 优秀 stays public.

Drafts written for these tests before the rule, in an office no tuning part speaks for (a city 船闸管理处).
"""

from __future__ import annotations

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_public, assert_weighed, report_of

LOCK_KEEPERS_GRADES = (
    "江陵市船闸管理处\n"
    "关于2026年度船闸运行值班员考核结果及绩效奖励发放的通知\n"
    "\n"
    "各船闸管理站：\n"
    "\n"
    "根据处值班员考核办法，经各站初评、处考核小组复核，处务会研究确定，现将有关事项通知如下。\n"
    "\n"
    "一、考核结果\n"
    "优秀等次6名：一线站王晓东、陈丽，二线站刘建国、赵敏，三线站孙立、周平。\n"
    "称职等次31名（名单附后）。\n"
    "基本称职等次2名：一线站郑某、三线站吴某。\n"
    "不称职等次1名：二线站冯某。\n"
    "\n"
    "二、绩效奖励\n"
    "优秀每人发放年度绩效奖励5000元，称职3500元，基本称职1200元，不称职不发放。\n"
    "\n"
    "三、其他事项\n"
    "（一）对基本称职的2人，由分管副处长进行谈话提醒。\n"
    "（二）二线站冯某全年脱岗11次，经两次谈话仍未改正，明年不再续签劳动合同。\n"
    "（三）各站将考核结果当面告知本人，不在站内公示栏张贴。\n"
    "\n"
    "江陵市船闸管理处\n"
    "2026年12月15日"
)
# Twin: the staff rated 优秀, published for comment.
LOCK_KEEPERS_HONOURS = (
    "关于2026年度船闸运行值班员考核优秀等次人员的公示\n"
    "\n"
    "    经各站初评、处考核小组复核，拟确定王晓东、陈丽、刘建国、赵敏、孙立、周平6名同志"
    "为2026年度考核优秀等次。"
    "现予公示，公示期5个工作日。如有异议，请向处人事科反映。\n"
    "\n"
    "江陵市船闸管理处\n"
    "2026年12月10日"
)


def test_named_grades_below_competent_are_withheld_whole(engine: Engine) -> None:
    assert_weighed(report_of(engine, LOCK_KEEPERS_GRADES), Attribute.WITHHELD, Category.INTERNAL_AFFAIRS)


def test_the_rules_alone_withhold_them(rules_alone: Engine) -> None:
    assert report_of(rules_alone, LOCK_KEEPERS_GRADES).attribute is Attribute.WITHHELD


def test_the_honours_list_stays_public(engine: Engine) -> None:
    assert_public(engine, LOCK_KEEPERS_HONOURS)
