"""Find candidate spans in the matching view: one automaton for all keywords, compiled regexes."""

from __future__ import annotations

import time
import warnings
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from typing import NamedTuple, TypeVar

import regex

from secreview.broken_lines import BROKEN_NUMBER, stored_holds_broken_number
from secreview.build_cache import compile_regex, remembered
from secreview.digit_runs import run_pattern, shared_run, stored_digit_run
from secreview.errors import ExtractionError
from secreview.layout import Places
from secreview.lines import line_starts
from secreview.literals import (
    Check,
    Requirement,
    checker,
    stored_joins_lines,
    stored_requirement,
    within_lines,
)
from secreview.lookaheads import stored_lookahead_requirement
from secreview.lookbehinds import stored_probe
from secreview.recognizers import REGISTRY as RECOGNIZERS
from secreview.recognizers.view import CuedRecognizer, Cues, DocumentView, Recognizer
from secreview.rulepack.schema import CompiledRule, compile_pattern
from secreview.standard_twin import standard_twin
from secreview.wordsearch import WordSearch

# A pattern gets this long per call, plus the allowance per MB of text it scans: a timeout means a
# pathological pattern and input, never merely a big file.
REGEX_TIMEOUT_SECONDS = 5.0
REGEX_TIMEOUT_PER_MB = 2.0
# A recognizer (Python code, which may tokenize the whole text first) gets this many times a pattern's time.
RECOGNIZER_BUDGET_FACTOR = 4.0
clock = time.monotonic
T = TypeVar("T")


def regex_timeout(length: int) -> float:
    """The seconds a pattern gets to scan ``length`` characters."""
    return REGEX_TIMEOUT_SECONDS + REGEX_TIMEOUT_PER_MB * length / 1_000_000


_linear: dict[regex.Pattern[str], bool] = {}


def pattern_timeout(pattern: regex.Pattern[str], length: int) -> float | None:
    """The timeout of a run of ``pattern`` over ``length`` characters; none for a pattern whose structure
    bounds its steps per character of any text (backtracking.py): it cannot backtrack catastrophically,
    and ``regex`` reads the clock at every call and every match under a timeout."""
    linear = _linear.get(pattern)
    if linear is None:
        key = f"{int(pattern.flags)}\0{pattern.pattern}"
        linear = _linear[pattern] = bool(remembered("linear", key, lambda: _told_linear(pattern)))
    return None if linear else regex_timeout(length)


def _told_linear(pattern: regex.Pattern[str]) -> bool:
    from secreview.backtracking import is_linear  # only when the build cache has no answer: not at start

    return is_linear(pattern)


def _timed_out(rule_id: str) -> ExtractionError:
    return ExtractionError(f"规则 {rule_id} 匹配超时,文件未完整检查")


MERGE_GAP = 200
# A trigger pattern that matches more often than this in one line is searched line by line from the next.
_DENSE_LINE = 8
# After this many lines with a match, a trigger pattern that has matched at least once per this many
# characters goes on with one match per line, found by one regex call (``_line_anchored``): each match
# costs a step in Python, a line without a match costs the anchored pattern a try at each character.
_SAMPLED_LINES = 64
_CHARACTERS_PER_MATCH = 20


class Candidate(NamedTuple):
    """A span of the normalized text that a rule's keyword or pattern matched (a tuple: made in a third
    of a frozen dataclass's time, and a list of names has hundreds of thousands)."""

    rule: CompiledRule
    start: int
    end: int


_new_candidate = tuple.__new__  # Candidate's own __new__ is a Python function in between


class KeywordMatcher:
    """All keyword rules in one word search, built once per engine."""

    def __init__(self, rules: Sequence[CompiledRule]) -> None:
        owners: dict[str, list[CompiledRule]] = {}
        for compiled in rules:
            for keyword in compiled.keywords:
                owners.setdefault(keyword, []).append(compiled)
        self.search: WordSearch[tuple[CompiledRule, ...]] | None = None
        if owners:
            self.search = WordSearch({keyword: tuple(owned) for keyword, owned in owners.items()})

    def find(self, text: str) -> Iterator[Candidate]:
        if self.search is None:
            return
        for start, end, keyword_rules in self.search.hits(text):
            for compiled in keyword_rules:
                yield Candidate(compiled, start, end)


class _Lines:
    """Start offsets of the lines of a text, for the windows of whole lines around trigger hits."""

    def __init__(self, text: str) -> None:
        self._length = len(text)
        self._starts = line_starts(text)

    @property
    def starts(self) -> list[int]:
        return self._starts

    def index(self, offset: int) -> int:
        """The line holding the character at ``offset`` (a line break belongs to the line it ends)."""
        return bisect_right(self._starts, offset) - 1

    def spanned(self, spans: Iterator[tuple[int, int, T]]) -> Iterator[tuple[int, int, T]]:
        """For each ``(start, end, tag)``: its first and last line and the tag, repeats in a row dropped."""
        starts = self._starts
        line_start, next_start, line = 0, -1, -1
        previous: tuple[int, int, T] | None = None
        for start, end, tag in spans:
            if not line_start <= start < next_start:
                line = bisect_right(starts, start) - 1
                line_start = starts[line]
                next_start = starts[line + 1] if line + 1 < len(starts) else self._length + 1
            result = (line, line if end < next_start else self.index(end), tag)
            if result != previous:
                previous = result
                yield result

    def lines_of_first_matches(self, spans: Iterator[tuple[int, int]]) -> list[tuple[int, int]]:
        """``(line, line)`` for each span, given in order, each on a line after the one before and none
        holding a line break (the first match of each line of a pattern that cannot take one)."""
        starts = self._starts
        found: list[tuple[int, int]] = []
        line, count = 0, len(starts)
        for start, _end in spans:
            line += 1  # most often the next line (a list's rows), else found by bisection
            if line >= count or starts[line] > start or (line + 1 < count and starts[line + 1] <= start):
                line = bisect_right(starts, start) - 1
            found.append((line, line))
        return found

    def window(self, first: int, last: int, extra_lines: int) -> tuple[int, int]:
        """Lines ``first`` to ``last``, widened by ``extra_lines`` on each side, without the final break."""
        left = self._starts[max(0, first - extra_lines)]
        after = last + extra_lines + 1
        return left, self._starts[after] - 1 if after < len(self._starts) else self._length

    def merged_windows(self, spans: Iterable[tuple[int, int]], extra_lines: int) -> list[tuple[int, int]]:
        """``_merged([self.window(first, last, extra_lines) for first, last in spans])`` in one pass: in the
        order of the line spans, the windows' left ends come in order too (a list of names has a span on
        every line)."""
        starts, count, length = self._starts, len(self._starts), self._length
        merged: list[tuple[int, int]] = []
        low, high = 0, -1  # the window being merged (none yet while high < 0)
        for first, last in sorted(spans):
            left = starts[first - extra_lines if first > extra_lines else 0]
            after = last + extra_lines + 1
            right = starts[after] - 1 if after < count else length
            if high >= 0 and left <= high + MERGE_GAP:
                if right > high:
                    high = right
                continue
            if high >= 0:
                merged.append((low, high))
            low, high = left, right
        if high >= 0:
            merged.append((low, high))
        return merged


def _only_last_lines(compiled: CompiledRule) -> int | None:
    """The number of last lines where the rule's matches count, when that is the only place they do."""
    position = compiled.rule.position
    if position is None or position.first_lines is not None or position.or_parts:
        return None
    return position.last_lines


def _merged(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Windows that overlap or lie less than ``MERGE_GAP`` apart become one: a regex call costs about what
    scanning that many more characters costs."""
    merged: list[tuple[int, int]] = []
    for left, right in sorted(windows):
        if merged and left <= merged[-1][1] + MERGE_GAP:
            merged[-1] = (merged[-1][0], max(merged[-1][1], right))
        else:
            merged.append((left, right))
    return merged


TriggerKey = tuple[tuple[str, ...], str | None, int, str]


class _Source(NamedTuple):
    """A pattern rule's source compiled, with what tells the windows it runs on (told when first run)."""

    pattern: regex.Pattern[str]
    required: Check | None  # the words a window must hold (``PatternMatcher._required``)
    broken: bool  # every match holds a broken number (``PatternMatcher._holds_broken_number``)
    joins: bool  # its windows may be joined into one text (``PatternMatcher._joins_lines``)


def _trigger_key(compiled: CompiledRule) -> TriggerKey:
    pattern = compiled.trigger_pattern.pattern if compiled.trigger_pattern is not None else None
    return compiled.triggers, pattern, compiled.trigger_lines, compiled.trigger_scope


class PatternMatcher:
    """Every pattern rule's compiled regexes, each run with a timeout unless its structure bounds its work.

    A rule with ``triggers`` or a ``trigger_pattern`` runs only on the lines where a trigger occurs; the
    trigger words of all rules are found in one Aho-Corasick pass, each distinct trigger pattern in one
    regex pass, and rules with the same triggers share their windows.
    """

    def __init__(self, rules: Sequence[CompiledRule]) -> None:
        self._rules = [compiled for compiled in rules if compiled.pattern_sources]
        self._trigger_keys = sorted(
            {_trigger_key(compiled) for compiled in self._rules if compiled.triggered},
            key=lambda key: (key[0], key[1] or "", key[2], key[3]),
        )
        key_index = {key: number for number, key in enumerate(self._trigger_keys)}
        # For each rule, the number of its trigger key, or -1 for a rule that scans the whole text.
        self._key_numbers = [key_index[_trigger_key(c)] if c.triggered else -1 for c in self._rules]
        # The rules (by position) of each trigger key, and those that scan the whole text.
        self._rules_of_key: list[list[int]] = [[] for _ in self._trigger_keys]
        for position, number in enumerate(self._key_numbers):
            if number >= 0:
                self._rules_of_key[number].append(position)
        self._untriggered = [position for position, number in enumerate(self._key_numbers) if number < 0]
        # A rule whose matches count only among the last lines of the main text: how many lines.
        self._last_lines = [_only_last_lines(compiled) for compiled in self._rules]
        # The last rule (by position) that reads each pattern's run on its windows: the run is let go once
        # that rule's candidates are out (a list of names: 16 bytes per match, a dozen patterns).
        self._last_reader = {
            (source, compiled.group, number): position
            for position, (compiled, number) in enumerate(zip(self._rules, self._key_numbers, strict=True))
            for source in compiled.pattern_sources
        }
        # Each rule's sources, each with whether a later rule reads its run (kept, not let go).
        self._sources_of = [
            tuple(
                (source, self._last_reader[(source, compiled.group, number)] > position)
                for source in compiled.pattern_sources
            )
            for position, (compiled, number) in enumerate(zip(self._rules, self._key_numbers, strict=True))
        ]
        self._sources: dict[str, _Source] = {}
        word_owners: dict[str, set[int]] = {}
        pattern_owners: dict[str, tuple[regex.Pattern[str], str, set[int]]] = {}
        for compiled, number in zip(self._rules, self._key_numbers, strict=True):
            if number < 0:
                continue
            for word in compiled.triggers:
                word_owners.setdefault(word, set()).add(number)
            if compiled.trigger_pattern is not None:
                pattern = compiled.trigger_pattern
                pattern_owners.setdefault(pattern.pattern, (pattern, compiled.rule.id, set()))[2].add(number)
        self.triggers: WordSearch[tuple[int, ...]] | None = None
        if word_owners:
            self.triggers = WordSearch(
                {word: tuple(sorted(numbers)) for word, numbers in word_owners.items()}
            )
        # The keys each trigger word opens, by the word's number in the search, when no word takes a line
        # break (its hits' lines are then the lines where they start).
        self._trigger_tags: list[tuple[int, ...]] | None = None
        if self.triggers is not None and not any("\n" in word for word in self.triggers.words):
            self._trigger_tags = list(self.triggers.words.values())
        self._trigger_patterns = [
            (pattern, rule_id, tuple(sorted(numbers)), within_lines(pattern))
            for pattern, rule_id, numbers in pattern_owners.values()
        ]
        # The trigger patterns of one line whose every match holds a run of digits (digit_runs.py), and one
        # search for a run that each of them holds: it finds the only lines where they need be searched.
        runs = [
            stored_digit_run(pattern) if one_line else None
            for pattern, *_, one_line in self._trigger_patterns
        ]
        self._in_digit_lines = [found is not None for found in runs]
        held = [found for found in runs if found is not None]
        self._digit_run = compile_regex(run_pattern(*shared_run(held))) if held else None
        self._requirements: dict[tuple[str, int], Check | None] = {}
        self._joins: dict[tuple[str, int], bool] = {}
        self._broken: dict[tuple[str, int], bool] = {}
        self._probes: dict[tuple[str, int], regex.Pattern[str] | None] = {}

    def _windows(
        self, text: str, folded: bool = False, plane: bool | None = None
    ) -> list[list[tuple[int, int]]]:
        """For each trigger key, the merged windows of text its rules must look at; ``folded`` when ``text``
        is a matching view (``normalize`` folds every decimal digit of the Basic Multilingual Plane to
        ASCII), ``plane`` whether it holds no character beyond that plane (looked at when not given)."""
        if not self._trigger_keys:
            return []
        lines = _Lines(text)
        # The lines of the hits, in the order found (repeats of a line kept): a few runs in order, which a
        # sort merges in one pass, where the lines of a set come in hash order (a list of names: n log n,
        # and slower per line the longer the list).
        hit_lines: dict[tuple[int, ...], list[tuple[int, int]]] = {}
        if self.triggers is not None and self._trigger_tags is not None:
            # Words of one line: each hit marks its line. Found word by word (the windows sort and merge
            # their lines whatever the order), each line of a word once, without a Python step per hit.
            starts, index = lines.starts, bisect_right
            by_word: dict[int, list[int]] = {}
            for number, start, _end in self.triggers.starts(text):
                found_starts = by_word.get(number)
                if found_starts is None:
                    by_word[number] = [start]
                else:
                    found_starts.append(start)
            for number, positions in by_word.items():
                marked_lines = [
                    (line, line) for line in dict.fromkeys([index(starts, p) - 1 for p in positions])
                ]
                tag = self._trigger_tags[number]
                found = hit_lines.get(tag)
                if found is None:
                    hit_lines[tag] = marked_lines
                else:
                    found.extend(marked_lines)
        elif self.triggers is not None:
            for first, last, numbers in lines.spanned(self.triggers.hits(text)):
                found = hit_lines.get(numbers)
                if found is None:
                    hit_lines[numbers] = [(first, last)]
                else:
                    found.append((first, last))
        # Digits are ASCII digits only in a matching view of the plane: there a run of them is searched for.
        digit_lines: list[tuple[int, int]] | None = None
        if (
            self._digit_run is not None
            and folded
            and (_BEYOND_BMP.search(text) is None if plane is None else plane)
        ):
            digit_lines = _lines_holding(self._digit_run, text)
        for (pattern, rule_id, numbers, one_line), in_digit_lines in zip(
            self._trigger_patterns, self._in_digit_lines, strict=True
        ):
            if one_line:  # one line per match, the first of its line: its line, without ``spanned``'s work
                firsts: Iterator[tuple[int, int]]
                if in_digit_lines and digit_lines is not None:
                    firsts = _first_in_lines(pattern, digit_lines, text, rule_id)
                else:
                    firsts = _first_of_each_line(pattern, text, rule_id)
                marked = lines.lines_of_first_matches(firsts)
            else:
                matched = ((start, end, None) for start, end in _first_in_each_line(pattern, text, rule_id))
                marked = [(first, last) for first, last, _ in lines.spanned(matched)]
            if marked:
                found = hit_lines.get(numbers)
                if found is None:
                    hit_lines[numbers] = marked
                else:
                    found.extend(marked)
        spans: list[list[tuple[int, int]]] = [[] for _ in self._trigger_keys]
        for numbers, found in hit_lines.items():
            for number in numbers:  # shared, not copied, by the keys that only these hits open
                spans[number] = spans[number] + found if spans[number] else found
        whole = [(0, len(text))]
        # Keys opened by the same hits (one set, shared) with the same extra lines share their windows.
        shared: dict[tuple[int, int], list[tuple[int, int]]] = {}
        windows: list[list[tuple[int, int]]] = []
        for key, key_spans in zip(self._trigger_keys, spans, strict=True):
            if not key_spans or key[3] == "document":
                windows.append(whole if key_spans else [])
                continue
            same = (id(key_spans), key[2])
            if same not in shared:
                shared[same] = lines.merged_windows(key_spans, key[2])
            windows.append(shared[same])
        return windows

    def _required(self, pattern: regex.Pattern[str]) -> Check | None:
        """Whether a window holds the words a match of ``pattern`` holds and those its look-aheads see
        (lookaheads.py): a window without them is skipped, which costs a string search instead of a regex
        run under a timeout."""
        return _told(self._requirements, pattern, _window_check)

    def _holds_broken_number(self, pattern: regex.Pattern[str]) -> bool:
        """Whether every match of ``pattern`` holds a line break, spaces and a digit (broken_lines.py): a
        window without them is skipped, which costs a search that finds a line break fast instead of a run
        that tries the pattern's look-behinds at every character."""
        return _told(self._broken, pattern, stored_holds_broken_number)

    def _probe(self, pattern: regex.Pattern[str]) -> regex.Pattern[str] | None:
        """``pattern`` without its leading look-behinds, when that one joins lines (lookbehinds.py)."""
        return _told(self._probes, pattern, stored_probe)

    def _joins_lines(self, pattern: regex.Pattern[str]) -> bool:
        return _told(self._joins, pattern, stored_joins_lines)

    def _source(self, source: str) -> _Source:
        """``source`` compiled (compile_pattern keeps it) and what tells its windows, told once per matcher:
        a document asks it of every source its windows open (a check of a short text, a hundred)."""
        found = self._sources.get(source)
        if found is None:
            pattern = compile_pattern(source)
            found = self._sources[source] = _Source(
                pattern,
                self._required(pattern),
                self._holds_broken_number(pattern),
                self._joins_lines(pattern),
            )
        return found

    def find(
        self,
        text: str,
        places: Places | None = None,
        hopeless: Callable[[CompiledRule], bool] | None = None,
        *,
        folded: bool = False,
    ) -> Iterator[Candidate]:
        """The candidates of every pattern rule. With ``places`` (a report's check, which drops a candidate
        out of its place; not when dropped candidates are shown), a rule whose matches count only among
        the last lines of the main text is not run on a window that ends before them; a rule that
        ``hopeless`` says would have every candidate dropped is not run; ``folded`` as ``_windows``. Windows
        are searched one by one (or joined, with the same matches), so the windows kept find what they found
        before."""
        plane = _BEYOND_BMP.search(text) is None  # a pattern's standard twin finds the same matches
        windows = self._windows(text, folded, plane)
        # Rules that share a pattern and the windows it runs on share one run of it, kept as starts and
        # ends in turn in an array of machine integers (a list of names has tens of thousands per run).
        runs: dict[tuple[str, str | None, int, int], array[int]] = {}
        joined: dict[tuple[tuple[int, int], ...], _Joined] = {}
        # Only the rules with windows to look at, in the rules' order (a rule without is never asked).
        active = [*self._untriggered]
        for number, spans in enumerate(windows):
            if spans:
                active.extend(self._rules_of_key[number])
        active.sort()
        for position in active:
            compiled, number = self._rules[position], self._key_numbers[position]
            spans = windows[number] if number >= 0 else [(0, len(text))]
            after = 0  # the windows run: those that end after this
            count = self._last_lines[position]
            if count is not None and places is not None and spans:
                after = places.last_lines_start(count)
                spans = [(left, right) for left, right in spans if right > after]
            if not spans:
                continue
            if hopeless is not None and hopeless(compiled):
                for source in compiled.pattern_sources:  # a run of its pattern that it was the last to read
                    if self._last_reader[(source, compiled.group, number)] == position:
                        runs.pop((source, compiled.group, number, after), None)
                continue
            for source, kept in self._sources_of[position]:
                key = (source, compiled.group, number, after)
                if key not in runs:
                    pattern, required, broken_number, joins = self._source(source)
                    held = (
                        spans
                        if required is None
                        else [(left, right) for left, right in spans if required(text, left, right)]
                    )
                    if held and broken_number:
                        broken = BROKEN_NUMBER.search
                        held = [(left, right) for left, right in held if broken(text, left, right)]
                    if len(held) > 1 and joins:
                        windows_key = tuple(held)
                        if windows_key not in joined:
                            joined[windows_key] = _Joined(text, held)
                        runs[key] = joined[windows_key].spans(pattern, compiled.rule.id, compiled.group)
                    else:
                        probe = self._probe(pattern) if len(held) > 1 else None
                        if probe is not None:  # one search over the windows joined finds where to run it
                            windows_key = tuple(held)
                            if windows_key not in joined:
                                joined[windows_key] = _Joined(text, held)
                            held = joined[windows_key].probed(probe, held)
                        runs[key] = self._spans(compiled, pattern, text, held, plane) if held else array("q")
                bounds = runs[key] if kept else runs.pop(key)
                for index in range(0, len(bounds), 2):
                    yield _new_candidate(Candidate, (compiled, bounds[index], bounds[index + 1]))
                del bounds

    @staticmethod
    def _spans(
        compiled: CompiledRule,
        pattern: regex.Pattern[str],
        text: str,
        spans: list[tuple[int, int]],
        plane: bool = False,
    ) -> array[int]:
        """The spans ``pattern`` matches in the disjoint, ordered windows ``spans`` of ``text``, in order:
        start, end, start, end …; ``plane`` when ``text`` holds no character beyond the Basic Multilingual
        Plane (a linear pattern's standard twin then runs instead: standard_twin.py)."""
        bounds = array("q")
        append, group = bounds.append, compiled.group
        linear = pattern_timeout(pattern, 0) is None
        twin = standard_twin(pattern) if linear and plane else None
        if twin is not None:
            for left, right in spans:
                kept = len(bounds)
                for match in twin.finditer(text, left, right):
                    start, end = match.span(group) if group else match.span()
                    if match.end() == match.start():  # the engines may search on differently: regex's run
                        del bounds[kept:]
                        _window_spans(pattern, text, left, right, group, None, append)
                        break
                    if end > start:
                        append(start)
                        append(end)
            return bounds
        try:  # each window in turn, without a step of a generator for each match
            for left, right in spans:
                timeout = None if linear else regex_timeout(right - left)
                _window_spans(pattern, text, left, right, group, timeout, append)
        except TimeoutError as error:
            raise _timed_out(compiled.rule.id) from error
        return bounds


def _window_spans(
    pattern: regex.Pattern[str],
    text: str,
    left: int,
    right: int,
    group: str | None,
    timeout: float | None,
    append: Callable[[int], None],
) -> None:
    """``append`` the start and end of each non-empty match of ``pattern`` (or ``group``) in the window."""
    for match in pattern.finditer(text, left, right, timeout=timeout):
        start, end = match.span(group) if group else match.span()
        if end > start:
            append(start)
            append(end)


class _Joined:
    """Windows of whole lines joined by line breaks into one text, for a pattern that ``joins_lines``: one
    regex run over them instead of one per window (each run under a timeout has a fixed cost), with the
    same matches (literals.joins_lines says why)."""

    def __init__(self, text: str, windows: list[tuple[int, int]]) -> None:
        self._lefts = [left for left, _ in windows]
        lead = (
            "\n" if windows[0][0] > 0 else ""
        )  # the line break before a window that is not the text's start
        self.text = lead + "\n".join([text[left:right] for left, right in windows])
        self._starts: list[int] = []  # where each window starts in the joined text
        position = len(lead)
        for left, right in windows:
            self._starts.append(position)
            position += right - left + 1

    def probed(self, probe: regex.Pattern[str], windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The windows (those joined) where ``probe``, a pattern that joins lines, has a match: searched
        from each window's start, the next search from the start of the window after the one it found.
        All of them when the search takes too long (the pattern's own run then says so)."""
        kept: list[tuple[int, int]] = []
        starts, search, joined_text = self._starts, probe.search, self.text
        position, last = 0, len(starts) - 1
        try:
            timeout = pattern_timeout(probe, len(joined_text))
            while (match := search(joined_text, position, timeout=timeout)) is not None:
                window = max(0, bisect_right(starts, match.start()) - 1)
                kept.append(windows[window])
                if window >= last:
                    break
                position = starts[window + 1]
        except TimeoutError:
            return windows
        return kept

    def spans(self, pattern: regex.Pattern[str], rule_id: str, group: str | None) -> array[int]:
        """``PatternMatcher._spans`` over the windows: start, end, start, end … in the original text."""
        bounds = array("q")
        starts, lefts = self._starts, self._lefts
        for match, (start, end) in _matches(pattern, self.text, rule_id, group):
            window = bisect_right(starts, match.start()) - 1  # a group may lie before the match
            shift = lefts[window] - starts[window]
            bounds.append(start + shift)
            bounds.append(end + shift)
        return bounds


def _first_in_each_line(
    pattern: regex.Pattern[str], text: str, rule_id: str, position: int = 0
) -> Iterator[tuple[int, int]]:
    """The first match of ``pattern`` in each line that has one (from ``position``, a line's start): a
    trigger only marks lines."""
    timeout = pattern_timeout(pattern, len(text))
    try:
        while (match := pattern.search(text, position, timeout=timeout)) is not None:
            start, end = match.span()
            yield start, end
            line_break = text.find("\n", max(end, start + 1) - 1)
            if line_break == -1:
                return
            position = line_break + 1
    except TimeoutError as error:
        raise _timed_out(rule_id) from error


def _told(
    cache: dict[tuple[str, int], T],
    pattern: regex.Pattern[str],
    tell: Callable[[regex.Pattern[str]], T],
) -> T:
    """What ``tell`` says of ``pattern``, told once per pattern and matcher."""
    key = (pattern.pattern, pattern.flags)
    if key not in cache:
        cache[key] = tell(pattern)
    return cache[key]


def _window_check(pattern: regex.Pattern[str]) -> Check | None:
    """The words a match of ``pattern`` holds and those its look-aheads see, as one check of a window."""
    parts = [
        found
        for found in (stored_requirement(pattern), stored_lookahead_requirement(pattern))
        if found is not None
    ]
    if not parts:
        return None
    joined: Requirement = parts[0] if len(parts) == 1 else tuple(parts)
    return checker(joined)


_BEYOND_BMP = regex.compile(r"[^\u0000-\uffff]")


# A search of one line costs about what a trigger pattern's search of this many more characters costs (3 µs).
_LINE_COST = 150
# Lines with a run of digits are searched one by one until, after this many, they hold more than half of the
# text read so far (a list with numbers on every line): then the whole text is searched, as before.
_DIGIT_LINES_SAMPLED = 16


def _lines_holding(needed: regex.Pattern[str], text: str) -> list[tuple[int, int]] | None:
    """The start of each line holding a match of ``needed`` (a pattern of one line), and the end of the line
    with its line break, in order; None once searching them one by one would cost more than searching the
    whole text."""
    found: list[tuple[int, int]] = []
    cost = 0
    for start, _end in _first_of_each_line(needed, text, "-"):
        line_break = text.find("\n", start)
        end = len(text) if line_break < 0 else line_break + 1
        line_start = text.rfind("\n", 0, start) + 1
        found.append((line_start, end))
        cost += end - line_start + _LINE_COST
        if cost * 2 > end and len(found) >= _DIGIT_LINES_SAMPLED:
            return None
    return found


def _first_in_lines(
    pattern: regex.Pattern[str], lines: list[tuple[int, int]], text: str, rule_id: str
) -> Iterator[tuple[int, int]]:
    """``_first_of_each_line`` for a pattern whose matches and look-aheads take no line break, in ``lines``
    (those holding a run of digits that each of its matches holds, digit_runs.py): searched in each from its
    start to just past its line break, where a search of the whole text finds the same first match
    (look-behinds see the text before it, as they do from any position)."""
    timeout = pattern_timeout(pattern, len(text))
    search = pattern.search
    try:
        for start, end in lines:
            match = search(text, start, end, timeout=timeout)
            if match is not None:
                yield match.span()
    except TimeoutError as error:
        raise _timed_out(rule_id) from error


def _first_of_each_line(pattern: regex.Pattern[str], text: str, rule_id: str) -> Iterator[tuple[int, int]]:
    """``_first_in_each_line`` for a pattern no match of which holds a line break, in one regex call: the
    first of its matches in a line is the match a search from the line's start finds."""
    line_end, skipped, lines = -1, 0, 0
    for matches, (start, end) in enumerate(_finditer_all(pattern, text, rule_id), 1):
        if start > line_end:
            yield start, end
            line_end, skipped = text.find("\n", start), 0
            if line_end < 0:
                return
            lines += 1
            if lines == _SAMPLED_LINES and matches * _CHARACTERS_PER_MATCH > line_end:
                anchored = _line_anchored(pattern)
                if anchored is not None:  # a list with numbers on every line: one match per line from here
                    yield from _anchored_spans(anchored, text, rule_id, line_end + 1)
                    return
        elif (skipped := skipped + 1) > _DENSE_LINE:  # a line dense in matches: search from the next line
            yield from _first_in_each_line(pattern, text, rule_id, line_end + 1)
            return


# Flags under which ``_line_anchored`` could change what the pattern matches: a comment or white space
# of the pattern (VERBOSE), line ends other than \n (WORD), other ways of choosing among matches.
_NOT_ANCHORED = (
    regex.VERBOSE | regex.WORD | regex.POSIX | regex.REVERSE | regex.BESTMATCH | regex.ENHANCEMATCH
)
_anchored: dict[tuple[str, int], regex.Pattern[str] | None] = {}


def _line_anchored(pattern: regex.Pattern[str]) -> regex.Pattern[str] | None:
    """For a pattern without groups no match of which holds a line break: a pattern that matches each line
    that has a match of ``pattern``, from its start to its end, with group 1 the first match of ``pattern``
    in the line (the one a search from the line's start finds: after the shortest run of the line's
    characters that one follows); None when flags or groups could make it differ."""
    key = (pattern.pattern, pattern.flags)
    if key not in _anchored:
        found = None
        if not pattern.flags & _NOT_ANCHORED and pattern.groups == 0:
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                with suppress(regex.error, Warning):
                    found = compile_regex(f"(?m:^)[^\\n]*?({pattern.pattern})[^\\n]*", pattern.flags)
        _anchored[key] = found
    return _anchored[key]


def _anchored_spans(
    anchored: regex.Pattern[str], text: str, rule_id: str, position: int
) -> Iterator[tuple[int, int]]:
    """The span of group 1 of every match of a ``_line_anchored`` pattern from ``position`` (a line's
    start), under the timeout."""
    try:
        timeout = pattern_timeout(anchored, len(text))
        for match in anchored.finditer(text, position, timeout=timeout):
            yield match.span(1)
    except TimeoutError as error:
        raise _timed_out(rule_id) from error


def _finditer_all(pattern: regex.Pattern[str], text: str, rule_id: str) -> Iterator[tuple[int, int]]:
    """Every match of ``pattern`` in ``text``, empty ones included, under the timeout."""
    try:
        timeout = pattern_timeout(pattern, len(text))
        for match in pattern.finditer(text, timeout=timeout):
            yield match.span()
    except TimeoutError as error:
        raise _timed_out(rule_id) from error


def _matches(
    pattern: regex.Pattern[str], text: str, rule_id: str, group: str | None
) -> Iterator[tuple[regex.Match[str], tuple[int, int]]]:
    """The non-empty spans of ``pattern`` (or its ``group``) in ``text``, each with its match, under the
    timeout."""
    try:
        timeout = pattern_timeout(pattern, len(text))
        for match in pattern.finditer(text, timeout=timeout):
            start, end = match.span(group) if group else match.span()
            if end > start:
                yield match, (start, end)
    except TimeoutError as error:
        raise _timed_out(rule_id) from error


def _recognizer_of(compiled: CompiledRule, name: str) -> Recognizer:
    """The registered recognizer ``name`` of the rule; a cued one looks for the rule's context words."""
    recognizer = RECOGNIZERS[name]
    if isinstance(recognizer, CuedRecognizer):
        return recognizer.with_cues(Cues(compiled.context, compiled.rule.context_window))
    return recognizer


class RecognizerMatcher:
    """Rules whose candidates come from a registered Python recognizer."""

    def __init__(self, rules: Sequence[CompiledRule]) -> None:
        self._rules = [
            (compiled, _recognizer_of(compiled, compiled.recognizer))
            for compiled in rules
            if compiled.recognizer is not None
        ]

    def find(self, view: DocumentView) -> Iterator[Candidate]:
        """Candidates of every recognizer rule in one document; a recognizer that spends more than its
        time budget on the document ends the review with an error ("未完整检查", never clean)."""
        budget = RECOGNIZER_BUDGET_FACTOR * regex_timeout(len(view.text))
        for compiled, recognizer in self._rules:
            began = clock()
            spans = iter(recognizer(view))  # a recognizer that returns a list works here
            spent = clock() - began  # inside the recognizer only, not in whoever consumes its candidates
            while True:
                began = clock()
                span = next(spans, None)
                spent += clock() - began
                if spent > budget:
                    raise ExtractionError(f"规则 {compiled.rule.id} 识别超时,文件未完整检查")
                if span is None:
                    break
                if span[1] > span[0]:
                    yield Candidate(compiled, *span)
