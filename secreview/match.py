"""Find candidate spans in the matching view: one automaton for all keywords, compiled regexes."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import ahocorasick

from secreview.errors import ExtractionError
from secreview.recognizers import REGISTRY as RECOGNIZERS
from secreview.rulepack.schema import CompiledRule
from secreview.tokenize import Tokenizer

REGEX_TIMEOUT_SECONDS = 5.0


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


class PatternMatcher:
    """Every pattern rule's compiled regexes, each run with a timeout."""

    def __init__(self, rules: Sequence[CompiledRule]) -> None:
        self._rules = [compiled for compiled in rules if compiled.patterns]

    def find(self, text: str) -> Iterator[Candidate]:
        for compiled in self._rules:
            for pattern in compiled.patterns:
                try:
                    for match in pattern.finditer(text, timeout=REGEX_TIMEOUT_SECONDS):
                        start, end = match.span(group) if (group := compiled.rule.group) else match.span()
                        if end > start:
                            yield Candidate(compiled, start, end)
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
