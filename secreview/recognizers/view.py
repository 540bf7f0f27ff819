"""What a recognizer sees of one document: the matching view of its text, the extractor's segments with
their part, location and column labels, the engine's tokenizer, and the analyses that several recognizers
share (the persons of the text, the cells of its tables …), each computed once, when first asked for; and
what a cued recognizer is told of the rule that names it: its cue words.

A view lives as long as the review of one document: nothing a recognizer learns about a text outlives it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar, cast

from secreview.extract.base import BODY, ExtractedText, Segment
from secreview.normalize import NormalizedText
from secreview.tokenize import Tokenizer

T = TypeVar("T")
Span = tuple[int, int]


class DocumentView:
    """One document as the recognizers read it; ``text`` is the normalized matching view, and every span
    a recognizer returns indexes into it."""

    __slots__ = ("_analyses", "extracted", "normalized", "text", "tokenizer")

    def __init__(self, extracted: ExtractedText, normalized: NormalizedText, tokenizer: Tokenizer) -> None:
        self.extracted = extracted
        self.normalized = normalized
        self.text = normalized.text
        self.tokenizer = tokenizer
        self._analyses: dict[Callable[[DocumentView], object], object] = {}

    @classmethod
    def of_text(cls, text: str, tokenizer: Tokenizer) -> DocumentView:
        """The view of a plain text that is already its own matching view (one body segment)."""
        return cls(
            ExtractedText(text, [Segment(0, len(text), BODY)]),
            NormalizedText(text, None, len(text)),
            tokenizer,
        )

    @property
    def segments(self) -> Sequence[Segment]:
        """The extractor's segments (offsets in the extracted text; ``normalized.origin`` maps them)."""
        return self.extracted.segments

    def analysis(self, compute: Callable[[DocumentView], T]) -> T:
        """``compute(self)``, computed on the first call and shared by every later one."""
        if compute not in self._analyses:
            self._analyses[compute] = compute(self)
        return cast("T", self._analyses[compute])


Recognizer = Callable[[DocumentView], Iterable[Span]]


@dataclass(frozen=True, slots=True)
class Cues:
    """The ``context`` words of the rule that names a recognizer (folded, as the matching view is) and its
    ``context_window``: how far from a span one may stand."""

    words: tuple[str, ...]
    reach: int


@dataclass(frozen=True, slots=True)
class CuedRecognizer:
    """A recognizer that looks for the cue words of the rule that names it while it finds, because they
    decide what it finds (digit groups in two cells are joined where a cue stands near them), rather than
    leaving them to weighing: ``find(view, cues)``."""

    find: Callable[[DocumentView, Cues], Iterable[Span]]

    def with_cues(self, cues: Cues) -> Recognizer:
        find = self.find
        return lambda view: find(view, cues)
