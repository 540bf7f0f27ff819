"""Read the judgement policy, validate it, compile its patterns; a mistake names file, entry and field."""

from __future__ import annotations

import re
import tomllib
from functools import cached_property
from pathlib import Path
from typing import Any

import regex
from pydantic import ValidationError

from secreview.build_cache import compile_re, compile_regex
from secreview.errors import RulePackError
from secreview.judge.prefilter import LineScan, SignalOrder, WordsNeeded
from secreview.judge.schema import Combination, JudgementPolicy, Signal
from secreview.literals import Check, checker
from secreview.normalize import fold
from secreview.rulepack import builtin_rules_dir
from secreview.safe_read import InputKind, UnreadableInput, display_path, read_input_toml

JUDGEMENT_FILE = Path("judgement") / "judgement.toml"
Pattern = re.Pattern[str] | regex.Pattern[str]


def builtin_judgement() -> Path:
    return builtin_rules_dir() / JUDGEMENT_FILE


def _read(path: Path) -> dict[str, Any]:
    try:
        return read_input_toml(path, InputKind.PACK)
    except UnreadableInput as error:
        raise RulePackError(f"E240 {display_path(path)}: cannot read: {error}") from error
    except tomllib.TOMLDecodeError as error:
        raise RulePackError(f"E240 {path}: not valid TOML: {error}") from error


def _describe(error: ValidationError, raw: dict[str, Any]) -> str:
    first = error.errors()[0]
    location = list(first["loc"])
    where = ""
    if len(location) >= 2 and location[0] in ("signal", "combination") and isinstance(location[1], int):
        entries = raw.get(str(location[0]), [])
        index = location[1]
        entry = entries[index] if index < len(entries) and isinstance(entries[index], dict) else {}
        key = entry.get("id") or entry.get("name") or f"#{index + 1}"
        where = f" {location[0]} {key}"
        location = location[2:]
    field = ".".join(str(part) for part in location) or "(file)"
    return f"{where} → {field}: {first['msg']}"


class CompiledSignal:
    """A signal with its patterns compiled: the terms become one alternation, folded like the text."""

    def __init__(self, signal: Signal, source: Path) -> None:
        self.signal = signal
        sources = list(signal.patterns)
        if signal.terms:
            words = sorted({fold(term) for term in signal.terms}, key=lambda word: (-len(word), word))
            sources.append("|".join(regex.escape(word) for word in words))
        self.patterns = [_compile(pattern, f"signal {signal.name} → patterns", source) for pattern in sources]
        self.scans = [LineScan(pattern) for pattern in self.patterns]
        self.scan_ids = frozenset(map(id, self.scans))
        self.exclude = [
            _compile(pattern, f"signal {signal.name} → exclude", source) for pattern in signal.exclude
        ]

    @cached_property
    def exclusions(self) -> list[tuple[Check | None, Pattern]]:
        """Each exclusion with a check of the words every match of it holds (None: not known), asked of a
        line before the search: most lines with a hit hold none of them (built on the first use)."""
        found: list[tuple[Check | None, Pattern]] = []
        for pattern in self.exclude:
            needed = LineScan(pattern).requirement
            found.append((None if needed is None else checker(needed), pattern))
        return found


def _compile(pattern: str, where: str, source: Path) -> Pattern:
    """The pattern run with the standard ``re`` when it can: on these alternations of words it is many times
    faster, and it finds the same matches; otherwise with ``regex`` (the packs' dialect), whose message names
    what is wrong with an invalid pattern. (``regex`` accepts what ``re`` does, so it is asked only then.)"""
    try:
        return compile_re(pattern, re.MULTILINE)
    except re.error:
        pass
    try:
        return compile_regex(pattern, regex.MULTILINE)
    except regex.error as error:
        raise RulePackError(f"E241 {source} {where}: invalid regex {pattern!r}: {error}") from error


def _check_references(combination: Combination, signals: dict[str, Signal], source: Path) -> None:
    named = [name for group in combination.require for name in group]
    for field, names in (
        ("require", named),
        ("unless", combination.unless),
        ("evidence", combination.evidence),
        ("routine_states", combination.routine_states),
        ("routine_matter", combination.routine_matter),
        ("severable_in", combination.severable_in),
    ):
        for name in names:
            if name not in signals:
                raise RulePackError(
                    f"E242 {source} combination {combination.id} → {field}: no signal {name!r}"
                )
    for name in combination.severable_frames:
        if name not in signals or signals[name].kind not in ("genre", "audience"):
            raise RulePackError(
                f"E242 {source} combination {combination.id} → severable_frames: no signal {name!r} of kind "
                "`genre` or `audience`"
            )
    for name in combination.yields_to_cut:
        if name not in signals or signals[name].kind != "severed":
            raise RulePackError(
                f"E242 {source} combination {combination.id} → yields_to_cut: no signal {name!r} of kind "
                "`severed`"
            )
    for name in combination.runs_on:
        if name not in named or signals[name].region != "paragraph" or combination.scope != "paragraph":
            raise RulePackError(
                f"E245 {source} combination {combination.id} → runs_on: {name!r} is not a paragraph signal "
                "of `require` of a paragraph combination"
            )
    for name in combination.runs_on_when:
        if name not in signals or signals[name].region == "paragraph" or not combination.runs_on:
            raise RulePackError(
                f"E245 {source} combination {combination.id} → runs_on_when: no signal {name!r} of the "
                "document, or no `runs_on`"
            )
    for name in combination.whole_when_most_unless:
        if name not in signals or signals[name].region == "paragraph" or not combination.whole_when_most:
            raise RulePackError(
                f"E245 {source} combination {combination.id} → whole_when_most_unless: no signal {name!r} of "
                "the document, or no `whole_when_most`"
            )
    for name in combination.whole_in:
        if name not in signals or signals[name].region == "paragraph" or combination.scope != "paragraph":
            raise RulePackError(
                f"E245 {source} combination {combination.id} → whole_in: no signal {name!r} of the "
                "document, or not a paragraph combination"
            )
    for name in combination.evidence:
        if name not in named:
            raise RulePackError(
                f"E245 {source} combination {combination.id} → evidence: {name!r} is not in `require`"
            )
    paragraph = any(signals[name].region == "paragraph" for name in named)
    if combination.scope == "paragraph" and not paragraph:
        raise RulePackError(
            f"E244 {source} combination {combination.id} → scope: a paragraph combination needs a signal "
            "of region `paragraph` in `require`"
        )
    if combination.scope == "document" and paragraph:
        raise RulePackError(
            f"E244 {source} combination {combination.id} → scope: signals of region `paragraph` need "
            '`scope = "paragraph"`'
        )


def _check_cut_clause(combination: Combination, clauses: list[str], source: Path) -> None:
    """A paragraph combination that may be withheld whole ends its message with a clause of ``cut_clauses``:
    the finding of a passage withheld whole says why in its place, not that the passage is cut."""
    whole = combination.whole_in or combination.whole_when_most
    if whole and not any(combination.message.endswith(clause) for clause in clauses):
        raise RulePackError(
            f"E247 {source} combination {combination.id} → message: `whole_in` or `whole_when_most` but the "
            f"message does not end with a clause of [judgement] cut_clauses ({', '.join(clauses)})"
        )


class CompiledJudgement:
    """The validated policy: signals by name, combinations in file order."""

    def __init__(self, policy: JudgementPolicy, source: Path) -> None:
        self.policy = policy
        self.source = source
        self.signals: dict[str, CompiledSignal] = {}
        for signal in policy.signal:
            if signal.name in self.signals:
                raise RulePackError(f"E243 {source} signal {signal.name}: the name is used twice")
            self.signals[signal.name] = CompiledSignal(signal, source)
        seen: set[str] = set()
        by_name = {name: compiled.signal for name, compiled in self.signals.items()}
        for combination in policy.combination:
            for key in (combination.id, combination.name):
                if key in seen:
                    raise RulePackError(f"E243 {source} combination {combination.id}: {key} is used twice")
                seen.add(key)
            _check_references(combination, by_name, source)
            _check_cut_clause(combination, policy.judgement.cut_clauses, source)
        self.combinations = list(policy.combination)
        # The signals told from the rule packs' findings (by their place in file order), and those rules.
        signals = [compiled.signal for compiled in self.signals.values()]
        self.finding_signals = [number for number, signal in enumerate(signals) if signal.findings]
        self.passage_rules = frozenset(rule for signal in signals for rule in signal.findings)

    @cached_property
    def words_needed(self) -> WordsNeeded:
        """The word search of the signal patterns (built on the first check)."""
        return WordsNeeded([scan for compiled in self.signals.values() for scan in compiled.scans])

    @cached_property
    def signal_order(self) -> SignalOrder:
        """The signals in file order, for picking those whose patterns may match a text (``Found``)."""
        return SignalOrder([compiled.scans for compiled in self.signals.values()], self.words_needed)


def load_judgement(path: Path | None = None) -> CompiledJudgement:
    """The judgement policy of ``path``, or the built-in one."""
    path = path or builtin_judgement()
    raw = _read(path)
    try:
        policy = JudgementPolicy.model_validate(raw)
    except ValidationError as error:
        raise RulePackError(f"E240 {path}{_describe(error, raw)}") from error
    return CompiledJudgement(policy, path)
