"""Find, then filter: validators, context words, scope and word boundaries decide what a candidate becomes.

What depends only on a rule is prepared once per engine (a ``_Plan``); where a span stands in the original
text is looked up per candidate (two bisections: cheaper to redo than a cache of every span is to hold),
so on a list of thousands of identifiers a candidate costs a few lookups.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from secreview.build_cache import compile_re
from secreview.extract.base import BODY, OCR, ExtractedText
from secreview.extract.glyphs import OCR_PREFIX
from secreview.layout import Layout
from secreview.match import Candidate
from secreview.models import Category, Severity
from secreview.nesting import one_of, settled
from secreview.normalize import NormalizedText, fold
from secreview.rulepack.schema import CompiledRule, OnInvalid, Position
from secreview.sentences import SENTENCE_END, sentence_bounds
from secreview.tokenize import Tokenizer
from secreview.validators import REGISTRY, Validator, Verdict
from secreview.weighed import Weighed
from secreview.wordsearch import WordSearch


def _first_word_in(words: tuple[str, ...], before: str, after: str, label: str) -> str | None:
    """The first of ``words`` in the window: the text before, the text after and the label, joined by
    line breaks (only a word with a line break in it can span two pieces)."""
    for word in words:
        if word in before or word in after or word in label:
            return word
        if "\n" in word and word in f"{before}\n{after}\n{label}":
            return word
    return None


# Where a sentence or a line ends (in the matching view): an exclusion word past one speaks of its own
# sentence.
_SENTENCE_MARKS = "\n" + SENTENCE_END
_SENTENCE_END = re.compile(f"[{_SENTENCE_MARKS}]")
# How far back and on a word's sentence is read for a number of its own (a sentence longer than this is
# read in part).
_SENTENCE_REACH = 80


def _speaks_of_match(
    text: str, at: int, word: str, match: tuple[int, int], labelled: bool, owner: re.Pattern[str]
) -> bool:
    """Whether the exclusion ``word`` at ``at`` speaks of the ``match`` (start, end): it does in the match's
    own sentence, and past a sentence's end or a line break unless its own sentence holds what ``owner``
    finds (咨询电话:0731-85880114 on the next line is about that number, not the person's before it). A word
    before the match does whenever the match's sentence is not ``labelled`` (has no context word of its own):
    such a line continues the one before (监督电话:0745-…(人事处)↵0745-…(人事管理科))."""
    start, end = match
    between = text[at + len(word) : start] if at < start else text[end:at]
    if _SENTENCE_END.search(between) is None or (at < start and not labelled):
        return True
    low = max(at - _SENTENCE_REACH, end if at >= end else 0)
    high = min(at + len(word) + _SENTENCE_REACH, start if at < start else len(text))
    sentence_start, sentence_end = sentence_bounds(text, at, at + len(word), _SENTENCE_MARKS, low, high)
    return owner.search(text, sentence_start, sentence_end) is None


def _owned_word_in(
    words: tuple[str, ...],
    context: tuple[str, ...],
    text: str,
    window: tuple[int, int, int, int],
    label: str,
    owner: re.Pattern[str],
) -> str | None:
    """As ``_first_word_in``, without the words that stand past a sentence's end beside a number of their own
    (``owner``): the first word of ``words`` that speaks of the match. ``window`` is the window's start, the
    match's start and end, and the window's end; ``context`` the rule's context words (none: the match's
    sentence counts as labelled)."""
    low, start, end, high = window
    own_start, own_end = sentence_bounds(text, start, end, _SENTENCE_MARKS, low, high)
    own = text[own_start:own_end]
    labelled = not context or bool(label) or any(word in own for word in context)
    if labelled and not label and _bare_field(text[own_start:start], text[end:own_end], context):
        labelled = False  # 电话:0571-… alone on its line goes on with the contact line before it
    for word in words:
        if word in label:
            return word
        for low_at, high_at in ((low, start), (end, high)):
            at = text.find(word, low_at, high_at)
            while at >= 0:
                if _speaks_of_match(text, at, word, (start, end), labelled, owner):
                    return word
                at = text.find(word, at + 1, high_at)
    return None


_FIELD_MARKS = " \t\u3000:："
_FIELD_END = " \t\u3000。;；,，"


def _bare_field(before: str, after: str, context: tuple[str, ...]) -> bool:
    """Whether the match's sentence is a bare field: a context word and a colon before it (电话:), nothing
    after it. Such a line names no one: it goes on with the line before (本局咨询电话:…↵电话:…)."""
    return bool(context) and before.strip(_FIELD_MARKS) in context and not after.strip(_FIELD_END)


@lru_cache(maxsize=256)
def _folded_label(label: str) -> str:
    return fold(label)


def _ocr_in_scope(part: str, scope: frozenset[str]) -> bool:
    """OCR text of a scanned page or an image is read as body text, and a rule may name it alone (``ocr``)."""
    return part.startswith(OCR_PREFIX) and (BODY in scope or OCR in scope)


def _placed(position: Position, start: int, part: str, layout: Layout) -> bool:
    if part in position.or_parts:
        return True
    if position.first_lines is not None and layout.in_first_lines(start, position.first_lines):
        return True
    return position.last_lines is not None and layout.in_last_lines(start, position.last_lines)


@dataclass(frozen=True, slots=True)
class _Plan:
    """What weighing needs of one rule, looked up once."""

    suppress: bool
    scope: frozenset[str]
    scope_list: str  # the scope as the reason of a drop names it
    position: Position | None
    reach: int
    exclude: tuple[str, ...]
    # What an exclusion word past a sentence's end may label instead of the match (``exclude_owner``).
    owner: re.Pattern[str] | None
    context: tuple[str, ...]
    # Any context or exclusion word: a window without one needs no word-by-word scan.
    any_word: re.Pattern[str] | None
    require_context: bool
    validator_name: str | None
    validator: Validator | None
    on_invalid: OnInvalid | None
    token_boundary: bool
    severity: Severity
    highest: Severity  # the highest severity a kept candidate of the rule can have
    message: str

    @classmethod
    def of(cls, compiled: CompiledRule) -> _Plan:
        rule = compiled.rule
        # Longest first, ties by the words: one pattern in every process (its stored program is used).
        words = sorted({*compiled.exclude_context, *compiled.context}, key=lambda word: (-len(word), word))
        if any("\n" in word for word in words):
            # Such a word can span the pieces of the joined window: every window gets the full scan.
            words = [""]
        return cls(
            suppress=rule.effect == "suppress",
            scope=frozenset(rule.scope),
            scope_list=str(rule.scope),
            position=rule.position,
            reach=rule.context_window,
            exclude=compiled.exclude_context,
            owner=compile_re(rule.exclude_owner) if rule.exclude_owner is not None else None,
            context=compiled.context,
            any_word=compile_re("|".join(map(re.escape, words))) if words else None,
            require_context=rule.require_context,
            validator_name=rule.validator,
            validator=REGISTRY[rule.validator] if rule.validator is not None else None,
            on_invalid=rule.on_invalid,
            token_boundary=rule.boundary == "token",
            severity=rule.severity,
            highest=max(
                (rule.severity, *([rule.on_invalid.severity] if rule.on_invalid else [])),
                key=lambda severity: severity.rank,
            ),
            message=rule.message,
        )


# A matched span in original coordinates: start, end, part, location and the folded label of its segment
# ("" when none). A plain tuple of strings and numbers, which the garbage collector stops tracking.
_Span = tuple[int, int, str, str | None, str]
_CATEGORY_NUMBER: dict[Category | None, int] = {category: number for number, category in enumerate(Category)}
_CATEGORY_NUMBER[None] = len(_CATEGORY_NUMBER)
_CATEGORY_COUNT = len(_CATEGORY_NUMBER)


_new_weighed = (
    tuple.__new__
)  # Weighed's own __new__ is a Python function in between (a list: tens of thousands)


# A text this long (a list, a book) has each rule that needs a context word asked, before the rule runs,
# whether the text holds any of its words at all: a search of the text, about 3 ms per MB and rule, against
# a run of the rule's pattern and a weighing of each of its candidates (a 公示 list: tens of thousands).
_CONTEXT_TEST_LENGTH = 32_768


class _ContextWords:
    """The context and exclusion words of every rule that needs a context word, in one word search: which of
    these rules have none of their words anywhere in a long text, told in one pass over it (about 4 ms per MB)
    instead of a search of the text per rule (1–2 ms per MB each when no word is there)."""

    def __init__(self, rules: Sequence[CompiledRule]) -> None:
        numbers: dict[str, int] = {}
        # For each rule (by identity; the rules are kept): the numbers of its words, or None when a word of
        # it is found everywhere (an empty word) or looked for in the joined window (one with a line break).
        self._words_of: dict[int, tuple[int, ...] | None] = {}
        self._rules = [compiled for compiled in rules if compiled.rule.require_context]
        for compiled in self._rules:
            words = sorted({*compiled.exclude_context, *compiled.context})
            if any(not word or "\n" in word for word in words):
                self._words_of[id(compiled)] = None
            else:
                self._words_of[id(compiled)] = tuple(numbers.setdefault(word, len(numbers)) for word in words)
        self._search = WordSearch(numbers) if numbers else None

    def knows(self, compiled: CompiledRule) -> bool:
        return id(compiled) in self._words_of

    def present(self, text: str) -> set[int]:
        """The numbers of the words that occur in ``text``."""
        return set() if self._search is None else self._search.found(text)

    def without_words(self, compiled: CompiledRule, present: set[int]) -> bool:
        """Whether no word of ``compiled`` (a rule it knows) is among ``present``."""
        numbers = self._words_of[id(compiled)]
        return numbers is not None and not any(number in present for number in numbers)


class Weigher:
    """Weighs the candidates of a document; rule plans are built on first use and kept."""

    def __init__(self, tokenizer: Tokenizer, rules: Sequence[CompiledRule] = ()) -> None:
        self._tokenizer = tokenizer
        self._plans: dict[int, tuple[CompiledRule, _Plan]] = {}
        self._rules = rules
        self._context_words: _ContextWords | None = None  # built when a long text first asks

    def _plan(self, compiled: CompiledRule) -> _Plan:
        # Keyed by identity: the plan keeps the rule alive, so its id is never reused while cached.
        found = self._plans.get(id(compiled))
        if found is None or found[0] is not compiled:
            found = (compiled, _Plan.of(compiled))
            self._plans[id(compiled)] = found
        return found[1]

    def hopeless(self, extracted: ExtractedText, text: str) -> Callable[[CompiledRule], bool] | None:
        """For a report's check (``weigh`` without the dropped candidates) of the long ``text`` (normalized)
        of ``extracted`` without labels: whether ``weigh`` drops every candidate of a rule before anything
        else, as it does when the rule needs a context word and none of its words (context or exclusion)
        is anywhere in the text; such a rule need not run. None for a short or a labelled text."""
        if len(text) < _CONTEXT_TEST_LENGTH or any(segment.label for segment in extracted.segments):
            return None
        answers: dict[int, bool] = {}
        if self._context_words is None:
            self._context_words = _ContextWords(self._rules)
        context_words = self._context_words
        present: set[int] | None = None  # the numbers of the context words in the text, once asked

        def hopeless(compiled: CompiledRule) -> bool:
            nonlocal present
            plan = self._plan(compiled)
            if not plan.require_context:
                return False
            answer = answers.get(id(compiled))
            if answer is None:
                if context_words.knows(compiled):
                    if present is None:
                        present = context_words.present(text)
                    answer = context_words.without_words(compiled, present)
                else:  # a rule the weigher was not given
                    answer = plan.any_word is None or plan.any_word.search(text) is None
                answers[id(compiled)] = answer
            return answer

        return hopeless

    def weigh(
        self,
        candidates: Iterable[Candidate],
        normalized: NormalizedText,
        extracted: ExtractedText,
        layout: Layout,
        *,
        dropped: bool = True,
    ) -> tuple[list[Weighed], list[Weighed]]:
        """(the candidates of reporting rules, in order, with the dropped ones unless ``dropped`` is false;
        the kept candidates of suppressing rules). Without the dropped ones, the candidates of several
        rules on one span of one category are one (``nesting.one_of``): a 公示 list has two or three rules on
        each number."""
        reported: list[Weighed] = []
        public: list[Weighed] = []
        # Keyed by one int of start, end and category (a tuple of three takes twice the memory).
        one_per_span: dict[int, Weighed] | None = None if dropped else {}
        span_base = normalized.original_length + 1
        text = normalized.text
        # Without labels, the text around a span is all the context there is: a rule that needs a context
        # word and has none of its words nearby drops the candidate before anything else is looked up.
        unlabelled = not dropped and not any(segment.label for segment in extracted.segments)
        last_rule: CompiledRule | None = None
        plan: _Plan | None = None
        # A text checked as it is (one segment, normalization that moved nothing): every span is placed
        # alike, without a lookup.
        only = extracted.segments[0] if len(extracted.segments) == 1 and normalized.origin is None else None
        # Where every span of such a text stands, and the span of its segment (none when there is no such
        # segment: every span is looked up).
        only_span: tuple[str, str | None, str] = ("", None, "")
        only_start, only_end = 0, -1
        if only is not None:
            only_span = (only.part, only.location, _folded_label(only.label) if only.label else "")
            only_start, only_end = only.start, only.end
        # Of the rule of the candidate before: its category's number in the keys of one_per_span, and
        # whether its candidates go there (one item per span and category).
        category_number, one_per_rule_span = 0, False
        per_span: dict[int, Weighed] = {} if one_per_span is None else one_per_span
        # For the rule of the candidate before: ``settled`` of an earlier item by that item's rule (its
        # identity) and severity (a list's numbers meet the same few pairs tens of thousands of times).
        settles: dict[tuple[int, Severity | None], bool] = {}
        for candidate in candidates:
            if candidate.rule is not last_rule or plan is None:
                last_rule = candidate.rule
                plan = self._plan(last_rule)
                category_number = _CATEGORY_NUMBER[last_rule.rule.category]
                one_per_rule_span = one_per_span is not None and not plan.suppress
                settles = {}
            rule, start, end = candidate
            if unlabelled and plan.require_context:
                words, low = plan.any_word, start - plan.reach
                if words is None or words.search(text, max(low, 0), end + plan.reach) is None:
                    continue
            if only_start <= start < end <= only_end:
                part, location, label = only_span
            else:
                start, end, part, location, label = _span(candidate, normalized, extracted)
            same, earlier = 0, None
            if one_per_rule_span:
                same = (start * span_base + end) * _CATEGORY_COUNT + category_number
                earlier = per_span.get(same)
                # Another rule's item that this candidate cannot replace nor raise: nothing to weigh.
                if earlier is not None:
                    pair = (id(earlier.rule), earlier.severity)
                    answer = settles.get(pair)
                    if answer is None:
                        answer = settles[pair] = settled(earlier, rule, plan.highest)
                    if answer:
                        continue
            valid = None
            if not dropped and plan.validator is not None:  # so is a candidate its validator rejects
                valid = plan.validator(text[candidate.start : candidate.end]) is not Verdict.INVALID
                if not valid and plan.on_invalid is None:
                    continue
            why, severity, message = self._verdict(candidate, plan, start, part, label, text, layout, valid)
            if severity is not None or (dropped and not plan.suppress):
                item = _new_weighed(
                    Weighed, (candidate.rule, start, end, part, location, severity, message, why)
                )
                if plan.suppress:
                    public.append(item)
                elif one_per_span is None:
                    reported.append(item)
                else:
                    one_per_span[same] = item if earlier is None else one_of(earlier, item)
        if one_per_span is not None:
            reported = list(one_per_span.values())
        return reported, public

    def _verdict(
        self,
        candidate: Candidate,
        plan: _Plan,
        start: int,
        part: str,
        label: str,
        text: str,
        layout: Layout,
        valid: bool | None = None,
    ) -> tuple[str, Severity | None, str]:
        """Why the candidate is kept or dropped, and its severity and message when kept; ``start``, ``part``
        and ``label`` say where its span stands in the original text, ``valid`` is the validator's verdict
        when already known."""
        if plan.scope and part not in plan.scope and not _ocr_in_scope(part, plan.scope):
            return f"scope: part {part} not in {plan.scope_list}", None, ""
        if plan.position is not None and not _placed(plan.position, start, part, layout):
            return "position: not where such a marking stands", None, ""
        context = None
        if plan.any_word is not None:
            low = max(0, candidate.start - plan.reach)
            high = candidate.end + plan.reach
            if plan.any_word.search(text, low, high) is not None or (
                label and plan.any_word.search(label) is not None
            ):
                before = text[low : candidate.start]
                after = text[candidate.end : high]
                if plan.owner is None:
                    excluded = _first_word_in(plan.exclude, before, after, label)
                else:
                    window = (low, candidate.start, candidate.end, high)
                    excluded = _owned_word_in(plan.exclude, plan.context, text, window, label, plan.owner)
                if excluded is not None:
                    return f"context: {excluded!r} marks it as public", None, ""
                context = _first_word_in(plan.context, before, after, label)
        if plan.require_context and context is None:
            return "context: no context word nearby", None, ""
        severity, message = plan.severity, plan.message
        validator = plan.validator
        if validator is not None and valid is None:
            valid = validator(text[candidate.start : candidate.end]) is not Verdict.INVALID
        if valid is False:
            fallback = plan.on_invalid
            if fallback is None or (fallback.require_context and context is None):
                return f"validator {plan.validator_name}: invalid", None, ""
            severity, message = fallback.severity, fallback.message
        if plan.token_boundary and not self._tokenizer.aligned(text, candidate.start, candidate.end):
            return "boundary: not a whole word", None, ""
        return (f"kept (context {context!r})" if context else "kept"), severity, message


def _span(candidate: Candidate, normalized: NormalizedText, extracted: ExtractedText) -> _Span:
    start, end = normalized.to_original(candidate.start, candidate.end)
    part, segment = extracted.placement(start, end)
    if segment is None:
        return start, end, part, None, ""
    return start, end, part, segment.location, _folded_label(segment.label) if segment.label else ""
