"""judge51 (session 19): a third party's data in an otherwise public paper is cut, not held whole.

Drafts labelled 删减后公开 for a third party's data (第十五条、第三十七条) that a combination held whole by
reading the third party's words as the paper's own matter:

- *A complainant's or a firm's words are no personnel management.* An inspection report's handling
  opinion that the result be told to the complainant in person (向投诉人当面反馈) and a firm's written
  statement that its data are a trade secret (企业已书面说明属商业秘密) are not the agency's management of
  its own staff (第十六条第一款): the informant's paragraph and the firm's data are cut, the rest is public.
  A staff member's written explanation and a talk with that member stay personnel management.
- *A procurement for the agency's canteen is a procurement.* A competitive procedure's evaluation report
  recommends the 成交/中标候选人 whom the law publishes (政府采购法实施条例 第四十三条): what it buys for the
  canteen does not make it an arrangement of the agency's own logistics; the suppliers' own data are cut
  (LABELS.md, evaluation reports). A report to the leaders on the canteen's running stays internal.

Drafts written for these tests before the rules, in offices no tuning part speaks for (a 植物园, a 科技馆,
a 青少年活动中心); the rules alone are tested.
"""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut_out, assert_withheld_whole, report_of

BOTANICAL_GARDEN_COMPLAINT_CHECK = (
    "关于游客反映园内茶室收费问题的核查情况\n"
    "\n"
    "园领导：\n"
    "\n"
    "9月12日，园办公室收到游客来信，反映南门茶室临时提价、不明码标价。"
    "来信人为市民范晓琳（联系电话：139 0571 2264），其在信中要求对其姓名和联系方式保密，"
    "称经常来园晨练，不愿与经营户发生矛盾。\n"
    "\n"
    "经核查：南门茶室由园区招租的经营户经营，9月以来花茶售价由每杯15元调为25元，价目牌未及时更换，存在价签不符的情况。"
    "经营户已当场更换价目牌，并承诺按原价退还多收款项。\n"
    "\n"
    "处理意见：一是责成经营管理科督促茶室规范明码标价；二是将茶室纳入本月商户检查重点；三是由经营管理科向来信人当面反馈核查结果。\n"
    "\n"
    "经营管理科\n"
    "2026年9月20日"
)

SCIENCE_MUSEUM_SUPPLIER_CHECK = (
    "展品维保服务履约情况核查报告\n"
    "\n"
    "核查对象：江城启明展示工程有限公司\n"
    "核查时间：2026年10月9日至10月16日\n"
    "核查人员：展教部 秦卓、邬婧\n"
    "\n"
    "一、合同履行情况\n"
    "该公司承担我馆常设展厅互动展品维保，合同期两年。核查期间抽查展品42件，完好率97.6%，响应时限符合合同约定。\n"
    "\n"
    "二、核查发现\n"
    "（一）备件来源。该公司提供的采购台账显示，触控屏备件由其关联企业供货，采购单价为市场价的72%，"
    "维保人员月均工资5,400元；企业已书面说明上述价格和人员成本属商业秘密，要求我馆保密。\n"
    "（二）存在问题。月度维保记录有3次未按时提交。\n"
    "\n"
    "三、处理意见\n"
    "建议按合同约定扣减当季维保费2%，并督促该公司增派1名驻场人员。\n"
    "\n"
    "市科技馆展品管理科\n"
    "2026年10月20日"
)

YOUTH_PALACE_CANTEEN_PROCUREMENT = (
    "市青少年活动中心机关食堂餐饮服务外包项目评审情况报告\n"
    "\n"
    "一、项目概况\n"
    "本项目采用竞争性磋商方式，服务期两年，最高限价每年186万元。共有三家供应商递交响应文件，均通过资格审查。\n"
    "\n"
    "二、各供应商报价及成本构成\n"
    "1. 江城味源餐饮管理有限公司：最后报价171.4万元/年。其成本测算表载明：食材成本占比61%，"
    "派驻厨师及服务人员9人，人均月工资3,860元，预计利润率4.2%。\n"
    "2. 南湖膳食服务有限公司：最后报价178.0万元/年，该公司2025年度经审计营业收入6,420万元、净利润155万元。\n"
    "3. 城东后勤服务有限公司：最后报价183.5万元/年。\n"
    "\n"
    "三、评审结果\n"
    "磋商小组按综合评分法评审，推荐江城味源餐饮管理有限公司为第一成交候选人。\n"
    "\n"
    "四、其他\n"
    "供应商成本测算表及财务报表系其申明的商业秘密，对外公开时应予删除。\n"
    "\n"
    "市青少年活动中心后勤保障科\n"
    "2026年11月3日"
)

# Twins that stay whole.

SCIENCE_MUSEUM_STAFF_ABSENCE = (
    "关于展教部工作人员脱岗问题的处理意见\n"
    "\n"
    "馆领导：\n"
    "\n"
    "10月8日下午，展教部讲解员邬某某在岗时间擅自离开展厅两小时，经调阅考勤记录属实。邬某某已书面说明情况，"
    "承认脱岗。\n"
    "\n"
    "处理意见：一是由展教部负责人对其进行提醒谈话，当面反馈处理结果；二是扣减其当月奖励性绩效300元；"
    "三是本年度考核不得评为优秀。\n"
    "\n"
    "人事科\n"
    "2026年10月12日"
)

YOUTH_CENTRE_CANTEEN_REPORT = (
    "中心机关食堂2026年运营情况汇报\n"
    "\n"
    "中心领导：\n"
    "\n"
    "今年1至10月，机关食堂日均就餐112人次，伙食补助支出28.6万元，较上年增加3.1万元。食堂现有厨师4人、帮厨2人，"
    "其中1名厨师合同将于12月到期。建议明年起早餐改为自助形式，伙食补助标准由每人每天12元调整为15元，"
    "外来人员就餐按每餐20元收费。\n"
    "\n"
    "以上妥否，请中心领导审定。\n"
    "\n"
    "后勤保障科\n"
    "2026年11月6日"
)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        pytest.param(
            BOTANICAL_GARDEN_COMPLAINT_CHECK,
            ["范晓琳", "139 0571 2264"],
            ["价签不符", "当面反馈核查结果"],
            id="botanical-garden-complaint-feedback",
            marks=pytest.mark.xfail(strict=True, reason="JD030: complainant feedback"),
        ),
        pytest.param(
            SCIENCE_MUSEUM_SUPPLIER_CHECK,
            ["市场价的72%", "5,400元"],
            ["完好率97.6%", "扣减当季维保费2%"],
            id="science-museum-firm-written-statement",
            marks=pytest.mark.xfail(strict=True, reason="JD030: a firm's statement"),
        ),
    ],
)
def test_a_third_partys_words_are_no_personnel_management(
    rules_alone: Engine, text: str, gone: list[str], kept: list[str]
) -> None:
    assert_cut_out(rules_alone, text, Category.TRADE_SECRET, gone, kept)
    report = report_of(rules_alone, text)
    assert not any(f.category is Category.INTERNAL_AFFAIRS for f in report.findings if f.severity.rank >= 2)


@pytest.mark.xfail(strict=True, reason="JD037 reads the canteen's procurement as its own logistics")
def test_a_canteen_procurement_review_is_cut(rules_alone: Engine) -> None:
    gone, kept = ["占比61%", "3,860元", "净利润155万元"], ["推荐江城味源餐饮管理有限公司为第一成交候选人"]
    assert_cut_out(rules_alone, YOUTH_PALACE_CANTEEN_PROCUREMENT, Category.TRADE_SECRET, gone, kept)
    report = report_of(rules_alone, YOUTH_PALACE_CANTEEN_PROCUREMENT)
    assert not any(f.category is Category.INTERNAL_AFFAIRS for f in report.findings if f.severity.rank >= 2)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(SCIENCE_MUSEUM_STAFF_ABSENCE, id="staff-written-explanation-and-talk"),
        pytest.param(YOUTH_CENTRE_CANTEEN_REPORT, id="canteen-report-to-the-leaders"),
    ],
)
def test_the_agencys_own_staff_and_canteen_stay_internal(rules_alone: Engine, text: str) -> None:
    report = report_of(rules_alone, text)
    assert report.attribute is Attribute.WITHHELD
    assert_withheld_whole(report, Category.INTERNAL_AFFAIRS)
