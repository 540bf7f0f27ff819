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
from secreview.models import Category
from tests.testing.judgement import (
    assert_case_attribute,
    assert_cut_out,
    assert_still_found,
    attribute_and_categories,
)

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


# An agency's request on an enterprise it owns: the enterprise's assets and debts are the agency's own matter,
# which it decides as the owner (tune41 bt-004, bt-028, bt-044), not a third party's data in its file.
OWN_ENTERPRISE = [
    "关于县供销社所属农资公司债务处置方案的请示",
    "县人民政府:",
    "    县农资公司系我社直属企业,账面资产960万元,负债1,730万元,其中欠县农商行贷款本息820万元。",
    "    我社初步考虑以公司原化肥仓库地块抵偿银行贷款,县农商行尚未表态。",
    "    妥否,请批示。",
    "县供销合作社联合社",
]
# the same request on a private firm the agency does not own: that firm's debts stay its data
PRIVATE_FIRM = [
    "关于县农资市场秩序有关问题的请示",
    "县人民政府:",
    "    南溪丰禾农资贸易有限公司账面资产960万元,负债1,730万元,其中欠县农商行贷款本息820万元,"
    "企业要求不得对外公开。",
    "    我社初步考虑协调县农商行展期,县农商行尚未表态。",
    "    妥否,请批示。",
    "县供销合作社联合社",
]


def test_own_enterprise_withheld_as_own_matter(engine: Engine) -> None:
    attribute, categories = attribute_and_categories(engine, "\n".join(OWN_ENTERPRISE) + "\n")
    assert attribute is not None and attribute.value == "withheld"
    assert categories == {Category.PROCESS_INFO}


def test_private_firm_debts_still_found(engine: Engine) -> None:
    assert_still_found(engine, "\n".join(PRIVATE_FIRM) + "\n", Category.TRADE_SECRET)


# A subsidy review naming two applicants with their illness and income (tune41 bs-043): those items are cut,
# the list and the amounts go out; the same review that names nobody's illness stays public.
REVIEW_HEAD = [
    "内河渔船退捕补助资金审核情况(第三批)",
    "    经各镇申报和站里复核,第三批拟补助渔船6艘,补助资金合计312万元,现将审核情况报告如下。",
    "    一、6艘渔船均为船龄超过15年的钢质渔船,拟拆解后注销捕捞许可证。",
]
REVIEW_TAIL = [
    "    三、6艘渔船均符合《退捕补助资金管理办法》规定条件,按每千瓦4200元标准计算补助。",
    "渔政管理股",
]
NAMED_HARDSHIP = [
    "    二、重点船东审核情况",
    "    1. 赣渔0412船东邹德旺,本人患肝硬化,长期住院治疗,对外负债约26万元;",
    "    2. 赣渔0730船东刘桂英,独自抚养三名子女,2025年家庭收入仅1.8万元;",
]
NO_ONE_NAMED = ["    二、其中2艘渔船船东家庭较为困难,已协调镇村纳入帮扶。"]


def test_named_hardship_cut(engine: Engine) -> None:
    text = "\n".join([*REVIEW_HEAD, *NAMED_HARDSHIP, *REVIEW_TAIL]) + "\n"
    assert_cut_out(
        engine, text, Category.TRADE_SECRET, ["肝硬化", "家庭收入仅1.8万元"], ["补助资金合计312万元"]
    )


def test_review_naming_no_one_stays_public(engine: Engine) -> None:
    lines = [*REVIEW_HEAD, *NO_ONE_NAMED, *REVIEW_TAIL]
    assert_case_attribute(engine, "review-no-one-named", lines, "proactive")
