"""Find, then filter: validators, context words, scope and word boundaries decide what a candidate becomes."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from secreview.extract.base import ExtractedText
from secreview.layout import Layout
from secreview.match import Candidate
from secreview.models import Severity
from secreview.normalize import NormalizedText, fold
from secreview.rulepack.schema import Position
from secreview.tokenize import Tokenizer
from secreview.validators import REGISTRY, Verdict


@dataclass(frozen=True, slots=True)
class Weighed:
    """A candidate in original coordinates, kept with a severity and message, or dropped with a reason."""

    candidate: Candidate
    start: int
    end: int
    part: str
    location: str | None
    severity: Severity | None
    message: str
    why: str

    @property
    def kept(self) -> bool:
        return self.severity is not None


def _first_word_in(words: tuple[str, ...], before: str, after: str, label: str) -> str | None:
    """The first of ``words`` in the window: the text before, the text after and the label, joined by
    line breaks (only a word with a line break in it can span two pieces)."""
    for word in words:
        if word in before or word in after or word in label:
            return word
        if "\n" in word and word in f"{before}\n{after}\n{label}":
            return word
    return None


@lru_cache(maxsize=256)
def _folded_label(label: str) -> str:
    return fold(label)


def _placed(position: Position, start: int, part: str, layout: Layout) -> bool:
    if part in position.or_parts:
        return True
    if position.first_lines is not None and layout.in_first_lines(start, position.first_lines):
        return True
    return position.last_lines is not None and layout.in_last_lines(start, position.last_lines)


def weigh(
    candidate: Candidate,
    normalized: NormalizedText,
    extracted: ExtractedText,
    tokenizer: Tokenizer,
    layout: Layout,
) -> Weighed:
    rule = candidate.rule.rule
    start, end = normalized.to_original(candidate.start, candidate.end)
    part, segment = extracted.placement(start, end)
    location = segment.location if segment else None

    def dropped(why: str) -> Weighed:
        return Weighed(candidate, start, end, part, location, None, "", why)

    if rule.scope and part not in rule.scope:
        return dropped(f"scope: part {part} not in {rule.scope}")
    if rule.position is not None and not _placed(rule.position, start, part, layout):
        return dropped("position: not where such a marking stands")
    reach = rule.context_window
    text = normalized.text
    label = _folded_label(segment.label) if segment is not None and segment.label else ""
    before = text[max(0, candidate.start - reach) : candidate.start]
    after = text[candidate.end : candidate.end + reach]
    excluded = _first_word_in(candidate.rule.exclude_context, before, after, label)
    if excluded is not None:
        return dropped(f"context: {excluded!r} marks it as public")
    context = _first_word_in(candidate.rule.context, before, after, label)
    if rule.require_context and context is None:
        return dropped("context: no context word nearby")
    severity, message = rule.severity, rule.message
    if (
        rule.validator is not None
        and REGISTRY[rule.validator](text[candidate.start : candidate.end]) is Verdict.INVALID
    ):
        fallback = rule.on_invalid
        if fallback is None or (fallback.require_context and context is None):
            return dropped(f"validator {rule.validator}: invalid")
        severity, message = fallback.severity, fallback.message
    if rule.boundary == "token" and not tokenizer.aligned(text, candidate.start, candidate.end):
        return dropped("boundary: not a whole word")
    why = f"kept (context {context!r})" if context else "kept"
    return Weighed(candidate, start, end, part, location, severity, message, why)
