"""judge49 (session 18): a bidder's own data in an evaluation report whose recommendation is
written as the candidates' lines (第一中标候选人：某公司，投标报价…) is cut. Those lines read like a
published result, and a result notice publishes what it names; but the report is no notice: its title
says what it is (评标报告, a procurement's 评审报告), and each bidder's own costs, books and suppliers'
prices told in its items are that bidder's (第十五条、第三十七条; LABELS.md, evaluation reports). Main
found nothing it could cut in such a report, so the draft came out 主动公开 with the bidders' books in
it, or was held by the learned signal. The notice of the candidates (中标候选人公示) stays public.
Drafts written for these tests before the rule, in offices no tuning part speaks for (a 地震监测中心, an
档案馆); the rules alone are tested.
"""

from __future__ import annotations

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut_out, attribute_and_categories

QUAKE_STATION_BID_EVALUATION = (
    "市地震监测中心强震动台站升级改造项目评标报告\n"
    "\n"
    "项目编号：DZJC-2026-014\n"
    "招标人：市地震监测中心\n"
    "\n"
    "一、开标情况\n"
    "本项目共有3家投标人递交投标文件，均通过资格审查和符合性审查。\n"
    "\n"
    "二、详细评审\n"
    "（一）江城智感仪器有限公司：投标报价212.40万元，综合得分91.30分。其投标文件载明，强震仪由其控股子公司生产，"
    "内部结算价为每台4.2万元；2025年度营业收入6,480万元，净利润590万元。\n"
    "（二）北湖测控技术有限公司：投标报价205.80万元，综合得分86.75分。财务报表显示其2025年末资产负债率为78%，"
    "短期借款1,200万元。\n"
    "（三）南山地球物理工程有限公司：投标报价219.60万元，综合得分82.10分。\n"
    "\n"
    "三、推荐意见\n"
    "评标委员会推荐中标候选人如下：\n"
    "第一中标候选人：江城智感仪器有限公司，投标报价212.40万元；\n"
    "第二中标候选人：北湖测控技术有限公司，投标报价205.80万元；\n"
    "第三中标候选人：南山地球物理工程有限公司，投标报价219.60万元。\n"
    "\n"
    "评标委员会成员签字：（略）\n"
    "2026年10月20日"
)

ARCHIVE_DIGITISATION_REVIEW = (
    "市档案馆馆藏档案数字化加工服务采购项目评审报告\n"
    "\n"
    "一、评审情况\n"
    "本项目采用综合评分法，共4家供应商参加，评审小组由5人组成。\n"
    "\n"
    "二、各供应商评审情况\n"
    "1.江城数典信息技术有限公司：投标报价138.00万元，总分88.6分。该公司说明其扫描人员为劳务派遣，人均月工资3,900元，"
    "每画幅加工成本约0.21元。\n"
    "2.北湖卷宗数据服务有限公司：投标报价129.50万元，总分85.2分。其近三年经审计的营业收入分别为820万元、760万元、"
    "690万元，逐年下降。\n"
    "3.南湖文档管理有限公司：投标报价142.30万元，总分80.4分。\n"
    "4.西城影像科技有限公司：投标报价150.00万元，总分74.9分。\n"
    "\n"
    "三、评审结论\n"
    "评审小组推荐中标候选人排序如下：\n"
    "第一中标候选人：江城数典信息技术有限公司；\n"
    "第二中标候选人：北湖卷宗数据服务有限公司；\n"
    "第三中标候选人：南湖文档管理有限公司。\n"
    "\n"
    "评审小组签字：（略）\n"
    "2026年8月5日"
)

QUAKE_STATION_CANDIDATES_NOTICE = (
    "市地震监测中心强震动台站升级改造项目中标候选人公示\n"
    "\n"
    "本项目评标工作已经结束，现将中标候选人公示如下：\n"
    "第一中标候选人：江城智感仪器有限公司，投标报价212.40万元，综合得分91.30分；\n"
    "第二中标候选人：北湖测控技术有限公司，投标报价205.80万元，综合得分86.75分；\n"
    "第三中标候选人：南山地球物理工程有限公司，投标报价219.60万元，综合得分82.10分。\n"
    "公示期为2026年10月21日至10月23日。投标人或者其他利害关系人对评标结果有异议的，应当在公示期内向招标人提出。\n"
    "\n"
    "市地震监测中心\n"
    "2026年10月21日"
)


def test_a_bidders_books_in_a_quake_station_evaluation_are_cut(rules_alone: Engine) -> None:
    assert_cut_out(
        rules_alone,
        QUAKE_STATION_BID_EVALUATION,
        Category.TRADE_SECRET,
        ["4.2万元", "6,480万元", "78%", "1,200万元"],
        ["第一中标候选人：江城智感仪器有限公司"],
    )


def test_a_suppliers_costs_in_an_archive_procurement_review_are_cut(rules_alone: Engine) -> None:
    assert_cut_out(
        rules_alone,
        ARCHIVE_DIGITISATION_REVIEW,
        Category.TRADE_SECRET,
        ["3,900元", "0.21元", "820万元"],
        ["第一中标候选人：江城数典信息技术有限公司"],
    )


def test_the_candidates_notice_stays_public(rules_alone: Engine) -> None:
    attribute, categories = attribute_and_categories(rules_alone, QUAKE_STATION_CANDIDATES_NOTICE)
    assert attribute is Attribute.PROACTIVE
    assert Category.TRADE_SECRET not in categories
