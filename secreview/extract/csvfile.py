"""Text of a .csv file: the encoding decided as for .txt, cells laid out as for a spreadsheet.

Part ``table``, location the cell reference (``C7``), label the column heading. The delimiter is guessed
among , tab ; and |. A field that joins literals as a formula (``="139"&"1234"``, which a spreadsheet shows
computed) is read computed too, after the table, as ``formula`` at its cell. A file the csv module cannot
split (a field longer than its limit) is still checked, as plain text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from secreview.errors import ExtractionError
from secreview.extract.base import FORMULA, TABLE, ExtractedText, Segment, TextBuilder
from secreview.extract.formulas import evaluated
from secreview.extract.tabular import MAX_CELLS, Cell, write_rows
from secreview.extract.txt import decode_text

_DELIMITERS = ",\t;|"
_SNIFF_CHARACTERS = 8 * 1024


def dialect_of(text: str) -> type[csv.Dialect] | csv.Dialect:
    sample = text[:_SNIFF_CHARACTERS]
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS)
    except csv.Error:
        return csv.excel


def extract_csv(data: bytes) -> ExtractedText:
    text, encoding = decode_text(data)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), dialect_of(text))
        rows = _non_empty_rows(reader)
    except csv.Error:
        return ExtractedText(text, [Segment(0, len(text), TABLE)] if text else [], encoding)
    out = TextBuilder()
    write_rows(out, rows, TABLE)
    for row in rows:
        for cell in row:
            shown = evaluated(cell.text[1:]) if cell.text.startswith("=") else None
            if shown is not None and shown.strip():
                out.add(shown, FORMULA, location=cell.reference)
                out.add("\n", None)
    return out.build(encoding=encoding)


def _non_empty_rows(records: Iterable[list[str]]) -> list[list[Cell]]:
    """The non-empty cells of each row that has one, no more than ``MAX_CELLS`` of them: empty cells are
    never held (a file of delimiters only would otherwise take a hundred times its size)."""
    rows: list[list[Cell]] = []
    cells = 0
    for number, record in enumerate(records, start=1):
        row = [Cell(number, column, value) for column, value in enumerate(record, start=1) if value.strip()]
        if row:
            cells += len(row)
            if cells > MAX_CELLS:
                raise ExtractionError(f"表格单元格过多(超过 {MAX_CELLS:,} 个),未完整检查")
            rows.append(row)
    return rows
