"""judge49 (session 18): a review whose result the law or the text publishes is cut, not
withheld whole.

A 评标报告 or a procurement's 评审报告 recommends 中标/成交候选人 whom the law has published within
days (招标投标法实施条例 第五十四条, 政府采购法实施条例 第四十三条): the ranking, the prices and the
scores are public information in their own right, and what stays out is each bidder's own data (its
costs, its suppliers' prices, its books), item by item (第十五条、第三十七条; LABELS.md, evaluation
reports). A panel's scored review of many applicants whose list the text says goes out in a 公示
(名单…审定后…公示) is the same: its recommendation is that selection's procedure, published with the
list. What stays whole: an expert opinion on one firm's application (the amount recommended is the
bureau's to decide, nothing published is named), a review of applications put to a government's
meeting with no 公示 (tune8 p-006's shape). Drafts written for these tests before the rule, in offices
no tuning part speaks for (a 体育中心, a 湿地保护中心, a 体育局, a 供销合作社); the rules alone are
tested.
"""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut_out, assert_withheld_whole, report_of

SPORTS_CENTRE_PROCUREMENT_REVIEW = (
    "市体育中心游泳馆水处理设备维保服务采购项目评审报告\n"
    "\n"
    "项目编号：TYZX-2026-031\n"
    "采购方式：竞争性磋商\n"
    "\n"
    "一、基本情况\n"
    "本项目共有3家供应商提交响应文件，均通过资格审查和符合性审查。磋商小组由3人组成。\n"
    "\n"
    "二、各供应商报价及得分\n"
    "1.江城蓝泉水处理工程有限公司：最后报价46.80万元，价格分30.00分，技术分52.5分，总分82.50分。该公司说明其药剂由关联企业供应，"
    "协议价为市场价的78%，维保人员月均工资5,600元。\n"
    "2.南湖清源环境科技有限公司：最后报价49.20万元，价格分28.54分，技术分50.0分，总分78.54分。该公司提供的2025年度财务报表显示，"
    "营业收入2,310万元，净利润为负86万元。\n"
    "3.江城泳安设备安装有限公司：最后报价51.60万元，价格分27.21分，技术分45.5分，总分72.71分。\n"
    "\n"
    "三、推荐意见\n"
    "磋商小组推荐成交候选人排序为：江城蓝泉水处理工程有限公司、南湖清源环境科技有限公司、江城泳安设备安装有限公司。\n"
    "\n"
    "磋商小组签字：（略）\n"
    "2026年11月12日"
)

WETLAND_BOARDWALK_BID_EVALUATION = (
    "北湖湿地公园木栈道修缮工程评标报告\n"
    "\n"
    "招标人：市湿地保护中心\n"
    "开标时间：2026年9月8日9时30分\n"
    "\n"
    "一、初步评审\n"
    "4家投标人均通过初步评审。\n"
    "\n"
    "二、报价合理性\n"
    "（一）临湖园林工程有限公司报价最低，评标委员会要求其对防腐木单价作出澄清。该公司书面澄清称：其防腐木由自有加工厂供应，"
    "到场价为每立方米3,150元，管理费按直接费的4%计取，利润率按2.5%计取。\n"
    "（二）江城建工集团有限公司报价中人工费偏低，澄清称其与劳务公司签有年度协议，木工每工日单价为210元。\n"
    "（三）其余投标人报价构成未见异常。\n"
    "\n"
    "三、详细评审\n"
    "各投标人综合得分：临湖园林工程有限公司90.6分，江城建工集团有限公司88.2分，北湖市政工程有限公司84.9分，"
    "湖畔景观建设有限公司80.3分。\n"
    "\n"
    "四、推荐意见\n"
    "评标委员会推荐中标候选人依次为：第一名临湖园林工程有限公司，第二名江城建工集团有限公司，第三名北湖市政工程有限公司。\n"
    "\n"
    "评标委员会成员签字：（略）\n"
    "2026年9月8日"
)

SPORTS_BUREAU_FUND_REVIEW = (
    "关于2026年度体育产业发展引导资金项目评审结果的报告\n"
    "\n"
    "市人民政府：\n"
    "\n"
    "今年共受理体育产业发展引导资金申报项目17个，我局委托第三方机构组织专家评审，评审专家9名。现将评审结果报告如下。\n"
    "\n"
    "一、江城动感体育文化发展有限公司“社区智能健身驿站”项目，综合得分89.4分。该公司2025年营业收入3,860万元，净利润412万元，"
    "前两大客户为两家物业公司，合计占营业收入的57%。\n"
    "\n"
    "二、江城极限运动器材有限公司“攀岩器材研发”项目，综合得分85.1分。该公司2025年营业收入1,240万元，亏损96万元，"
    "银行贷款余额560万元。\n"
    "\n"
    "三、其余项目得分均在80分以下，拟于下半年组织第二批申报时再行评审。\n"
    "\n"
    "四、建议\n"
    "建议对上述2个项目予以资助，分别资助100万元和60万元。资助名单经市政府同意后，在市体育局门户网站公示7个工作日，"
    "公示无异议后拨付资金。\n"
    "\n"
    "特此报告。\n"
    "\n"
    "江城市体育局\n"
    "2026年8月20日"
)

SUPPLY_COOP_STATION_REVIEW = (
    "2026年度农村电商服务站扶持项目评审报告\n"
    "\n"
    "县供销合作社联合社：\n"
    "根据《县农村电商服务站扶持办法》，评审组于9月18日对申报的14个服务站进行了评审，现将评审情况报告如下。\n"
    "\n"
    "一、评审结果（按得分排序，列举部分）\n"
    "1.青禾农产品专业合作社电商服务站：2025年网销额186万元，毛利率约18%，主要进货渠道为县农资公司，进货价约为零售价的71%。"
    "得分90分，建议扶持5万元。\n"
    "2.丰谷电子商务有限公司服务站：2025年网销额132万元，其中单一客户县城一家连锁超市订单约40万元，净利润约9万元。"
    "得分87分，建议扶持4万元。\n"
    "（其余略，详见附件）\n"
    "\n"
    "二、评审意见\n"
    "评审组建议对得分75分以上的10个服务站给予扶持，合计38万元。上述建议扶持名单和金额，请县供销社审定后按规定公示。\n"
    "\n"
    "评审组组长：（签字）\n"
    "2026年9月20日"
)

# Twins that stay whole.

ONE_FIRM_EXPERT_OPINION = (
    "江城市体育产业项目专家评审意见\n"
    "\n"
    "项目名称：碳纤维自行车车架产业化\n"
    "申报单位：江城骑迹运动科技有限公司\n"
    "\n"
    "一、项目技术情况\n"
    "申报单位采用热压罐成型工艺，碳布铺层角度为0°/±45°/90°交替，固化温度135℃，成品率为76%。\n"
    "\n"
    "二、企业财务状况\n"
    "企业2025年营业收入8,620万元，净利润530万元，资产负债率61%，短期借款2,800万元将于年内到期。\n"
    "\n"
    "三、评审结论\n"
    "专家组认为项目技术路线可行，但企业短期偿债压力较大。建议给予资助150万元，分两期拨付。\n"
    "\n"
    "专家组组长（签字）：\n"
    "2026年6月10日"
)

FUND_REVIEW_TO_MEETING = SPORTS_BUREAU_FUND_REVIEW.replace(
    "资助名单经市政府同意后，在市体育局门户网站公示7个工作日，公示无异议后拨付资金。",
    "拟按程序提交市政府常务会议研究。",
)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        pytest.param(
            WETLAND_BOARDWALK_BID_EVALUATION,
            ["3,150元", "利润率按2.5%", "210元"],
            ["推荐中标候选人依次为"],
            id="wetland-bid-evaluation",
        ),
        pytest.param(
            SPORTS_BUREAU_FUND_REVIEW,
            ["3,860万元", "57%", "1,240万元"],
            ["公示7个工作日"],
            id="sports-bureau-fund-review-to-be-published",
        ),
        pytest.param(
            SUPPLY_COOP_STATION_REVIEW,
            ["71%", "约40万元"],
            ["请县供销社审定后按规定公示"],
            id="supply-coop-station-review-to-be-published",
        ),
    ],
)
def test_a_review_whose_result_is_published_is_cut(
    rules_alone: Engine, text: str, gone: list[str], kept: list[str]
) -> None:
    assert_cut_out(rules_alone, text, Category.TRADE_SECRET, gone, kept)
    report = report_of(rules_alone, text)
    assert not any(f.category is Category.PROCESS_INFO for f in report.findings if f.severity.rank >= 2)


def test_a_consultation_review_is_cut_as_before(rules_alone: Engine) -> None:
    """A twin main already cuts: a 竞争性磋商 review recommending 成交候选人 (no recommendation signal)."""
    gone, kept = ["市场价的78%", "5,600", "2,310万元"], ["推荐成交候选人排序为"]
    assert_cut_out(rules_alone, SPORTS_CENTRE_PROCUREMENT_REVIEW, Category.TRADE_SECRET, gone, kept)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(ONE_FIRM_EXPERT_OPINION, id="one-firm-expert-opinion"),
        pytest.param(FUND_REVIEW_TO_MEETING, id="fund-review-put-to-a-meeting"),
    ],
)
def test_a_recommendation_awaiting_the_decision_stays_whole(rules_alone: Engine, text: str) -> None:
    report = report_of(rules_alone, text)
    assert report.attribute is Attribute.WITHHELD
    assert_withheld_whole(report, Category.PROCESS_INFO)
