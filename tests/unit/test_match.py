from __future__ import annotations

from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from secreview.match import MERGE_GAP, KeywordMatcher, PatternMatcher, _first_in_each_line, _Lines, _merged
from secreview.rulepack import CompiledRule, load_packs
from tests.testing.packs import one_rule_pack


def test_keyword_matcher_finds_every_occurrence_with_exact_spans(tmp_path: object) -> None:
    packs = load_packs(
        [__import__("pathlib").Path(__file__).resolve().parents[1] / "fixtures/packs/user_terms.toml"],
        builtin=False,
    )
    matcher = KeywordMatcher(packs[0].rules)
    text = "天穹工程与北斗七号,再提天穹工程"
    spans = [(c.start, c.end) for c in matcher.find(text)]
    assert [text[s:e] for s, e in spans] == ["天穹工程", "北斗七号", "天穹工程"]


def _pack(tmp_path: Path, extra: str) -> list[CompiledRule]:
    fields = f"""kind = "pattern"
patterns = ['(?m)^编号\\d+$']
{extra}
category = "work_secret"
"""
    path = one_rule_pack(tmp_path / "triggered.toml", "TR001", "triggered", fields)
    return list(load_packs([path], builtin=False)[0].rules)


# Lines longer than MERGE_GAP keep windows apart; shorter gaps are scanned rather than paid for with a call.
FILLER = "文" * (MERGE_GAP + 1)


def _found(matcher: PatternMatcher, text: str) -> list[str]:
    return [text[candidate.start : candidate.end] for candidate in matcher.find(text)]


def test_a_triggered_pattern_runs_only_on_lines_with_its_trigger(tmp_path: Path) -> None:
    text = f"编号1\n{FILLER}\n内部 编号2\n{FILLER}\n编号3\n内部\n编号4"
    untriggered = PatternMatcher(_pack(tmp_path, ""))
    assert _found(untriggered, text) == ["编号1", "编号3", "编号4"]
    same_line = PatternMatcher(_pack(tmp_path, 'triggers = ["内部"]'))
    assert _found(same_line, text) == []
    widened = PatternMatcher(_pack(tmp_path, 'triggers = ["内部"]\ntrigger_lines = 1'))
    assert _found(widened, text) == ["编号3", "编号4"]


def test_a_trigger_pattern_opens_the_lines_where_it_matches(tmp_path: Path) -> None:
    text = f"编号1\n{FILLER}\n编号2 AB12 CD34\n{FILLER}\n编号3\nX9\n编号4"
    matcher = PatternMatcher(_pack(tmp_path, "trigger_pattern = '[A-Z]{2}\\d'"))
    assert _found(matcher, text) == []
    widened = PatternMatcher(_pack(tmp_path, "trigger_pattern = '[A-Z]?\\d'\ntrigger_lines = 1"))
    assert _found(widened, text) == ["编号1", "编号3", "编号4"]


def test_windows_are_clamped_to_the_text_and_close_ones_merge(tmp_path: Path) -> None:
    text = "内部\n编号1\n二\n三\n内部"
    matcher = PatternMatcher(_pack(tmp_path, 'triggers = ["内部"]\ntrigger_lines = 5'))
    assert matcher._windows(text) == [[(0, len(text))]]
    far = MERGE_GAP + 10
    assert _merged([(0, 2), (3, 5), (5 + far, 9 + far)]) == [(0, 5), (5 + far, 9 + far)]


def test_a_trigger_pattern_marks_each_line_once() -> None:
    pattern = regex.compile(r"\d")
    text = "1 2 3\n\n45\n6"
    assert list(_first_in_each_line(pattern, text, "TR001")) == [(0, 1), (7, 8), (10, 11)]


def test_lines_spanned_by_hits_in_any_order() -> None:
    lines = _Lines("一\n二二\n三")
    hits = [(0, 1, "a"), (0, 1, "a"), (2, 4, "b"), (2, 6, "c"), (0, 6, "d"), (5, 6, "e")]
    assert list(lines.spanned(iter(hits))) == [
        (0, 0, "a"),
        (1, 1, "b"),
        (1, 2, "c"),
        (0, 2, "d"),
        (2, 2, "e"),
    ]


def test_a_document_trigger_runs_the_patterns_on_the_whole_text_or_not_at_all(tmp_path: Path) -> None:
    text = f"编号1\n{FILLER}\n内部\n{FILLER}\n编号2"
    scoped = PatternMatcher(_pack(tmp_path, 'triggers = ["内部"]\ntrigger_scope = "document"'))
    assert _found(scoped, text) == ["编号1", "编号2"]
    assert _found(scoped, text.replace("内部", "外部")) == []


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(min_value=0, max_value=400), min_size=1, max_size=60),
    st.sets(st.tuples(st.integers(0, 59), st.integers(0, 3)), max_size=40),
    st.integers(0, 3),
)
def test_merged_windows_in_one_pass_are_the_merged_windows_of_the_spans(
    lengths: list[int], spans: set[tuple[int, int]], extra_lines: int
) -> None:
    text = "\n".join("字" * length for length in lengths)
    lines = _Lines(text)
    count = len(lengths)
    line_spans = {(min(first, count - 1), min(first + more, count - 1)) for first, more in spans}
    expected = _merged([lines.window(first, last, extra_lines) for first, last in line_spans])
    assert lines.merged_windows(line_spans, extra_lines) == expected
