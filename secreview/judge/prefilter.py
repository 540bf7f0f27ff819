"""Run a signal pattern only where a word every match of it must contain is (the text, or its lines).

A pattern qualifies when no match can take a line break (so every match lies on one line), its lookaheads see
a bounded width, and each match must hold one of a few literal words (``needs``). Then the matches found on
the lines holding such a word are exactly the matches of the pattern over the whole text; any other pattern
runs over the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import regex

from secreview.wordsearch import WordSearch

Pattern = re.Pattern[str] | regex.Pattern[str]
# A pattern needing more words than this runs over the whole text.
_MAX_NEEDS = 400
_NEWLINE = ord("\n")
_NO_NEWLINE_CATEGORIES = {
    sre.CATEGORY_NOT_SPACE,
    sre.CATEGORY_DIGIT,
    sre.CATEGORY_WORD,
    sre.CATEGORY_NOT_LINEBREAK,
}
# A shorter text holding a needed word runs the pattern over all of it: finding its lines costs more.
MIN_TEXT = 4_000
# Lines closer together than this are searched in one run.
_JOIN_GAP = 200


class _Unsafe(Exception):
    """The pattern has a construct this analysis does not follow."""


def _class_has_newline(items: list[tuple[Any, Any]]) -> bool:
    negate = False
    found = False
    for op, av in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            found = found or av == _NEWLINE
        elif op is sre.RANGE:
            found = found or av[0] <= _NEWLINE <= av[1]
        elif op is sre.CATEGORY:
            found = found or av not in _NO_NEWLINE_CATEGORIES
        else:
            raise _Unsafe
    return found != negate


class _Walk:
    """Whether a parsed pattern can take a line break, and the widest look ahead in it."""

    def __init__(self, dotall: bool, multiline: bool) -> None:
        self.dotall = dotall
        self.multiline = multiline
        self.lookahead = 0

    def takes_newline(self, items: Any) -> bool:
        return any(self._item(op, av) for op, av in items)

    def _item(self, op: Any, av: Any) -> bool:
        if op is sre.LITERAL:
            return bool(av == _NEWLINE)
        if op is sre.NOT_LITERAL:
            return bool(av != _NEWLINE)
        if op is sre.ANY:
            return self.dotall
        if op is sre.IN:
            return _class_has_newline(av)
        if op is sre.CATEGORY:
            return av not in _NO_NEWLINE_CATEGORIES
        if op is sre.BRANCH:
            return any(self.takes_newline(branch) for branch in av[1])
        if op is sre.SUBPATTERN:
            if av[1] or av[2]:
                raise _Unsafe  # local flags
            return self.takes_newline(av[3])
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            return self.takes_newline(av[2])
        if op is sre.ATOMIC_GROUP:
            return self.takes_newline(av)
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            direction, inner = av
            self.takes_newline(inner)
            if direction > 0:
                width = inner.getwidth()[1]
                if width >= sre.MAXREPEAT:
                    raise _Unsafe
                self.lookahead = max(self.lookahead, width)
            return False
        if op is sre.AT:
            if av is sre.AT_END_STRING or (av is sre.AT_END and not self.multiline):
                raise _Unsafe  # \Z, or $ without MULTILINE: both see where the searched run ends
            return False
        raise _Unsafe


def _minimal(words: set[str]) -> frozenset[str]:
    """Drop a word that holds another: a text holding it holds the other."""
    return frozenset(word for word in words if not any(other != word and other in word for other in words))


def _better(first: frozenset[str] | None, second: frozenset[str] | None) -> frozenset[str] | None:
    if first is None:
        return second
    if second is None:
        return first
    score_first = (min(map(len, first)), -len(first))
    score_second = (min(map(len, second)), -len(second))
    return first if score_first >= score_second else second


def _needs(items: Any) -> frozenset[str] | None:
    """Words of which every match of the sequence ``items`` holds at least one; None when unknown."""
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best = _better(best, frozenset(["".join(run)]))
            run = []
        best = _better(best, _item_needs(op, av))
    return best


def _item_needs(op: Any, av: Any) -> frozenset[str] | None:
    if op is sre.BRANCH:
        words: set[str] = set()
        for branch in av[1]:
            found = _needs(branch)
            if found is None:
                return None
            words |= found
        return _minimal(words)
    if op is sre.SUBPATTERN:
        return _needs(av[3])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return _needs(av[2]) if av[0] >= 1 else None
    if op is sre.ATOMIC_GROUP:
        return _needs(av)
    if op is sre.IN and all(item_op is sre.LITERAL for item_op, _ in av):
        return frozenset(chr(code) for _, code in av)
    return None


class LineScan:
    """A pattern with, when it qualifies, the words its matches need."""

    def __init__(self, pattern: Pattern) -> None:
        self.pattern = pattern
        self.needs: frozenset[str] | None = None
        self.lookahead = 0

    def prepare(self) -> None:
        pattern = self.pattern
        if not isinstance(pattern, re.Pattern) or pattern.flags & re.IGNORECASE:
            return
        try:
            parsed = sre_parse.parse(pattern.pattern, pattern.flags)
            flags = parsed.state.flags
            walk = _Walk(bool(flags & re.DOTALL), bool(flags & re.MULTILINE))
            if walk.takes_newline(parsed):
                return
            words = _needs(parsed)
        except _Unsafe:
            return
        if words is None or len(words) > _MAX_NEEDS or "" in words:
            return
        self.needs = words
        self.lookahead = walk.lookahead

    def finditer(self, text: str, at: list[int] | None) -> Iterator[re.Match[str] | regex.Match[str]]:
        """The matches of the pattern over ``text``, in order; ``at``: where the words it needs start in
        ``text`` (None: not known, so the whole text is searched)."""
        if self.needs is None or at is None:
            yield from self.pattern.finditer(text)
            return
        if not at:
            return
        if len(text) < MIN_TEXT:
            yield from self.pattern.finditer(text)
            return
        pattern: re.Pattern[str] = self.pattern  # type: ignore[assignment]
        for start, end in _runs(text, at):
            yield from pattern.finditer(text, start, min(len(text), end + self.lookahead))


def _runs(text: str, at: list[int]) -> Iterator[tuple[int, int]]:
    """Runs of whole lines holding the positions ``at`` (ascending), ending before their line break."""
    run: tuple[int, int] | None = None
    for position in at:
        if run is not None and position <= run[1]:
            continue
        start = text.rfind("\n", 0, position) + 1
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        if run is not None and start - run[1] <= _JOIN_GAP:
            run = (run[0], end)
        else:
            if run is not None:
                yield run
            run = (start, end)
    if run is not None:
        yield run


class WordsNeeded:
    """One word search for the words every prefiltered pattern needs: where they are, pattern by pattern."""

    def __init__(self, scans: list[LineScan]) -> None:
        for scan in scans:
            scan.prepare()
        by_word: dict[str, list[int]] = {}
        for number, scan in enumerate(scans):
            for word in scan.needs or ():
                by_word.setdefault(word, []).append(number)
        self._numbers = {id(scan): number for number, scan in enumerate(scans)}
        self._search: WordSearch[tuple[int, ...]] | None = (
            WordSearch({word: tuple(numbers) for word, numbers in by_word.items()}) if by_word else None
        )
        self._prefiltered = [scan.needs is not None for scan in scans]

    def find(self, text: str) -> Found:
        at: list[list[int]] = [[] for _ in self._prefiltered]
        if self._search is not None:
            for start, _end, numbers in self._search.hits(text):
                for number in numbers:
                    at[number].append(start)
        for positions in at:
            if len(positions) > 1:
                positions.sort()
        return Found(self._numbers, at)


class Found:
    """Where the needed words of each pattern are in one text."""

    def __init__(self, numbers: dict[int, int], at: list[list[int]]) -> None:
        self._numbers = numbers
        self._at = at

    def of(self, scan: LineScan) -> list[int] | None:
        number = self._numbers.get(id(scan))
        return None if number is None else self._at[number]
