"""What copies kept beside their cuts in shapes of session 21 (leak16), in drafts of my own (offices the
tuning parts do not write). (1) An expert review's item names the party as 申请单位
(申请单位近两年审计报告显示其资产负债率为68.5%): the party's figures go beside the cut item of its
investment, as for 申请人 or 申报单位. (2) A party's item kept whole because it also gives the office's
ranking (…综合得分85.08分，排名第一): the ranking's clauses stay, the party's quote and component scores go.
(3) A list's lead-in giving one figure per party (三家供应商首轮报价分别为…) goes when the copy cuts the
list's items. (4) A second list of firms no cut reaches: a sentence of a firm's item that names the party
(该公司2025年净利润同比下降76%) goes when the copy cuts another list's firms; the office's decision in the
item (缴费比例由8%降至6%) stays. The policy is run on the cut a rule makes (JD022's item): the learned
signal holds two of these drafts whole."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.extract.base import ExtractedText
from secreview.masking import Style
from secreview.models import Category, Finding, Severity
from secreview.redact import redact_bytes
from secreview.redact_figures import with_sibling_figures

STYLES = pytest.mark.parametrize("style", [Style.MASK, Style.FULL], ids=["mask", "block"])

# 林业局: an expert review of a forest-wellness project's feasibility report.
REVIEW = "\n".join(
    [
        "《岚山县国有林场森林康养基地建设项目可行性研究报告》专家评审意见",
        "",
        "2026年3月12日，岚山县林业局组织召开评审会。项目申请单位岚山青峰旅游开发有限公司、"
        "编制单位岚山绿源工程咨询有限公司介绍了项目情况。经认真讨论，形成评审意见如下：",
        "",
        "一、总体评价",
        "《报告》内容较完整，项目建设必要性论述充分，选址与国有林场总体规划相符，经修改完善后可以上报。",
        "",
        "二、需修改完善的内容",
        "（一）补充康养步道沿线古树名木的保护措施。",
        "（二）经济效益分析部分，申请单位提供的数据显示：项目总投资6420万元，其中企业自筹2100万元、银行贷款"
        "4320万元；与岚山国际旅行社签订的客源保底协议约定年接待不少于3.8万人次，协议价每人次168元，年营业收入"
        "约1510万元。请编制单位说明保底价格的依据。",
        "（三）明确项目与周边林权承包户的协调情况。",
        "（四）申请单位近两年审计报告显示其资产负债率为68.5%，速动比率0.74，请补充资金保障措施。",
        "（五）统一采用2000国家大地坐标系。",
        "",
        "三、结论",
        "专家组同意《报告》通过评审，请编制单位按上述意见修改完善后报岚山县林业局。",
        "",
        "专家组组长：（略）",
        "2026年3月12日",
    ]
)

# 文化和旅游局: a competitive negotiation's report with each supplier's quotes and scores.
NEGOTIATION = "\n".join(
    [
        "宁川市第四次全国文物普查数据整理服务项目竞争性谈判评审报告",
        "",
        "项目编号：NCWL2026-017",
        "",
        "一、项目概况",
        "本项目采购预算70.00万元，采用竞争性谈判方式，按综合评分法确定成交供应商。",
        "",
        "二、谈判及评分情况",
        "经两轮谈判，三家供应商首轮报价分别为64.20万元、61.50万元和66.80万元（依次为致远、华文、博源），"
        "最后报价及评分情况如下：",
        "",
        "1.宁川致远会计师事务所（普通合伙）：最后报价58.60万元，价格分9.88分，技术分51.20分，商务分24.00分，"
        "综合得分85.08分，排名第一。",
        "2.宁川华文信息技术有限公司：最后报价57.90万元，价格分10.00分，技术分46.50分，商务分21.00分，"
        "综合得分77.50分，排名第二。",
        "3.宁川博源文化传播有限公司：最后报价60.30万元，价格分9.60分，技术分43.00分，商务分19.50分，"
        "综合得分72.10分，排名第三。",
        "",
        "三、推荐成交候选供应商",
        "第一名：宁川致远会计师事务所（普通合伙）",
        "第二名：宁川华文信息技术有限公司",
        "第三名：宁川博源文化传播有限公司",
        "",
        "2026年4月8日",
    ]
)

# 医疗保障局: a notice of approved deferrals of employers' contributions, two lists of firms.
DEFERRALS = "\n".join(
    [
        "关于2026年第一季度用人单位缓缴和降低职工医保缴费比例审批结果的通报",
        "",
        "各县医疗保障局：",
        "根据《宁川市职工基本医疗保险缓缴办理规程》，我局对第一季度受理的申请进行了审核，共受理12家，批准9家，"
        "不予批准3家。现将审批结果通报如下：",
        "",
        "一、批准缓缴的单位（5家）",
        "1.宁川恒达机械制造有限公司，缓缴期限2026年4月至2026年9月。该公司2025年营业收入2.36亿元，同比下降41%，"
        "净亏损3,180万元，资产负债率84.6%；在职职工412人。",
        "2.宁川锦绣服饰有限公司，缓缴期限2026年4月至2026年12月。2025年净亏损960万元，订单减少三成。",
        "3至5家详见附表1。",
        "",
        "二、批准降低缴费比例的单位（4家）",
        "1.宁川顺通物流有限公司，缴费比例由8%降至6%，期限一年。该公司2025年净利润同比下降76%，职工代表大会同意降比。",
        "2.宁川康源药业连锁有限公司，缴费比例由8%降至6%，期限一年。",
        "3至4家详见附表2。",
        "",
        "三、有关要求",
        "各县医疗保障局要及时调整批准单位的缴费状态，缓缴期满后督促单位足额补缴。",
        "",
        "宁川市医疗保障局",
        "2026年4月3日",
    ]
)


def _line(text: str, opening: str) -> str:
    start = text.index(opening)
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)]


def _cut(text: str, value: str) -> Finding:
    """A third party's data the rules cut (JD022's paragraph: an item of a firm's figures)."""
    start = text.index(value)
    return Finding(
        rule="JD022",
        category=Category.TRADE_SECRET,
        severity=Severity.HIGH,
        start=start,
        end=start + len(value),
        text=value,
        part="body",
        message="",
        replacement=None,
        line=text.count("\n", 0, start) + 1,
        column=1,
    )


def _added(text: str, *openings: str) -> str:
    """What the figures policy adds to the cuts of the lines opening so, as the text of each added finding."""
    cuts = [_cut(text, _line(text, opening)) for opening in openings]
    added = [f for f in with_sibling_figures(ExtractedText(text), cuts) if f not in cuts]
    return "|".join(text[f.start : f.end] for f in added)


def test_the_applying_units_ratios_go_beside_its_cut_investment() -> None:
    added = _added(REVIEW, "（二）经济效益分析部分").split("|")
    assert "68.5" in added and "0.74" in added
    assert "2000" not in added  # (五)'s datum names no party


def test_a_ranked_partys_quote_and_scores_go_its_ranking_stays() -> None:
    added = _added(NEGOTIATION, "2.宁川华文", "3.宁川博源").split("|")
    for figure in ("58.60", "9.88", "51.20", "24.00", "64.20", "61.50", "66.80"):
        assert figure in added, figure
    for stays in ("85.08", "70.00", "2026"):
        assert stays not in added, stays


def test_another_list_of_firms_loses_the_firms_own_figures_not_the_decision() -> None:
    added = _added(DEFERRALS, "1.宁川恒达", "2.宁川锦绣").split("|")
    assert "76" in added
    for stays in ("8", "6", "12", "9"):
        assert stays not in added, stays


@STYLES
def test_with_the_engine_the_ranked_partys_figures_leave_the_copy(engine: Engine, style: Style) -> None:
    copy = redact_bytes(engine, NEGOTIATION.encode("utf-8"), ".txt", "draft.txt", style)
    assert copy.original.attribute is Attribute.REDACTED
    assert copy.recheck.attribute is Attribute.PROACTIVE
    kept = copy.data.decode("utf-8")
    for figure in ("58.60万元", "9.88分", "51.20分", "24.00分", "64.20万元", "61.50万元", "66.80万元"):
        assert figure not in kept, figure
    for stays in (
        "综合得分85.08分",
        "排名第一",
        "采购预算70.00万元",
        "第一名：宁川致远会计师事务所（普通合伙）",
        "2026年4月8日",
    ):
        assert stays in kept, stays
