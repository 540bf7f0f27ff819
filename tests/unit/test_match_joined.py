"""Windows of whole lines joined into one text give a pattern that ``joins_lines`` the matches it finds in
each window searched alone (match.py runs such a pattern once over the joined windows)."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from secreview import Engine
from secreview.literals import joins_lines, within_lines
from secreview.match import _Joined

# Shapes of the identifier patterns, and look-arounds at the edges of a line.
_JOINING = [
    r"(?<![0-9A-Za-z*])[1-8]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])\d{2}\d{3}[0-9Xx](?![0-9A-Za-z])",
    r"(?<!\d)\d{3}(?!\d)",
    r"(?m)^\d+$",
    r"\b\d{2}\b",
    r"(?<=\n)\d",
    r"\d(?!.)",
    r"\p{Han}{2}\d?",
    r"(?P<id>\d{2})(?=[a-z])",
    r"(?<=(?P<before>.))\d{2}",
    r"\d*",
]
_NOT_JOINING = [
    r"\d{3}(?!\s*元)",  # a look-ahead past the line break: the next window would answer it
    r"(?<=ab)\d",  # a look-behind of two characters sees the window before
    r"\P{Han}\d",  # a property class that may hold a line break
    r"\d\s\d",
    r"\d$",  # $ without MULTILINE sees where the searched run ends
    r"(?=[^a]{3})\d",
]
_ALPHABET = "0123456789 \nab元张\t*X"
_SHIPPED = Engine()._patterns


def _whole_line_windows(text: str, chosen: list[bool]) -> list[tuple[int, int]]:
    """Disjoint windows of whole lines (start at a line start, end at a line end), as match.py's."""
    starts = [0] + [index + 1 for index, char in enumerate(text) if char == "\n"]
    ends = [index for index, char in enumerate(text) if char == "\n"] + [len(text)]
    windows: list[tuple[int, int]] = []
    previous = False
    for line, take in enumerate(chosen[: len(starts)]):
        if take and previous and windows:
            windows[-1] = (windows[-1][0], ends[line])
        elif take:
            windows.append((starts[line], ends[line]))
        previous = take
    return windows


def _alone(
    pattern: regex.Pattern[str], text: str, windows: list[tuple[int, int]], group: str | None
) -> list[int]:
    found: list[int] = []
    for left, right in windows:
        for match in pattern.finditer(text, left, right):
            start, end = match.span(group) if group else match.span()
            if end > start:
                found += [start, end]
    return found


@pytest.mark.parametrize("source", _JOINING)
def test_a_pattern_that_sees_only_its_line_joins_lines(source: str) -> None:
    assert joins_lines(regex.compile(source))


@pytest.mark.parametrize("source", _NOT_JOINING)
def test_a_pattern_that_sees_past_its_window_does_not_join_lines(source: str) -> None:
    assert not joins_lines(regex.compile(source))


def test_a_property_class_that_may_hold_a_line_break_is_not_within_lines() -> None:
    assert not within_lines(regex.compile(r"\P{Han}{2}"))
    assert within_lines(regex.compile(r"\p{Han}{2}"))


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=_ALPHABET, max_size=160),
    st.lists(st.booleans(), min_size=1, max_size=40),
    st.sampled_from(_JOINING),
)
def test_joined_windows_give_the_matches_of_each_window(text: str, chosen: list[bool], source: str) -> None:
    pattern = regex.compile(source)
    windows = _whole_line_windows(text, chosen)
    if not windows:
        return
    group = next(iter(pattern.groupindex), None)
    for wanted in {None, group}:
        joined = list(_Joined(text, windows).spans(pattern, "T", wanted))
        assert joined == _alone(pattern, text, windows, wanted)


@settings(max_examples=100, deadline=None)
@given(
    st.text(alphabet="0123456789 \n-X京A张三身份证号电话:元万", max_size=300),
    st.lists(st.booleans(), max_size=30),
)
def test_the_shipped_patterns_that_join_lines_give_the_same_matches(text: str, chosen: list[bool]) -> None:
    windows = _whole_line_windows(text, chosen)
    if len(windows) < 2:
        return
    checked = 0
    for compiled in _SHIPPED._rules:
        for pattern in compiled.patterns:
            if not joins_lines(pattern):
                continue
            joined = list(_Joined(text, windows).spans(pattern, compiled.rule.id, compiled.group))
            assert joined == _alone(pattern, text, windows, compiled.group), compiled.rule.id
            checked += 1
    assert checked > 20
