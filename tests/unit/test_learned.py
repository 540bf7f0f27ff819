"""The learned weak signal of the judgement layer: its examples, its trace, its provenance, its training."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from secreview import Attribute, Engine, Severity
from secreview.errors import RulePackError
from secreview.extract.base import BODY, ExtractedText, Segment
from secreview.judge.learned import (
    MIN_PARAGRAPH,
    MODEL_FILE,
    POLICY_FILE,
    Scored,
    describe,
    load_learned,
    read_model,
    read_policy,
)
from secreview.judge.schema import JUDGED
from secreview.models import TraceRole
from secreview.normalize import normalize
from secreview.resources import builtin_rules_dir
from tests.conftest import CORPUS, SEEDS, shared_files
from tests.testing.findings import cut_decision, made_finding

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks" / "judgement"))

LEARNED = load_learned()
EXAMPLES = LEARNED.policy.examples
JUDGE_ENGINE = Engine()
JUDGE = JUDGE_ENGINE.judge


def _signals(text: str) -> dict[str, str]:
    import train

    return train.signals_of(text)


def _score(text: str) -> float:
    """The shipped model's probability for ``text``, with the judgement signals that fire in it."""
    return LEARNED.model.score(normalize(text).text, signals=_signals(text)).probability


@pytest.fixture(scope="module")
def signalling(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """An engine with the learned signal switched on, whatever the shipped policy's ``enabled`` says."""
    shipped = (builtin_rules_dir() / POLICY_FILE).read_text(encoding="utf-8")
    path = tmp_path_factory.mktemp("learned") / "learned.toml"
    path.write_text(shipped.replace("enabled = false", "enabled = true", 1), encoding="utf-8")
    engine = Engine()
    engine.learned = load_learned(policy=path)
    return engine


def _scored(text: str) -> Scored:
    return LEARNED.model.score(normalize(text).text, signals=_signals(text))


@pytest.mark.parametrize("text", EXAMPLES.hit, ids=lambda text: text[:12])
def test_hit_example_reaches_the_threshold(text: str) -> None:
    assert LEARNED.speaks(_scored(text))
    assert LEARNED.model.score(normalize(text).text).evidence


@pytest.mark.parametrize("text", EXAMPLES.miss, ids=lambda text: text[:12])
def test_miss_example_stays_below_the_threshold(signalling: Engine, text: str) -> None:
    assert not LEARNED.speaks(_scored(text))
    report = signalling.check_text(text).files[0]
    assert not [finding for finding in report.findings if finding.rule.startswith("JL")]


def test_a_draft_the_signal_speaks_on_gets_a_medium_finding_with_its_trace(signalling: Engine) -> None:
    """The signal's own review (independent of what the rules find today): its finding and trace lines."""
    text = EXAMPLES.hit[0]
    learned = signalling.learned
    assert learned is not None
    extracted = ExtractedText(text, [Segment(0, len(text), BODY)])
    reviewed = learned.review(extracted, normalize(text), [], {}, _signals(text))
    assert reviewed is not None
    (finding,), trace = reviewed
    assert finding.rule.startswith("JL") and finding.severity is Severity.MEDIUM
    assert finding.category in JUDGED
    assert "请人工核实" in finding.message
    assert text[finding.start : finding.end] == finding.text
    assert "\n" not in finding.text and len(finding.text) > 10  # the line its evidence weighs most on
    signal = [step for step in trace if step.role is TraceRole.SIGNAL]
    assert len(signal) == 1 and "统计模型" in signal[0].message and "概率" in signal[0].message
    assert any(f"“{word}”" in signal[0].message for word in ("安排", "尚未", "是否"))
    combined = [step for step in trace if step.role is TraceRole.COMBINED]
    assert combined[0].rules == [finding.rule]
    assert combined[0].basis == LEARNED.policy.categories[finding.category].basis


@pytest.mark.parametrize("text", EXAMPLES.hit, ids=lambda text: text[:12])
def test_the_engine_adds_the_signal_only_where_the_rules_leave_the_draft_public(
    signalling: Engine, text: str
) -> None:
    rules_alone = Engine()
    rules_alone.learned = None
    before = rules_alone.check_text(text).files[0]
    report = signalling.check_text(text).files[0]
    learned = [finding for finding in report.findings if finding.rule.startswith("JL")]
    if before.attribute is Attribute.PROACTIVE:
        assert [finding.severity for finding in learned] == [Severity.MEDIUM]
        assert report.attribute is not Attribute.PROACTIVE
        assert any(step.role is TraceRole.SIGNAL and "统计模型" in step.message for step in report.trace)
    else:  # the rules found it: the report is theirs alone
        assert learned == []
        assert report.attribute is before.attribute


def test_the_decision_a_suspicion_causes_is_worded_as_one(signalling: Engine) -> None:
    """Its reason asks for a check and holds the draft back; no 附注 is suggested before a person decides,
    and the 处理 line says that only the model raised it."""
    from secreview.report.advice import SUSPECTED, advice

    report = signalling.check_text(EXAMPLES.hit[0]).files[0]
    assert [finding.rule[:2] for finding in report.findings if finding.severity is not Severity.LOW] == ["JL"]
    assert report.attribute is LEARNED.policy.hold
    assert len(report.reasons) == 1 and "请人工核实" in report.reasons[0].message
    assert "统计模型" in report.reasons[0].message
    assert report.suggested_note is None
    decisive = [step for step in report.trace if step.role is TraceRole.DECISIVE]
    assert [step.message for step in decisive] == [report.reasons[0].message]
    assert advice(report) == SUSPECTED


def test_a_suspected_third_party_secret_is_held_back_not_redacted_on_a_guessed_line() -> None:
    """JL002: the category's own attribute (删减后公开) would have a redacted copy cut the line the model
    points at, a guess; the suspicion holds the whole draft back until a person has looked."""
    from secreview.decide import Decision
    from secreview.models import Category, Reason, TraceStep

    finding = made_finding(Category.TRADE_SECRET, Severity.MEDIUM, "JL002", text="某某数据", message="疑似")
    step = TraceStep(
        role=TraceRole.DECISIVE,
        category=Category.TRADE_SECRET,
        attribute=Attribute.REDACTED,
        count=1,
        rules=["JL002"],
        message="含第三方商业秘密 1 处,删除后可公开",
    )
    reason = Reason(category=Category.TRADE_SECRET, message=step.message, basis="第十五条")
    decision = Decision(Attribute.REDACTED, [reason], [step], suggested_note="(此件删减后公开)")
    held = LEARNED.decided(decision, finding, {})
    assert held.attribute is Attribute.WITHHELD
    assert held.reasons[0].basis == LEARNED.policy.categories[Category.TRADE_SECRET].basis
    assert "请人工核实" in held.reasons[0].message and "删除后可公开" not in held.reasons[0].message
    # … and says what the law gives once a person has found the third party's data (第三十七条)
    assert held.reasons[0].message.endswith(LEARNED.policy.categories[Category.TRADE_SECRET].after_check)
    assert "第三十七条" in held.reasons[0].message
    assert held.trace[0].attribute is Attribute.WITHHELD and held.suggested_note is None


def test_the_signal_never_joins_a_rule_finding(signalling: Engine) -> None:
    """A draft the rules already withhold keeps its rule findings only."""
    text = "关于停车场改造的请示\n县机关事务局:\n经研究,拟采用方案二,妥否,请批示。\n县财政局"
    report = signalling.check_text(text).files[0]
    assert report.attribute is not Attribute.PROACTIVE
    assert not [finding for finding in report.findings if finding.rule.startswith("JL")]


def test_the_shipped_weights_were_trained_on_tuning_parts_only() -> None:
    model = read_model(builtin_rules_dir() / MODEL_FILE)
    provenance = model.provenance
    parts = provenance["parts"]
    assert isinstance(parts, list) and parts
    assert all(str(part).startswith("tune") for part in parts)
    assert str(provenance["command"]).startswith("python benchmarks/judgement/train.py")
    crossval = provenance["crossval"]
    assert isinstance(crossval, dict)
    assert crossval["threshold"] == LEARNED.policy.threshold
    assert crossval.get("paragraph_threshold") == LEARNED.policy.paragraph_threshold
    assert "pooled" in crossval


def test_the_signals_it_reads_are_the_judgement_rules_signals() -> None:
    """A signal renamed or removed in rules/judgement/judgement.toml would silently drop a feature: retrain
    (python benchmarks/judgement/train.py) whenever the judgement signals change."""
    model = read_model(builtin_rules_dir() / MODEL_FILE)
    names = set(JUDGE.judgement.signals)
    assert model.signals, "the model reads the judgement signals"
    assert {feature.text for feature in model.signals} <= names


def test_the_signals_a_cut_checks_for_a_partys_figures_are_paragraph_signals() -> None:
    """[learned.cut] figures (leak19): a name that is no paragraph signal of the judgement rules would leave
    the cut unchecked in silence."""
    assert LEARNED.policy.cut is not None and LEARNED.policy.cut.figures
    for name in LEARNED.policy.cut.figures:
        assert JUDGE.judgement.signals[name].signal.region == "paragraph", name


def test_the_judgement_signals_raise_the_score_and_show_in_the_trace(signalling: Engine) -> None:
    """The engine hands the signals that fired to the model: the same text scores otherwise without them,
    and the trace names those that raised it (by their labels)."""
    text = EXAMPLES.hit[1]
    signals = _signals(text)
    assert signals
    with_signals = LEARNED.model.score(normalize(text).text, signals=signals)
    assert with_signals.probability != LEARNED.model.score(normalize(text).text).probability
    raising = {feature.text for feature in LEARNED.model.model.signals if feature.weight > 0}
    expected = {label for name, label in signals.items() if name in raising}
    assert expected and set(with_signals.signals) == expected  # fewer than ``evidence`` here
    message = describe(with_signals, LEARNED.policy, {})
    assert all(label in message for label in expected) and "规则信号" in message


def test_training_is_deterministic() -> None:
    import train

    drafts = [draft for part in ("tune4", "tune5") for draft in train.read_part(part)]
    first = train.train(drafts)
    assert first == train.train(list(reversed(drafts)))
    assert json.dumps(first, ensure_ascii=False) == json.dumps(train.train(drafts), ensure_ascii=False)


def test_the_folds_over_worker_processes_are_those_of_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """crossval.py --workers: the same out-of-fold judgements, in the same order, and the same model on every
    writer, whether the folds run here or in forked processes (a third of four writers' drafts; a few of the
    generator's public documents; the public floor is not read)."""
    import crossval
    import train

    monkeypatch.setattr(crossval, "read_part", lambda part: train.read_part(part)[::3])
    monkeypatch.setattr(crossval, "generated_public", lambda: train.generated_public(((101, 1),)))
    monkeypatch.setattr(
        crossval, "real_probabilities", lambda model: [("model", len(model["features"]), 0.0)]
    )
    parts = ["tune4", "tune5", "tune6", "tune7"]
    drafts, public, _, judged, full, real = crossval.folds(parts, workers=1)
    assert len({draft.writer for draft in drafts}) == 4 and public
    assert any(item.probability is not None for item in judged) and full["features"]
    forked = crossval.folds(parts, workers=2)
    assert forked[0] == drafts and forked[1] == public
    assert forked[3] == judged and forked[4] == full and forked[5] == real


def test_the_generator_documents_it_is_fitted_on_are_not_those_of_the_public_floor() -> None:
    """The secrecy generator's public documents are fitted as look-alikes (train.GENERATED_PUBLIC); the floor
    of the threshold rule (crossval.GENERATED_DRAWS, which holds the generator's precision test's draw) is
    measured on other seeds, and the shipped weights say which draws they were fitted on."""
    import crossval
    import train

    fitted = {seed for seed, _ in train.GENERATED_PUBLIC}
    assert fitted and not fitted & {seed for seed, _ in crossval.GENERATED_DRAWS}
    provenance = read_model(builtin_rules_dir() / MODEL_FILE).provenance
    generated = provenance["generated_public"]
    assert isinstance(generated, dict)
    assert generated["draws"] == [list(draw) for draw in train.GENERATED_PUBLIC]
    assert all(
        draft.part == train.GENERATED_PART and not draft.withheld
        for draft in train.generated_public(((101, 1),))
    )


def test_training_refuses_a_held_out_part() -> None:
    import train

    with pytest.raises(SystemExit):
        train.read_part("heldout38")


def test_a_policy_with_a_threshold_below_one_half_is_refused(tmp_path: Path) -> None:
    shipped = (builtin_rules_dir() / POLICY_FILE).read_text(encoding="utf-8")
    path = tmp_path / "learned.toml"
    path.write_text(shipped.replace("threshold = ", "threshold = 0.3 #", 1), encoding="utf-8")
    with pytest.raises(RulePackError, match="E246"):
        read_policy(path)


def test_a_public_form_keeps_the_signal_silent(signalling: Engine) -> None:
    text = EXAMPLES.hit[0] + "\n特此公告。"
    assert LEARNED.speaks(_scored(text))
    report = signalling.check_text(text).files[0]
    assert not [finding for finding in report.findings if finding.rule.startswith("JL")]


def test_disabled_policy_keeps_the_signal_silent(tmp_path: Path) -> None:
    shipped = (builtin_rules_dir() / POLICY_FILE).read_text(encoding="utf-8")
    path = tmp_path / "learned.toml"
    path.write_text(shipped.replace("enabled = true", "enabled = false", 1), encoding="utf-8")
    engine = Engine()
    engine.learned = load_learned(policy=path)
    report = engine.check_text(EXAMPLES.hit[0]).files[0]
    assert report.attribute is Attribute.PROACTIVE


def test_its_rules_are_described_for_sarif(signalling: Engine) -> None:
    infos = {info.id: info for info in signalling.rule_infos() if info.id.startswith("JL")}
    assert sorted(infos) == ["JL001", "JL002", "JL003", "JL004", "JL005"]
    assert {info.category for info in infos.values()} == JUDGED
    assert all(info.severity is Severity.MEDIUM and "条" in info.basis for info in infos.values())


def test_an_invalid_unless_pattern_is_refused(tmp_path: Path) -> None:
    shipped = (builtin_rules_dir() / POLICY_FILE).read_text(encoding="utf-8")
    path = tmp_path / "learned.toml"
    path.write_text(shipped.replace("unless = [", "unless = [\n    '(未闭合',", 1), encoding="utf-8")
    with pytest.raises(RulePackError, match=r"E246 .*unless"):
        load_learned(policy=path)


def test_the_localisation_measure_counts_evidence_left_outside_a_cut() -> None:
    """benchmarks/judgement/localise.py: the places a cut on the model's guess could take lie in the text, the
    line inside its paragraph, and a copy cut there holds whatever evidence lies outside."""
    import localise

    text = EXAMPLES.hit[2]
    found = localise.places(JUDGE_ENGINE, LEARNED.model, text)
    assert set(found) == set(localise.PLACES)
    line, paragraph = found["line"], found["paragraph"]
    assert 0 <= paragraph[0] <= line[0] < line[1] <= paragraph[1] <= len(text)
    inside = text[line[0] : line[1]][:6]
    outside = next(part for part in text.splitlines() if part and not line[0] <= text.find(part) < line[1])
    assert localise._holds(text, [inside, outside], line) == [outside]
    assert localise._covers(text, text[line[0] : line[1]], line)
    assert not localise._covers(text, outside, line)


# A public notice with one paragraph of a third party's unpublished figures (the paragraph a writer labels
# 删减后公开), and its twin without that paragraph.
NOTICE = [
    "关于2026年度全市规模以上工业企业运行情况的通报",
    "各区县人民政府,市直有关部门:",
    "今年以来,全市工业经济总体平稳,规模以上工业增加值同比增长5.2%,工业投资稳步回升,新动能持续壮大。",
    "据企业报送的未公开经营数据,宏达钢铁去年亏损1200万元,资产负债率高达85%,主要债权银行正在协商展期。",
    "下一步,各地要继续落实助企纾困政策,加强运行监测,推动工业经济稳中有进。",
]


def test_the_paragraph_score_is_that_of_the_loudest_paragraph_read_alone() -> None:
    """Each paragraph (a line of MIN_PARAGRAPH characters or more) is scored with the same weights and the
    draft's signals, as if it were the whole draft; the score is the highest, its line the one shown."""
    text = normalize("\n".join(NOTICE)).text
    signals = _signals("\n".join(NOTICE))
    scored = LEARNED.model.score(text, signals=signals)
    alone = [
        (LEARNED.model.score(line, signals=signals).probability, line)
        for line in text.split("\n")
        if len(line.strip()) >= MIN_PARAGRAPH
    ]
    loudest, line = max(alone)
    assert scored.paragraph == pytest.approx(loudest)
    assert text[slice(*scored.paragraph_line)] == line.strip()


def test_a_severable_paragraph_scores_higher_alone_than_the_draft_around_it() -> None:
    scored = _scored("\n".join(NOTICE))
    twin = _scored("\n".join(NOTICE[:3] + NOTICE[4:]))
    assert scored.paragraph > scored.probability
    assert scored.paragraph > twin.paragraph


def test_the_finding_points_at_the_paragraph_when_the_paragraph_score_speaks(tmp_path: Path) -> None:
    shipped = (builtin_rules_dir() / POLICY_FILE).read_text(encoding="utf-8")
    text = "\n".join(NOTICE)
    scored = _scored(text)
    path = tmp_path / "learned.toml"
    lines = [line for line in shipped.splitlines() if not line.startswith("paragraph_threshold")]
    policy = "\n".join(lines).replace("enabled = false", "enabled = true", 1)
    policy = policy.replace(
        "\nthreshold = ",
        f"\nparagraph_threshold = {scored.paragraph - 0.001:.4f}\nthreshold = 0.999 #",
        1,
    )
    path.write_text(policy, encoding="utf-8")
    learned = load_learned(policy=path)
    assert learned.policy.threshold == 0.999 and not scored.probability >= 0.999
    extracted = ExtractedText(text, [Segment(0, len(text), BODY)])
    reviewed = learned.review(extracted, normalize(text), [], {}, _signals(text))
    assert reviewed is not None
    (finding,), trace = reviewed
    assert finding.text == NOTICE[3]
    assert "单段最高" in trace[0].message
    path.with_name("silent.toml").write_text(
        policy.replace("\nparagraph_threshold = ", "\n# ", 1), encoding="utf-8"
    )
    silent = load_learned(policy=path.with_name("silent.toml"))
    assert silent.policy.paragraph_threshold is None
    assert silent.review(extracted, normalize(text), [], {}, _signals(text)) is None


REAL = [path for path in [*shared_files(SEEDS), *shared_files(CORPUS)] if path.suffix == ".txt"]


@pytest.mark.skipif(not REAL, reason="../shared not present")
def test_the_real_documents_stay_below_the_thresholds_by_a_margin() -> None:
    """The real published documents the rules leave 主动公开 score at least 0.02 below each threshold, whole
    and by paragraph (crossval.REAL_MARGIN): a public document is where the signal must stay silent."""
    engine = Engine()
    engine.learned = None
    policy = LEARNED.policy
    for path in REAL:
        text = path.read_text(encoding="utf-8", errors="replace")
        report = engine.check_text(text, path.name).files[0]
        if report.attribute is not Attribute.PROACTIVE or LEARNED.silenced(normalize(text).text):
            continue
        scored = _scored(text)
        assert scored.probability <= policy.threshold - 0.02, path.name
        if policy.paragraph_threshold is not None:
            assert scored.paragraph <= policy.paragraph_threshold - 0.02, path.name


# A withheld draft's text with one person's mobile in it: the rules cut it at the number (PI101) alone.
CUT_AT_A_NUMBER = EXAMPLES.hit[0] + "\n现场联络人王建国的手机号码为13907315566。"
# Its twin that stays public: a notice whose contact line gives a person's mobile (left 主动公开).
NOTICE_WITH_A_NUMBER = EXAMPLES.miss[2] + "\n联系人:王建国,手机13907315566。"


def _policy(tmp_path: Path, speaks_over: str) -> Path:
    """The shipped policy, switched on, with ``speaks_over`` set as given (a TOML list)."""
    shipped = (builtin_rules_dir() / POLICY_FILE).read_text(encoding="utf-8")
    lines = [line for line in shipped.splitlines() if not line.startswith("speaks_over")]
    text = "\n".join(lines).replace("enabled = false", "enabled = true", 1)
    path = tmp_path / f"learned-{len(speaks_over)}.toml"
    text = text.replace("\nthreshold = ", f"\nspeaks_over = {speaks_over}\nthreshold = ", 1)
    path.write_text(text, encoding="utf-8")
    return path


def _engine(policy: Path) -> Engine:
    engine = Engine()
    engine.learned = load_learned(policy=policy)
    return engine


def test_the_signal_speaks_over_a_cut_made_for_identifiers_alone(tmp_path: Path) -> None:
    """A draft the rules cut only at a number (``speaks_over``) would be published whole but for the number:
    the signal reads its text as if the rules had left it 主动公开, and the number's finding stays."""
    rules_alone = Engine()
    rules_alone.learned = None
    before = rules_alone.check_text(CUT_AT_A_NUMBER).files[0]
    assert before.attribute is Attribute.REDACTED
    assert {finding.rule[:2] for finding in before.findings if finding.severity is not Severity.LOW} == {"PI"}
    silent = _engine(_policy(tmp_path, "[]")).check_text(CUT_AT_A_NUMBER).files[0]
    assert silent.attribute is Attribute.REDACTED
    assert not [finding for finding in silent.findings if finding.rule.startswith("JL")]
    report = _engine(_policy(tmp_path, '["PI", "PN", "AD", "SN"]')).check_text(CUT_AT_A_NUMBER).files[0]
    learned = [finding for finding in report.findings if finding.rule.startswith("JL")]
    assert [finding.severity for finding in learned] == [Severity.MEDIUM]
    assert report.attribute is Attribute.WITHHELD
    assert "请人工核实" in report.reasons[0].message
    assert {finding.rule for finding in before.findings} < {finding.rule for finding in report.findings}
    assert report.suggested_note is None


def test_a_public_notice_with_a_contact_number_stays_public_where_the_signal_speaks_over_cuts(
    tmp_path: Path,
) -> None:
    report = _engine(_policy(tmp_path, '["PI", "PN", "AD", "SN"]')).check_text(NOTICE_WITH_A_NUMBER).files[0]
    assert report.attribute is Attribute.PROACTIVE
    assert not [finding for finding in report.findings if finding.rule.startswith("JL")]


def test_the_signal_hears_a_cut_only_when_every_weighty_finding_is_of_its_packs(tmp_path: Path) -> None:
    from secreview.models import Category, Finding

    def finding(rule: str, category: Category, severity: Severity = Severity.HIGH) -> Finding:
        return made_finding(category, severity, rule, text="某某某某", message="")

    learned = load_learned(policy=_policy(tmp_path, '["PI", "PN"]'))
    phone, name = finding("PI101", Category.PHONE), finding("PN001", Category.PERSON_NAME, Severity.MEDIUM)
    marking = finding("WS004", Category.WORK_SECRET, Severity.MEDIUM)
    assert learned.hears(Attribute.PROACTIVE, [])
    assert learned.hears(Attribute.REDACTED, [phone, name])
    assert learned.hears(Attribute.REDACTED, [phone, finding("WS004", Category.WORK_SECRET, Severity.LOW)])
    assert not learned.hears(Attribute.REDACTED, [phone, marking])  # a marking is not an identifier
    assert not learned.hears(Attribute.REDACTED, [finding("AD001", Category.ADDRESS)])  # not of its packs
    assert not learned.hears(Attribute.WITHHELD, [phone])  # the rules hold it back already
    assert not learned.hears(Attribute.REDACTED, [])
    assert not load_learned(policy=_policy(tmp_path, "[]")).hears(Attribute.REDACTED, [phone])


def test_a_pack_of_speaks_over_is_a_rule_id_prefix(tmp_path: Path) -> None:
    with pytest.raises(RulePackError, match="speaks_over"):
        read_policy(_policy(tmp_path, '["pi"]'))


def test_a_text_read_without_no_line_scores_as_read_and_without_its_lines_lower() -> None:
    """``without``: the two probabilities of the text less some of its lines (what a cut leaves, learned18):
    nothing dropped is the reading itself; the loudest line dropped reads less like a withheld draft."""
    text = EXAMPLES.hit[1]
    model = LEARNED.model
    signals = _signals(text)
    reading = model.read(normalize(text).text, signals)
    assert model.without(reading, set(), signals) == pytest.approx((reading.probability, reading.paragraph))
    loudness = model.loudness(reading, [start for start, _stop, _numbers in reading.lines])
    loudest = max(loudness, key=lambda item: item[1])[0]
    less = model.without(reading, {loudest}, signals)
    assert less[0] < reading.probability and less[1] <= reading.paragraph


def test_a_cut_leaves_the_decision_the_rules_make_worded_as_a_suspicion() -> None:
    """A severable learned finding (the policy's ``cut``) is not held back: the draft is 删减后公开 and the
    reason asks for a check, under 第三十七条 beside the category's basis."""
    from secreview.models import Category

    assert LEARNED.policy.cut is not None
    finding = made_finding(Category.TRADE_SECRET, Severity.MEDIUM, "JL002", text="某某数据", message="疑似")
    finding = finding.model_copy(update={"severable": True})
    message = "含可分割的第三方商业秘密 1 处,删除该部分后其余内容可公开"
    cut = LEARNED.decided(cut_decision(Category.TRADE_SECRET, "JL002", message), finding, {})
    assert cut.attribute is Attribute.REDACTED and cut.trace[0].attribute is Attribute.REDACTED
    assert "请人工核实" in cut.reasons[0].message and "删除该部分后其余部分可公开" in cut.reasons[0].message
    assert cut.reasons[0].basis.endswith("第三十七条")
