"""The judgement layer scored on the labelled drafts of ``benchmarks/judgement`` (issue 15).

Only aggregate numbers are asserted: the held-out part measures overfitting, so no test names or prints one
of its documents. The held-out tests score ``HELDOUT_PART`` only when ``SECREVIEW_SCORE_HELDOUT=1`` is set:
whoever tunes the rules runs the suite without it, so that the held-out part is not scored again and again
while the rules change (each score it is used for makes it less of a held-out part); the lead sets it.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks" / "judgement"))

import evaluate  # noqa: E402

from tests.testing.identifiers import mod11_2  # noqa: E402

# The held-out part the targets of issue 15 are asserted on (a folder under benchmarks/judgement/documents).
HELDOUT_PART = "heldout38"
scores_heldout = pytest.mark.skipif(
    os.environ.get("SECREVIEW_SCORE_HELDOUT") != "1",
    reason=f"held-out part {HELDOUT_PART!r} is scored only with SECREVIEW_SCORE_HELDOUT=1 (not while tuning)",
)


@functools.cache
def _summary(*parts: str, copies: bool = False) -> dict[str, object]:
    scores = evaluate.Scores()
    for part in parts:
        folder = evaluate.ROOT / part
        if not any(folder.glob("labels-*.json")):
            pytest.skip(f"no labelled drafts in {folder}")
        evaluate.score(folder, scores, copies=copies)
    return scores.summary()


def test_tuning_parts_meet_the_targets() -> None:
    # Measured on tune..tune43 (3,309 drafts, main 9d783af, end of session 13): non-publishable 0.984,
    # 主动公开 0.000, passages 0.993, look-alikes 0.996, look-alikes with a judged finding 0.001;
    # precision / recall: security_risk 0.978 / 0.978, trade_secret 0.973 / 0.981, internal_affairs
    # 0.979 / 0.992, process_info 0.962 / 0.890, enforcement_file 0.989 / 0.992.
    summary = _summary(*evaluate.TUNED, copies=True)
    accuracy = summary["attribute_accuracy"]
    assert isinstance(accuracy, dict)
    assert accuracy["non_publishable"] >= 0.95
    assert summary["non_publishable_proactive_rate"] <= 0.05
    assert summary["severable_passage_covered"] >= 0.9
    assert accuracy["lookalike"] >= 0.95
    assert summary["lookalike_flagged_by_judged_categories"] <= 0.05
    categories = summary["categories"]
    assert isinstance(categories, dict)
    for category, values in categories.items():
        # process_info: some writers label a security or case report sent upward as process information too,
        # the others do not; the decision cites the content's article first and process information as a
        # second reason, which the score does not count as a category claim (README, Judgement). Its precision
        # counts the reports to a superior whose only exempt content is a third party's data: the writers
        # label them 删减后公开 for 第十五条 alone, the local attribute rules make a report to a superior
        # 不予公开 (JD049, JD001; README, Judgement).
        assert values["recall"] >= (0.8 if category == "process_info" else 0.9), category
        assert values["precision"] >= (0.8 if category == "process_info" else 0.85), category


# Redacted copies of the tuning parts' drafts decided 删减后公开 that re-check stricter, each explained in
# the README (Judgement, Known limits): a cut too short to tell from a blocked identifier (tune17 ac-006),
# a table row blocked out with its rules (tune3 d-012: the learned signal holds the copy), a firm's figures
# the cut leaves whole in a copy the learned signal holds (tune35 ba-029). Session 14's five drafts of tune47
# and tune48 cut at identifiers alone are held whole since learned8's `speaks_over` (session 15).
COPIES_NOT_PROACTIVE = 3


def test_redacted_copies_of_drafts_decided_redacted_come_out_proactive() -> None:
    """Every tuning part: the copy ``secreview redact`` makes of a draft decided 删减后公开, checked again on
    its own (as the pre-commit hook and publishing systems check it), comes out 主动公开, in both styles."""
    rest = tuple(part for part in evaluate.tuning_parts() if part not in evaluate.TUNED)
    summaries = [_summary(*evaluate.TUNED, copies=True), *([_summary(*rest, copies=True)] if rest else [])]
    copies = sum(int(str(summary["redacted_copies"])) for summary in summaries)
    assert copies >= 300
    for style in evaluate.COPY_STYLES:
        proactive = 0
        for summary in summaries:
            counts = summary["redacted_copies_proactive"]
            assert isinstance(counts, dict)
            proactive += counts[style]
        assert copies - proactive <= COPIES_NOT_PROACTIVE, style


# What the redacted copies of the tuning parts' drafts labelled and decided 删减后公开 still hold of the
# labelled data, measured apart from secreview's own findings (evaluate.labelled_figures): the labelled
# passages' characters and the digits of the evidence sentences' figures left whole. Measured at the start
# of session 14 (main 2254abf, 640 drafts, both styles): passages 0.006 / 0.005, figures 0.079 (54 drafts);
# after leak8's runs_on (a firm's figures running on in a document about that firm): figures 0.069 (46);
# with judge35's and judge36's rules (main b9da3e5, 644 drafts): passages 0.001, figures 0.048 (42);
# TS001 through the 标底's breakdown (其中…): 0.038 (40); a figure given again after the cut: 39 drafts.
# With tune47 and tune48 opened at the end of session 14 (scored unseen, not tuned on; main 782a0cc, 683
# drafts): passages 0.007 (tune48's severable passages cut elsewhere: 0.339 of its own), figures 0.042 (46
# drafts; tune47 cc-037 keeps three identity numbers whose check digit is wrong, in a table drawn with bars).
# leak9 (session 15): tables drawn with bars read by their headings (cc-037), a household's income, bills
# and debts and a case write-up's diagnosis cut (main f94fbda, 685 drafts): figures 0.042 -> 0.036 (43).
# With tune49 and tune50 opened at the end of session 15 (scored unseen, not tuned on; 721 drafts): passages
# 0.001, figures 0.039 (44 drafts; tune50 keeps 0.136 of its own figures).
# Session 16: leak10 (an ID beside a name whatever its check digit, pay columns, a third party's request
# sentence) and judge46 (tune52's severable passages): figures 0.026, passages 0.001 (main 6fd0d44, 708
# drafts). With tune51 and tune53 opened at the end of session 16 (scored unseen, not tuned on; 741 drafts):
# passages 0.0030 (tune53's severable trade-secret passage cut only at an identity number: 0.158 of its own),
# figures 0.030 (37 drafts; tune51 keeps 0.190 of its own figures).
# Session 17: tune55 opened unseen (new writers dd, de, df): figures 0.0354 in mask copies (274 of
# 7,731 digits; tune55 keeps 0.186 of its own: dd-006, dd-026, df-044), so the line moves up to the
# measure until the class is fixed (leak11 this session). severable49: tune53's informant paragraph
# is cut whole (JD021 reads the request that follows the report, 反映后要求不公开其身份), and six more
# severable passages of tune51-53 are cut: passages 0.001 (761 drafts with tune55).
# leak11: the figures of the items beside a third party's cut list item go too (with_sibling_figures):
# 0.0354 -> 0.021 mask, 0.019 block (26 drafts of 755, measured before severable49 landed).
# End of session 17: tune54 and tune56 (heldout24 and heldout25, scored unseen, not tuned on) opened: figures
# 0.032 (270 of 8,374 digits; tune54 keeps 0.145 of its own, tune56 0.292: a blood centre's and a county's
# third parties' figures in reviews the rules cut only in part); passages still 0.000 of theirs.
# leak12 (session 18): the figures beside what the copy cuts go too (a (一) item's labelled lines, a table's
# rows beside a cut row, a party named again after its data was cut, a sentence whose person's name or number
# is cut, a form about one person): 0.032 -> 0.012 mask, 0.011 block (34 -> 18 drafts of 804; tune54 0.145 ->
# 0.034, tune55 0.174 -> 0.121, tune56 0.292 -> 0.058).
# leak14 (session 19): items about private persons (a masked name, 其本人) beside a cut one, lines that each
# open with a party, lead-ins naming the parties as a whole: 0.012 -> 0.0096 mask (116 -> 92 digits of 9,541),
# 0.011 -> 0.0087 block (24 -> 20 drafts of 860; tune57 dh-022, tune58 dj-022, tune56 dc-034, tune21 aj-033).
# The lead's relabels of session 19 (LABELS.md: five reviews of one applicant and a 公示's disability
# column now 删减后公开) count the figures their copies keep, which counted as attribute misses before:
# 107 -> 115 digits of 9,812 (ag-033 keeps the applicant's income, dd-041 a salary, df-037 its rows'
# numbers beside the cut column).
# End of session 19: tune59 and tune60 (heldout28 and heldout29, scored unseen, not tuned on) opened: figures
# 0.0187 in mask copies (202 of 10,807 digits; tune59 keeps 0.100 of its own, tune60 0.122: third parties'
# figures in reviews and lists the rules cut only at a name or a number), so the line moves up to the measure
# until the class is fixed, as in session 17; passages still 0.000 of theirs.
# leak15 (session 20): a partnership's item of a bid list (…事务所（普通合伙）：), a firm whose line's
# figures are cut named again after it, a clause after ；/。 that opens with 其 or 该公司, a number the draft
# masked in part (3501xxxx19820417xxxx) in a person's sentence: 0.0187 -> 0.015 mask, 0.018 -> 0.014 block
# (32 -> 29 drafts of 917; tune59 0.100 -> 0.037: dm-005 7 of 8 -> 0 of 8; dr-025's birth date, dj-011's
# bidder's clarification).
# End of session 20: tune61 and tune62 (heldout30 and heldout31, scored unseen, not tuned on) opened: figures
# 0.0173 in mask copies (202 of 11,671 digits; tune61 keeps none of its own, tune62 0.109: a firm's and
# bidders' figures in reviews the rules cut only at a name), so the line moves up to the measure again.
# leak16 (session 21): an item naming its party 申请单位, a party's item kept by the office's ranking
# alone (its quote and component scores go, its 综合得分 and 排名 stay), a lead-in's 报价分别为 (one figure
# per party), and a firm's 该公司 sentence in a second list of firms beside a cut one: 0.0173 -> 0.014
# mask, 0.016 -> 0.013 block (30 -> 28 drafts; tune62 0.109 -> 0.027: dv-029's ratios, dw-007's quotes
# and scores; tune58 dj-037). Then findings leak15 left: an evaluation report's line of one bidder's
# component scores (JD182 with paragraph-bidder-scores: tune55 dd-006) and parameters a firm bought from
# another (TS005: tune60 dr-043): 0.0137 -> 0.0122 mask, 0.0127 -> 0.0111 block (28 -> 27 drafts of 952;
# tune59 do-005, held whole by the signal before, now a copy that keeps 4 of its figures).
# End of session 21: tune63 and tune64 (heldout32 and heldout33, scored unseen, not tuned on) opened: figures
# 0.0155 in mask copies (193 of 12,476 digits; tune63 0.027, tune64 0.127: firms' and persons' figures beside
# cuts at a name or an identifier), passages 0.00195 (tune63 keeps 78 characters of one labelled passage), so
# the figures line moves up to the measure again.
# leak17 (session 22): a list of the parties' quotes (各供应商最后报价如下：) beside a cut list of firms and a
# party named by its rank (第一名供应商配备…), a person's form whose head names him above its items, a
# negotiation's floor price (TS001: tune63 dz-025) and a contract's supplier's account (PI207, PB007: tune64
# ec-027): 0.0155 -> 0.0112 mask (193 -> 140 digits, 33 -> 29 drafts), 0.0145 -> 0.0103 block (30 -> 26
# drafts; tune18 ag-033, tune59 do-005).
# Session 22's end (the lead): tune65 and tune66 opened unseen, their copies keeping 0.188 and 0.107 of their
# figures and tune66 0.155 of its passages (174 characters), so the whole measures 0.0043 of the passages and
# 0.0186 of the figures (mask; 0.0042 / 0.0177 block): the lines move up to the measure, to come down again.
# leak18 (session 22): beside a list of firms the copy cuts, a second list's items kept by the office's
# ranking alone lose their component scores (价格分, 技术分: tune65 ee-034, tune66 eh-003): figures
# 0.0186 -> 0.0160 mask, 0.0177 -> 0.0151 block; passages stay 0.0043 (tune66's passages not covered are
# the rules' reach).
# leak19 (session 23): the learned signal's part cut no longer leaves the parts where a paragraph signal reads
# a party's own figures (tune65 ef-033 held whole: its 14 figures), a name written with a middle dot is a name
# (tune65 ee-026's patient and her age) and cash kept in a drawer is a site's weak point (tune65 eg-016):
# figures 0.0160 -> 0.0127 mask, 0.0151 -> 0.0118 block (38 -> 35 drafts; tune65 0.153 -> 0.052); passages
# stay 0.0043. Rebased on third58 (its rules cut ef-033's items; 13,878 digits): 0.0135 -> 0.0131 mask,
# 0.0127 -> 0.0122 block (39 -> 37 drafts).
# Session 23's end (the lead): tune67 and tune68 opened unseen (tune68's copies keep 196 characters of its
# passages): passages 0.0044 (284 of 64,605), figures 0.0135 mask (198 of 14,668; 0.0125 block): both hold.
PASSAGE_LEFT = 0.0045
FIGURES_LEFT = 0.0135


def test_redacted_copies_keep_little_of_what_the_labels_say_must_go() -> None:
    rest = tuple(part for part in evaluate.tuning_parts() if part not in evaluate.TUNED)
    summaries = [_summary(*evaluate.TUNED, copies=True), *([_summary(*rest, copies=True)] if rest else [])]
    leaks = [summary["redacted_copies_leaks"] for summary in summaries]
    assert all(isinstance(each, dict) for each in leaks)
    passage = sum(int(each["passage_characters"]) for each in leaks)  # type: ignore[index]
    figures = sum(int(each["figure_digits"]) for each in leaks)  # type: ignore[index]
    assert sum(int(each["drafts"]) for each in leaks) >= 600  # type: ignore[index]
    assert passage >= 30000 and figures >= 5000
    for style in evaluate.COPY_STYLES:
        passage_left = sum(int(each["passage_characters_left"][style]) for each in leaks)  # type: ignore[index]
        figures_left = sum(int(each["figure_digits_left"][style]) for each in leaks)  # type: ignore[index]
        assert passage_left <= PASSAGE_LEFT * passage, style
        assert figures_left <= FIGURES_LEFT * figures, style


def test_labelled_figures_are_the_evidence_sentences_figures_and_their_repetitions() -> None:
    text = (
        "2026年11月报送如下：\n1. 甲公司：产值1.90亿元，利润总额-6840万元，计划12月减员约300人。\n"
        "2. 乙公司：产值5.62亿元。\n综上，甲公司利润6840万元。\n"
    )
    figures = [text[begin:end] for begin, end in evaluate.labelled_figures(text, ["利润总额-6840万元"])]
    # The dates, the month and the list number are not figures; the row's figures and the repetition are.
    assert figures == ["1.90", "6840", "300", "6840"]
    assert evaluate.labelled_figures(text, ["没有这句"]) == []


# A bulletin to lower units that names one resident with her identity number and mobile (a draft of mine): the
# engine cuts it at identifier findings (第十五条) and has no judged category for it.
_IDENTIFIER_BULLETIN = (
    "县住房和城乡建设局关于城东路人行道改造工程进展情况的通报\n\n各乡镇人民政府，县直各单位：\n\n"
    "　　城东路人行道改造工程于2026年3月开工，全长2.4公里，总投资680万元，已完成总工程量的75%。\n\n"
    "　　施工期间，我局接到沿线居民反映施工噪声问题12件，均已办结。沿线居民李建华（身份证号码：{number}，"
    "联系电话：13907391234）反映其门前排水不畅，我局已督促施工单位于2026年5月10日整改完毕。\n\n"
    "县住房和城乡建设局\n2026年6月1日\n"
)
_PLAIN_BULLETIN = (
    "县住房和城乡建设局关于城东路人行道改造工程进展情况的通报\n\n各乡镇人民政府，县直各单位：\n\n"
    "　　城东路人行道改造工程于2026年3月开工，全长2.4公里，总投资680万元，已完成总工程量的75%。\n\n"
    "县住房和城乡建设局\n2026年6月1日\n"
)


def test_a_labelled_trade_secret_is_found_by_identifier_findings_alone(tmp_path: Path) -> None:
    """LABELS.md, session 22: the writers label the cut of a private person's data trade_secret (第十五条
    covers commercial secrets and personal privacy alike); a draft the engine cuts at identifier findings
    alone has it found, and unlabelled it is no false trade_secret. A draft with no such finding misses it."""
    from secreview import Engine
    from secreview.models import Category

    number = "43052119860315712" + mod11_2("43052119860315712")
    bulletin = _IDENTIFIER_BULLETIN.format(number=number)
    report = Engine().check_text(bulletin, "a.txt").files[0]
    assert report.attribute is not None and report.attribute.value == "redacted"
    assert {f.category for f in report.findings} >= {Category.ID_NUMBER, Category.PHONE}
    assert not {f.category.value for f in report.findings} & set(evaluate.JUDGED)
    assert evaluate.rests_on_personal_data(report)
    drafts = {"labelled.txt": bulletin, "unlabelled.txt": bulletin, "plain.txt": _PLAIN_BULLETIN}
    for name, text in drafts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    labels = [
        {"file": "labelled.txt", "kind": "severable", "categories": ["trade_secret"], "attribute": "redacted",
         "passage": number, "evidence": [number]},
        {"file": "unlabelled.txt", "kind": "lookalike", "categories": [], "attribute": "redacted",
         "evidence": []},
        {"file": "plain.txt", "kind": "exempt", "categories": ["trade_secret"], "attribute": "withheld",
         "evidence": []},
    ]  # fmt: skip
    (tmp_path / "labels-a.json").write_text(json.dumps(labels, ensure_ascii=False), encoding="utf-8")
    scores = evaluate.score(tmp_path)
    assert scores.counts["trade_secret"] == {"tp": 1, "fp": 0, "fn": 1}
    assert scores.personal_found == 1
    assert scores.attribute == {"exempt": [False], "severable": [True], "lookalike": [True]}
    assert [miss.split()[0] for miss in scores.misses] == ["plain.txt"]


def test_every_part_is_a_folder_of_labelled_drafts_and_held_out_parts_are_apart() -> None:
    parts = evaluate.parts()
    assert "tune" in parts
    assert HELDOUT_PART in parts or not any((evaluate.ROOT / HELDOUT_PART).glob("labels-*.json"))
    assert all(not evaluate.is_heldout(part) for part in evaluate.tuning_parts())
    assert evaluate.is_heldout(HELDOUT_PART)


def test_tuned_parts_are_tuning_parts() -> None:
    assert set(evaluate.TUNED) <= set(evaluate.tuning_parts())


@pytest.mark.parametrize("part", evaluate.tuning_parts())
def test_labels_of_a_tuning_part_name_its_drafts_and_known_values(part: str) -> None:
    folder = evaluate.ROOT / part
    entries = evaluate._labels(folder)
    assert entries, part
    names = [str(entry["file"]) for entry in entries]
    assert len(names) == len(set(names)), part
    for entry in entries:
        name = str(entry["file"])
        assert (folder / name).is_file(), name
        assert entry["kind"] in evaluate.KINDS, name
        assert entry["attribute"] in evaluate.ATTRIBUTES, name
        assert set(entry["categories"]) <= set(evaluate.JUDGED), name  # type: ignore[call-overload]
        if entry["kind"] == "severable":
            passage = str(entry.get("passage", ""))
            assert passage and passage in (folder / name).read_text(encoding="utf-8"), name


def test_a_held_out_part_is_scored_alone(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        evaluate.main(["tune", HELDOUT_PART])
    assert "scored alone" in capsys.readouterr().err


def test_an_unknown_part_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        evaluate.main(["no-such-part"])
    assert "no such part" in capsys.readouterr().err


@scores_heldout
def test_heldout_part_keeps_its_last_measured_level() -> None:
    """A floor at the level measured on the held-out part (README), so that it cannot silently fall."""
    summary = _summary(HELDOUT_PART)
    accuracy = summary["attribute_accuracy"]
    assert isinstance(accuracy, dict)
    # The lowest of the last three held-out parts: heldout35 (end of session 22, now tune66: 0.864, 0.963,
    # 0.049, 0.019), heldout36 (kept out all session 23 as heldout-tune67, now tune67: 0.914, 0.981, 0.012,
    # 0.000 at its end) and heldout37 (end of session 23, now tune68: 0.914, 0.870, 0.012, 0.037).
    assert accuracy["non_publishable"] >= 0.86  # heldout35 0.864 (70 of 81)
    assert accuracy["lookalike"] >= 0.87  # heldout37 0.870 (47 of 54)
    assert summary["non_publishable_proactive_rate"] <= 0.05  # heldout35 0.049 (4 of 81)
    assert summary["lookalike_flagged_by_judged_categories"] <= 0.04  # heldout37 0.037 (2 of 54)


@scores_heldout
@pytest.mark.xfail(
    reason=(
        "issue 15 targets: met on heldout10, on heldout34 at the end of session 22 (kept out) and on"
        " heldout36 when first scored; missed on heldout11-35 and heldout37 (look-alikes to 0.796,"
        " non-publishable to 0.827)"
    ),
    strict=True,
)
def test_heldout_part_meets_the_issue_targets_in_aggregate() -> None:
    summary = _summary(HELDOUT_PART)
    accuracy = summary["attribute_accuracy"]
    assert isinstance(accuracy, dict)
    assert accuracy["non_publishable"] >= 0.9
    assert accuracy["lookalike"] >= 0.95
    assert summary["non_publishable_proactive_rate"] <= 0.05
    assert summary["lookalike_flagged_by_judged_categories"] <= 0.05


def test_the_structural_check_takes_away_one_piece_at_a_time() -> None:
    import structure

    body = "正文第一段。\n正文第二段。\n正文第三段。\n正文第四段。\n"
    text = f"关于某事项的报告\n\n县人民政府：\n{body}某局\n2026年1月8日"
    assert structure.without_addressee(text) == text.replace("县人民政府：\n", "")
    assert structure.with_plain_title(text) == text.replace("关于某事项的报告", structure.PLAIN_TITLE, 1)
    assert structure.without_closing(text) == text.replace("\n某局\n2026年1月8日", "")
    assert structure.without_addressee("关于某事项的报告\n正文。") is None
    assert structure.without_closing("短文\n一行") is None


def test_the_structural_check_refuses_a_held_out_part(capsys: pytest.CaptureFixture[str]) -> None:
    import structure

    with pytest.raises(SystemExit):
        structure.main([HELDOUT_PART])
    assert "held-out" in capsys.readouterr().err
