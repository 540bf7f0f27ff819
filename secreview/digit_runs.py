"""The run of digits and separators every match of a pattern holds, told from the parsed pattern: a trigger
pattern is then searched only in the lines holding such a run, which one cheap search finds.

A pattern such as ``\\d[\\d()+ \\-转]{5,24}\\d`` needs a digit followed by six characters that are digits or
of its classes' other characters (``()+ -转``). ``regex`` steps through every character of a text for
a pattern that starts with look-behinds (about 20 ns a character); it finds ``[0-9][0-9()+ \\-转]{6}`` from
its first character, a plain range, in a tenth of that. ASCII digits stand for ``\\d``: in a matching view
of the Basic Multilingual Plane every decimal digit is an ASCII one (normalize folds the others, and
tests/unit/test_digit_runs.py checks ``regex``'s ``\\d`` over the plane), so the caller asks for such a text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]
from typing import Any

import regex

from secreview.build_cache import remembered
from secreview.literals import Unsafe, Walk, re_parse_true_to_lines

# A shorter run is in too many lines of an ordinary text to be worth a search of its own.
SHORTEST_RUN = 5
_ZERO, _NINE = ord("0"), ord("9")


@dataclass(frozen=True, slots=True)
class _Run:
    """What every match of a piece of a pattern holds, in characters of the run's class (digits and the
    digit classes' other characters): the shortest match's length, whether every character of every match
    is of the class, the run at its start and at its end, and the longest run that starts with a digit at
    its start, at its end and anywhere in it."""

    length: int
    all_in: bool
    start: int
    end: int
    digit_start: int
    digit_end: int
    digit_best: int
    empty: bool  # matches nothing but the empty string (a look-around, an anchor)


_EMPTY = _Run(0, True, 0, 0, 0, 0, 0, True)
_OTHER = _Run(1, False, 0, 0, 0, 0, 0, False)
_DIGIT = _Run(1, True, 1, 1, 1, 1, 1, False)
_MEMBER = _Run(1, True, 1, 1, 0, 0, 0, False)


def _then(first: _Run, second: _Run) -> _Run:
    all_in = first.all_in and second.all_in
    start = first.length + second.start if first.all_in else first.start
    end = second.length + first.end if second.all_in else second.end
    if first.digit_start:
        digit_start = first.length + second.start if first.all_in else first.digit_start
    else:
        digit_start = second.digit_start if first.empty else 0
    if second.all_in:
        digit_end = first.digit_end + second.length if first.digit_end else second.digit_end
    else:
        digit_end = second.digit_end
    joined = first.digit_end + second.start if first.digit_end else 0
    best = max(first.digit_best, second.digit_best, joined, digit_start, digit_end)
    length = first.length + second.length
    return _Run(length, all_in, start, end, digit_start, digit_end, best, first.empty and second.empty)


def _either(runs: list[_Run]) -> _Run:
    return _Run(
        min(run.length for run in runs),
        all(run.all_in for run in runs),
        min(run.start for run in runs),
        min(run.end for run in runs),
        min(run.digit_start for run in runs),
        min(run.digit_end for run in runs),
        min(run.digit_best for run in runs),
        all(run.empty for run in runs),
    )


def _repeated(run: _Run, low: int, high: int) -> _Run:
    if high == 0 or run.empty:
        return _EMPTY
    if low == 0:  # may be absent: nothing is held, but present it is all of the class or not
        return _Run(0, run.all_in, 0, 0, 0, 0, 0, False)
    length = low * run.length
    if run.all_in:
        digit_end = run.digit_end + (low - 1) * run.length if run.digit_end else 0
        digit_start = length if run.digit_start else 0
        best = max(run.digit_best, digit_end, digit_start)
        return _Run(length, True, length, length, digit_start, digit_end, best, False)
    joined = run.digit_end + run.start if low >= 2 and run.digit_end else 0
    best = max(run.digit_best, joined)
    return _Run(length, False, run.start, run.end, run.digit_start, run.digit_end, best, False)


class _Classes:
    """The characters of the run: digits and the characters of the pattern's small classes (no category, no
    negation, ranges of at most 64), as far as its matches take them (not its look-arounds)."""

    def __init__(self, parsed: Any) -> None:
        self.members: set[int] = set()
        self._collect(parsed)

    def _collect(self, items: Any) -> None:
        for op, av in items:
            if op is sre.IN:
                _digits, others = _class_of(av)
                if others is not None:
                    self.members |= others - {ord("\n")}
            elif op is sre.BRANCH:
                for branch in av[1]:
                    self._collect(branch)
            elif op is sre.SUBPATTERN:
                self._collect(av[3])
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
                self._collect(av[2])
            elif op is sre.ATOMIC_GROUP:
                self._collect(av)

    def run(self, items: Any) -> _Run:
        found = _EMPTY
        for op, av in items:
            found = _then(found, self._item(op, av))
        return found

    def _character(self, code: int) -> _Run:
        if _ZERO <= code <= _NINE:
            return _DIGIT
        return _MEMBER if code in self.members and code != ord("\n") else _OTHER

    def _item(self, op: Any, av: Any) -> _Run:
        if op is sre.LITERAL:
            return self._character(av)
        if op is sre.IN:
            digits, others = _class_of(av)
            if others is None or ord("\n") in others or not others <= self.members:
                return _OTHER
            if not others:
                return _DIGIT if digits else _OTHER
            return _MEMBER
        if op in (sre.NOT_LITERAL, sre.ANY):
            return _OTHER
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            return _EMPTY
        if op is sre.BRANCH:
            return _either([self.run(branch) for branch in av[1]])
        if op is sre.SUBPATTERN:
            return self.run(av[3])
        if op is sre.ATOMIC_GROUP:
            return self.run(av)
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            return _repeated(self.run(av[2]), av[0], av[1])
        raise Unsafe


def _class_of(items: Any) -> tuple[bool, set[int] | None]:
    """Whether a class holds digits, and its other characters (None for a class that is negated or holds a
    category other than digits, or a wide range: no run of it is told)."""
    digits = False
    others: set[int] = set()
    for op, av in items:
        if op is sre.NEGATE:
            return digits, None
        if op is sre.LITERAL:
            if _ZERO <= av <= _NINE:
                digits = True
            else:
                others.add(av)
        elif op is sre.RANGE:
            low, high = av
            if low >= _ZERO and high <= _NINE:
                digits = True
            elif high - low > 64:
                return digits, None
            else:
                others.update(range(low, high + 1))
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            digits = True
        else:
            return digits, None
    return digits, others


class _AheadInLine(Walk):
    """``Walk`` that also refuses a look-ahead that can take a line break: a search that ends at the line
    break after a line then finds what a search of the whole text finds in that line."""

    def _item(self, op: Any, av: Any) -> bool:
        if op in (sre.ASSERT, sre.ASSERT_NOT) and av[0] > 0 and self.takes_newline(av[1]):
            raise Unsafe
        return super()._item(op, av)


def digit_run(pattern: regex.Pattern[str]) -> tuple[list[int], int] | None:
    """For a pattern whose matches and look-aheads take no line break: the characters other than digits that
    may follow the first digit of the run, and the run's length, such that every match holds a digit
    followed by that many minus one digits or such characters; None when nothing is told or the run is
    shorter than ``SHORTEST_RUN``."""
    parsed = re_parse_true_to_lines(pattern)
    if parsed is None:
        return None
    flags = parsed.state.flags
    try:
        if _AheadInLine(bool(flags & re.DOTALL), bool(flags & re.MULTILINE)).takes_newline(parsed):
            return None
        classes = _Classes(parsed)
        run = classes.run(parsed)
    except Unsafe:
        return None
    if run.digit_best < SHORTEST_RUN or _starts_plainly(parsed):
        return None
    return sorted(classes.members), run.digit_best


def _starts_plainly(items: Any) -> bool:
    """Whether a match starts with a character or class (``regex`` looks for it alone, fast): not worth a
    search for the run first."""
    if not items:
        return False
    op, av = items[0]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return av[0] >= 1 and _starts_plainly(av[2])
    if op is sre.SUBPATTERN:
        return _starts_plainly(av[3])
    return op in (sre.LITERAL, sre.IN)


def shared_run(runs: list[tuple[list[int], int]]) -> tuple[list[int], int]:
    """A run that each of ``runs`` holds: the shortest length, every run's characters."""
    return sorted({code for others, _ in runs for code in others}), min(length for _, length in runs)


def stored_digit_run(pattern: regex.Pattern[str]) -> tuple[list[int], int] | None:
    """``digit_run``, told once and then kept in the build cache."""
    key = f"{int(pattern.flags)}\0{pattern.pattern}"
    found = remembered("digit run of", key, lambda: digit_run(pattern))
    return None if found is None else ([int(code) for code in found[0]], int(found[1]))


def run_pattern(others: list[int], length: int) -> str:
    """The search for a digit followed by ``length`` - 1 digits or characters of ``others`` (code points)."""
    escaped = "".join(f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}" for code in others)
    return f"[0-9][0-9{escaped}]{{{length - 1}}}"
