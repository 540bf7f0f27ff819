"""What redacted copies kept of a list whose items are a third party's data (leak11, session 17): the rules
cut the items whose words they know (合同金额…保密, 成本台账, 净利润), and the copy kept the items beside
them that give the same party's or another party's figures in other words (出米率, 漏损率, 收购保护价).
The figures of every other item of that list go too, but a sentence of the office's own decision or of
what it publishes keeps its figures, and a list that no cut reaches, or one after a higher heading, stays."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.masking import Style
from secreview.redact import redact_bytes
from tests.testing.copies import STYLES, assert_gone_and_kept, cut_copy

# 农业农村局: a loan-interest subsidy review; the firm's figures in a bulleted list after a lead-in.
GRAIN = "\n".join(
    [
        "关于2026年农产品加工企业贷款贴息申请的审核意见",
        "",
        "申请单位：清泉县绿源粮油有限公司",
        "企业提供的经营资料：",
        "- 稻谷出米率68.5%，吨米电耗41千瓦时，烘干线设备闲置率约25%",
        "- 主要客户为某连锁超市，年供货合同金额6,350万元，企业要求对合同金额保密",
        "- 与种植合作社约定的收购保护价为每斤1.62元，较市场价高出0.08元",
        "",
        "审核意见：符合贴息条件，拟给予贴息资金62万元。",
        "",
        "县农业农村局",
    ]
)

# 水利局: a cost review of two water works told to the price office, one numbered item per works.
WATER = "\n".join(
    [
        "关于城区供水企业运营成本监审情况的说明",
        "",
        "县发展改革局：",
        "根据供水价格调整工作安排，我局对城区两家供水企业进行了成本监审，现将有关情况说明如下：",
        "1.清源水务有限公司：企业提供的成本台账显示，2025年制水成本每吨2.17元，财务费用中关联方借款利息412万元，"
        "企业要求对成本台账保密。",
        "2.东郊自来水厂：二级泵站使用率58%，年度亏损312万元，已拖欠电费两个月。",
        "3.监审结论将在价格听证会上公布，听证会设听证参加人25名。",
        "二、下一步工作",
        "1.全县城区供水管网总长386公里，2026年计划改造老旧管网42公里。",
        "",
        "县水利局",
        "2026年5月20日",
    ]
)

# 商务局: a reply to the statistics office, one line per firm written as a label and its figures.
TRADE = "\n".join(
    [
        "关于提供外贸企业经营情况的复函",
        "",
        "市统计局：",
        "现将我区两家外贸企业2025年经营情况函复如下。",
        "分企业情况：",
        "恒远进出口有限公司：出口额2.36亿元，毛利率11.4%，企业要求不得对外披露；",
        "瑞丰跨境电商有限公司：海外仓使用率63.5%，退货率9.7%，拖欠物流服务商运费128万元。",
        "",
        "全区外贸进出口总额48.6亿元，同比增长7.2%。",
        "",
        "区商务局",
    ]
)


@STYLES
@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        (GRAIN, ["68.5%", "25%", "1.62元", "0.08元"], ["拟给予贴息资金62万元"]),
        (WATER, ["58%", "312万元"], ["听证参加人25名", "总长386公里", "改造老旧管网42公里"]),
        (TRADE, ["63.5%", "9.7%", "128万元"], ["48.6亿元", "7.2%"]),
    ],
    ids=["bullets", "numbered", "labelled-lines"],
)
def test_the_figures_of_the_items_beside_a_third_partys_cut_item_go(
    engine: Engine, style: Style, text: str, gone: list[str], kept: list[str]
) -> None:
    assert_gone_and_kept(cut_copy(engine, text, style), gone, kept)


PUBLIC = "\n".join(
    [
        "关于2025年全县农村供水保障情况的通报",
        "",
        "各乡镇人民政府：",
        "2025年全县农村供水工作情况如下：",
        "1.城关镇：自来水普及率98.5%，水质达标率96.2%。",
        "2.青石镇：自来水普及率91.3%，新建管网18公里。",
        "",
        "县水利局",
    ]
)


def test_a_list_no_cut_reaches_keeps_its_figures(engine: Engine) -> None:
    # 水利局: the townships' public supply figures, item by item; nothing to cut, nothing cut.
    copy = redact_bytes(engine, PUBLIC.encode("utf-8"), ".txt", "draft.txt", Style.FULL)
    assert copy.original.attribute is Attribute.PROACTIVE
    assert copy.data.decode("utf-8") == PUBLIC
