"""A table that sets out, row by row, named operators' own books (session 12, tune38 bq-013,
bq-032, bq-042): a licensed retailer, a shop or a firm's branch is a third party as a company is
(第十五条), and its books go by other names than 营业收入 and 利润 — 业务收入, 单票收入, 运营成本,
亏损, 进销差价毛利, 账户余额, the fee its contract sets. The rows are cut (第三十七条). Their near
twins — the grants alone, a county's aggregates, the service-quality figures a regulator publishes
of each firm — stay 主动公开."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import attribute_and_found, found_and_public
from tests.testing.known_public import public

FOUND = [
    # a regulator's analysis of named retailers' margins and balances drawn from its own systems
    "2026年三季度城区成品油零售户经营情况分析\n\n根据监管系统数据,现将销量前三位的经营户情况汇总如下:\n\n"
    "户名          月均销量(吨)  进销差价毛利(万元)  结算账户余额(万元)\n"
    "城北区恒通商行      210           18.6                2.3\n"
    "城南区顺达便利店    185           15.2                9.8\n\n"
    "分析:恒通商行账户余额长期偏低,建议列入下季度重点检查对象。",
    # a subsidy review that records each operator's costs and losses as the basis of payment
    "2026年农村客运线路补贴审核情况\n\n经审核,拟补贴金额共计520万元,名单已公示。现将核实的企业成本数据汇总如下:\n\n"
    "申报企业              运营线路  单车运营成本(元/公里)  年度亏损(万元)  核定补贴(万元)\n"
    "青山公交客运有限公司      12           6.8                 420             300\n"
    "青山县城乡客运服务部      5            5.9                 260             220\n",
    # the same, the operators' revenue per parcel and the fee their contracts set
    "2026年1—9月快递企业经营情况(分企业)\n\n以下数据为各企业报送的统计报表:\n\n"
    "企业          业务量(万件)  业务收入(万元)  单票收入(元)  末端派费(元/票)\n"
    "申通快递青山分公司    2,105         11,770           5.59          1.02\n"
    "德邦快递青山营业部    812           9,350            11.51         2.30\n",
]

PUBLIC = [
    # the grants alone, in the public list
    "2026年农村客运线路补贴发放结果公示\n\n申报企业              运营线路  核定补贴(万元)\n"
    "青山公交客运有限公司      12        300\n青山县城乡客运服务部      5         220\n\n公示期为5个工作日。",
    # a county's aggregates by district
    "2026年1—9月快递业务运行情况分析\n\n区县        业务量(万件)  业务收入(万元)  单票收入(元)\n"
    "东湖区        2,105         11,770           5.59\n北塘区        1,812         9,350            5.16\n\n"
    "分析:农村地区业务量增速快于城区。",
    # the service-quality figures a postal regulator publishes of each firm
    "2026年第三季度快递服务质量情况通告\n\n企业              申诉量(件)  有效申诉率(百万分之)  满意度\n"
    "申通快递青山分公司    36          1.8                   86.2\n"
    "德邦快递青山营业部    12          0.9                   90.4\n\n请各企业对照整改。",
]


public(__name__, PUBLIC, "PUBLIC")


@pytest.mark.parametrize(("text", "expected"), found_and_public(FOUND, Attribute.REDACTED, PUBLIC))
def test_operators_books_table_rows_are_cut_their_twins_public(
    engine: Engine, text: str, expected: tuple[Attribute, bool]
) -> None:
    assert attribute_and_found(engine, text, Category.TRADE_SECRET) == expected
