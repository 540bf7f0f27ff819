"""judge47 (session 17): what a paper says about a third party's data is not what it says about itself.

A review or a recommendation whose only exempt content is firms' own figures often says that those figures
are the firms', handed in for the review only (数据系企业提交的财务资料,仅供审核使用;
企业申报时注明仅供评审使用) or are not to be published (企业的财务和经营数据不宜公开): that is the firms'
condition on their data, cut with them (第十五条、第三十七条), not an instruction restricting this paper's own
circulation, which with a decision still to come withholds a paper as process information (第十六条第二款).
Likewise a leader's instruction on a 请示 quoted by its title (处长对《关于…的请示》的批示落实) is the
decision given, not one asked for. Drafts written before the rules, in offices no tuning part speaks for
(an expressway administration, a zoo, a vocational college, a reservoir's administration); the twins whose
restriction is the paper's own, or which still ask for the decision, stay withheld.
"""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut_out, report_of

EXPRESSWAY_CHARGERS = (
    "2026年度高速公路服务区新能源充电设施建设补助审核情况表\n"
    "\n"
    "（省高速公路管理处计划财务科 审核）\n"
    "\n"
    "企业名称              | 建设项目          | 建设合同价（万元） | 企业毛利率 | 拟补助（万元）\n"
    "畅行能源科技有限公司  | 东湖服务区快充站  | 412.6              | 21.4%      | 60\n"
    "远驰充电服务有限公司  | 西岭服务区快充站  | 298.3              | 16.8%      | 45\n"
    "\n"
    "说明：合同价及毛利率数据系企业提交的财务资料，仅供审核使用。补助额待处长办公会审定后予以公示。\n"
)
ZOO_RECOMMENDATION = (
    "关于拟推荐省级科普教育基地合作企业的情况报告\n"
    "\n"
    "园领导：\n"
    "\n"
    "根据省科协通知，经园科普部审核，拟推荐以下企业作为省级科普教育基地合作企业。现将企业情况报告如下：\n"
    "\n"
    "（一）临江青鸟文旅科技有限公司。主营自然教育课程研发。2025年营业收入8,620万元，净利润1,130万元，"
    "其中与本园合作课程收入占四成。企业计划明年开设第二家研学营地，选址尚未确定。\n"
    "\n"
    "该企业符合推荐条件。推荐名单经园务会同意后，可在园官网公示企业名称，企业的财务和经营数据不宜公开。\n"
    "\n"
    "临江动物园科普部\n"
    "2026年10月20日"
)
COLLEGE_PARTNERS = (
    "2026年度校企合作企业评估报告（节选）\n"
    "\n"
    "为做好产教融合型企业推荐工作，学院对三家合作企业进行了评估，数据由企业在申报过程中提供。\n"
    "\n"
    "| 企业 | 2025年营收 | 研发投入占比 | 毛利率 | 主要风险 |\n"
    "| 湖滨恒科数控设备有限公司 | 1.58亿元 | 6.4% | 27.1% | 新产品线尚未形成批量订单 |\n"
    "| 湖滨精工模具有限公司 | 0.82亿元 | 4.9% | 19.6% | 客户集中 |\n"
    "\n"
    "评估意见：两家企业均符合推荐条件。\n"
    "\n"
    "以上企业数据涉及企业经营信息，企业申报时注明仅供评审使用。\n"
    "\n"
    "湖滨职业技术学院校企合作办公室\n"
    "2026年11月"
)
RESERVOIR_ASSIGNMENT = (
    "青山水库管理处督办单\n"
    "\n"
    "编号：督〔2026〕17号\n"
    "督办事项：处长对《关于青山水电开发有限公司申请增加发电取水量的请示》的批示落实\n"
    "承办科室：工程管理科（牵头）、计划财务科\n"
    "办结时限：12月15日前\n"
    "\n"
    "批示内容：请工程管理科会同计划财务科核实企业申报数据，按规定提出意见。\n"
    "\n"
    "附：企业申报数据摘录\n"
    "2025年发电收入3,460万元，单位发电成本每千瓦时0.21元，上述数据未对外公开。\n"
    "\n"
    "办理要求：承办科室须在办结时限内书面反馈办理结果。"
)
# The twins: the restriction is the paper's own (本表仅供处务会研究使用,请勿外传), and the 请示 still asks.
EXPRESSWAY_CHARGERS_OWN = EXPRESSWAY_CHARGERS.replace(
    "说明：合同价及毛利率数据系企业提交的财务资料，仅供审核使用。",
    "说明：本表仅供处长办公会研究使用，请勿外传。",
)
RESERVOIR_REQUEST = (
    "关于青山水电开发有限公司申请增加发电取水量的请示\n"
    "\n"
    "处长：\n"
    "\n"
    "青山水电开发有限公司申请将2027年发电取水量增加800万立方米。工程管理科提出两个方案：方案一全部同意，"
    "方案二同意增加500万立方米。我科倾向于方案二。\n"
    "\n"
    "企业申报数据：2025年发电收入3,460万元，单位发电成本每千瓦时0.21元，上述数据未对外公开。\n"
    "\n"
    "妥否，请批示。\n"
    "\n"
    "工程管理科"
)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        pytest.param(
            EXPRESSWAY_CHARGERS,
            ["412.6", "21.4%"],
            ["拟补助"],
            id="expressway-chargers",
        ),
        pytest.param(
            ZOO_RECOMMENDATION,
            ["8,620万元"],
            ["符合推荐条件"],
            id="zoo-recommendation",
        ),
        pytest.param(
            COLLEGE_PARTNERS,
            ["1.58亿元", "27.1%"],
            ["评估意见"],
            id="college-partners",
        ),
        pytest.param(
            RESERVOIR_ASSIGNMENT,
            ["3,460万元", "0.21元"],
            ["办结时限"],
            id="reservoir-assignment",
        ),
    ],
)
def test_a_third_partys_condition_on_its_data_is_cut_with_it(
    engine: Engine, text: str, gone: list[str], kept: list[str]
) -> None:
    assert_cut_out(engine, text, Category.TRADE_SECRET, gone=gone, kept=kept)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(EXPRESSWAY_CHARGERS_OWN, id="the-papers-own-restriction"),
        pytest.param(RESERVOIR_REQUEST, id="a-request-still-asking"),
    ],
)
def test_the_papers_own_restriction_or_request_still_withholds_it(rules_alone: Engine, text: str) -> None:
    report = report_of(rules_alone, text)
    assert report.attribute is Attribute.WITHHELD
    assert any(f.category is Category.PROCESS_INFO for f in report.findings)
