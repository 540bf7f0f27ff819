"""Recognizer for home addresses in the address column of a table of private persons or a list of names."""

from __future__ import annotations

from collections.abc import Iterable

from secreview.build_cache import compile_re, compile_regex
from secreview.recognizers.cells import cell_values, cells
from secreview.recognizers.persons import ADDRESS_HEADING, allocation_lexicon, document_title, persons_of
from secreview.recognizers.view import DocumentView

_UNITS = "号|室|栋|幢|单元|组|社|弄|户|号楼"
# Down to a dwelling: a house number, building, unit, room, or a village group.
_DWELLING = compile_regex(rf"(?:(?<!\d)\d{{1,5}}|[一二三四五六七八九十]{{1,3}})\s*(?:{_UNITS})")
_UNIT_STARTS = compile_re(r"[号室栋幢组社弄户单]")
_SPACE = compile_regex(r"\s")
_NUMBER = compile_regex(r"[\d一二三四五六七八九十]")
_ADDRESS_HEADING_WORDS = compile_re(ADDRESS_HEADING.pattern)


def _has_dwelling(text: str) -> bool:
    """Whether ``_DWELLING.search(text)`` finds one, tried only where a number and spaces stand before
    the first character of a unit: a dwelling starts at most five characters before its number ends."""
    for unit in _UNIT_STARTS.finditer(text):
        number_end = unit.start()
        while number_end > 0 and _SPACE.match(text, number_end - 1):
            number_end -= 1
        if number_end == 0 or not _NUMBER.match(text, number_end - 1):
            continue
        if any(_DWELLING.match(text, start) for start in range(max(0, number_end - 5), number_end)):
            return True
    return False


def address_cells(view: DocumentView) -> Iterable[tuple[int, int]]:
    """Cells under a 住址/村组 heading in the rows of a table of named persons, and the village or
    dwelling in brackets after a name in a list of names."""
    text = view.text
    if not _ADDRESS_HEADING_WORDS.search(text) and not _has_dwelling(text):
        return []
    spans = []
    for span in view.analysis(persons_of).address_cells:
        cell = text[span.start : span.end]
        if _DWELLING.search(cell):
            spans.append((span.start, span.end))
    return spans


def published_village_groups(view: DocumentView) -> Iterable[tuple[int, int]]:
    """The 村组 cells of a list a rule publishes (a subsidy's 公示), down to the village group only."""
    if not _ADDRESS_HEADING_WORDS.search(view.text):
        return []
    return [(span.start, span.end) for span in view.analysis(persons_of).published_group_cells]


def published_allocated_units(view: DocumentView) -> Iterable[tuple[int, int]]:
    """The cells of the flat allocated, in the result list of an allocation a rule publishes (a
    resettlement's 分配结果公示, a public rental's 配租结果): below a heading of the flat given, in the rows
    of as many cells as the heading row."""
    text = view.text
    title, heading = allocation_lexicon()
    if title.search(document_title(text)) is None:
        return []
    spans: list[tuple[int, int]] = []
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    number = 0
    while number < len(lines):
        headings = [value.strip() for value in cell_values(lines[number])]
        columns = [i for i, value in enumerate(headings) if heading.fullmatch(value)]
        number += 1
        if len(headings) < 2 or not columns:
            continue
        while number < len(lines) and len(row := cells(starts[number], lines[number])) == len(headings):
            spans.extend((row[i].start, row[i].end) for i in columns)
            number += 1
    return spans
