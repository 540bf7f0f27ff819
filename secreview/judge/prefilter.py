"""Run a signal pattern only on the lines that hold the words every match of it must contain.

A pattern qualifies when no match can take a line break (so every match lies on one line), its lookaheads
see a bounded width, and what each match must hold can be told from its literal words: its
``requirement``, e.g. one of 不得在/勿在 and one of 转发/传播 for ``(?:不得|勿)在[^。]{0,16}?(?:转发|传播)``
(adjacent fixed strings are spelled out whole). One word search finds every pattern's words; the matches
found on the lines that meet a pattern's requirement are then exactly its matches over the whole text. Any
other pattern runs over the whole text.
"""

from __future__ import annotations

import hashlib
import json
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import regex

from secreview.build_cache import remembered
from secreview.lines import line_starts
from secreview.literals import (
    Requirement,
    Unsafe,
    Walk,
    from_json,
    re_parse_true_to_lines,
    requirement,
    to_json,
    words_of,
)
from secreview.wordsearch import WordSearch

Pattern = re.Pattern[str] | regex.Pattern[str]
# A pattern needing more words than this runs over the whole text.
_MAX_NEEDS = 400
# Lines closer together than this are searched in one run.
_JOIN_GAP = 200
_IGNORECASE = int(re.IGNORECASE)  # a plain int: ``&`` of a RegexFlag goes through the enum's Python code


class LineScan:
    """A pattern with, when it qualifies, what a line must hold for a match to lie on it."""

    def __init__(self, pattern: Pattern) -> None:
        self.pattern = pattern
        self._prepared = False
        self._requirement: Requirement | None = None
        self._needs: frozenset[str] | None = None
        self.lookahead = 0
        self.on_lines = False  # whether a requirement is known: a match lies on the lines that meet it

    @property
    def requirement(self) -> Requirement | None:
        """What a line must hold for a match to lie on it; None when the pattern does not qualify."""
        self.prepare()
        return self._requirement

    @property
    def needs(self) -> frozenset[str] | None:
        """Every word of ``requirement``."""
        self.prepare()
        return self._needs

    @property
    def key(self) -> str | None:
        """What the answer of ``prepare`` depends on; None for a pattern that never qualifies."""
        pattern = self.pattern
        if isinstance(pattern, re.Pattern):
            return None if pattern.flags & _IGNORECASE else f"{pattern.flags}\0{pattern.pattern}"
        # a ``regex`` pattern (one ``re`` cannot compile, such as a look-behind of varying width) qualifies
        # when ``re`` reads it alike (``literals.re_parse``)
        return f"regex\0{pattern.flags}\0{pattern.pattern}"

    def prepare(self) -> None:
        key = self.key
        if self._prepared or key is None:
            return
        self._prepared = True
        pattern = self.pattern
        stored = remembered("line scan", key, lambda: _line_scan(pattern))  # kept in the build cache
        if stored is not None:
            found = from_json(stored[0])
            assert found is not None
            self._requirement = found
            self._needs = frozenset(words_of(found))
            self.lookahead = stored[1]
            self.on_lines = True

    def finditer(
        self, text: str, runs: list[tuple[int, int]] | None
    ) -> Iterator[re.Match[str] | regex.Match[str]]:
        """The matches of the pattern over ``text``, in order; ``runs``: the runs of whole lines (ends at
        their last line break) where a match may lie, from ``Found.of`` (None: not known, the whole text)."""
        if not self.on_lines or runs is None:
            yield from self.pattern.finditer(text)
            return
        pattern = self.pattern
        for start, end in runs:
            yield from pattern.finditer(text, start, min(len(text), end + self.lookahead))


class _LineWalk(Walk):
    """``Walk`` that also follows a look-ahead of unbounded width that cannot take a line break (such as
    ``(?![^\n]*各)``): it sees no further than the end of its line, which the runs searched end at."""

    def _item(self, op: Any, av: Any) -> bool:
        if op is sre.ASSERT or op is sre.ASSERT_NOT:
            direction, inner = av
            if direction > 0 and inner.getwidth()[1] >= sre.MAXREPEAT:
                if self.takes_newline(inner):  # also walks the look-arounds inside it
                    raise Unsafe
                return False
        return super()._item(op, av)


def _line_scan(pattern: Pattern) -> tuple[Any, int] | None:
    """What a line must hold for a match of ``pattern`` to lie on it (as JSON), and how far past the line
    its lookaheads see; None when the pattern does not qualify."""
    try:
        if isinstance(pattern, re.Pattern):
            parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        else:
            parsed = re_parse_true_to_lines(pattern)
            if parsed is None:
                return None
        flags = parsed.state.flags
        walk = _LineWalk(bool(flags & re.DOTALL), bool(flags & re.MULTILINE))
        if walk.takes_newline(parsed):
            return None
        found = requirement(parsed, same_line=_same_line(walk))
    except Unsafe:
        return None
    if found is None:
        return None
    words = words_of(found)
    if len(words) > _MAX_NEEDS or "" in words:
        return None
    return to_json(found), walk.lookahead


def _same_line(walk: Walk) -> Callable[[Any], bool]:
    """Whether a look-around's parsed content can take no line break (read as ``walk`` reads the pattern):
    what it sees then lies on the line of the place it is tried at, the line of the match."""

    def same_line(items: Any) -> bool:
        try:
            return not Walk(walk.dotall, walk.multiline).takes_newline(items)
        except Unsafe:
            return False

    return same_line


def _conjuncts(requirement: Requirement) -> list[tuple[frozenset[str], ...]]:
    """``requirement`` as the ways a line can meet it, each the word sets all of which it must hold one word
    of (one word of a set, every part of a tuple, any part of a list: ``&`` and ``|`` distribute)."""
    if isinstance(requirement, frozenset):
        return [(requirement,)]
    if isinstance(requirement, tuple):
        ways: list[tuple[frozenset[str], ...]] = [()]
        for part in requirement:
            ways = [way + other for way in ways for other in _conjuncts(part)]
        return ways
    return [way for part in requirement for way in _conjuncts(part)]


def _tables(scans: list[LineScan]) -> list[Any]:
    """``WordsNeeded``'s tables for ``scans`` as JSON, scans by position: the scans with a requirement and
    their look-ahead, the words in search order, for each word the scans it alone meets and the
    requirements looked at when it is found, the word sets, and each requirement's ways (sets by number)."""
    numbers: dict[str, int] = {}
    for scan in scans:
        scan.prepare()
        for word in sorted(scan.needs or ()):
            numbers.setdefault(word, len(numbers))
    kept = [position for position, scan in enumerate(scans) if scan.on_lines]
    one_of: list[list[int]] = [[] for _ in numbers]
    users: list[set[int]] = [set() for _ in numbers]
    set_numbers: dict[frozenset[int], int] = {}
    requirements: list[list[Any]] = []
    for position in kept:
        requirement = scans[position].requirement
        if isinstance(requirement, frozenset):
            for word in requirement:
                one_of[numbers[word]].append(position)
            continue
        ways = []
        for way in _conjuncts(requirement):  # type: ignore[arg-type]
            # The set of the longest words first: the least likely found (on the real documents, 489
            # requirements looked at instead of 909 with the smallest set first, 137 of them met).
            ordered = sorted(way, key=lambda words: (-sum(map(len, words)) / len(words), len(words)))
            word_sets = [frozenset(numbers[word] for word in words) for words in ordered]
            for word_set in word_sets[:1]:
                for number in word_set:
                    users[number].add(len(requirements))
            ways.append([set_numbers.setdefault(word_set, len(set_numbers)) for word_set in word_sets])
        requirements.append([position, ways])
    return [
        [[position, scans[position].lookahead] for position in kept],
        list(numbers),
        one_of,
        [sorted(indexes) for indexes in users],
        [sorted(word_set) for word_set in set_numbers],
        requirements,
    ]


class WordsNeeded:
    """One word search for the words of every prefiltered pattern's requirement."""

    def __init__(self, scans: list[LineScan]) -> None:
        # What follows depends only on the scans' patterns: worked out once, kept in the build cache (its
        # word sets and requirements took a fifth of a first check), and read back by scan position.
        keys = json.dumps([scan.key for scan in scans], ensure_ascii=True)
        digest = hashlib.sha256(keys.encode()).hexdigest()
        tables = remembered("words needed", digest, lambda: _tables(scans))
        kept, words, one_of, users, sets, requirements = tables
        ids = [id(scan) for scan in scans]
        for position, lookahead in kept:
            scans[position].lookahead = lookahead
            scans[position].on_lines = True
        self.prefiltered = frozenset(ids[position] for position, _ in kept)  # the scans with a requirement
        # A requirement of one word of a set is met on the lines of any of its words found: each word
        # lists the scans it alone meets (``_one_of``). Any other requirement is a few ways to meet it,
        # each of word sets (numbered, shared among requirements) all of which a line must hold a word of;
        # it is looked at only when a word of the first set of one of its ways is found (``_users``).
        self._requirements = [
            (ids[position], tuple(tuple(way) for way in ways)) for position, ways in requirements
        ]
        self._sets = [frozenset(word_set) for word_set in sets]
        by_position = ids.__getitem__
        self._one_of = [tuple(map(by_position, positions)) if positions else () for positions in one_of]
        self._users = [tuple(indexes) if indexes else () for indexes in users]
        numbers = {word: number for number, word in enumerate(words)}
        self._search: WordSearch[int] | None = WordSearch(numbers) if numbers else None
        # For each set of scans asked about: whether one of them has no requirement (runs everywhere).
        self._unfiltered: dict[frozenset[int], bool] = {}

    def find(self, text: str) -> Found:
        starts = line_starts(text)
        lines_of: dict[int, int] = {}  # the lines holding each word found, as the bits of an int
        if self._search is not None:
            line, line_start, next_start = 0, 0, starts[1] if len(starts) > 1 else len(text) + 1
            for number, start, _end in self._search.starts(text):
                if not line_start <= start < next_start:
                    line = bisect_right(starts, start) - 1
                    line_start = starts[line]
                    next_start = starts[line + 1] if line + 1 < len(starts) else len(text) + 1
                lines_of[number] = lines_of.get(number, 0) | 1 << line
        touched: set[int] = set()
        met: dict[int, int] = {}
        one_of, users = self._one_of, self._users
        for number, lines in lines_of.items():
            for scan_id in one_of[number]:
                met[scan_id] = met.get(scan_id, 0) | lines
            touched.update(users[number])
        if touched:
            present = set(lines_of)
            sets = self._sets
            set_lines: dict[int, int] = {}  # the lines holding a word of each set, once asked
            for index in touched:
                scan_id, ways = self._requirements[index]
                found = 0
                for way in ways:
                    every = -1
                    for set_number in way:
                        held = set_lines.get(set_number)
                        if held is None:
                            held = 0
                            for number in sets[set_number] & present:
                                held |= lines_of[number]
                            set_lines[set_number] = held
                        every &= held
                        if not every:
                            break
                    found |= every
                if found:
                    met[scan_id] = found
        return Found(self.prefiltered, met, starts, len(text), self._unfiltered)


class SignalOrder:
    """Groups of scans (each signal's) in order, and which of them may match in a text: those with a scan
    whose requirement some line meets, and those with a scan that has none (runs everywhere)."""

    def __init__(self, groups: list[list[LineScan]], words: WordsNeeded) -> None:
        self._owner = {id(scan): index for index, group in enumerate(groups) for scan in group}
        self._always = frozenset(
            index
            for index, group in enumerate(groups)
            if any(id(scan) not in words.prefiltered for scan in group)
        )

    def possible(self, found: Found) -> list[int]:
        """The indexes of the groups one of whose scans may match somewhere in ``found``'s text, in order
        (``Found.any_anywhere`` of each group, told from the scans found instead of group by group)."""
        owner = self._owner
        return sorted(self._always.union([owner[scan_id] for scan_id in found.met_scans()]))


class Found:
    """The lines of one text that meet each pattern's requirement."""

    def __init__(
        self,
        prefiltered: frozenset[int],
        met: dict[int, int],
        starts: list[int],
        length: int,
        unfiltered: dict[frozenset[int], bool] | None = None,
    ) -> None:
        self._prefiltered = prefiltered  # the scans (by id) that have a requirement
        self._met = met  # the lines meeting it (bits of an int), of each scan that has such lines
        self._starts = starts
        self._length = length
        self._unfiltered = {} if unfiltered is None else unfiltered
        self._offset, self._line = -1, -1  # the last offset asked about and its line
        self._runs: dict[int, list[tuple[int, int]]] = {}  # ``of`` by the lines met: scans share them

    def on_line(self, scan: LineScan, offset: int) -> bool:
        """Whether a match of ``scan`` may lie on the line holding ``offset``."""
        key = id(scan)
        lines = self._met.get(key)
        if lines is None:
            return key not in self._prefiltered
        if offset != self._offset:  # a line is asked about for each scan of a signal in turn
            self._offset, self._line = offset, bisect_right(self._starts, offset) - 1
        return bool(lines >> self._line & 1)

    def on_text_line(self, scan: LineScan, line: int) -> bool:
        """Whether a match of ``scan`` may lie on line ``line`` (split at ``\\n``) of the text."""
        lines = self._met.get(id(scan))
        if lines is None:
            return id(scan) not in self._prefiltered
        return bool(lines >> line & 1)

    def lines_of(self, scans: list[LineScan]) -> int:
        """The lines (bits of an int) where a match of one of ``scans`` may lie; -1 (every line) when one
        of them has no requirement."""
        lines = 0
        for scan in scans:
            met = self._met.get(id(scan))
            if met is not None:
                lines |= met
            elif id(scan) not in self._prefiltered:
                return -1
        return lines

    def patterns_on(self, scans: list[LineScan]) -> list[tuple[Pattern, int]]:
        """Those of ``scans`` that may match somewhere in the text, each as its pattern and the lines
        (bits of an int) where a match of it may lie, -1 for every line."""
        met, prefiltered = self._met, self._prefiltered
        found = []
        for scan in scans:
            lines = met.get(id(scan))
            if lines is None and id(scan) not in prefiltered:
                lines = -1
            if lines:
                found.append((scan.pattern, lines))
        return found

    def may_match(self, scans: list[LineScan]) -> list[LineScan]:
        """Those of ``scans`` a match of which may lie somewhere in the text: a requirement met on some line,
        or none at all."""
        met, prefiltered = self._met, self._prefiltered
        return [scan for scan in scans if id(scan) in met or id(scan) not in prefiltered]

    def line_number(self, offset: int) -> int:
        """The line (split at ``\\n``) holding ``offset``."""
        return bisect_right(self._starts, offset) - 1

    def met_scans(self) -> Iterable[int]:
        """The scans (by id) with a requirement that some line meets."""
        return self._met.keys()

    def any_anywhere(self, scans: frozenset[int]) -> bool:
        """Whether a match of any of ``scans`` (by id) may lie anywhere in the text."""
        unfiltered = self._unfiltered.get(scans)
        if unfiltered is None:
            unfiltered = self._unfiltered[scans] = not scans <= self._prefiltered
        return unfiltered or not scans.isdisjoint(self._met)

    def of(self, scan: LineScan) -> list[tuple[int, int]] | None:
        """The runs of lines where a match of ``scan`` may lie (start, end at the line break); None: the scan
        has no requirement, its pattern runs over the whole text."""
        key = id(scan)
        lines = self._met.get(key)
        if lines is None:
            return None if key not in self._prefiltered else []
        runs = self._runs.get(lines)
        if runs is None:
            runs = self._runs[lines] = self._runs_of(lines)
        return runs

    def matches(self, scan: LineScan, text: str) -> Iterable[re.Match[str] | regex.Match[str]]:
        """``scan.finditer(text, self.of(scan))`` (``text``: the text found in), and nothing for a scan
        whose requirement no line meets: the runs' searches chained in C, no generator step per match."""
        key = id(scan)
        lines = self._met.get(key)
        if lines is None:
            return () if key in self._prefiltered else scan.pattern.finditer(text)
        runs = self._runs.get(lines)
        if runs is None:
            runs = self._runs[lines] = self._runs_of(lines)
        pattern, length, lookahead = scan.pattern, self._length, scan.lookahead
        if len(runs) == 1:
            start, end = runs[0]
            return pattern.finditer(text, start, min(length, end + lookahead))
        return chain.from_iterable(
            [pattern.finditer(text, start, min(length, end + lookahead)) for start, end in runs]
        )

    def _runs_of(self, lines: int) -> list[tuple[int, int]]:
        """The runs of ``lines`` (bits of an int), lines closer than ``_JOIN_GAP`` joined."""
        starts = self._starts
        runs: list[tuple[int, int]] = []
        while lines:
            lowest = lines & -lines
            lines ^= lowest
            line = lowest.bit_length() - 1
            start = starts[line]
            end = starts[line + 1] - 1 if line + 1 < len(starts) else self._length
            if runs and start - runs[-1][1] <= _JOIN_GAP:
                runs[-1] = (runs[-1][0], end)
            else:
                runs.append((start, end))
        return runs
