"""What a redacted copy cuts of a third party's data is cut where the document gives it again after the cut (a
summary paragraph, a footnote), and no part of an Office copy holds it (leak8, session 14); a public figure
the cut passage quotes, stated before it, stays."""

from __future__ import annotations

import io
import re
import zipfile

from secreview import Attribute, Engine
from secreview.masking import Style
from secreview.redact import redact_bytes
from tests.testing.copies import STYLES
from tests.testing.docx_builder import build_docx, paragraph, run, runs_paragraph
from tests.testing.xlsx_builder import roster, workbook_bytes

FIRM = (
    "    据某某电子科技有限公司提供的尚未公开的内部核算资料,该公司出口订单下降三成,"
    "单位产品成本上升至每台412.6元。"
)
REPORT = [
    "关于全区外贸企业运行情况的报告",
    "区人民政府:",
    "    今年以来全区外贸进出口总额完成38.6亿元,同比增长4.1%。",
    FIRM,
    "    下一步,我局将加大企业帮扶力度。",
    "区商务局",
]
SUMMARY = "    综上,全区外贸进出口总额38.6亿元,重点企业每台412.6元的情况需持续关注。"


def _parts(data: bytes) -> dict[str, str]:
    """Each zip part's text, as stored and with its markup taken out (a figure split over runs joins)."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        raw = {name: package.read(name).decode("utf-8", "replace") for name in package.namelist()}
    return {name: text + "\n" + re.sub(r"<[^>]+>", "", text) for name, text in raw.items()}


@STYLES
def test_a_cut_figure_given_again_in_a_summary_is_cut_there_too(engine: Engine, style: Style) -> None:
    text = "\n".join([*REPORT[:5], SUMMARY, REPORT[5]])
    copy = redact_bytes(engine, text.encode("utf-8"), ".txt", "report.txt", style)
    assert copy.original.attribute is Attribute.REDACTED
    kept = copy.data.decode("utf-8")
    assert "412.6" not in kept
    # The public total is no figure of the firm's: it stays, in its own line and in the summary.
    assert kept.count("38.6亿元") == 2 and "下一步,我局将加大企业帮扶力度。" in kept
    assert "重点企业每台" in kept and "的情况需持续关注。" in kept
    assert copy.recheck.attribute is Attribute.PROACTIVE


@STYLES
def test_a_public_figure_the_cut_passage_quotes_stays_where_it_was_given_first(
    engine: Engine, style: Style
) -> None:
    # The county's total, published before the firm's passage quotes it, is not the firm's to cut.
    quoting = FIRM.replace("。", ",占全区外贸进出口总额38.6亿元的一成。")
    text = "\n".join([*REPORT[:3], quoting, *REPORT[4:]])
    copy = redact_bytes(engine, text.encode("utf-8"), ".txt", "report.txt", style)
    kept = copy.data.decode("utf-8")
    assert "412.6" not in kept
    assert "今年以来全区外贸进出口总额完成38.6亿元,同比增长4.1%。" in kept


@STYLES
def test_no_part_of_a_docx_copy_holds_the_cut_passage_or_its_figure(engine: Engine, style: Style) -> None:
    body = [paragraph(line) for line in REPORT[:3]]
    body.append(runs_paragraph([run(FIRM[:40]), run(FIRM[40:])]))  # the passage split over two runs
    body += [paragraph(line) for line in REPORT[4:]]
    data = build_docx(body, footnotes=[[paragraph("该公司单位产品成本为每台412.6元。")]])
    copy = redact_bytes(engine, data, ".docx", "report.docx", style)
    assert copy.original.attribute is Attribute.REDACTED
    parts = _parts(copy.data)
    for name, text in parts.items():
        assert "412.6" not in text and "内部核算资料" not in text and "出口订单下降三成" not in text, name
    assert any("外贸进出口总额完成38.6亿元" in text for text in parts.values())


@STYLES
def test_no_part_of_an_xlsx_copy_holds_a_third_partys_row(engine: Engine, style: Style) -> None:
    rows = [
        ["企业名称", "营业收入(万元)", "利润总额(万元)", "备注"],
        ["临川县鸿源砂石有限公司", 3157, -268, "企业报送,未对外披露"],
        ["临川县青岚精密制造有限公司", 18642, 1243, "企业报送,未对外披露"],
    ]
    workbook = roster(rows, title="企业经营数据", heading="2026年重点企业经营数据(企业报送,请勿外传)")
    copy = redact_bytes(engine, workbook_bytes(workbook), ".xlsx", "firms.xlsx", style)
    assert copy.original.attribute is Attribute.REDACTED
    for name, text in _parts(copy.data).items():
        assert not any(figure in text for figure in ("3157", "18642", "1243", "-268")), name
