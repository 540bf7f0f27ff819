"""What copies kept beside their cuts in a shape of session 22 (leak18). A second list of firms no cut
reaches, each item kept by the office's ranking (…综合得分90.03分，排名第一): beside another list whose
firms' bids the copy cuts, its clauses without the ranking (价格分, 技术分, 商务分) are the firm's own scores
and go; the ranking's clauses, the budget and the date stay."""

from __future__ import annotations

from secreview import Engine
from secreview.masking import Style
from tests.testing.copies import STYLES, assert_gone_and_kept, cut_copy

# 体育局: a consultation's review report; the rules cut the bidders' quotes, the scores list stands apart.
GAMES_SERVICES = "\n".join(
    [
        "云泽市体育局2025年全民健身赛事运营服务项目竞争性磋商评审报告",
        "",
        "项目编号：YZTY-2025-CS-031",
        "采购人：云泽市体育局",
        "预算金额：48.00万元",
        "",
        "一、响应情况",
        "截至响应文件递交截止时间，共有3家供应商递交了响应文件。",
        "",
        "二、最后报价",
        "磋商小组与各供应商分别进行了两轮磋商，最后报价如下：",
        "1.云泽奔跑体育发展有限公司：首轮报价46.80万元，最后报价45.20万元；",
        "2.青岚赛事策划有限公司：首轮报价47.50万元，最后报价44.60万元；",
        "3.云泽动力文化传播有限公司：首轮报价43.90万元，最后报价42.70万元。",
        "",
        "三、综合评分",
        "评分标准为价格分30分、技术分55分、商务分15分。",
        "1.青岚赛事策划有限公司：价格分28.64分，技术分48.35分，商务分13.50分，综合得分90.49分，排名第一；",
        "2.云泽奔跑体育发展有限公司：价格分28.26分，技术分46.10分，商务分12.00分，综合得分86.36分，排名第二；",
        "3.云泽动力文化传播有限公司：价格分30.00分，技术分39.80分，商务分9.50分，综合得分79.30分，排名第三。",
        "",
        "2025年9月18日",
    ]
)


@STYLES
def test_a_firms_component_scores_go_beside_another_lists_cut_bids(engine: Engine, style: Style) -> None:
    assert_gone_and_kept(
        cut_copy(engine, GAMES_SERVICES, style),
        ["45.20万元", "44.60万元", "28.64分", "48.35分", "13.50分", "46.10分", "39.80分"],
        ["预算金额：48.00万元", "综合得分90.49分", "排名第一", "价格分30分", "2025年9月18日"],
    )
