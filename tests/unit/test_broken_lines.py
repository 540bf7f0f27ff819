"""A pattern whose every match holds a line break, spaces and a digit (broken_lines.py) is run only on the
windows holding one: the analysis must never say so of a pattern with a match that does not."""

from __future__ import annotations

import random

import pytest
import regex

from secreview import Engine
from secreview.broken_lines import BROKEN_NUMBER, holds_broken_number
from secreview.match import PatternMatcher
from secreview.normalize import normalize
from secreview.rulepack.schema import compile_pattern
from tests.testing.skipped_windows import candidates, random_texts, rule_examples, rules_told


@pytest.mark.parametrize(
    "pattern",
    [
        r"\d\n\d",
        r"(?<=电话[^\n]{0,12})1[3-9](?:\d{0} *\n *\d{8}|\d{8} *\n *\d{0})\d",
        r"0\d{2,3}[ \-]? *\n *[2-9]\d{6,7}(?![0-9])",
        r"(?:a|\n)(?:\n|\n )+ *\d",
        r"\n(?:\n| )* *\d",
        r"\n(?> *)\d",
    ],
)
def test_the_break_is_told(pattern: str) -> None:
    assert holds_broken_number(regex.compile(pattern))


@pytest.mark.parametrize(
    "pattern",
    [
        r"\d{6} *\n",  # no digit after the break
        r"\n?\d{6}",  # the break may be absent
        r"\n *[0-9Xx]",  # a letter may follow
        r"\n[ \-]*\d",  # a hyphen between
        r"(?:\n|x) *\d",  # another character instead of the break
        r"\n\s*\d",  # \s holds other spaces
        r"\n(?P<s> ?)(?P=s)\d",  # a group's text again: not told
        r"\n *(?=\d)",  # the digit only in a look-ahead
        r"\n\p{Nd}",  # a property class: not told
        r"\n.\d",
        r"(?:a|\n)(?:\n| )+ *\d",  # a space after the letter
    ],
)
def test_no_break_is_told(pattern: str) -> None:
    assert not holds_broken_number(regex.compile(pattern))


_PIECES = ["\n", " ", "  \n", "-", "1", "3", "9", "0", "7", "12", "139", "8765", "4321", "0731", "一", "三",
           "电话", "身份证号", "卡号", "联系", "a", "x", ",", ".", "、", ":", "号"]  # fmt: skip


def test_every_match_of_a_pattern_told_holds_the_break() -> None:
    """Random texts of digits, breaks, cue words and separators: every match of every shipped pattern told
    holds the break, and the pattern matcher finds the same with the skip as a plain run of the pattern."""
    told = [
        (compiled, compile_pattern(source))
        for compiled in Engine().rules
        for source in compiled.pattern_sources
        if holds_broken_number(compile_pattern(source))
    ]
    assert told  # the numbers broken over a line of the PI pack
    rng = random.Random(20261206)
    matched = 0
    for text in random_texts(rng, _PIECES, 3000, 40):
        for _compiled, pattern in told:
            for match in pattern.finditer(text):
                matched += 1
                assert BROKEN_NUMBER.search(text, match.start(), match.end()), (pattern.pattern, text)
    assert matched  # the texts reach the patterns


def test_the_matcher_finds_the_same_with_and_without_the_skip(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules with such a pattern, on their hit examples and on random texts joined as lines: the same
    candidates as with every window run."""
    rules = rules_told(holds_broken_number)
    rng = random.Random(7)
    texts = rule_examples(rules, misses=False)
    texts += ["\n".join(rng.choice(texts) for _ in range(4)) for _ in range(200)]
    texts += random_texts(rng, _PIECES, 2000, 60)
    views = [normalize(text).text for text in texts]
    skipping = candidates(rules, views)
    monkeypatch.setattr(PatternMatcher, "_holds_broken_number", lambda self, pattern: False)
    running = candidates(rules, views)
    assert skipping == running
    assert sum(map(len, running)) >= len(rules)  # the hit examples are found
