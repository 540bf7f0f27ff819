"""Rows of cells (spreadsheets, CSV) as text: one line per row, the column heading as each cell's label.

A column headed 身份证号, 姓名 or 联系电话 is context for every value below it, however far
down the sheet the value is; the label carries that heading to the rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex

from secreview.extract.base import TextBuilder

HEADER_SEARCH_ROWS = 10
MAX_CELLS = 2_000_000  # non-empty cells of one workbook or CSV file
_MAX_HEADING_LENGTH = 30
_MAX_HEADING_DIGITS = 8  # "2024年1月补贴金额" is a heading; an ID or phone number is not
_MIN_HEADING_SHARE = 0.7
_DIGIT = regex.compile(r"\d")
_LONG_NUMBER = regex.compile(r"\d{7}")
_LETTER = regex.compile(r"\p{L}")


@dataclass(frozen=True, slots=True)
class Cell:
    row: int  # 1-based
    column: int  # 1-based
    text: str
    is_text: bool = True  # False for numbers, booleans, errors: never a heading

    @property
    def reference(self) -> str:
        return f"{column_letters(self.column)}{self.row}"


def column_letters(column: int) -> str:
    """``AB`` for column 28."""
    letters = ""
    while column > 0:
        column, remainder = divmod(column - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def column_number(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def looks_like_heading(cell: Cell) -> bool:
    text = cell.text.strip()
    return (
        cell.is_text
        and 0 < len(text) <= _MAX_HEADING_LENGTH
        and "\n" not in text
        and _LETTER.search(text) is not None
        and len(_DIGIT.findall(text)) <= _MAX_HEADING_DIGITS
    )


def _could_be_header(row: Sequence[Cell], widest: int) -> bool:
    # The long number first: a data row of a list (an ID, a phone) fails without its cells weighed.
    if any(_LONG_NUMBER.search(cell.text) for cell in row):
        return False
    headings = sum(1 for cell in row if looks_like_heading(cell))
    return headings >= min(2, widest) and headings >= _MIN_HEADING_SHARE * len(row)


def heading_row(rows: Sequence[Sequence[Cell]]) -> int | None:
    """Index in ``rows`` of the header row, or None.

    Among the first rows, those that read like headings (mostly short text, no long numbers,
    at least two cells unless the table has one column) are candidates; the widest wins, the
    first of equals. A title row (one merged cell) or a 填报单位/日期 line above the table is
    thereby passed over for the row that names every column.
    """
    first = rows[:HEADER_SEARCH_ROWS]
    widest = max((len(row) for row in first), default=0)
    candidates = [index for index, row in enumerate(first) if _could_be_header(row, widest)]
    return max(candidates, key=lambda index: (len(first[index]), -index), default=None)


def write_rows(out: TextBuilder, rows: Sequence[Sequence[Cell]], part: str) -> None:
    """Each non-empty row as one line, cells separated by tabs; cells below the header row are
    labelled with their column's heading."""
    header = heading_row(rows)
    labels = (
        {cell.column: cell.text.strip() for cell in rows[header] if looks_like_heading(cell)}
        if header is not None
        else {}
    )
    for index, row in enumerate(rows):
        below_header = header is not None and index > header
        for position, cell in enumerate(row):
            if position:
                out.add("\t", None)
            label = labels.get(cell.column) if below_header else None
            out.add(cell.text, part, location=cell.reference, label=label)
        out.add("\n", None)


def non_empty_rows(rows: Iterable[Sequence[Cell]]) -> list[list[Cell]]:
    return [kept for row in rows if (kept := [cell for cell in row if cell.text.strip()])]
