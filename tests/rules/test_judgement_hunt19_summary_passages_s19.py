"""hunt19 (session 19): one paragraph of a report on a period's work is cut, the report is published.

The class of hunt19's misses (tests/rules/hunt19, drafts 008, 017, 035): a half year's or a year's work
summary whose one paragraph is exempt came out 主动公开 or withheld whole. Two of the three have a general
reason:

- *A work summary is no case file.* A paragraph telling an open case (已移送公安机关立案, 正在追查, 正在对…
  进行询问) and saying that it is not to be published yet is cut (JD042); the summary is not the case's file
  (第十六条第二款 reaches the case's material, 第三十七条 the rest), as a work review already stands back from
  a pending case (JD146).
- *A person told by surname and 某 is one person whatever the surname.* A tenant's or a caller's illness told
  with the building and 祝某某, 褚某某 is the person's privacy (第十五条): the paragraph is cut.

Drafts written for these tests, in two offices no tuning part speaks for (a 招商局, a 营商环境建设局).
Twins: a report titled by the one case stays withheld whole; a summary that only counts its cases and says
it implements a measure (实施某项) stays public.
"""

from __future__ import annotations

import pytest

from secreview import Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut, assert_public, assert_withheld_whole, report_of

INVESTMENT_BUREAU_SUMMARY = (
    "青阳县招商局2026年前三季度工作情况\n"
    "\n"
    '今年以来，县招商局围绕"招大引强"目标，狠抓项目招引和落地服务，前三季度工作情况如下。\n'
    "\n"
    "一、项目招引。前三季度共签约亿元以上项目23个，协议总投资156亿元，其中先进制造业项目14个；"
    "举办长三角、珠三角专题招商推介会4场，接待客商考察团62批次。\n"
    "\n"
    "二、项目落地。新开工项目17个，竣工投产项目9个，实际到位资金41.8亿元，同比增长12.6%。"
    '建立重点项目"一对一"服务专员制度，协调解决用地、用电、用工问题58个。\n'
    "\n"
    "三、资金监管。县里对招商引资奖励资金开展了专项核查。其中，恒锐光电公司涉嫌虚报设备投资骗取奖励资金一案"
    "已于7月移送县公安局立案侦查，目前已冻结该公司账户资金860万元，侦查人员正在对设备供应商进行询问，"
    "相关情况暂不宜对外发布。\n"
    "\n"
    "四、第四季度打算。一是紧盯全年签约目标，力争再签约亿元以上项目8个；二是加快在谈项目转化；"
    "三是修订招商引资优惠政策兑现办法。\n"
    "\n"
    "青阳县招商局\n"
    "2026年10月12日"
)

BUSINESS_ENVIRONMENT_SUMMARY = (
    "吴川市营商环境建设局2026年上半年工作总结\n"
    "\n"
    '上半年，我局以"高效办成一件事"为牵引，持续优化政务服务和营商环境，主要工作如下。\n'
    "\n"
    "一、政务服务提质增效。市政务服务中心受理办件28.4万件，即办件占比68%；"
    '新增"企业迁移登记""开办餐饮店"等集成服务12项，平均跑动次数降至0.3次。\n'
    "\n"
    "二、营商环境诉求快办。12345热线转办涉企诉求3,120件，按期办结率99.1%。"
    "其中，锦绣花园3栋住户褚某某因患重度抑郁症，半年内拨打热线140余次，反复投诉楼下商铺噪声，"
    "我局会同街道、社区和其家属多次沟通，已协调其到市第三人民医院就诊。\n"
    "\n"
    '三、下半年打算。推进"无证明城市"建设，完善涉企政策"免申即享"机制，开展营商环境第三方评估。\n'
    "\n"
    "吴川市营商环境建设局\n"
    "2026年7月6日"
)

# Twins.
INVESTMENT_CASE_REPORT = (
    "关于恒锐光电公司骗取招商奖励资金案办理进展情况的汇报\n"
    "\n"
    "县政府：\n"
    "\n"
    "恒锐光电公司涉嫌虚报设备投资骗取奖励资金一案已于7月移送县公安局立案侦查。目前已冻结该公司账户资金860万元，"
    "侦查人员正在对设备供应商进行询问，并调取了该公司的设备采购合同和报关单据。"
    "下一步，我局将配合公安机关核实虚报金额，待侦查终结后依法追回奖励资金。\n"
    "\n"
    "青阳县招商局\n"
    "2026年10月12日"
)

COUNTED_CASES_SUMMARY = (
    "吴川市营商环境建设局2026年上半年工作总结\n"
    "\n"
    "一、政务服务提质增效。市政务服务中心受理办件28.4万件，即办件占比68%。\n"
    "\n"
    "二、营商环境监督。开展损害营商环境问题专项整治，受理问题线索46件，已办结39件，"
    "向纪检监察机关移送问题线索3件。\n"
    "\n"
    "三、下半年打算。已向各部门发函，实施某项减证便民举措，聚焦某些高频事项持续优化。\n"
    "\n"
    "吴川市营商环境建设局\n"
    "2026年7月6日"
)


@pytest.mark.parametrize(
    ("text", "category", "passage"),
    [
        pytest.param(
            INVESTMENT_BUREAU_SUMMARY,
            Category.ENFORCEMENT_FILE,
            "侦查人员正在对设备供应商进行询问",
            id="open-case",
        ),
        pytest.param(
            BUSINESS_ENVIRONMENT_SUMMARY,
            Category.TRADE_SECRET,
            "褚某某因患重度抑郁症",
            id="caller-illness",
        ),
    ],
)
def test_one_paragraph_of_a_work_summary_is_cut(
    rules_alone: Engine, text: str, category: Category, passage: str
) -> None:
    report = report_of(rules_alone, text)
    cut = assert_cut(report, category)
    assert any(passage in finding.text for finding in cut)
    assert all("项目招引" not in f.text and "政务服务提质增效" not in f.text for f in cut)


def test_a_report_titled_by_its_one_case_stays_withheld_whole(rules_alone: Engine) -> None:
    assert_withheld_whole(report_of(rules_alone, INVESTMENT_CASE_REPORT), Category.ENFORCEMENT_FILE)


def test_a_summary_that_counts_its_cases_stays_public(rules_alone: Engine) -> None:
    assert_public(rules_alone, COUNTED_CASES_SUMMARY)
