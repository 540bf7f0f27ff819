"""judge47 (session 17): a table that sets each shop or firm beside its own books, passed between agencies or
to an appraiser, in words JD120's headings did not know.

第十五条 and 第三十七条: a shop's turnover, profit and tax (商户  年均营业收入  年均净利润  年均纳税额) and
a firm's payroll (应发工资总额, 单位缴费基数) are the third party's own business information; the rows are cut
and the rest (what is assessed or paid, and why) published. A shop is often named by its trade name with its
operator in brackets (熊猫餐厅(邝丽华)), without 店 or 公司. Drafts written before the rule, in offices no
tuning part speaks for (a zoo, an expressway administration, a meteorological observatory); the twins whose
table gives only public fields (headcount, the subsidy paid) have no third party's data found.
"""

from __future__ import annotations

import pytest

from secreview import Engine
from secreview.models import Category
from tests.testing.judgement import assert_cut_out, attribute_and_found

ZOO_CATERERS = (
    "园区餐饮商户停业损失测算资料（致评估公司）\n"
    "\n"
    "澄江信达资产评估有限公司：\n"
    "    因熊猫馆改造，园区东区餐饮点停业六个月。以下为3户商户报送的近三年经营资料，供你公司测算停业损失。\n"
    "\n"
    "商户                  年均营业收入  年均净利润  年均纳税额  雇员人数\n"
    "熊猫餐厅（邝丽华）    86.4万元      15.2万元    1.1万元     6\n"
    "萌宠饮品（尤建新）    32.7万元      7.9万元     0.4万元     2\n"
    "林间简餐（柏晓云）    51.3万元      9.6万元     0.7万元     4\n"
    "\n"
    "    请你公司于12月10日前出具评估报告。\n"
    "                                         临江动物园园务办公室\n"
    "                                         2026年11月18日"
)
EXPRESSWAY_RENT_RELIEF = (
    "东湖服务区经营户租金减免审核情况\n"
    "\n"
    "省高速公路管理处营运科：\n"
    "    按照服务区经营户租金减免工作安排，现将审核情况报送如下。\n"
    "\n"
    "经营户 | 营业收入（万元） | 净利润（万元） | 减免租金（万元）\n"
    "东湖服务区特产店（许丽） | 46.2 | 8.1 | 3.0\n"
    "东湖服务区快餐店（戚明远） | 118.5 | 21.4 | 5.0\n"
    "\n"
    "    减免金额已按《服务区经营户租金减免办法》核定。\n"
    "\n"
    "东湖服务区管理所\n"
    "2026年11月5日"
)
OBSERVATORY_PAYROLL = (
    "2026年气象信息服务企业吸纳高校毕业生社保补贴复核情况\n"
    "\n"
    "经业务科初审、计划财务科复核，共有3家企业申请社保补贴，复核情况如下：\n"
    "\n"
    "企业名称                  | 申报人数 | 应发工资总额（元/月） | 单位缴费基数（元） | 申请补贴（元）\n"
    "云途航空气象服务有限公司  |  12      |  98,400              |  6,120             |  52,800\n"
    "晴川农业气象科技有限公司  |   7      |  46,900              |  5,380             |  30,100\n"
    "澄江风能测评有限公司      |   5      |  41,200              |  6,900             |  21,500\n"
    "\n"
    "以上3家企业共申请补贴104,400元，经复核拟核定104,400元。\n"
    "\n"
    "澄江市气象台计划财务科\n"
    "2026年12月1日"
)
OBSERVATORY_PAYROLL_PLAIN = OBSERVATORY_PAYROLL.replace(
    "企业名称                  | 申报人数 | 应发工资总额（元/月） | 单位缴费基数（元） | 申请补贴（元）\n"
    "云途航空气象服务有限公司  |  12      |  98,400              |  6,120             |  52,800\n"
    "晴川农业气象科技有限公司  |   7      |  46,900              |  5,380             |  30,100\n"
    "澄江风能测评有限公司      |   5      |  41,200              |  6,900             |  21,500\n",
    "企业名称                  | 申报人数 | 申请补贴（元）\n"
    "云途航空气象服务有限公司  |  12      |  52,800\n"
    "晴川农业气象科技有限公司  |   7      |  30,100\n"
    "澄江风能测评有限公司      |   5      |  21,500\n",
)
EXPRESSWAY_RELIEF_PLAIN = EXPRESSWAY_RENT_RELIEF.replace(
    "经营户 | 营业收入（万元） | 净利润（万元） | 减免租金（万元）\n"
    "东湖服务区特产店（许丽） | 46.2 | 8.1 | 3.0\n"
    "东湖服务区快餐店（戚明远） | 118.5 | 21.4 | 5.0\n",
    "经营户 | 经营面积（平方米） | 减免租金（万元）\n"
    "东湖服务区特产店（许丽） | 46 | 3.0\n"
    "东湖服务区快餐店（戚明远） | 118 | 5.0\n",
)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        pytest.param(ZOO_CATERERS, ["86.4万元", "9.6万元"], ["出具评估报告"], id="zoo-caterers"),
        pytest.param(
            EXPRESSWAY_RENT_RELIEF,
            ["118.5", "21.4"],
            ["减免办法"],
            id="expressway-rent-relief",
        ),
        pytest.param(
            OBSERVATORY_PAYROLL,
            ["98,400", "6,900"],
            ["拟核定104,400元"],
            id="observatory-payroll",
        ),
    ],
)
def test_the_rows_of_the_shops_and_firms_own_books_are_cut(
    engine: Engine, text: str, gone: list[str], kept: list[str]
) -> None:
    assert_cut_out(engine, text, Category.TRADE_SECRET, gone=gone, kept=kept)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(OBSERVATORY_PAYROLL_PLAIN, id="headcount-and-subsidy-only"),
        pytest.param(EXPRESSWAY_RELIEF_PLAIN, id="area-and-relief-only"),
    ],
)
def test_a_table_of_public_fields_has_no_third_partys_data(rules_alone: Engine, text: str) -> None:
    assert attribute_and_found(rules_alone, text, Category.TRADE_SECRET)[1] is False
