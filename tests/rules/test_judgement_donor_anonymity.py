"""A donor who asked not to be named (session 12, tune37 bp-025): what a donor did not agree to have
published of its name the donee may not publish (《慈善法》), and a report naming it with its gift would
(第十五条). The paragraphs naming the donor are cut (第三十七条), the gift and its use stay. Near twins —
the same report with no such request, a donation notice that lists an anonymous donor, a charity's rule
on how such donors are listed — stay 主动公开."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import attribute_and_found, report_of
from tests.testing.known_public import public

# each with the line that names the donor and its gift, which is what the copy must lose
FOUND = [
    # a person who gave to a charity and does not wish to be named, in its report to the civil affairs bureau
    "关于接受个人大额助学捐款情况的报告\n县民政局:\n"
    "11月3日,本县籍在外经商人士周建平先生向我会捐款50万元,定向资助县一中家庭困难学生。\n"
    "周先生表示不希望公开其姓名,仅同意在受助学生名单公示时注明“一位热心乡贤”。\n"
    "捐款已全额到账,资助名单将按规定公示。\n特此报告。\n某县慈善总会",
    # a company building a school, which asked to stay anonymous, in a bureau's report to the county
    "关于社会力量捐资建设乡村学校有关情况的报告\n县人民政府:\n"
    "青禾建设集团有限公司拟捐资1200万元,用于建设石桥镇中心小学教学楼。\n"
    "该公司要求匿名,学校命名及宣传中均不出现其名称。我局拟同意。\n特此报告。\n某县教育局",
]

PUBLIC = [
    # the same report with no request: the donor is named and thanked
    "关于接受个人大额助学捐款情况的报告\n县民政局:\n"
    "11月3日,本县籍在外经商人士周建平先生向我会捐款50万元,定向资助县一中家庭困难学生。\n"
    "捐款已全额到账,资助名单将按规定公示。\n特此报告。\n某县慈善总会",
    # a donation notice naming the donors, one of them anonymous
    "2026年第三季度接受社会捐赠情况公示\n"
    "青禾建设集团有限公司捐款200万元,用于乡村学校建设;另有一位捐赠人要求匿名,捐款5万元。\n"
    "特此公示。\n某县慈善总会",
    # a charity's rule on how donors who ask are listed
    "某县慈善总会捐赠信息公开办法\n第六条 本会按季度公示捐赠人名称、捐赠金额和用途。\n"
    "第七条 捐赠人不同意公开姓名、名称的,公示时以“爱心人士”代替。",
]


@pytest.mark.parametrize("text", FOUND)
def test_a_donor_who_asked_anonymity_is_cut(engine: Engine, text: str) -> None:
    assert attribute_and_found(engine, text, Category.TRADE_SECRET) == (Attribute.REDACTED, True)
    report = report_of(engine, text)
    cut = [f.text for f in report.findings if f.category is Category.TRADE_SECRET]
    naming = next(line for line in text.splitlines() if "捐" in line and ("公司" in line or "先生" in line))
    assert any(naming in piece for piece in cut)


def test_a_donor_replaced_by_a_placeholder_is_cut(engine: Engine) -> None:
    text = (
        "关于接受爱心企业定向捐赠救护车有关情况的说明\n市卫生健康委:\n"
        "10月,南屏医药集团有限公司向我中心捐赠负压救护车2辆,价值96万元。\n"
        "按捐赠协议约定,车身及捐赠仪式均不标注其名称,对外宣传时以“某企业”代称。\n"
        "特此说明。\n某市急救中心"
    )
    assert attribute_and_found(engine, text, Category.TRADE_SECRET) == (Attribute.REDACTED, True)


public(__name__, PUBLIC, "PUBLIC")


@pytest.mark.parametrize("text", PUBLIC)
def test_a_named_donor_without_the_request_stays_public(engine: Engine, text: str) -> None:
    assert attribute_and_found(engine, text, Category.TRADE_SECRET) == (Attribute.PROACTIVE, False)
