"""A paper whose substance is the agency's own matter awaiting its superior's decision, against a paper
that carries a third party's data inside a matter that can go out (judge29, session 13, tune41).

第十六条第二款 allows withholding a 请示/汇报 whose matter is put up for the superior's decision;
第十五条 with 第三十七条 cuts a third party's data and publishes the rest. These drafts, written here
in other words than tune41's, hold the first side where it says so without a 主送 line: a title that
says whom it is reported to (…的初步意见(向区政府汇报稿)) and a heading that lists what the superior
is to decide (需区政府决定的事项)."""

from __future__ import annotations

import pytest

from secreview import Engine
from tests.testing.judgement import assert_case_attribute

CASES = {
    # a briefing on the bureau's own options, reported up by its title, the choice left to the government
    "briefing-by-title": (
        [
            "关于区属农贸市场提质改造方式的初步意见(向区政府汇报稿)",
            "    一、改造需求。全区8个农贸市场中有5个建成超过20年,雨污管网老化。",
            "    二、改造方式。我局初步考虑两种方式:一是政府投资改造后公开招租;二是引入社会资本改造运营。",
            "    三、需区政府决定的事项:改造资金来源;是否同意延长经营权期限至15年。",
            "    以上意见,待区政府常务会议研究后再行完善。",
        ],
        "withheld",
    ),
    # a briefing whose heading puts its questions up to the government, over a PDF's broken lines
    "questions-for-the-government": (
        [
            "关于县水泥厂关停后职工安置问",
            "题的情况汇报",
            "    一、基本情况。水泥厂关停后涉及在册职工212人,",
            "其中距法定退休年龄不足5年的46人。",
            "    二、需县政府研究的问题。(一)提前退休",
            "人员的过渡期生活费标准;(二)安置资金缺口",
            "的筹措渠道。",
        ],
        "withheld",
    ),
    # near twin: the same kind of title on a report already decided and only told: it stays public
    "report-decided": (
        [
            "关于区属农贸市场提质改造完成情况的报告(向区人大常委会报告)",
            "    一、全区8个农贸市场提质改造已于11月全部完工,累计投入资金3,260万元。",
            "    二、改造后市场均实行统一管理,群众满意度测评为93.6%。",
            "区商务局",
        ],
        "proactive",
    ),
    # near twin: a work summary that names the problems the government may help with: no decision put up
    "summary-problems": (
        [
            "区商务局2026年工作总结",
            "    一、全年社会消费品零售总额增长6.1%。",
            "    二、存在问题。部分农贸市场设施老化,需区政府协调解决的问题主要是改造资金。",
            "    三、2027年工作打算。继续推进农贸市场提质改造。",
            "区商务局",
        ],
        "proactive",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_own_pending_matter(engine: Engine, name: str) -> None:
    lines, expected = CASES[name]
    assert_case_attribute(engine, name, lines, expected)
