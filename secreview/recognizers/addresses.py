"""Recognizer for home addresses in the address column of a table of private persons or a list of names."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from secreview.recognizers.persons import ADDRESS_HEADING, analyse
from secreview.tokenize import Tokenizer

# Down to a dwelling: a house number, building, unit, room, or a village group.
_DWELLING = regex.compile(
    r"(?:(?<!\d)\d{1,5}|[一二三四五六七八九十]{1,3})\s*(?:号|室|栋|幢|单元|组|社|弄|户|号楼)"
)


def address_cells(text: str, tokenizer: Tokenizer) -> Iterable[tuple[int, int]]:
    """Cells under a 住址/村组 heading in the rows of a table of named persons, and the village or
    dwelling in brackets after a name in a list of names."""
    if not ADDRESS_HEADING.search(text) and not _DWELLING.search(text):
        return []
    spans = []
    for span in analyse(text, tokenizer).address_cells:
        cell = text[span.start : span.end]
        if _DWELLING.search(cell):
            spans.append((span.start, span.end))
    return spans
