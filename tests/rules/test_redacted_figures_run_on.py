"""A firm's figures that run on past the paragraph a third party's data combination cuts (leak8, session 14):
in a document about one firm (its title, the firm as addressee, a 申请企业 field: ``subject-one-firm``), the
firm named in one paragraph (JD022) or its request for confidentiality (JD020) is the subject of the figures
its other paragraphs give (你公司…营业收入…), which the redacted copy cuts with the first (``runs_on``). A
report on a territory's firms keeps its public totals; a public sentence beside the cut ones stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from secreview import Attribute, Engine
from secreview.errors import RulePackError
from secreview.judge import load_judgement
from secreview.judge.load import builtin_judgement
from secreview.masking import Style
from secreview.redact import redact_bytes
from tests.testing.cli import write

# A review opinion sent to the one firm it is about: its cost in one item, its books in the next.
ONE_FIRM = (
    "临川县水利局\n关于临川县鸿源砂石有限公司采砂实施方案的审查意见\n\n临川县鸿源砂石有限公司:\n"
    "    你公司报送的采砂实施方案收悉。经组织专家审查,现提出意见如下。\n"
    "    一、开采规模。临川县鸿源砂石有限公司吨砂综合开采成本为28.4元,年开采量控制在40万吨以内。\n"
    "    二、财务状况。你公司2025年度财务报表显示,营业收入3150万元,净利润268万元,资产负债率64%。\n"
    "    三、请你公司按上述意见修改方案,于30日内重新报送。\n\n临川县水利局\n2026年12月1日\n"
)
BOOKS = "营业收入3150万元,净利润268万元,资产负债率64%"
# A report on the county's industry: the firm's figures are cut, the county's totals are public.
COUNTY = (
    "关于全县工业经济运行情况的报告\n\n县人民政府:\n"
    "    一、总体情况。1至10月,全县规上工业企业实现营业收入86.3亿元,同比增长5.2%,利润总额4.1亿元。\n"
    "    二、重点企业。临川县鸿源砂石有限公司吨砂综合开采成本为28.4元,净利润268万元。\n"
    "    三、下一步工作。继续做好企业帮扶。\n\n临川县工业和信息化局\n2026年12月1日\n"
)
# A review form of one applicant: its own books told as undisclosed in one item, its recipe in the next.
APPLICANT = (
    "“乡村振兴”扶持资金项目评审意见表（青岚豆制品加工合作社）\n\n申报单位：临川县青岚豆制品加工专业合作社\n"
    "申报金额：6万元\n评审组审核申报材料后意见如下：\n"
    "· 经营数据：合作社提供的2025年内部账目显示销售收入186万元，毛利率27%；\n"
    "· 工艺：采用自有卤制配方（八角与桂皮比例2:1，卤制48小时）；\n"
    "· 带动就业：吸纳脱贫劳动力15人；\n· 评审结论：符合扶持条件，建议扶持5万元。\n2026年9月12日\n"
)


def _copy(engine: Engine, text: str, style: Style) -> str:
    return redact_bytes(engine, text.encode("utf-8"), ".txt", "draft.txt", style).data.decode("utf-8")


@pytest.mark.parametrize("style", [Style.MASK, Style.FULL], ids=["mask", "block"])
def test_the_books_of_the_one_firm_a_document_is_about_are_cut_with_its_costs(
    engine: Engine, style: Style
) -> None:
    report = engine.check_text(ONE_FIRM, "draft.txt").files[0]
    assert report.attribute is Attribute.REDACTED
    copy = _copy(engine, ONE_FIRM, style)
    assert "28.4元" not in copy and BOOKS not in copy
    assert not any(figure in copy for figure in ("3150", "268", "64%"))
    # The public sentences beside the cut ones stay.
    assert "三、请你公司按上述意见修改方案,于30日内重新报送。" in copy
    assert "你公司报送的采砂实施方案收悉。" in copy


@pytest.mark.parametrize("style", [Style.MASK, Style.FULL], ids=["mask", "block"])
def test_a_report_on_a_territorys_firms_keeps_its_totals(engine: Engine, style: Style) -> None:
    assert engine.check_text(COUNTY, "draft.txt").files[0].attribute is Attribute.REDACTED
    copy = _copy(engine, COUNTY, style)
    assert "28.4元" not in copy
    assert "全县规上工业企业实现营业收入86.3亿元,同比增长5.2%,利润总额4.1亿元。" in copy
    assert "三、下一步工作。继续做好企业帮扶。" in copy


@pytest.mark.parametrize("style", [Style.MASK, Style.FULL], ids=["mask", "block"])
def test_an_applicants_undisclosed_books_carry_to_its_recipe(engine: Engine, style: Style) -> None:
    assert engine.check_text(APPLICANT, "draft.txt").files[0].attribute is Attribute.REDACTED
    copy = _copy(engine, APPLICANT, style)
    assert "186万元" not in copy and "2:1" not in copy and "48小时" not in copy
    assert "· 带动就业：吸纳脱贫劳动力15人；" in copy and "· 评审结论：符合扶持条件，建议扶持5万元。" in copy


def test_the_one_firm_signal_reads_the_head_not_a_list_of_firms() -> None:
    judgement = load_judgement()
    signal = judgement.signals["subject-one-firm"].signal
    assert signal.region == "head"
    runs_on = {c.id: c.runs_on_when for c in judgement.combinations if c.runs_on}
    assert runs_on == {"JD020": ["subject-one-firm"], "JD022": ["subject-one-firm"]}


def test_runs_on_must_name_a_paragraph_signal_of_require(tmp_path: Path) -> None:
    text = builtin_judgement().read_text(encoding="utf-8")
    assert 'runs_on = ["paragraph-enterprise"]' in text
    broken = write(
        tmp_path / "judgement.toml",
        text.replace('runs_on = ["paragraph-enterprise"]', 'runs_on = ["genre-request"]', 1),
    )
    with pytest.raises(RulePackError, match=r"E245 .*runs_on: 'genre-request' is not a paragraph signal"):
        load_judgement(broken)
    broken = write(
        tmp_path / "judgement2.toml",
        text.replace('runs_on_when = ["subject-one-firm"]', 'runs_on_when = ["paragraph-enterprise"]', 1),
    )
    with pytest.raises(RulePackError, match=r"E245 .*runs_on_when: no signal 'paragraph-enterprise' of the"):
        load_judgement(broken)


# A 标底 told with its breakdown (TS001): the breakdown in the same clause is cut with the total; the next
# clause and sentence stay.
TENDER = (
    "关于实验小学教学楼工程招标准备情况的报告\n县教育局：\n"
    "    本工程标底为人民币1,163.72万元，其中：土建工程682.40万元，"
    "安装工程311.05万元（含安全文明施工费38.90万元）；"
    "工期为240日历天。\n    开标时间另行通知。\n县招标中心\n"
)


@pytest.mark.parametrize("style", [Style.MASK, Style.FULL], ids=["mask", "block"])
def test_a_tender_ceilings_breakdown_is_cut_with_it(engine: Engine, style: Style) -> None:
    report = engine.check_text(TENDER, "draft.txt").files[0]
    assert report.attribute is Attribute.REDACTED
    (finding,) = [finding for finding in report.findings if finding.rule == "TS001"]
    assert finding.text.endswith("38.90万元）")
    copy = _copy(engine, TENDER, style)
    assert not any(figure in copy for figure in ("1,163.72", "682.40", "311.05", "38.90"))
    assert "；工期为240日历天。" in copy and "开标时间另行通知。" in copy
