"""Sentence and clause marks for the two texts secreview reads, and the bounds of a sentence.

``normalize.fold`` turns each full-width ASCII character into its ASCII twin, one for one. In the
matching view (``NormalizedText.text``: what the packs, the recognizers, the weigher, the judge and the
document fields read) ；！？：，（） are therefore ;!?:,(), while 。、【】《》“” (outside the full-width
block) stay as they are.
A set of marks for the matching view names the ASCII forms alone: a full-width form there never matches.
A set for the original text (the redacted copy and its figures, a catalog's title) names both widths:
``both_widths(SENTENCE_END)``.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

# The marks that end a sentence, and those or the mark that ends one of its clauses (;), in the matching view.
FULL_STOPS = "。!?"
SENTENCE_END = FULL_STOPS + ";"
# The marks inside a sentence that part its clauses and fields, in the matching view.
CLAUSE_MARKS = ",、:"

_FULL_WIDTH = 0xFEE0  # from an ASCII character (! to ~) to its full-width twin


def both_widths(marks: str) -> str:
    """``marks`` with the full-width twin of each ASCII mark after it (``;!`` → ``;；!！``), for a pattern or
    a set of marks that reads the original text."""
    return "".join(mark + chr(ord(mark) + _FULL_WIDTH) if "!" <= mark <= "~" else mark for mark in marks)


@lru_cache(maxsize=32)
def _any_of(stops: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(stops)}]")


@lru_cache(maxsize=32)
def _last_of(stops: str) -> regex.Pattern[str]:
    """A search for any of ``stops`` from the end of its range back (``regex``'s reverse search): the first
    found is the last one, reached in the distance to it, not in the range's length."""
    return regex.compile(f"(?r)[{regex.escape(stops)}]")


def sentence_start(text: str, at: int, stops: str, low: int = 0) -> int:
    """Where the sentence of ``text[at]`` starts: just after the last of ``stops`` in ``text[low:at]``, else
    ``low``. Read back from ``at``: a caller without a bound (``low`` 0) pays for the sentence, not for the
    text before it (one ``rfind`` per mark read each absent mark back to ``low``: in a list without ! or ?,
    to the text's start for every number)."""
    opened = _last_of(stops).search(text, low, at)
    return opened.end() if opened is not None else low


def sentence_end(text: str, at: int, stops: str, high: int | None = None) -> int:
    """Where the sentence that goes on at ``at`` ends: at the first of ``stops`` in ``text[at:high]``, else
    ``high`` (by default the text's end)."""
    high = len(text) if high is None else high
    closed = _any_of(stops).search(text, at, high)
    return closed.start() if closed is not None else high


def sentence_bounds(
    text: str, start: int, end: int, stops: str, low: int = 0, high: int | None = None
) -> tuple[int, int]:
    """The sentence around ``text[start:end]``, read in ``text[low:high]`` at most: from just after the last
    of ``stops`` before ``start`` to the first of them at or after ``end``."""
    return sentence_start(text, start, stops, low), sentence_end(text, end, stops, high)


def within_reach(text: str, start: int, end: int, stops: str, reach: int) -> tuple[int, int]:
    """``sentence_bounds`` read at most ``reach`` characters each side of ``text[start:end]``."""
    return sentence_bounds(text, start, end, stops, max(0, start - reach), min(len(text), end + reach))
