"""The redacted copy of a .csv file: each cell that holds a finding is rewritten where it stands.

Everything else stays byte for byte: the encoding (and its byte order mark), the delimiter, the quoting
of every other field, the line endings. The cell a finding is in comes from the offset map (its cell
reference); where the file is split is worked out by a reader that also records where each field stands,
checked field by field against the csv module's own reading: if they differ, the copy is refused. A field
that joins literals as a formula and shows a found value becomes the masked text it shows.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from secreview.errors import ExtractionError
from secreview.extract.base import FORMULA, ExtractedText
from secreview.extract.csvfile import dialect_of
from secreview.extract.tabular import column_number
from secreview.extract.txt import decode_text
from secreview.masking import Replacement, apply
from secreview.redact_edits import FormatRedaction, edited, encode_like, piece_edits, rewritten

_REFUSED = "CSV 文件的引号或转义写法特殊,无法可靠定位单元格,未生成删减稿"
_LINE_ENDS = "\r\n"


@dataclass(frozen=True, slots=True)
class _Field:
    start: int  # where its characters stand in the file's text (quotes included)
    end: int
    quoted: bool
    value: str


def redact_csv(data: bytes, extracted: ExtractedText, changes: list[Replacement]) -> FormatRedaction:
    text, encoding = decode_text(data)
    if not any(segment.location for segment in extracted.segments):
        # Read as plain text (the csv module could not split it): the text is the file.
        return FormatRedaction(encode_like(apply(text, changes), encoding, data), len(changes))
    dialect = dialect_of(text)
    records = _fields(text, dialect)
    expected = list(csv.reader(io.StringIO(text, newline=""), dialect))
    if [[field.value for field in record] for record in records] != expected:
        raise ExtractionError(_REFUSED)
    pieces = [segment for segment in extracted.segments if segment.location]
    by_cell: dict[tuple[int, int], str] = {}
    for index, edits in sorted(piece_edits(pieces, changes).items()):
        piece = pieces[index]
        row, column = _cell(piece.location or "")
        field = records[row - 1][column - 1]
        if piece.part == FORMULA:
            # A formula showing a found value becomes the masked text it shows.
            shown = extracted.text[piece.start : piece.end]
            by_cell[(row, column)] = edited(shown, edits)
        else:
            by_cell.setdefault((row, column), edited(field.value, edits))
    writes = []
    for (row, column), value in by_cell.items():
        field = records[row - 1][column - 1]
        writes.append((field.start, field.end, _written(value, field.quoted, dialect)))
    return FormatRedaction(encode_like(rewritten(text, writes), encoding, data), len(changes))


def _cell(reference: str) -> tuple[int, int]:
    letters = "".join(char for char in reference if char.isalpha())
    return int(reference[len(letters) :]), column_number(letters)


def _written(value: str, quoted: bool, dialect: type[csv.Dialect] | csv.Dialect) -> str:
    quote = dialect.quotechar or '"'
    special = (dialect.delimiter, quote, *_LINE_ENDS)
    if not quoted and not any(char in value for char in special):
        return value
    return quote + value.replace(quote, quote * 2) + quote


def _fields(text: str, dialect: type[csv.Dialect] | csv.Dialect) -> list[list[_Field]]:
    """Every record's fields as the csv module splits them (doubled quotes, text after a closing quote
    kept, an empty line an empty record), each with where it stands in ``text``."""
    delimiter, quote = dialect.delimiter, dialect.quotechar or '"'
    records: list[list[_Field]] = []
    position, length = 0, len(text)
    while position < length:
        record: list[_Field] = []
        if text[position] not in _LINE_ENDS:
            while True:
                if dialect.skipinitialspace:
                    while position < length and text[position] == " ":
                        position += 1
                field = _field(text, position, delimiter, quote)
                record.append(field)
                position = field.end
                if position < length and text[position] == delimiter:
                    position += 1
                    continue
                break
        if text.startswith("\r\n", position):
            position += 2
        elif position < length:
            position += 1
        records.append(record)
    return records


def _field(text: str, start: int, delimiter: str, quote: str) -> _Field:
    position, length = start, len(text)
    stops = (delimiter, *_LINE_ENDS)
    if position < length and text[position] == quote:
        position += 1
        characters: list[str] = []
        while position < length:
            char = text[position]
            if char == quote:
                if text.startswith(quote * 2, position):
                    characters.append(quote)
                    position += 2
                    continue
                position += 1
                break
            characters.append(char)
            position += 1
        while position < length and text[position] not in stops:
            characters.append(text[position])
            position += 1
        return _Field(start, position, True, "".join(characters))
    while position < length and text[position] not in stops:
        position += 1
    return _Field(start, position, False, text[start:position])
