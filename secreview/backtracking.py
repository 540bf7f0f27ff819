"""A bound on the work a ``regex`` search does per character of the text, told from the parsed pattern.

A backtracking search tries each start position in turn; from one start it follows every way the pattern
can go on. The bound counts those ways: alternatives add, items in a row multiply, a repeat of at most
``n`` copies is ``n`` steps. A repeat of one character class ``X`` is one way when what must come next
cannot start with a character of ``X``: giving back a character leaves one of ``X`` next, where what
follows fails within the few steps before its first character test (a look-around there: not told).
A repeat without an upper count (``\\s*``) is allowed only for one class ``X`` that is also anchored on
its left: the character before it cannot be one of ``X``, so each run of ``X`` in the text is scanned
only from its own start, by the few starts that can reach it (a bounded width back, a bounded number of
ways); its steps are counted per character of the text. Anything else without an upper count (a
repeated group, a class next to one that shares characters with it), back references and constructs
``re``'s parser does not read alike have no bound: ``None``.

A pattern with a bound of at most ``LINEAR_STEPS`` steps per character cannot backtrack catastrophically
on any text: match.py runs it without ``regex``'s per-call timeout, whose clock reads cost more than a
short window's search. Every other pattern (a user's pack may hold any) keeps the timeout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]
from typing import Any

import regex

from secreview.literals import PROPERTY_CLASS, re_parse

# Steps per character of the text (a step: one character or assertion tried) under which a pattern runs
# without a timeout: at a few ns a step, about 10 s per MB at worst, the order of what the timeout allows a
# call (5 s, and 2 s per MB); a catastrophic pattern's steps per character grow with the text, unbounded.
LINEAR_STEPS = 3_000
_MAX_FINITE = 4_096  # a class of more characters than this is tested by its categories only
_UNBOUNDED = sre.MAXREPEAT
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_CHARACTER_OPS = (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN, sre.CATEGORY)
_CATEGORY_CLASS = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
_NEGATED = {
    sre.CATEGORY_DIGIT: sre.CATEGORY_NOT_DIGIT,
    sre.CATEGORY_SPACE: sre.CATEGORY_NOT_SPACE,
    sre.CATEGORY_WORD: sre.CATEGORY_NOT_WORD,
}
# Pairs of categories without a character in common (tests/unit/test_backtracking.py checks each over
# every code point with ``regex`` itself).
DISJOINT_CATEGORIES = frozenset(
    {
        frozenset({sre.CATEGORY_SPACE, sre.CATEGORY_DIGIT}),
        frozenset({sre.CATEGORY_SPACE, sre.CATEGORY_WORD}),
        *(frozenset({category, negated}) for category, negated in _NEGATED.items()),
    }
)


class _Unproven(Exception):
    """The pattern has a construct without a bound."""


@dataclass(frozen=True)
class Chars:
    """A set of characters: some listed, some categories (\\d, \\s …), the complements of some listed sets;
    ``anything`` when it cannot be told."""

    listed: frozenset[int] = frozenset()
    categories: frozenset[Any] = frozenset()
    unlisted: tuple[frozenset[int], ...] = ()
    anything: bool = False

    def __or__(self, other: Chars) -> Chars:
        if self.anything or other.anything:
            return ANY
        return Chars(
            self.listed | other.listed, self.categories | other.categories, self.unlisted + other.unlisted
        )

    def holds(self, code: int) -> bool:
        return (
            self.anything
            or code in self.listed
            or any(code not in excluded for excluded in self.unlisted)
            or any(_category_holds(category, code) for category in self.categories)
        )

    def disjoint(self, other: Chars) -> bool:
        """Whether no character is in both (False when that cannot be told)."""
        if self.anything or other.anything:
            return False
        if any(other.holds(code) for code in self.listed) or any(self.holds(code) for code in other.listed):
            return False
        if (self.unlisted and (other.categories or other.unlisted)) or (other.unlisted and self.categories):
            return False  # the complement of a finite set meets every infinite set
        return all(
            frozenset({mine, theirs}) in DISJOINT_CATEGORIES
            for mine in self.categories
            for theirs in other.categories
        )


NOTHING = Chars()
ANY = Chars(anything=True)
_category_patterns: dict[Any, regex.Pattern[str]] = {}


def _category_holds(category: Any, code: int) -> bool:
    if category not in _category_patterns:
        _category_patterns[category] = regex.compile(_CATEGORY_CLASS[category])
    return _category_patterns[category].fullmatch(chr(code)) is not None


def _listed(items: list[tuple[Any, Any]]) -> frozenset[int] | None:
    """The characters of class items that are all literals and ranges, when there are few enough."""
    codes: set[int] = set()
    for op, av in items:
        if op is sre.LITERAL:
            codes.add(av)
        elif op is sre.RANGE and av[1] - av[0] < _MAX_FINITE:
            codes.update(range(av[0], av[1] + 1))
        else:
            return None
        if len(codes) > _MAX_FINITE:
            return None
    return frozenset(codes)


def _class_chars(items: list[tuple[Any, Any]]) -> Chars:
    if items and items[0][0] is sre.NEGATE:
        rest = items[1:]
        if len(rest) == 1 and rest[0][0] is sre.CATEGORY and rest[0][1] in _NEGATED:
            return Chars(categories=frozenset({_NEGATED[rest[0][1]]}))
        listed = _listed(rest)
        return ANY if listed is None else Chars(unlisted=(listed,))
    found = NOTHING
    for op, av in items:
        if op is sre.CATEGORY:
            if av not in _CATEGORY_CLASS:
                return ANY
            found |= Chars(categories=frozenset({av}))
        else:
            listed = _listed([(op, av)])
            if listed is None:
                return ANY
            found |= Chars(listed=listed)
    return found


def _chars(op: Any, av: Any) -> Chars:
    """The characters one character item can take."""
    if op is sre.LITERAL:
        return Chars(listed=frozenset({av}))
    if op is sre.NOT_LITERAL:
        return Chars(unlisted=(frozenset({av}),))
    if op is sre.IN:
        return _class_chars(av)
    if op is sre.CATEGORY and av in _CATEGORY_CLASS:
        return Chars(categories=frozenset({av}))
    return ANY


@dataclass(frozen=True)
class _Shape:
    """What an item can start and end with, whether it can match nothing, its widest match."""

    first: Chars
    last: Chars
    nullable: bool
    width: int


def _shape(op: Any, av: Any) -> _Shape:
    if op in _CHARACTER_OPS:
        chars = _chars(op, av)
        return _Shape(chars, chars, False, 1)
    if op is sre.AT or op in (sre.ASSERT, sre.ASSERT_NOT):
        return _Shape(NOTHING, NOTHING, True, 0)
    if op is sre.SUBPATTERN:
        return _sequence_shape(av[3])
    if op is sre.ATOMIC_GROUP:
        return _sequence_shape(av)
    if op is sre.BRANCH:
        shapes = [_sequence_shape(branch) for branch in av[1]]
        first, last = NOTHING, NOTHING
        for shape in shapes:
            first, last = first | shape.first, last | shape.last
        return _Shape(first, last, any(s.nullable for s in shapes), max(s.width for s in shapes))
    if op in _REPEATS:
        low, high, inner = av
        shape = _sequence_shape(inner)
        if high == 0:
            return _Shape(NOTHING, NOTHING, True, 0)
        width = _UNBOUNDED if high >= _UNBOUNDED else min(high * shape.width, _UNBOUNDED)
        return _Shape(shape.first, shape.last, low == 0 or shape.nullable, width)
    raise _Unproven(op)


def _sequence_shape(items: Any) -> _Shape:
    shapes = [_shape(op, av) for op, av in items]
    first, last = NOTHING, NOTHING
    for shape in shapes:
        first |= shape.first
        if not shape.nullable:
            break
    for shape in reversed(shapes):
        last |= shape.last
        if not shape.nullable:
            break
    return _Shape(first, last, all(s.nullable for s in shapes), min(sum(s.width for s in shapes), _UNBOUNDED))


@dataclass(frozen=True)
class _Place:
    """Where an item is tried: the characters that can stand just before it (in the direction of the
    search), those that can come just after it (``None``: nothing, the first success ends the search
    there), the steps what comes after takes to fail where none of those stands (``None``: not told),
    the widest text between the search's start and it, the ways to reach it from one start."""

    before: Chars
    after: Chars | None
    entry: int | None
    width: int
    ways: int


class _Counter:
    def __init__(self) -> None:
        self.per_character = 0  # steps of the runs of unbounded repeats, per character of the text

    def sequence(self, items: Any, place: _Place, backward: bool) -> tuple[int, int]:
        """(steps from one start, ways to match) of a sequence of items."""
        items = list(reversed(items)) if backward else list(items)
        shapes = [_shape(op, av) for op, av in items]
        steps, ways = 0, 1
        before, width = place.before, place.width
        for index, (op, av) in enumerate(items):
            after, entry = place.after, place.entry
            if index + 1 < len(items):
                after, entry = _following(items[index + 1 :], shapes[index + 1 :], place, backward)
            item_steps, item_ways = self.item(
                op, av, _Place(before, after, entry, width, place.ways * ways), backward
            )
            steps += ways * item_steps
            ways = min(ways * item_ways, LINEAR_STEPS + 1)
            shape = shapes[index]
            end = shape.first if backward else shape.last
            before = end if not shape.nullable else end | before
            width = min(width + shape.width, _UNBOUNDED)
        return min(steps, LINEAR_STEPS + 1), ways

    def item(self, op: Any, av: Any, place: _Place, backward: bool) -> tuple[int, int]:
        if op in _CHARACTER_OPS or op is sre.AT:
            return 1, 1
        if op is sre.SUBPATTERN:
            return self.sequence(av[3], place, backward)
        if op is sre.ATOMIC_GROUP:
            inside = _Place(place.before, None, None, place.width, place.ways)
            return self.sequence(av, inside, backward)[0], 1
        if op is sre.BRANCH:
            steps, ways = 1, 0
            for branch in av[1]:
                branch_steps, branch_ways = self.sequence(branch, place, backward)
                steps, ways = steps + branch_steps, ways + branch_ways
            return steps, ways
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            direction, inner = av
            if (direction < 0) == backward:  # searched the same way as the items around it
                inside = _Place(place.before, None, None, place.width, place.ways)
            else:  # the character on its other side is the item's own next one
                after = ANY if place.after is None else place.after
                inside = _Place(after, None, None, _UNBOUNDED, place.ways)
            return self.sequence(inner, inside, direction < 0)[0], 1
        if op in _REPEATS:
            return self._repeat(op, av, place, backward)
        raise _Unproven(op)

    def _repeat(self, op: Any, av: Any, place: _Place, backward: bool) -> tuple[int, int]:
        low, high, inner = av
        possessive = op is sre.POSSESSIVE_REPEAT
        if len(inner) == 1 and inner[0][0] in _CHARACTER_OPS:
            chars = _chars(*inner[0])
            # Each character given back costs what follows its failing try; with a follower that cannot
            # start with one of ``chars``, only the run's own end goes on (or nothing is given back).
            fails = 1 if possessive or place.after is None else 2 + (place.entry or 0)
            single_way = possessive or (
                place.after is not None and place.entry is not None and chars.disjoint(place.after)
            )
            if high >= _UNBOUNDED:
                # Anchored: scanned from the start of a run of ``chars`` only, by the starts within the
                # width before it, each in its ways; one way on, or the first success ends the search.
                anchored = chars.disjoint(place.before) and place.width < _UNBOUNDED
                if not anchored or not (single_way or place.after is None):
                    raise _Unproven(op)
                self.per_character += (1 + fails) * (place.width + 1) * place.ways
                return 1, 1
            if single_way:
                return 1 + (high + 1) * fails, 1
            return 2 * (high + 1), high - low + 1
        if high >= _UNBOUNDED:
            raise _Unproven(op)
        shape = _sequence_shape(inner)
        entry = shape.last if backward else shape.first
        inside = _Place(
            place.before | (shape.first if backward else shape.last),
            entry | (ANY if place.after is None else place.after),
            None,
            min(place.width + max(high - 1, 0) * shape.width, _UNBOUNDED),
            place.ways,
        )
        once_steps, once_ways = self.sequence(inner, inside, backward)
        steps = 1 + sum(once_ways ** (k - 1) * (once_steps + 1) for k in range(1, high + 1))
        ways = 1 if possessive else sum(once_ways**k for k in range(low, high + 1))
        return min(steps, LINEAR_STEPS + 1), min(ways, LINEAR_STEPS + 1)


def _following(
    items: Any, shapes: list[_Shape], place: _Place, backward: bool
) -> tuple[Chars | None, int | None]:
    """The characters the items after an item can start with (in the direction of the search) and the
    steps they take to fail at a position where none of those stands."""
    found, steps, ways = NOTHING, 0, 1
    for (op, av), shape in zip(items, shapes, strict=True):
        found |= shape.last if backward else shape.first
        tried = _failing_try(op, av)
        if tried is None:
            return found, None
        steps, ways = steps + ways * tried[0], ways * tried[1]
        if not shape.nullable:
            return found, steps
    if place.after is None or place.entry is None:
        return found | ANY, None
    return found | place.after, steps + ways * place.entry


def _failing_try(op: Any, av: Any) -> tuple[int, int] | None:
    """(steps, ways to match nothing) of an item tried where none of its first characters stands; None
    when it holds a look-around (whose cost this does not follow)."""
    if op in _CHARACTER_OPS:
        return 1, 0
    if op is sre.AT:
        return 1, 1
    if op is sre.SUBPATTERN or op is sre.ATOMIC_GROUP:
        return _failing_sequence(av[3] if op is sre.SUBPATTERN else av)
    if op is sre.BRANCH:
        steps, ways = 1, 0
        for branch in av[1]:
            tried = _failing_sequence(branch)
            if tried is None:
                return None
            steps, ways = steps + tried[0], ways + tried[1]
        return steps, ways
    if op in _REPEATS:
        low, _, inner = av
        tried = _failing_sequence(inner)
        if tried is None or tried[1]:
            return None  # a copy that can match nothing
        return tried[0] + 1, 1 if low == 0 else 0
    return None


def _failing_sequence(items: Any) -> tuple[int, int] | None:
    steps, ways = 0, 1
    for op, av in items:
        tried = _failing_try(op, av)
        if tried is None:
            return None
        steps, ways = steps + ways * tried[0], ways * tried[1]
        if not ways:
            break
    return steps, ways


def _readable(pattern: regex.Pattern[str]) -> Any | None:
    """The pattern parsed by ``re`` when it reads it alike for this purpose: \\p{Han} (read as \\w, a
    superset) is its only property class, and no negated class holds it."""
    if any(found != r"\p{Han}" for found in PROPERTY_CLASS.findall(pattern.pattern)):
        return None
    if pattern.flags & (regex.ASCII | regex.LOCALE | regex.POSIX | regex.BESTMATCH | regex.ENHANCEMATCH):
        return None
    if pattern.flags & (regex.REVERSE | regex.WORD):
        return None
    parsed = re_parse(pattern)
    if parsed is None or parsed.state.flags & (re.ASCII | re.LOCALE):
        return None
    if r"\p{Han}" in pattern.pattern and _negated_word(parsed):
        return None
    return parsed


def _children(op: Any, av: Any) -> list[Any]:
    """The sequences inside an item."""
    if op is sre.SUBPATTERN:
        return [av[3]]
    if op is sre.ATOMIC_GROUP:
        return [av]
    if op is sre.BRANCH:
        return list(av[1])
    if op in _REPEATS or op in (sre.ASSERT, sre.ASSERT_NOT):
        return [av[-1]]
    return []


def _negated_word(items: Any) -> bool:
    """Whether a negated class holds \\w (where \\p{Han}, read as \\w, would stand for less)."""
    for op, av in items:
        if op is sre.IN and av and av[0][0] is sre.NEGATE and (sre.CATEGORY, sre.CATEGORY_WORD) in av:
            return True
        if any(_negated_word(child) for child in _children(op, av)):
            return True
    return False


def steps_per_character(pattern: regex.Pattern[str]) -> int | None:
    """An upper bound on the steps a search with ``pattern`` takes per character of the searched text
    (capped just above ``LINEAR_STEPS``), or None when its structure gives none."""
    parsed = _readable(pattern)
    if parsed is None:
        return None
    counter = _Counter()
    try:
        steps, _ = counter.sequence(parsed, _Place(ANY, None, None, 0, 1), backward=False)
    except (_Unproven, RecursionError):
        return None
    return min(steps + counter.per_character, LINEAR_STEPS + 1)


def is_linear(pattern: regex.Pattern[str]) -> bool:
    """Whether a search with ``pattern`` takes at most ``LINEAR_STEPS`` steps per character of any text."""
    found = steps_per_character(pattern)
    return found is not None and found <= LINEAR_STEPS
