"""Digit runs that OCR read with low confidence and that could be an identifier: for a person to look at.

OCR may misread one digit of an ID number (a stain, a stamp over it), and then no check digit or
numbering table accepts the run, so the identifier rules drop it. A run of the length of an identity
number or a bank card (15 to 19 characters, the last may be X), or of a mobile number (11 digits starting
with 1), of which some character was read with a confidence below ``UNSURE``, is reported instead of
dropped. A run that the identifier checks accept is left to the identifier rules.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from secreview.build_cache import compile_regex
from secreview.recognizers.view import DocumentView
from secreview.validators import Verdict, bank_card, cn_mobile, gb11643

UNSURE = 0.9  # the lowest character confidence of a run OCR read surely
_LONG_RUN = compile_regex(r"(?<![0-9A-Za-z*])\d(?:[ \-]?\d){13,17}[ \-]?[0-9Xx](?![0-9A-Za-z*])")
_MOBILE_RUN = compile_regex(r"(?<![0-9A-Za-z*])1(?:[ \-]?\d){10}(?![0-9A-Za-z*])")


def _unsure_runs(view: DocumentView, pattern: regex.Pattern[str]) -> Iterator[tuple[int, int, str]]:
    ocr = view.extracted.ocr
    if not ocr.lines:
        return
    for match in pattern.finditer(view.text):
        start, end = view.normalized.to_original(match.start(), match.end())
        confidence = ocr.confidence(start, end)
        if confidence is not None and confidence < UNSURE:
            yield match.start(), match.end(), match.group()


def _digits(run: str) -> str:
    return regex.sub(r"[ \-]", "", run)


def unsure_id_digits(view: DocumentView) -> Iterator[tuple[int, int]]:
    """Runs of 15 to 19 characters, read unsurely, that no identity-number or card check accepts."""
    for start, end, run in _unsure_runs(view, _LONG_RUN):
        digits = _digits(run)
        if gb11643(digits) is Verdict.VALID or bank_card(digits) is Verdict.VALID:
            continue
        yield start, end


def unsure_mobile_digits(view: DocumentView) -> Iterator[tuple[int, int]]:
    """Runs of 11 digits starting with 1, read unsurely, that the mobile numbering table does not accept."""
    for start, end, run in _unsure_runs(view, _MOBILE_RUN):
        if cn_mobile(_digits(run)) is not Verdict.VALID:
            yield start, end
