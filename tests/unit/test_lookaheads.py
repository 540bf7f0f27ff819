"""A window without what a pattern's look-aheads must see is skipped (lookaheads.py): the same candidates as
with every window run."""

from __future__ import annotations

import random

import pytest
import regex

from secreview import match as match_module
from secreview.lookaheads import lookahead_requirement
from secreview.normalize import normalize
from tests.testing.skipped_windows import candidates, random_texts, rule_examples, rules_told


def test_the_words_a_look_ahead_sees_are_told() -> None:
    found = lookahead_requirement(regex.compile(r"(?<![0-9])(?=[0-9 ]{0,12}[〇一二])[1一][0-9〇一二]{10}"))
    assert found == frozenset({"〇", "一", "二"})
    both = lookahead_requirement(regex.compile(r"(?=[^\n]{0,9}号)(?=.*?(?:甲|乙))\d+"))
    assert both == (frozenset({"号"}), frozenset({"甲", "乙"}))


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<=号)\d+",  # a look-behind sees before the searched run
        r"(?!号)\d+",  # a negative look-ahead asks for nothing
        r"\d+(?:(?=号)|元)",  # a look-ahead on one path only
        r"(?:(?=号))?\d+",  # a look-ahead that may be skipped
        r"(?=\d)\d+",  # nothing literal
    ],
)
def test_nothing_is_told(pattern: str) -> None:
    assert lookahead_requirement(regex.compile(pattern)) is None


_PIECES = ["\n", " ", "-", "1", "3", "9", "0", "7", "139", "8765", "4321", "0731", "430102", "19900307",
           "一", "三", "九", "〇", "零", "幺", "二", "七", "四", "五", "六", "八", "十", "电话", "手机",
           "身份证号", "卡号", "联系方式", "家庭", "号", "a", ",", ".", ":", "局", "办公室"]  # fmt: skip


def test_the_matcher_finds_the_same_with_and_without_the_skip(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules with such a look-ahead, on their examples, on examples joined as lines and on random texts
    of numerals, digits and cue words."""
    rules = rules_told(lookahead_requirement)
    rng = random.Random(11)
    examples = rule_examples(rules)
    texts = [*examples, *("\n".join(rng.choice(examples) for _ in range(4)) for _ in range(300))]
    texts += random_texts(rng, _PIECES, 3000, 60)
    views = [normalize(text).text for text in texts]
    skipping = candidates(rules, views)
    monkeypatch.setattr(match_module, "stored_lookahead_requirement", lambda pattern: None)
    running = candidates(rules, views)
    assert skipping == running
    assert sum(map(len, running)) >= len(rules)  # the hit examples are found
