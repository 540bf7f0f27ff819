"""judge30 (session 13, tune40 bo-032): the annual report on an agency's disclosure work
(政府信息公开工作年度报告) is published by law (《政府信息公开条例》第四十九条、第五十条); the requests
it counts by how they were handled (不予公开4件,其中属于第三方商业秘密的1件) name grounds, no party's
data. A report to the leaders quoting the figures a firm asked to keep back, on the same request,
still has them cut (第十五条、第三十七条). Drafts written for these tests."""

from __future__ import annotations

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import attribute_and_categories
from tests.testing.known_public import public

ANNUAL = (
    "某县市场监督管理局2025年政府信息公开工作年度报告\n\n"
    "一、总体情况\n2025年,我局全年主动公开政府信息312条,其中行政许可结果186条、行政处罚决定41条。\n\n"
    "二、收到和处理政府信息公开申请情况\n本年新收申请21件(自然人15件、法人6件),上年结转1件。\n"
    "办理结果:予以公开9件;部分公开4件;不予公开5件,其中属于第三方商业秘密的2件(申请人要求公开某企业"
    "产品检验报告中的配方和成本数据)、属于过程性信息的1件;本机关不掌握相关政府信息3件。\n"
    "其中,征求第三方意见2件,第三方均不同意公开。\n\n"
    "三、政府信息公开行政复议、行政诉讼情况\n行政复议1件,结果维持。\n\n"
    "四、存在的主要问题及改进情况\n部分栏目更新不及时。2026年将加强栏目维护。"
)
REPORT = (
    "关于一件政府信息公开申请征求第三方意见情况的报告\n\n局领导:\n"
    "    申请人要求公开宏业食品有限公司产品检验报告。经征求第三方意见,该公司书面答复:检验报告所附配方中"
    "主料配比为62%,单位成本每吨8400元,属该公司商业秘密,不同意公开。\n"
    "    拟对检验结论予以公开,配方和成本部分不予公开。\n    以上意见,请审定。\n\n局法规科"
)


public(__name__, ANNUAL, "ANNUAL")


def test_the_disclosure_annual_report_counting_refusals_is_published(engine: Engine) -> None:
    assert attribute_and_categories(engine, ANNUAL) == (Attribute.PROACTIVE, set())


def test_a_firms_figures_quoted_on_the_same_request_are_still_found(engine: Engine) -> None:
    assert Category.TRADE_SECRET in attribute_and_categories(engine, REPORT)[1]
