"""Find candidate spans in the matching view: one automaton for all keywords, compiled regexes."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import ahocorasick
import regex

from secreview.errors import ExtractionError
from secreview.recognizers import REGISTRY as RECOGNIZERS
from secreview.rulepack.schema import CompiledRule
from secreview.tokenize import Tokenizer

# A pattern gets this long per call, plus the allowance per MB of text it scans: a timeout means a
# pathological pattern and input, never merely a big file.
REGEX_TIMEOUT_SECONDS = 5.0
REGEX_TIMEOUT_PER_MB = 2.0
_NEWLINE = regex.compile(r"\n")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span of the normalized text that a rule's keyword or pattern matched."""

    rule: CompiledRule
    start: int
    end: int


def ac_span(end_inclusive: int, key_length: int) -> tuple[int, int]:
    """pyahocorasick reports the inclusive end index of a hit; this is the half-open span."""
    return end_inclusive - key_length + 1, end_inclusive + 1


class KeywordMatcher:
    """All keyword rules in one automaton, built once per engine."""

    def __init__(self, rules: Sequence[CompiledRule]) -> None:
        owners: dict[str, list[CompiledRule]] = {}
        for compiled in rules:
            for keyword in compiled.keywords:
                owners.setdefault(keyword, []).append(compiled)
        self._automaton: ahocorasick.Automaton | None = None
        if owners:
            automaton = ahocorasick.Automaton()
            for keyword, keyword_rules in owners.items():
                automaton.add_word(keyword, (len(keyword), tuple(keyword_rules)))
            automaton.make_automaton()
            self._automaton = automaton

    def find(self, text: str) -> Iterator[Candidate]:
        if self._automaton is None:
            return
        for end_inclusive, (length, keyword_rules) in self._automaton.iter(text):
            start, end = ac_span(end_inclusive, length)
            for compiled in keyword_rules:
                yield Candidate(compiled, start, end)


def _line_window(text: str, start: int, end: int, extra_lines: int) -> tuple[int, int]:
    """The lines holding ``text[start:end]``, widened by ``extra_lines`` on each side."""
    left = text.rfind("\n", 0, start) + 1
    for _ in range(extra_lines):
        if left == 0:
            break
        left = text.rfind("\n", 0, left - 1) + 1
    right = text.find("\n", end)
    for _ in range(extra_lines):
        if right == -1:
            break
        right = text.find("\n", right + 1)
    return left, len(text) if right == -1 else right


class _Lines:
    """Start offsets of the lines of a text, for the windows of whole lines around trigger hits."""

    def __init__(self, text: str) -> None:
        self._length = len(text)
        self._starts = [0, *(match.end() for match in _NEWLINE.finditer(text))]

    def index(self, offset: int) -> int:
        """The line holding the character at ``offset`` (a line break belongs to the line it ends)."""
        return bisect_right(self._starts, offset) - 1

    def window(self, first: int, last: int, extra_lines: int) -> tuple[int, int]:
        """Lines ``first`` to ``last``, widened by ``extra_lines`` on each side, without the final break."""
        left = self._starts[max(0, first - extra_lines)]
        after = last + extra_lines + 1
        return left, self._starts[after] - 1 if after < len(self._starts) else self._length


def _merged(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for left, right in sorted(windows):
        if merged and left <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], right))
        else:
            merged.append((left, right))
    return merged


class PatternMatcher:
    """Every pattern rule's compiled regexes, each run with a timeout.

    A rule with ``triggers`` runs only on the lines where one of its trigger words occurs; the trigger
    words of all rules are found in one Aho-Corasick pass.
    """

    def __init__(self, rules: Sequence[CompiledRule]) -> None:
        self._rules = [compiled for compiled in rules if compiled.patterns]
        owners: dict[str, list[int]] = {}
        for index, compiled in enumerate(self._rules):
            for word in compiled.triggers:
                owners.setdefault(word, []).append(index)
        self._triggers: ahocorasick.Automaton | None = None
        if owners:
            automaton = ahocorasick.Automaton()
            for word, indexes in owners.items():
                automaton.add_word(word, (len(word), tuple(indexes)))
            automaton.make_automaton()
            self._triggers = automaton

    def _windows(self, text: str) -> dict[int, list[tuple[int, int]]]:
        """For each triggered rule, the merged windows of text it must look at."""
        if self._triggers is None:
            return {}
        lines = _Lines(text)
        hit_lines: dict[int, set[tuple[int, int]]] = {}
        for end_inclusive, (length, indexes) in self._triggers.iter(text):
            start, end = ac_span(end_inclusive, length)
            first_and_last = (lines.index(start), lines.index(end))
            for index in indexes:
                hit_lines.setdefault(index, set()).add(first_and_last)
        return {
            index: _merged(
                [lines.window(first, last, self._rules[index].rule.trigger_lines) for first, last in spans]
            )
            for index, spans in hit_lines.items()
        }

    def find(self, text: str) -> Iterator[Candidate]:
        windows = self._windows(text)
        # Rules that share a pattern and scan the whole text share one run of it.
        whole_text_runs: dict[tuple[str, int, str | None], list[tuple[int, int]]] = {}
        for index, compiled in enumerate(self._rules):
            spans = windows.get(index, []) if compiled.triggers else [(0, len(text))]
            for pattern in compiled.patterns:
                if compiled.triggers:
                    found = self._spans(compiled, pattern, text, spans)
                else:
                    key = (pattern.pattern, pattern.flags, compiled.rule.group)
                    if key not in whole_text_runs:
                        whole_text_runs[key] = self._spans(compiled, pattern, text, spans)
                    found = whole_text_runs[key]
                for start, end in found:
                    yield Candidate(compiled, start, end)

    @classmethod
    def _spans(
        cls, compiled: CompiledRule, pattern: regex.Pattern[str], text: str, spans: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """The distinct spans ``pattern`` matches in the windows ``spans`` of ``text``, in order."""
        seen: set[tuple[int, int]] = set()
        found = []
        for left, right in spans:
            for span in cls._run(compiled, pattern, text, left, right):
                if span not in seen:
                    seen.add(span)
                    found.append(span)
        return found

    @staticmethod
    def _run(
        compiled: CompiledRule, pattern: regex.Pattern[str], text: str, left: int, right: int
    ) -> Iterator[tuple[int, int]]:
        group = compiled.rule.group
        try:
            timeout = REGEX_TIMEOUT_SECONDS + REGEX_TIMEOUT_PER_MB * (right - left) / 1_000_000
            for match in pattern.finditer(text, left, right, timeout=timeout):
                start, end = match.span(group) if group else match.span()
                if end > start:
                    yield start, end
        except TimeoutError as error:
            raise ExtractionError(f"规则 {compiled.rule.id} 匹配超时,文件未完整检查") from error


class RecognizerMatcher:
    """Rules whose candidates come from a registered Python recognizer."""

    def __init__(self, rules: Sequence[CompiledRule], tokenizer: Tokenizer) -> None:
        self._rules = [compiled for compiled in rules if compiled.rule.recognizer is not None]
        self._tokenizer = tokenizer

    def find(self, text: str) -> Iterator[Candidate]:
        for compiled in self._rules:
            assert compiled.rule.recognizer is not None
            for start, end in RECOGNIZERS[compiled.rule.recognizer](text, self._tokenizer):
                if end > start:
                    yield Candidate(compiled, start, end)
