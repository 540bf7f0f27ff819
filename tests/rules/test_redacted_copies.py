"""A redacted copy is judged on its own text and must come out as publishable as its original said (issue
15): a passage blocked out whole (``severed-passage``) is where the original's severable content stood, so
a report to a superior stands back on the copy as it did on the original (JD049, ``yields_to_cut``) and the
learned signal stays silent; everything else left in the copy is judged as it stands."""

from __future__ import annotations

from pathlib import Path

import pytest

from secreview import Attribute, Engine
from secreview.errors import RulePackError
from secreview.judge import load_judgement
from secreview.judge.learned import load_learned
from secreview.judge.load import builtin_judgement
from secreview.masking import Style
from secreview.normalize import normalize
from secreview.recheck import stricter_recheck
from secreview.redact import redact_bytes
from tests.testing.cli import run_in_process, write
from tests.testing.known_public import copied, public

CUT = "■" * 30
# A report to the district government, public but for one firm's undisclosed figures.
REPORT = (
    "关于全区外贸企业运行情况的报告\n区人民政府:\n"
    "    今年以来全区外贸进出口总额完成38.6亿元,同比增长4.1%。\n"
    "    {passage}\n"
    "    下一步,我局将加大企业帮扶力度。\n区商务局"
)
FIRM = (
    "据某某电子科技有限公司提供的尚未公开的内部核算资料,该公司出口订单下降三成,单位产品成本上升至每台412元。"
)
LEARNED_RULES = {"JL001", "JL002", "JL003", "JL004", "JL005"}


def _attribute(engine: Engine, text: str) -> Attribute | None:
    return engine.check_text(text, "draft.txt").files[0].attribute


copied(__name__, REPORT.format(passage=FIRM), "REPORT-FIRM")


@pytest.mark.parametrize("style", [Style.MASK, Style.FULL], ids=["mask", "block"])
def test_the_cut_copy_of_a_report_to_a_superior_comes_out_proactive(engine: Engine, style: Style) -> None:
    original = REPORT.format(passage=FIRM)
    assert _attribute(engine, original) is Attribute.REDACTED
    copy = redact_bytes(engine, original.encode("utf-8"), ".txt", "report.txt", style)
    assert FIRM not in copy.data.decode("utf-8")
    assert copy.recheck.attribute is Attribute.PROACTIVE
    stood_back = [step.message for step in copy.recheck.trace if step.message.startswith("JD049 ")]
    assert stood_back and "删减稿" in stood_back[0]


public(__name__, REPORT.format(passage=CUT), "REPORT-CUT")


def test_a_copy_checked_as_a_file_of_its_own_says_the_same(engine: Engine) -> None:
    assert _attribute(engine, REPORT.format(passage=CUT)) is Attribute.PROACTIVE
    assert _attribute(engine, REPORT.format(passage="")) is Attribute.WITHHELD  # nothing cut: a report


@pytest.mark.parametrize(
    "text",
    [
        # A 请示 with two options and a preference, a block pasted in: what is left still deliberates.
        f"关于城区停车场改造方案的请示\n县人民政府:\n    停车场改造有两个方案,方案一投入较少,方案二效果较好,"
        f"我局倾向于方案二。\n    {CUT}\n    妥否,请批示。\n县住建局",
        # A report whose matter waits for the superior's decision (JD001), a block pasted in.
        f"关于南山片区征收补偿标准调整问题的汇报\n区人民政府:\n未签约户多数要求提高补偿标准。"
        f"我局倾向于维持现行标准。\n{CUT}\n请区政府研究决定。\n区住建局",
    ],
    ids=["request-with-options", "report-awaiting-decision"],
)
def test_a_withheld_draft_with_blocks_pasted_in_stays_withheld(engine: Engine, text: str) -> None:
    assert _attribute(engine, text) is Attribute.WITHHELD
    assert _attribute(engine, text.replace(CUT, "")) is Attribute.WITHHELD


@pytest.mark.parametrize(
    "line",
    ["■" * 18, "■■■\t" + "■" * 18 + "\t" + "■" * 11, "430102********1234", "联系电话:■■■■■■■■■■■"],
    ids=["id-number-blocked", "row-of-identifiers", "id-number-masked", "phone-blocked"],
)
def test_a_blocked_or_masked_identifier_is_no_cut_passage(engine: Engine, line: str) -> None:
    # The report keeps its verdict: an identifier masked on a line of its own says nothing was severed.
    assert _attribute(engine, REPORT.format(passage=line)) is Attribute.WITHHELD


def test_the_learned_signal_is_silent_on_a_copy_with_a_cut_passage(engine: Engine) -> None:
    draft = (
        "城东片区近况\n近日城东片区部分拆迁户情绪较大,经常到现场的约40人,有个别人员扬言要到市里去。"
        "镇里安排干部夜间值守,是否需要公安提前介入,尚未确定。"
    )
    report = engine.check_text(draft, "draft.txt").files[0]
    assert report.attribute is Attribute.WITHHELD
    assert {finding.rule for finding in report.findings} & LEARNED_RULES
    first, rest = draft.split("。", 1)
    copy = engine.check_text(f"{first}。\n{CUT}\n{rest}", "copy.txt").files[0]
    assert not {finding.rule for finding in copy.findings} & LEARNED_RULES
    assert copy.attribute is Attribute.PROACTIVE


def test_the_learned_signal_is_silent_on_a_copy_with_table_rows_blocked_out(engine: Engine) -> None:
    # A table's rows cut cell by cell leave lines of blocks and blanks only (learned.toml ``unless``); one
    # block on a line that says what it was (a masked name) is no cut row and the signal still reads it.
    draft = (
        "城东片区近况\n近日城东片区部分拆迁户情绪较大,经常到现场的约40人,有个别人员扬言要到市里去。"
        "镇里安排干部夜间值守,是否需要公安提前介入,尚未确定。"
    )
    first, rest = draft.split("。", 1)
    rows = "  ■■■■■■          ■■■■■\n  ■■■■            ■■■■■■"
    copy = engine.check_text(f"{first}。\n{rows}\n{rest}", "copy.txt").files[0]
    assert not {finding.rule for finding in copy.findings} & LEARNED_RULES
    assert copy.attribute is Attribute.PROACTIVE
    learned = load_learned()
    assert learned.silenced(normalize(f"{first}。\n{rows}\n{rest}").text)
    assert not learned.silenced(normalize(f"{first}。\n带头人:■■■  ■■\n{rest}").text)
    assert not learned.silenced(normalize(f"{first}。\n  ■■■■■■■■■■■■■■■■■■\n{rest}").text)


def test_a_stricter_recheck_says_what_it_found_and_why(engine: Engine) -> None:
    original = engine.check_text(REPORT.format(passage=FIRM), "report.txt").files[0]
    # A cut of fewer than 20 characters cannot be told from a blocked ID number.
    short = engine.check_text(REPORT.format(passage="■" * 17), "copy.txt").files[0]
    lines = stricter_recheck(original, short, LEARNED_RULES)
    text = "\n".join(lines)
    assert "删减稿复查为“不公开”,比原文件的“删减后公开”更严格" in lines[0]
    assert "[JD049]" in text and "原文件中此项未成立" in text and "看不出删去的段落" in text
    assert stricter_recheck(original, original, LEARNED_RULES) == []


def test_redact_prints_no_warning_when_the_copy_is_publishable(tmp_path: Path) -> None:
    source = write(tmp_path / "汇报.txt", REPORT.format(passage=FIRM))
    ran = run_in_process("redact", "--isolated", source, "-o", tmp_path / "cut.txt")
    assert "复查建议属性: 主动公开" in ran.stderr
    assert "更严格" not in ran.stderr


def test_yields_to_cut_names_a_signal_of_kind_severed(tmp_path: Path) -> None:
    text = builtin_judgement().read_text(encoding="utf-8")
    assert 'yields_to_cut = ["severed-passage"]' in text
    broken = write(tmp_path / "judgement.toml", text.replace('["severed-passage"]', '["genre-request"]', 1))
    with pytest.raises(RulePackError, match=r"E242 .*yields_to_cut: no signal 'genre-request' of kind"):
        load_judgement(broken)


def test_every_combination_that_stands_back_for_a_severable_passage_stands_back_for_its_cut() -> None:
    # A combination that holds by genre, direction and state alone and stands back for a severable passage
    # on the original (yields_to_severable) must stand back for the cut on the copy, or the copy of a draft
    # decided 删减后公开 is withheld. One that needs a subject judges the copy's own text (JD070).
    judgement = load_judgement()
    for combination in judgement.combinations:
        kinds = {judgement.signals[name].signal.kind for group in combination.require for name in group}
        if combination.yields_to_severable and kinds <= {"genre", "audience", "state", "circulation"}:
            assert combination.yields_to_cut == ["severed-passage"], combination.id
