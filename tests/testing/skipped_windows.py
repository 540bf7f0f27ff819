"""What the tests of a matcher's skipped windows (tests/unit/test_broken_lines.py, test_lookaheads.py,
test_lookbehinds.py) share: the shipped rules a skip applies to, their examples, random texts of pieces,
and the candidates a matcher finds in each text."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

import regex

from secreview import Engine
from secreview.match import PatternMatcher
from secreview.rulepack.schema import CompiledRule, compile_pattern


def rules_told(told: Callable[[regex.Pattern[str]], object]) -> list[CompiledRule]:
    """The built-in rules with a pattern of which ``told`` says something (one at least)."""
    rules = [
        compiled
        for compiled in Engine().rules
        if any(told(compile_pattern(source)) for source in compiled.pattern_sources)
    ]
    assert rules
    return rules


def rule_examples(rules: Sequence[CompiledRule], *, misses: bool = True) -> list[str]:
    """The rules' hit examples, and their miss examples unless ``misses`` is false."""
    return [
        example
        for compiled in rules
        for example in (*compiled.rule.examples.hit, *(compiled.rule.examples.miss if misses else ()))
    ]


def random_texts(rng: random.Random, pieces: Sequence[str], count: int, longest: int) -> list[str]:
    """``count`` texts of one to ``longest`` pieces drawn from ``pieces``."""
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, longest))) for _ in range(count)]


def candidates(rules: Sequence[CompiledRule], views: Sequence[str]) -> list[list[tuple[str, int, int]]]:
    """The candidates (rule, start, end) of each normalised view, by a matcher built now: a skip patched
    away before the call is patched away in it."""
    matcher = PatternMatcher(rules)
    return [[(c.rule.rule.id, c.start, c.end) for c in matcher.find(view, folded=True)] for view in views]
