"""Patterns run without a per-call timeout only when their structure bounds their work per character
(secreview/backtracking.py); every other pattern keeps the timeout, and a hostile pattern from a user's pack
still ends a check with "not fully checked", never a hang."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from secreview import Engine, match
from secreview.backtracking import DISJOINT_CATEGORIES, LINEAR_STEPS, is_linear, steps_per_character
from tests.testing.packs import one_rule_pack

# Shapes known to backtrack without bound (or quadratically), and shapes this analysis cannot follow.
UNBOUNDED = [
    r"(a|aa)+c",
    r"(a+)+b",
    r"(?:a*)*b",
    r"(\w+\s?)*$",
    r"(?:\d+\s?)+X",
    r"(.*a){12}",
    r"\s*a",  # unanchored: each start in a run of spaces scans the rest of it
    r"[^\n]*X",
    r"x\s*\s*y",  # two runs of the same class side by side
    r"x\d*[\d ]",  # a follower that can start with one of the run's characters
    r"(?:a|a){0,40}b",  # bounded, but 2**40 ways
    r"(a+)\1",  # back reference
    r"x\p{L}*y",  # a property class other than \p{Han}
    r"x[^\p{Han}]*y",  # \p{Han} in a negated class
    r"(?<=\s*)x",  # a run inside a look-behind
    r"x\s*(?=\s)y",  # a look-around where a given-back character is tried
]

LINEAR = [
    r"(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}\d{7}[\dXx](?![0-9A-Za-z])",
    r"\p{Han}{1,16}[〔\[(]\d{4}[〕\])]\s*第?\d{1,6}号",
    r"1[3-9]\d{9}(?![0-9]|\s*(?:元|万))",
    r"x\s*y",
    r"x\s*",  # at the end: the first success ends the search
]


@pytest.mark.parametrize("source", UNBOUNDED)
def test_patterns_that_can_backtrack_without_bound_keep_the_timeout(source: str) -> None:
    pattern = regex.compile(source)
    assert not is_linear(pattern)
    assert match.pattern_timeout(pattern, 100) == match.regex_timeout(100)


@pytest.mark.parametrize("source", LINEAR)
def test_bounded_patterns_run_without_a_timeout(source: str) -> None:
    pattern = regex.compile(source)
    found = steps_per_character(pattern)
    assert found is not None and found <= LINEAR_STEPS
    assert match.pattern_timeout(pattern, 100) is None


def test_the_bound_grows_with_the_ways_a_pattern_can_go() -> None:
    narrow = steps_per_character(regex.compile(r"a\d{3,6}b"))
    wide = steps_per_character(regex.compile(r"a\d{3,6}\d{3,6}b"))  # two runs that share digits
    assert narrow is not None and wide is not None and wide > narrow


@pytest.mark.parametrize("pair", sorted(DISJOINT_CATEGORIES, key=sorted))
def test_categories_taken_for_disjoint_share_no_character(pair: frozenset[object]) -> None:
    """Every code point, asked of ``regex`` itself: no character is in both classes."""
    classes = {
        "CATEGORY_DIGIT": r"\d",
        "CATEGORY_NOT_DIGIT": r"\D",
        "CATEGORY_SPACE": r"\s",
        "CATEGORY_NOT_SPACE": r"\S",
        "CATEGORY_WORD": r"\w",
        "CATEGORY_NOT_WORD": r"\W",
    }
    first, second = (classes[str(category)] for category in sorted(pair, key=str))
    every = "".join(map(chr, range(0x110000)))
    assert regex.search(f"(?V1)[{first}&&{second}]", every) is None


def _pack(tmp_path: Path, pattern: str, hit: str) -> Path:
    fields = f"""kind = "pattern"
patterns = ['{pattern}']
category = "work_secret"
"""
    return one_rule_pack(tmp_path / "hostile.toml", "HX001", "hostile", fields, hit=hit)


def test_a_hostile_pattern_from_a_users_pack_still_times_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = Engine([_pack(tmp_path, "(a|aa)+c", "aac")], builtin=False)
    monkeypatch.setattr(match, "REGEX_TIMEOUT_SECONDS", 0.05)
    report = engine.review_text("a" * 40 + "bc")  # holds the c a match needs: the window is searched
    assert report.error is not None and "匹配超时,文件未完整检查" in report.error
    assert report.attribute is None


HOSTILE_DOCUMENTS = [
    "临政办〔2017〕" + " " * 200_000 + "106号",  # PB001's \s* over one long run
    ("临政办〔2017〕" + " " * 40) * 4_000,  # … over many runs
    "13812345678" + " " * 200_000 + "元",  # PI101's look-ahead
    ("13812345678 " + "\u3000" * 20) * 5_000,
    "6222 0212 3456 7890" + " " * 200_000 + "万",  # PI201's look-ahead
]


@pytest.mark.parametrize("text", HOSTILE_DOCUMENTS, ids=range(len(HOSTILE_DOCUMENTS)))
def test_hostile_documents_finish_under_the_patterns_run_without_a_timeout(engine: Engine, text: str) -> None:
    """Long runs of what the shipped linear patterns' unbounded repeats take: each run is scanned from its
    own start only, so the check finishes (a hang would stop the suite here)."""
    report = engine.review_text(text)
    assert report.error is None


def test_the_window_runs_of_the_identifier_rules_are_the_linear_ones(engine: Engine) -> None:
    """The rules run on most windows of ordinary text (document numbers, mobile numbers, bank cards) pay no
    clock reads; the ones this analysis cannot bound (PI104, PI106: look-arounds of up to 80 characters
    behind every match) keep their timeout."""
    linear = {
        compiled.rule.id: all(is_linear(pattern) for pattern in compiled.patterns)
        for compiled in engine.rules
        if compiled.pattern_sources
    }
    assert linear["PB001"] and linear["PI101"] and linear["PI201"] and linear["PI001"]
    assert not linear["PI104"] and not linear["PI106"]
