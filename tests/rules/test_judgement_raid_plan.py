"""A raid still to come, kept from its targets (session 12, tune38 bq-028): an enforcement operation's plan
that names its source inside, the den to be hit, when the net closes and the discipline that keeps the
time from leaking would, published, warn the targets and expose the source (第十四条). Its near twins —
the news of a raid done, a year's summary counting the dens destroyed — stay 主动公开."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import attribute_and_found, found_and_public
from tests.testing.known_public import public

FOUND = [
    "打击制售假冒白酒“净源”专项行动工作方案\n\n"
    "县市场监管局、县公安局联合制定。\n一、重点目标(不得外传)\n"
    "1.城西工业区一处出租厂房疑为灌装窝点,由房东孙某(系内线,请注意保护)每周报告进出车辆。\n"
    "二、行动步骤\n12月18日前摸清上下游;12月20日凌晨同步收网,市场监管部门负责查扣,公安部门负责控制人员。\n"
    "三、纪律\n参加人员会前一律上交手机,行动时间仅通知各组组长。",
]

PUBLIC = [
    # the news of the raid once done
    "我县联合开展打击制售假冒白酒专项行动\n\n12月20日,县市场监管局会同县公安局开展集中收网行动,"
    "捣毁制假窝点2个,查扣假冒白酒1,200余瓶。案件正在进一步办理中。\n(县融媒体中心记者 报道)",
    # a year's summary counting dens destroyed
    "县市场监管局2026年工作总结\n\n一、全年查办各类案件312件,捣毁制假窝点5个,罚没款186万元。\n"
    "二、2027年将继续加大食品安全监管力度。",
]


public(__name__, PUBLIC, "PUBLIC")


@pytest.mark.parametrize(("text", "expected"), found_and_public(FOUND, Attribute.WITHHELD, PUBLIC))
def test_a_raid_plan_with_its_source_and_time_is_withheld_its_twins_public(
    engine: Engine, text: str, expected: tuple[Attribute, bool]
) -> None:
    assert attribute_and_found(engine, text, Category.SECURITY_RISK) == expected
