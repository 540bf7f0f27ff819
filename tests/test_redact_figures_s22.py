"""What copies kept beside their cuts in shapes of session 22 (leak17), in drafts of my own (a county's
医疗保障局, a county's 水文站, a city's 气象局 and a 园林绿化中心's contract; offices the tuning parts do not
write this way). (1) A review form about one person whose name stands in the form's head (申请人：…) above
its list of items: his income beside his cut illness goes, as when the field is one of the items. (2)
Beside a list of firms the copy cuts, a second list whose lead-in says the items are the parties' quotes
(各供应商最终报价如下：) loses its figures, and so does a sentence naming a party by its rank
(第一名供应商配备…); the office's result list (推荐成交候选人如下：) keeps its own.
(3) The floor price a negotiation holds its offers to (谈判底价确定为…) is the 标底's secret (TS001), before
the deal. (4) A contract's supplier's account (乙方收款账户：…) is no public collection account (PI207,
PB007)."""

from __future__ import annotations

from secreview import Attribute, Engine
from secreview.extract.base import ExtractedText
from secreview.masking import Style, must_redact
from secreview.models import Category, Finding, Severity
from secreview.redact import redact_bytes
from secreview.redact_beside import with_beside_figures
from secreview.redact_figures import with_sibling_figures
from tests.testing.copies import STYLES
from tests.testing.findings import finding_in, line_from

# 医疗保障局: one insured person's review for a second reimbursement, his name in the form's head.
PERSON_FORM = "\n".join(
    [
        "澄溪县大病保险二次补偿个人审核表",
        "申请人：冉志飞",
        "参保类别：城乡居民医保",
        "一、基本情况",
        "申请人为澄溪县南岭镇居民，2025年度在县内外住院4次。",
        "二、审核要素",
        "（一）收入情况：据工作单位出具的证明，2025年度工资收入14.6万元，另有门面出租收入每月3,260元。",
        "（二）健康状况：申请人2025年因胃恶性肿瘤手术，术后化疗6个周期，目前仍在复查。",
        "（三）家庭情况：其配偶长期患尿毒症透析，家庭负债约23.5万元。",
        "三、审核意见",
        "经医保、民政部门联审，拟给予二次补偿2.8万元。",
        "审核人：县医保中心  2026年5月12日",
    ]
)

# 水文站: a price enquiry's report, the suppliers' final quotes in one list, their scores in another.
ENQUIRY = "\n".join(
    [
        "澄溪县水文站遥测雨量站设备采购项目询价评审报告",
        "",
        "一、项目概况",
        "本项目采购预算50.00万元，采用询价方式采购。",
        "",
        "二、询价及报价",
        "询价小组与3家供应商分别进行了询价，各供应商最终报价如下：",
        "澄溪博测仪器有限公司：468,000元；",
        "澄溪恒远水文科技有限公司：452,500元；",
        "西川智测电子有限公司：479,800元。",
        "",
        "三、评审情况",
        "1.澄溪博测仪器有限公司：价格分28.12，技术分44.50，商务分17.00；",
        "2.澄溪恒远水文科技有限公司：价格分29.10，技术分41.20，商务分16.50；",
        "3.西川智测电子有限公司：价格分27.44，技术分38.60，商务分15.00。",
        "技术分差异主要在于：第一名供应商配备专职运维人员12人、备品备件库2处；第二名供应商运维人员仅5人。",
        "",
        "四、推荐成交候选人如下：",
        "第一名：澄溪博测仪器有限公司，综合得分89.62分；",
        "第二名：澄溪恒远水文科技有限公司，综合得分86.80分。",
        "",
        "2026年6月3日",
    ]
)

# 气象局: a progress report, one sentence giving a negotiation's floor price before the negotiation.
FLOOR = "\n".join(
    [
        "澄溪市气象局关于2026年气象现代化项目推进情况的报告",
        "市人民政府：",
        "一、自动气象站升级。年度计划升级区域站45个，1—6月已完成31个。",
        "二、天气雷达配套。雷达塔楼改造采用竞争性谈判方式采购，定于7月15日谈判。经局务会研究，本项目谈判底价确定为"
        "每套36.5万元、总价146万元，最后报价高于底价的不予成交。",
        "三、下一步工作。确保9月底前完成雷达配套设备安装。",
        "特此报告。",
        "澄溪市气象局",
        "2026年7月2日",
    ]
)

# 园林绿化中心: a maintenance contract, the supplier's account in its payment clause.
CONTRACT = "\n".join(
    [
        "澄溪市城区绿地养护服务合同",
        "甲方：澄溪市园林绿化中心",
        "乙方：澄溪青禾园艺工程有限公司",
        "第一条 服务内容：城区主干道绿地日常养护，面积约86万平方米。",
        "第二条 合同金额：人民币312.60万元，按季度考核后支付。",
        "乙方收款账户：澄溪农商银行城东支行，账号62010004412038857710。",
        "第三条 履约保证金按招标文件规定退还。",
        "签订日期：2026年3月1日",
    ]
)


def _finding(text: str, value: str, category: Category, rule: str) -> Finding:
    """A third party's cut is high, a person's name medium."""
    severity = Severity.HIGH if category is Category.TRADE_SECRET else Severity.MEDIUM
    return finding_in(text, value, category, rule, severity)


def _added(text: str, findings: list[Finding]) -> list[str]:
    return [
        text[f.start : f.end]
        for f in with_sibling_figures(ExtractedText(text), findings)
        if f not in findings
    ]


def test_a_persons_income_goes_beside_his_cut_illness_when_his_name_heads_the_form() -> None:
    cuts = [
        _finding(PERSON_FORM, line_from(PERSON_FORM, "（二）健康状况"), Category.TRADE_SECRET, "JD180"),
        _finding(PERSON_FORM, line_from(PERSON_FORM, "（三）家庭情况"), Category.TRADE_SECRET, "JD180"),
    ]
    name = _finding(PERSON_FORM, "冉志飞", Category.PERSON_NAME, "PN001")
    added = _added(PERSON_FORM, [name, *cuts])
    assert "14.6" in added and "3,260" in added
    for stays in ("2025", "2.8", "4"):
        assert stays not in added, stays
    # Without the name cut (no person's form), the office's item is nobody's: its figures stay.
    assert "14.6" not in _added(PERSON_FORM, cuts)


def test_two_persons_in_the_head_make_no_ones_form() -> None:
    two = PERSON_FORM.replace("参保类别：城乡居民医保", "申请人：冉志强")
    cuts = [_finding(two, line_from(two, "（二）健康状况"), Category.TRADE_SECRET, "JD180")]
    names = [
        _finding(two, "冉志飞", Category.PERSON_NAME, "PN001"),
        _finding(two, "冉志强", Category.PERSON_NAME, "PN001"),
    ]
    assert "14.6" not in _added(two, [*names, *cuts])


def test_the_parties_quotes_go_beside_a_cut_list_of_their_scores() -> None:
    cuts = [_finding(ENQUIRY, line_from(ENQUIRY, "1.澄溪博测"), Category.TRADE_SECRET, "JD182")]
    added = _added(ENQUIRY, cuts)
    for figure in ("468,000", "452,500", "479,800"):
        assert figure in added, figure
    for stays in ("89.62", "86.80", "50.00", "3"):
        assert stays not in added, stays
    # The same quotes under a lead-in of the office's result stay.
    result = ENQUIRY.replace("各供应商最终报价如下：", "评审结果如下：")
    assert "468,000" not in _added(
        result, [_finding(result, line_from(result, "1.澄溪博测"), Category.TRADE_SECRET, "JD182")]
    )


@STYLES
def test_a_negotiations_floor_price_is_cut_before_the_negotiation(engine: Engine, style: Style) -> None:
    report = engine.review(ExtractedText(FLOOR), "draft.txt")
    floor = [f for f in report.findings if f.rule == "TS001"]
    assert floor and "36.5万元" in floor[0].text and "146万元" in floor[0].text
    copy = redact_bytes(engine, FLOOR.encode("utf-8"), ".txt", "draft.txt", style)
    assert copy.original.attribute is Attribute.REDACTED
    kept = copy.data.decode("utf-8")
    assert "36.5" not in kept and "146万元" not in kept
    assert "年度计划升级区域站45个" in kept and "确保9月底前完成雷达配套设备安装" in kept


@STYLES
def test_a_contracts_supplier_account_is_cut_the_offices_stays(engine: Engine, style: Style) -> None:
    report = engine.review(ExtractedText(CONTRACT), "draft.txt")
    cut = [f.text for f in report.findings if must_redact(f) and f.category is Category.BANK_ACCOUNT]
    assert cut == ["62010004412038857710"]
    copy = redact_bytes(engine, CONTRACT.encode("utf-8"), ".txt", "draft.txt", style)
    kept = copy.data.decode("utf-8")
    assert "62010004412038857710" not in kept
    assert "乙方收款账户：澄溪农商银行城东支行" in kept and "312.60万元" in kept


def test_a_party_named_by_its_rank_gives_its_own_figures_after_the_cut() -> None:
    cuts = [
        _finding(ENQUIRY, line_from(ENQUIRY, f"{number}."), Category.TRADE_SECRET, "JD182")
        for number in (1, 2, 3)
    ]
    added = [
        ENQUIRY[f.start : f.end] for f in with_beside_figures(ExtractedText(ENQUIRY), cuts) if f not in cuts
    ]
    for figure in ("12", "2", "5"):
        assert figure in added, figure
    for stays in ("89.62", "86.80", "50.00"):
        assert stays not in added, stays
