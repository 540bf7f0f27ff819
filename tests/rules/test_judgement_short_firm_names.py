"""A firm named by its short name, a trade name and its line of business without 公司 (安居物业, 宏达钢铁),
is one firm where the text reads it so: its own year's or month's books follow the name, or the names are
counted as firms (两家企业). Its figures are then a third party's (第十五条) as a 有限公司's are; a
territory's, a period's or a product's trade (全市钢铁产量, 全县化工、建材两个行业) stays public, and so does
a result notice naming the recommended bidder by its short name. A table whose rows are businesses
(加油站, 门店) with one figure each, whose owner a note after it tells (…系经营者…报送的经营数据), is a
table of firms' own figures (JD120); a notice of results or a table of districts' totals stays public
(judge34; drafts written for this test, in other words than the tuning parts')."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.testing.judgement import assert_still_found, attribute_and_found

FOUND: dict[str, str] = {
    "report-short-name-debts": (
        "关于部分企业用电异常情况的报告\n县工信局:\n"
        "经核查,华兴纺织10月产量较上月下降38%,另有3笔银行贷款逾期未还,合计420万元,资产负债率已升至92%。\n"
        "县供电公司"
    ),
    "chat-two-short-names": (
        "【工作群消息】大家注意:金鼎化工和瑞丰建材两家企业报来的三季度产值数据,金鼎产值同比下降27%,"
        "瑞丰净利润为负,不要外传,月报只写行业合计。"
    ),
    "table-owner-told-after": (
        "清河区2025年度大型超市价格监测汇总表\n\n门店名称      月均销售额(万元)  主要供货商\n"
        "华联超市清河店   386   本地批发市场\n永辉超市河东店   512   总部统一配送\n\n"
        "审核意见:各门店价格监测工作总体规范。\n"
        "以上各门店销售额和主要供货商系经营者按监测要求报送的经营数据,仅供价格监测使用。"
    ),
}

PUBLIC: dict[str, str] = {
    "table-results-notice": (
        "清河区2025年度加油站年检结果公告\n\n站点名称      年检结论      整改期限\n"
        "临港通衢加油站   合格   无\n北岭柳塘加油站   不合格   2026年3月31日\n\n以上年检结果现予公告。"
    ),
    "table-district-totals": (
        "桐州市2025年成品油市场运行情况\n\n区域          销售量(万吨)  同比\n"
        "临港区   68   增长3%\n北岭区   19   下降2%\n\n以上销售量数据由市商务局统计汇总后发布。"
    ),
    "chat-industry-totals": (
        "【工作群消息】各位同事:11月全市钢铁、化工两个行业产值数据已报上来,钢铁产值环比下降4%,"
        "化工行业已连续3个月负增长。月度通报照常发布,请按时报送。——综合科"
    ),
    "result-notice-short-name": (
        "碧水蓝庭小区物业服务招标评标结果公示\n\n"
        "本次招标共有3家物业服务企业投标,经评标委员会评审,推荐安居物业为第一中标候选人,"
        "投标报价每平方米每月1.8元。\n\n安居物业2025年获评市级物业服务示范项目,现服务小区12个。\n\n公示期为3日。"
    ),
    "bulletin-industry-totals": (
        "2025年全县国民经济和社会发展统计公报\n\n"
        "全县规模以上工业增加值增长6.2%。分行业看,钢铁2025年产量128万吨,同比下降6%;"
        "化工、建材两个行业产值增长5%;石化的销售额占全县工业的21%。"
    ),
}


@pytest.mark.parametrize("name", list(FOUND))
def test_a_short_named_firms_figures_are_not_published(rules_alone: Engine, name: str) -> None:
    assert_still_found(rules_alone, FOUND[name], Category.TRADE_SECRET)


@pytest.mark.parametrize("name", list(PUBLIC))
def test_a_trade_or_a_result_stays_published(rules_alone: Engine, name: str) -> None:
    attribute, found = attribute_and_found(rules_alone, PUBLIC[name], Category.TRADE_SECRET)
    assert attribute is Attribute.PROACTIVE and not found
