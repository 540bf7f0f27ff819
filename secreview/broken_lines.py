"""Whether every match of a pattern holds a line break followed by spaces and a digit, told from the parsed
pattern: a number broken over a line (PI011, PI109, PI110, PI203) is then looked for only in the windows
holding such a break, which one search of ``BROKEN_NUMBER`` tells.

Such a pattern starts with a look-behind for its cue word, so ``regex`` tries it at every character of a
window; ``BROKEN_NUMBER`` starts with a line break, which ``regex`` finds fast, and an ordinary text has
few lines that start with a digit.

The parsed pattern is read as an automaton of two states over the characters of a match: 0, nothing yet;
1, a line break and spaces after it. A digit in state 1 is the break sought. Each piece of the pattern maps
a state to the states in which its matches may end without the break found (a superset: what the analysis
cannot tell counts as not found); a pattern that ends in no state from state 0 holds the break in every
match. Look-arounds hold nothing of the match: the search of a window ends at the window's end, so the
match lies in the window.
"""

from __future__ import annotations

from re import _constants as sre  # type: ignore[attr-defined]
from typing import Any

import regex

from secreview.build_cache import remembered
from secreview.literals import PROPERTY_CLASS, Unsafe, re_parse

# What a window must hold for a pattern that ``holds_broken_number``: a line break, spaces, a digit.
BROKEN_NUMBER = regex.compile(r"\n *\d")

_NEWLINE, _SPACE = ord("\n"), ord(" ")
_ZERO, _NINE = ord("0"), ord("9")
_NONE: frozenset[int] = frozenset()
_BOTH = frozenset({0, 1})


class _Kinds:
    """What characters a class may hold: a line break, a space, a digit, another character."""

    def __init__(self, newline: bool, space: bool, digit: bool, other: bool) -> None:
        self.newline, self.space, self.digit, self.other = newline, space, digit, other

    def after(self, state: int) -> frozenset[int]:
        """The states after one character of the class read in ``state``, without the break found."""
        found: set[int] = set()
        if self.newline:
            found.add(1)
        if self.space:
            found.add(state)
        if self.other or (self.digit and state == 0):
            found.add(0)
        return frozenset(found)


def _kinds_of_class(items: Any) -> _Kinds:
    newline = space = digit = other = False
    for op, av in items:
        if op is sre.NEGATE:
            return _Kinds(True, True, True, True)
        if op is sre.LITERAL:
            if av == _NEWLINE:
                newline = True
            elif av == _SPACE:
                space = True
            elif _ZERO <= av <= _NINE:
                digit = True
            else:
                other = True
        elif op is sre.RANGE:
            low, high = av
            if low >= _ZERO and high <= _NINE:
                digit = True
                continue
            newline = newline or low <= _NEWLINE <= high
            space = space or low <= _SPACE <= high
            digit = digit or (low <= _NINE and high >= _ZERO)
            other = True
        elif op is sre.CATEGORY:
            if av is sre.CATEGORY_DIGIT:
                digit = True
            else:  # any other category: anything
                return _Kinds(True, True, True, True)
        else:
            raise Unsafe
    return _Kinds(newline, space, digit, other)


def _literal(code: int) -> _Kinds:
    return _kinds_of_class([(sre.LITERAL, code)])


def _sequence(items: Any, states: frozenset[int]) -> frozenset[int]:
    for op, av in items:
        if not states:
            return states
        states = _item(op, av, states)
    return states


def _item(op: Any, av: Any, states: frozenset[int]) -> frozenset[int]:
    if op is sre.LITERAL:
        kinds = _literal(av)
        return frozenset().union(*(kinds.after(state) for state in states))
    if op is sre.IN:
        kinds = _kinds_of_class(av)
        return frozenset().union(*(kinds.after(state) for state in states))
    if op in (sre.NOT_LITERAL, sre.ANY, sre.GROUPREF):  # anything, or a group's text again
        return _BOTH
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return states
    if op is sre.BRANCH:
        return frozenset().union(*(_sequence(branch, states) for branch in av[1]))
    if op is sre.SUBPATTERN:
        return _sequence(av[3], states)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av, states)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = av
        for _ in range(low):
            states = _sequence(body, states)
            if not states:
                return states
        reached, frontier = set(states), states
        more = high - low if high != sre.MAXREPEAT else None
        while frontier and (more is None or more > 0):
            frontier = _sequence(body, frontier) - reached
            reached |= frontier
            if more is not None:
                more -= 1
        return frozenset(reached)
    raise Unsafe


def holds_broken_number(pattern: regex.Pattern[str]) -> bool:
    """Whether every match of ``pattern`` holds a line break followed by spaces (U+0020) and a digit (False
    when that cannot be told)."""
    if PROPERTY_CLASS.search(pattern.pattern):  # read as \w by the parse: not told
        return False
    parsed = re_parse(pattern)
    if parsed is None:
        return False
    try:
        return not _sequence(parsed, frozenset({0}))
    except Unsafe:
        return False


def stored_holds_broken_number(pattern: regex.Pattern[str]) -> bool:
    """``holds_broken_number``, told once and then kept in the build cache."""
    key = f"{int(pattern.flags)}\0{pattern.pattern}"
    return bool(remembered("broken number", key, lambda: holds_broken_number(pattern)))
