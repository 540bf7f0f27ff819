"""Text of a .csv file: the encoding decided as for .txt, cells laid out as for a spreadsheet.

Part ``table``, location the cell reference (``C7``), label the column heading. The
delimiter is guessed among , tab ; and |. A file the csv module cannot split (a field
longer than its limit) is still checked, as plain text.
"""

from __future__ import annotations

import csv
import io

from secreview.extract.base import TABLE, ExtractedText, Segment, TextBuilder
from secreview.extract.tabular import Cell, non_empty_rows, write_rows
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
        rows = [
            [Cell(number, column, value) for column, value in enumerate(record, start=1)]
            for number, record in enumerate(reader, start=1)
        ]
    except csv.Error:
        return ExtractedText(text, [Segment(0, len(text), TABLE)] if text else [], encoding)
    out = TextBuilder()
    write_rows(out, non_empty_rows(rows), TABLE)
    return out.build(encoding=encoding)
