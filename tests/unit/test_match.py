from __future__ import annotations

from secreview.match import KeywordMatcher, ac_span
from secreview.rulepack import load_packs


def test_ac_span_turns_inclusive_end_into_half_open_span() -> None:
    text = "甲乙秘密★丙"
    start, end = ac_span(text.index("★"), len("秘密★"))
    assert text[start:end] == "秘密★"


def test_keyword_matcher_finds_every_occurrence_with_exact_spans(tmp_path: object) -> None:
    packs = load_packs(
        [__import__("pathlib").Path(__file__).resolve().parents[1] / "fixtures/packs/user_terms.toml"],
        builtin=False,
    )
    matcher = KeywordMatcher(packs[0].rules)
    text = "天穹工程与北斗七号,再提天穹工程"
    spans = [(c.start, c.end) for c in matcher.find(text)]
    assert [text[s:e] for s, e in spans] == ["天穹工程", "北斗七号", "天穹工程"]
