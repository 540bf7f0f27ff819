"""judge38 (session 14): a document-level combination stands back on a severable cut
(``yields_to_severable``) only when what it is withheld for goes with the cut. A notice listing a water
works' security gaps, one of whose paragraphs is cut as severable (JD044) while its other paragraphs
still tell gaps enough for JD070 to fire, stays withheld whole (第十四条): publishing the rest would
publish those gaps. Twins whose gaps all lie in the cut paragraph stay 删减后公开 (第三十七条); a
report whose third party's data runs on beyond the cut keeps that data out of the copy. Drafts written
for these tests."""

from __future__ import annotations

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut_out, assert_withheld_whole, redacted_copy, report_of
from tests.testing.known_public import copied

WATER_WORKS = (
    "关于抓紧整改城区水厂安全防范问题的通知\n"
    "各水厂:\n"
    "局安全检查组11月对城区三座水厂进行了检查,总体情况良好,制度台账基本齐全,现将发现的问题通知如下:\n"
    "一、北郊水厂加氯间夜间仅1名职工值守,取水口存在监控盲区。\n"
    "二、南湖水厂清水池北门门禁已损坏,外来人员可直接进入。\n"
    "三、东区水厂配电房仅有单路供电。\n"
    "请各水厂于12月20日前完成整改,并将整改情况报局安全科。各水厂要举一反三,全面排查安全隐患,"
    "落实安全生产责任制,加强职工安全培训。\n"
    "县水务局\n2026年12月3日"
)
# The same notice whose gaps are all told in its first item; the others are shortcomings of paperwork.
WATER_WORKS_ONE_ITEM = (
    "关于抓紧整改城区水厂安全防范问题的通知\n"
    "各水厂:\n"
    "局安全检查组11月对城区三座水厂进行了检查,现将发现的问题通知如下:\n"
    "一、北郊水厂加氯间夜间仅1名职工值守,取水口无视频覆盖,清水池外来人员可不经登记直接进入。\n"
    "二、南湖水厂安全台账记录不完整,应急演练次数不足。\n"
    "三、东区水厂消防器材部分过期。\n"
    "请各水厂于12月20日前完成整改,并将整改情况报局安全科。\n"
    "县水务局\n2026年12月3日"
)
SUBSIDY_REVIEW = (
    "关于2026年度技改补贴项目复核情况的报告\n"
    "区人民政府:\n"
    "根据区政府安排,我局对今年申报技改补贴的项目进行了复核,现将情况报告如下:\n"
    "一、复核情况:7个项目均已建成投产,设备发票与合同一致。\n"
    "二、青川精密机械有限公司提供的成本核算资料显示,主轴单件制造成本为2140元,毛利率18.6%,"
    "上述数据尚未对外披露,企业要求保密。\n"
    "三、该公司同时提供的2025年财务报表显示,净利润为1320万元,资产负债率为63.5%。\n"
    "四、下一步,我局将按规定拨付补贴资金。\n"
    "特此报告。\n"
    "区工业和信息化局\n2026年11月28日"
)


def test_gaps_told_beyond_the_cut_paragraph_withhold_the_notice(engine: Engine) -> None:
    assert_withheld_whole(report_of(engine, WATER_WORKS), Category.SECURITY_RISK)


copied(__name__, WATER_WORKS_ONE_ITEM, "WATER_WORKS_ONE_ITEM")


def test_gaps_told_only_in_the_cut_paragraph_leave_the_notice_redacted(engine: Engine) -> None:
    assert_cut_out(
        engine, WATER_WORKS_ONE_ITEM, Category.SECURITY_RISK, gone=["不经登记"], kept=["消防器材部分过期"]
    )


def test_a_third_partys_figures_running_on_are_cut_with_it(engine: Engine) -> None:
    report = report_of(engine, SUBSIDY_REVIEW)
    assert report.attribute is Attribute.REDACTED
    copy = redacted_copy(engine, SUBSIDY_REVIEW)
    assert [piece for piece in ("2140元", "1320万元") if piece in copy] == []
    assert "7个项目均已建成投产" in copy
