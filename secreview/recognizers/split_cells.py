"""Numbers split over the cells of a table row: a 身份证号, a bank card, a mobile or a landline whose digits a
drafter typed into two or three adjacent cells (``138 | 0013 8000``; the cells ``1380013`` and ``8000`` of a
Word or spreadsheet table), or one character to a cell (the boxes of a form's 身份证号 row, its X in a box of
its own). A reader joins them; the rule of each pattern sees only one cell's digits.

A run of digit groups on one line, each two separated by one cell gap (a tab, ``|`` or ``│``), is
joined two or three groups at a time; a join is a candidate of a kind when it has the kind's shape,
passes its check (check digit, Luhn, allocated range, area code) and is cued: a ``context`` word of
the rule that names the recognizer within its ``context_window``, or the heading of the first
group's column naming the kind (a 联系电话 column far above the row); or it is split exactly where the
number's own fields end (a 身份证号's region, birth date and sequence with its check: ``330104 |
19740615 | 282X``), which no other figures do. A join is not made when one of its groups is a whole
number of the kind by itself (``13987654321 | 4321``), nor into a cell that stands under a heading
of its own naming something else (cells under 联系电话 and 人数 are two figures). The rules' words exclude
an office's published number as for their other candidates.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import partial
from itertools import pairwise

from secreview.build_cache import compile_re
from secreview.recognizers.columns import TableCell, column_category, labelled_cells
from secreview.recognizers.number_kinds import NUMBER_KINDS, NumberKind
from secreview.recognizers.view import CuedRecognizer, Cues, DocumentView, Span

_GAP = r" *[\t|│] *"
_GROUP = r"[0-9](?:[ \-]?[0-9])*+"
# Groups joined by single cell gaps, the last group may end with an ID number's X (or be it, in a box of its
# own). The standard library's engine, possessive: three times as fast as the regex module over a table of
# numbers. The first digit comes before the look-behind (which reads it again), so that ``re`` skips to the
# digits instead of trying the look-behind at every character (``(?<![…]){_GROUP}…``, the same matches).
_RUN = compile_re(
    rf"[0-9](?<![0-9A-Za-z*.+][0-9])(?:[ \-]?[0-9])*+(?:{_GAP}{_GROUP})++(?:(?:{_GAP})?[Xx])?"
    rf"(?![0-9A-Za-z*]|\.[0-9])"
)
_SPLIT = compile_re(_GAP)
_MOST_GROUPS = 3


def _digits(text: str) -> str:
    if text.isdigit():
        return text
    return "".join(char for char in text if char.isdigit() or char in "Xx").upper()


_LONGEST = max(length for kind in NUMBER_KINDS.values() for length in kind.lengths)
# The groups of a run (their spans) and the digits of each.
_Run = tuple[list[Span], list[str]]


def _runs_of(view: DocumentView) -> list[_Run]:
    """The runs of digit groups that may join, computed once for the four rules."""
    text = view.text
    runs: list[_Run] = []
    if "\t" not in text and "|" not in text and "│" not in text:
        return runs
    for match in _RUN.finditer(text):
        digits = [_digits(piece) for piece in _SPLIT.split(match.group())]
        if all(len(first) + len(second) > _LONGEST for first, second in pairwise(digits)):
            continue  # whole numbers side by side (an ID cell, then a mobile cell): nothing to join
        groups, start = [], match.start()
        for gap in _SPLIT.finditer(text, match.start(), match.end()):
            groups.append((start, gap.start()))
            start = gap.end()
        groups.append((start, match.end()))
        runs.append((groups, digits))
    return runs


def _joins(view: DocumentView, cues: Cues, kind: NumberKind) -> Iterator[Span]:
    """The spans of the joins of ``kind``, cued by ``cues``."""
    for groups, digits in view.analysis(_runs_of):
        yield from _kind_joins(view, groups, digits, kind, cues)


def _kind_joins(
    view: DocumentView, groups: Sequence[Span], digits: Sequence[str], kind: NumberKind, cues: Cues
) -> Iterator[Span]:
    position = 0
    while position < len(groups) - 1:
        joined = _longest_join(digits, position, kind)
        if (
            joined is None
            or not (
                _fielded(digits[position : joined + 1], kind)
                or _cued(view, groups[position][0], groups[joined][1], kind, cues)
            )
            or not _same_column(view, groups, position, joined, kind)
        ):
            position += 1
            continue
        yield groups[position][0], groups[joined][1]
        position = joined + 1


class _Headings:
    """The heading of the labelled cell at an offset of the matching view, if any."""

    def __init__(self, cells: Sequence[TableCell]) -> None:
        self._cells = sorted(cells, key=lambda cell: cell.start)
        self._starts = [cell.start for cell in self._cells]

    def at(self, offset: int) -> str | None:
        index = bisect_right(self._starts, offset) - 1
        if index >= 0 and offset < self._cells[index].end:
            return self._cells[index].heading
        return None


def _headings(view: DocumentView) -> _Headings:
    return _Headings(labelled_cells(view.extracted, view.normalized))


def _longest_join(digits: Sequence[str], first: int, kind: NumberKind) -> int | None:
    """The last group of the longest join from group ``first`` that is a number of ``kind`` and holds no
    group that is one by itself; or of the number written one character to a cell from it (a form's
    boxes)."""
    for last in range(min(len(digits), first + _MOST_GROUPS) - 1, first, -1):
        if not kind.holds("".join(digits[first : last + 1])):
            continue
        if not any(kind.holds(group) for group in digits[first : last + 1]):
            return last
    if len(digits[first]) != 1:
        return None
    for length in sorted(kind.lengths, reverse=True):
        boxes = digits[first : first + length]
        if len(boxes) == length and all(len(box) == 1 for box in boxes) and kind.holds("".join(boxes)):
            return first + length - 1
    return None


def _fielded(groups: Sequence[str], kind: NumberKind) -> bool:
    """Whether the groups are the number's own fields, each in a cell (330104 | 19740615 | 282X): split
    there, the number needs no cue."""
    return bool(kind.fields) and tuple(map(len, groups)) == kind.fields


def _cued(view: DocumentView, start: int, end: int, kind: NumberKind, cues: Cues) -> bool:
    """Whether a cue word stands near the join, or the heading of its first cell names its kind (a
    联系电话 column far above the row)."""
    near = view.text[max(0, start - cues.reach) : end + cues.reach]
    if any(cue in near for cue in cues.words):
        return True
    heading = view.analysis(_headings).at(start)
    return heading is not None and column_category(heading) == kind.category


def _same_column(view: DocumentView, groups: Sequence[Span], first: int, last: int, kind: NumberKind) -> bool:
    """Whether no group after the first stands under a heading of its own that names another thing."""
    headings = view.analysis(_headings)
    for start, _ in groups[first + 1 : last + 1]:
        heading = headings.at(start)
        if heading is not None and heading.strip() and column_category(heading) != kind.category:
            return False
    return True


def _recognizer(name: str) -> CuedRecognizer:
    return CuedRecognizer(partial(_joins, kind=NUMBER_KINDS[name]))


citizen_ids = _recognizer("citizen_id")
bank_cards = _recognizer("bank_card")
mobiles = _recognizer("mobile")
landlines = _recognizer("landline")
