"""judge30 (session 13, tune40 bm-007): a firm's arrears or debts in a document withheld whole as a
danger to stability (第十四条) are the matter of that danger, not a third party's data to cut: no copy
of the document is published, so JD022 yields to security_risk as it does to an enforcement file.
The same firm's figures in a report with no danger to stability are still cut (第十五条、第三十七条).
Drafts written for these tests."""

from __future__ import annotations

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import attribute_and_categories

FIRM = (
    "    一、基本情况\n    宏达鞋业有限公司因订单下滑,资金链紧张,2026年营业收入1.1亿元,同比下降42%,"
    "银行贷款逾期3800万元,已拖欠员工工资2个月,涉及职工420人,欠薪总额约560万元。\n"
)
RISK = (
    "关于宏达鞋业有限公司欠薪问题的风险研判\n\n县人民政府:\n" + FIRM + "    二、风险点\n"
    "    11月以来职工两次在厂区门口聚集,职工代表扬言如月底前仍不支付,将组织职工到县政府门前集体讨薪。\n"
    "    三、拟采取的措施(待县领导审定后实施)\n"
    "    由派出所对两名职工代表落实包保稳控,掌握动态,防止串联;工业园区管委会先行协调垫付部分工资。\n\n"
    "县人力资源和社会保障局\n2026年11月20日"
)
REVIEW = (
    "关于宏达鞋业有限公司申请稳岗返还资金的审核情况报告\n\n县人民政府:\n" + FIRM + "    二、审核情况\n"
    "    该公司上年度未裁员,符合稳岗返还条件,按规定应返还失业保险费28.6万元,已于11月20日拨付到位。\n"
    "    特此报告。\n\n县人力资源和社会保障局\n2026年11月22日"
)


def test_a_firms_arrears_in_a_stability_risk_assessment_are_not_cut_as_its_data(engine: Engine) -> None:
    attribute, categories = attribute_and_categories(engine, RISK)
    assert attribute is Attribute.WITHHELD
    assert Category.SECURITY_RISK in categories
    assert Category.TRADE_SECRET not in categories


def test_the_same_figures_in_a_report_with_no_danger_are_still_a_third_partys_data(engine: Engine) -> None:
    assert Category.TRADE_SECRET in attribute_and_categories(engine, REVIEW)[1]
