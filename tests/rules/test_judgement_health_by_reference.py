"""One identified person's health told by reference (session 12, tune37 bp-036): a report names a
person once with what identifies them and gives their medical findings in another paragraph as
该献血者, 该患者; the findings are still that person's (第十五条), and their paragraph is cut
(第三十七条). Near twins — the same report about a person it does not identify, a count of
findings — stay 主动公开."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import attribute_and_found, report_of
from tests.testing.known_public import public

IDENTIFIED = (
    "关于一例献血者血液复检情况的报告\n市卫生健康委:\n"
    "11月2日,献血者刘某(女,41岁,城南街道人)在城中献血屋献血400毫升。\n"
    "经复检,化验结果显示该献血者丙肝抗体阳性,另有血脂偏高,已按规定报废血液并通知本人复诊。\n"
    "特此报告。\n某市中心血站"
)

PUBLIC = [
    # the same report about a person it does not identify
    "关于一例献血者血液复检情况的报告\n市卫生健康委:\n"
    "11月2日,一名献血者在城中献血屋献血400毫升。\n"
    "经复检,化验结果显示该献血者丙肝抗体阳性,已按规定报废血液并通知本人复诊。\n"
    "特此报告。\n某市中心血站",
    # counts of findings
    "2026年度全市无偿献血者健康检测情况\n全年初筛献血者4.2万人次,检测发现转氨酶偏高的1,106人次,占2.6%。\n"
    "某市中心血站",
]


def test_an_identified_persons_findings_by_reference_are_cut(engine: Engine) -> None:
    assert attribute_and_found(engine, IDENTIFIED, Category.TRADE_SECRET) == (Attribute.REDACTED, True)
    report = report_of(engine, IDENTIFIED)
    cut = "".join(f.text for f in report.findings if f.category is Category.TRADE_SECRET)
    assert "丙肝抗体阳性" in cut


public(__name__, PUBLIC, "PUBLIC")


@pytest.mark.parametrize("text", PUBLIC)
def test_an_unidentified_person_and_counts_stay_public(engine: Engine, text: str) -> None:
    assert attribute_and_found(engine, text, Category.TRADE_SECRET) == (Attribute.PROACTIVE, False)
