"""judge46 (session 16, tune52 cu-043): a public work summary with one paragraph telling a stoppage
planned again by named organisers who are rallying others (仍在网上串联其他网点人员,
计划元旦前再次组织停工).

第十四条, 第三十七条: the organisers and their plan are what the police keep watch on; the paragraph
is cut and the summary published. The same summary telling only the stoppage over and settled stays
public. Drafts written before the rule, in offices no tuning part speaks for (a funeral administration,
a radio and television station).
"""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut_out, attribute_and_found
from tests.testing.known_public import copied, public

FUNERAL_SUMMARY = (
    "东浦市殡葬管理所2026年清明祭扫服务保障工作情况\n"
    "\n"
    "今年清明期间（3月29日至4月6日），全市各殡仪馆、公墓共接待祭扫群众86.4万人次，未发生安全事故。\n"
    "\n"
    "一、服务保障有力。增开祭扫专线公交12条，设立便民服务点46个。\n"
    "\n"
    "二、文明祭扫推进。发放鲜花3.2万束，网上祭扫12.6万人次。\n"
    "\n"
    "清明前，城东殡仪馆外包搬运工曾因工资结算问题短暂停工半天，经协调已恢复。目前搬运工胡建平、孔德明仍在"
    "微信群串联其他殡仪馆搬运工，计划冬至前再次组织停工，我所已请属地派出所掌握二人动向。\n"
    "\n"
    "下一步，我所将做好冬至祭扫服务保障工作。\n"
)
FUNERAL_SUMMARY_SETTLED = FUNERAL_SUMMARY.replace(
    "目前搬运工胡建平、孔德明仍在微信群串联其他殡仪馆搬运工，计划冬至前再次组织停工，我所已请属地派出所掌握二人动向。",
    "拖欠工资已全部结清。",
)
BROADCAST_SUMMARY = (
    "东浦市广播电视台2026年春节联欢晚会播出保障工作情况\n"
    "\n"
    "今年春晚直播安全播出零差错，全网收视率4.2%，新媒体端观看量1260万人次。\n"
    "\n"
    "一、技术保障。启用4K转播车2台，双路由备份传输。\n"
    "\n"
    "二、内容制作。节目18个，本土演员占比七成。\n"
    "\n"
    "排练期间，外包舞美公司工人曾因加班费问题停工一天，经协调复工。目前工人段志强、钱卫东仍在串联其他舞美"
    "工人，打算元宵晚会前再次组织停工，台里已请属地派出所掌握二人动向。\n"
    "\n"
    "下一步，将做好元宵晚会播出保障。\n"
)
BROADCAST_SUMMARY_SETTLED = BROADCAST_SUMMARY.replace(
    "目前工人段志强、钱卫东仍在串联其他舞美工人，打算元宵晚会前再次组织停工，台里已请属地派出所掌握二人动向。",
    "加班费已按规定补发。",
)


copied(__name__, FUNERAL_SUMMARY, "FUNERAL_SUMMARY")


def test_a_funeral_summarys_planned_stoppage_is_cut(engine: Engine) -> None:
    assert_cut_out(
        engine,
        FUNERAL_SUMMARY,
        Category.SECURITY_RISK,
        gone=["胡建平", "冬至前再次"],
        kept=["86.4万", "网上祭扫"],
    )


copied(__name__, BROADCAST_SUMMARY, "BROADCAST_SUMMARY")


def test_a_broadcasters_planned_stoppage_is_cut(engine: Engine) -> None:
    assert_cut_out(
        engine,
        BROADCAST_SUMMARY,
        Category.SECURITY_RISK,
        gone=["段志强", "元宵晚会前再次"],
        kept=["4K转播车", "本土演员"],
    )


public(
    __name__,
    {
        "FUNERAL_SUMMARY_SETTLED": FUNERAL_SUMMARY_SETTLED,
        "BROADCAST_SUMMARY_SETTLED": BROADCAST_SUMMARY_SETTLED,
    },
)


@pytest.mark.parametrize("text", [FUNERAL_SUMMARY_SETTLED, BROADCAST_SUMMARY_SETTLED])
def test_the_same_summaries_with_the_stoppage_settled_stay_public(engine: Engine, text: str) -> None:
    assert attribute_and_found(engine, text, Category.SECURITY_RISK) == (Attribute.PROACTIVE, False)
