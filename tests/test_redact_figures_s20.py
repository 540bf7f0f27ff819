"""What copies kept beside their cuts in shapes of session 20 (leak15). A partnership among the parties of a
bid list: a law firm or an accounting firm is no 有限公司 (湘楚律师事务所（特殊普通合伙）：,
衡岳律师事务所：), and the copy kept its bids and its scores
beside a cut bidder's item, and its scores where a later list names it again: an item opening with a firm's
name reads 事务所 and a partnership's form in brackets too, and a party whose figures the copy cuts as its
item's (the line opens with its name) is a party named again after it; a clause after ； or 。 that opens with
其 or 该公司 goes on with the party of the one before. What stays: the budget, the
ranking, the date. And a number the draft masked in part in a person's sentence whose name the copy cuts
(身份证号4301xxxx19880926xxxx): its shown digits, a birth date, went on standing; and the sentence in which
the copy cuts a private person's home address gives that person's figures, as one whose name or phone it
cuts."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.masking import Style
from secreview.models import Category, Finding, Severity
from secreview.redact import redact_bytes
from tests.testing.findings import made_finding

STYLES = pytest.mark.parametrize("style", [Style.MASK, Style.FULL], ids=["mask", "block"])

# 司法局: a negotiation's evaluation report; the rules cut one bidder's item of the final prices.
LEGAL_ADVISERS = "\n".join(
    [
        "青川县司法局2025年度政府法律顾问服务项目竞争性谈判评审报告",
        "",
        "项目编号：QCSF-2025-T012",
        "采购人：青川县司法局",
        "预算金额：36.00万元",
        "",
        "一、响应情况",
        "截至响应文件递交截止时间，共有3家供应商递交了响应文件。",
        "",
        "二、最后报价",
        "谈判小组与各供应商分别进行了两轮谈判，最后报价如下：",
        "1.湘楚律师事务所（特殊普通合伙）：首轮报价34.50万元，最后报价32.80万元；",
        "2.青川正源法律咨询有限公司：首轮报价35.20万元，最后报价33.90万元；",
        "3.衡岳律师事务所：首轮报价30.60万元，最后报价29.40万元。",
        "",
        "三、评审得分",
        "各供应商得分如下：",
        "1.湘楚律师事务所（特殊普通合伙）：价格分26.88分，技术分45.30分，总分72.18分；",
        "2.青川正源法律咨询有限公司：价格分26.02分，技术分41.70分，总分67.72分；",
        "3.衡岳律师事务所：价格分30.00分，技术分36.40分，总分66.40分。",
        "湘楚律师事务所（特殊普通合伙）拟派驻点律师4名，其中执业十年以上的3名。",
        "青川正源法律咨询有限公司拟派团队中执业律师仅2名；其近三年同类服务业绩5项，商务分较低。",
        "谈判小组要求青川正源法律咨询有限公司对其报价构成作出说明。该公司书面说明：其已在本市承接同类服务11项。",
        "",
        "四、推荐成交候选供应商",
        "根据综合得分由高到低排序，推荐成交候选供应商如下：",
        "第一名：湘楚律师事务所（特殊普通合伙）",
        "第二名：青川正源法律咨询有限公司",
        "第三名：衡岳律师事务所",
        "",
        "2025年11月6日",
    ]
)


@STYLES
def test_a_partnerships_bids_and_scores_go_beside_a_cut_bidder(engine: Engine, style: Style) -> None:
    copy = redact_bytes(engine, LEGAL_ADVISERS.encode("utf-8"), ".txt", "draft.txt", style)
    assert copy.original.attribute is Attribute.REDACTED
    assert copy.recheck.attribute is Attribute.PROACTIVE
    kept = copy.data.decode("utf-8")
    gone = ("34.50万元", "32.80万元", "30.60万元", "29.40万元", "26.88分", "45.30分", "72.18分", "36.40分")
    for figure in gone:
        assert figure not in kept, figure
    assert "业绩5项" not in kept  # the clause after ； that goes on with 其 is the same party's
    assert "同类服务11项" not in kept  # so is the sentence after 。 that opens with 该公司
    public = ("预算金额：36.00万元", "第一名：湘楚律师事务所（特殊普通合伙）", "2025年11月6日", "T012")
    for stays in public:
        assert stays in kept, stays


# 应急管理局: a reward notice naming each informant; the draft masked an identity number in part, its birth
# date shown.
REWARDS = "\n".join(
    [
        "关于2025年第三季度安全生产举报奖励发放情况的通报",
        "",
        "各县市区应急管理局：",
        "2025年第三季度，我局共受理安全生产举报43件，经核查属实12件，发放举报奖励资金9.6万元。现将部分奖励情况通报如下：",
        "1. 举报某冶金企业煤气柜检测报警装置长期失效，核查属实并立案处罚。"
        "举报人：蒋德润，身份证号4301xxxx19880926xxxx，奖励金额2万元；",
        "2. 举报某加油站违规储存散装汽油，核查属实。举报人：覃玉兰，奖励金额1.5万元。",
        "各地要继续畅通举报渠道，依法保护举报人合法权益。",
        "",
        "岚州市应急管理局",
        "2025年10月9日",
    ]
)


@STYLES
def test_a_partly_masked_numbers_shown_digits_go_with_the_persons_sentence(
    engine: Engine, style: Style
) -> None:
    copy = redact_bytes(engine, REWARDS.encode("utf-8"), ".txt", "draft.txt", style)
    assert copy.original.attribute is Attribute.REDACTED
    assert copy.recheck.attribute is Attribute.PROACTIVE
    kept = copy.data.decode("utf-8")
    assert "19880926" not in kept
    for public in ("受理安全生产举报43件", "核查属实12件", "9.6万元", "2025年10月9日"):
        assert public in kept, public


def _cut(text: str, value: str, rule: str, category: Category) -> Finding:
    start = text.index(value)
    line = text.count("\n", 0, start) + 1
    return made_finding(category, Severity.MEDIUM, rule, text=value, start=start, message="", line=line)


def test_a_sentence_whose_persons_home_address_is_cut_gives_her_figures() -> None:
    # The policy alone (人社局: pension paid on after a death): the sentence where the copy cuts a private
    # person's home address (AD001) tells her household's money; a firm's address cut by the rule for a
    # party's (AD005) keeps its sentence's figures (its registered capital is public).
    from secreview.extract.base import ExtractedText
    from secreview.redact_beside import with_beside_figures

    home = "岚州市城南区迎宾路66号5栋1203室"
    office = "北塘区创业大道188号智谷大厦9楼"
    text = (
        "一、青石镇对已于2022年死亡的覃某某作认证通过处理，导致冒领持续近两年，金额1.46万元，"
        f"由其侄子覃某（住址：{home}）退回0.9万元，其余部分正在追缴。\n"
        f"二、申请人注册资本3,000万元，在本市设有服务机构，地址为{office}。\n"
    )
    cuts = [
        _cut(text, home, "AD001", Category.ADDRESS),
        _cut(text, office, "AD005", Category.ADDRESS),
    ]
    added = [f.text for f in with_beside_figures(ExtractedText(text), cuts) if f not in cuts]
    assert "1.46" in added and "0.9" in added
    assert "3,000" not in added
