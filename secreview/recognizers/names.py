"""Recognizers for names of private persons: the ones to redact, and the ones published by law."""

from __future__ import annotations

from collections.abc import Iterable

from secreview.recognizers.persons import analyse
from secreview.tokenize import Tokenizer


def private_person_names(text: str, tokenizer: Tokenizer) -> Iterable[tuple[int, int]]:
    """Names of private persons identified as such (applicants, households, parties, rows of a list)."""
    return [(span.start, span.end) for span in analyse(text, tokenizer).private]


def published_person_names(text: str, tokenizer: Tokenizer) -> Iterable[tuple[int, int]]:
    """Names in a document that publishes them by law (表彰决定, 录用结果): advisory only."""
    return [(span.start, span.end) for span in analyse(text, tokenizer).published]
