"""Columns decide for their cells: in a table of private persons, every non-empty cell under a heading
that names personal data (姓名, 身份证号码, 联系电话, 家庭住址, 致困原因 …) is a finding of that category,
whether a pattern recognises the value or not.

The cells come from the extractor's labels (Word, spreadsheet, CSV and HTML tables label each cell below
the header row with its column heading); a text without labels has its tab-separated lines, and the rows of
tables drawn with bars (Markdown pipes, box-drawing characters), read as tables the same way
(tabular.heading_row). The heading vocabulary is data: rules/lexicons/columns.toml. In a table of staff,
officials or units the columns do not decide, but for an identity-number column's numbers.
"""

from __future__ import annotations

import tomllib
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from itertools import islice

import regex

from secreview.build_cache import compile_regex
from secreview.extract.base import ExtractedText
from secreview.extract.tabular import HEADER_SEARCH_ROWS, Cell, heading_row, looks_like_heading
from secreview.normalize import NormalizedText, fold
from secreview.recognizers.pack_patterns import IDENTITY_PACK, IDENTITY_RULES, rule_patterns
from secreview.recognizers.persons import document_title, list_context, public_list, role_words
from secreview.recognizers.view import DocumentView
from secreview.resources import builtin_rules_dir

COLUMNS_FILE = "lexicons/columns.toml"
PERSON_COLUMNS = ("person_name", "id_number")  # a table with one of these is a table of persons
_SPACES = compile_regex(r"\s+")
_NOTE = compile_regex(r"\([^()]*\)$")  # on the folded heading
_CELL_REFERENCE = compile_regex(r"^(?P<table>.*?)[A-Z]{1,3}(?P<row>\d+)$")
# What a masked or redacted value holds (张某, 张*明, 138****5678, ■■■).
_MASKED = compile_regex(r"某|[*×○〇＊□■]|(?<=\p{Han})[xX]|[xX](?=\p{Han})")
# An address below the level of a village or community: a number, or a house, building or group.
_BELOW_VILLAGE = compile_regex(r"\d|[一二三四五六七八九十百]+\s*(?:号|室|栋|幢|单元|组|社|弄|户|楼|队)")
_MAX_NAME = 20
_FIGURE = compile_regex(r"\d")
_NOT_A_LINE_BREAK = compile_regex(r"[^\n\r]")


@dataclass(frozen=True, slots=True)
class TableCell:
    """A cell below a table's header row: its span in the matching view (spaces around it left out),
    its column heading, and the table and row it stands in."""

    start: int
    end: int
    heading: str
    table: str
    row: str


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    staff: regex.Pattern[str] | None
    # Per category, its headings and its exceptions, each as one pattern of alternatives.
    columns: dict[str, tuple[regex.Pattern[str] | None, regex.Pattern[str] | None]]
    any_heading: regex.Pattern[str] | None  # every category's headings: most cells match none
    officials_list: regex.Pattern[str]  # what says a table lists officials in office
    pay: regex.Pattern[str] | None  # the headings of a person's pay, which decide in a table of staff too
    empty: frozenset[str]  # cell values that hold nothing


def _compiled(patterns: Iterable[str]) -> regex.Pattern[str] | None:
    """The patterns as one pattern of alternatives: it matches a whole heading when one of them does
    (no pattern holds a backreference or an inline flag: tests/unit/test_columns.py)."""
    alternatives = [f"(?:{fold(pattern)})" for pattern in patterns]
    return compile_regex("|".join(alternatives), regex.IGNORECASE) if alternatives else None


@cache
def vocabulary() -> _Vocabulary:
    """The heading vocabulary, its patterns compiled once per process (their programs kept in the build
    cache: compiling them took 20 ms of every run's first table)."""
    data = tomllib.loads((builtin_rules_dir() / COLUMNS_FILE).read_text(encoding="utf-8"))
    columns = {
        category: (_compiled(entry["headings"]), _compiled(entry.get("except", [])))
        for category, entry in data["columns"].items()
    }
    any_heading = _compiled(pattern for entry in data["columns"].values() for pattern in entry["headings"])
    table = data["table"]
    officials = compile_regex("|".join(table["officials_list"]))
    return _Vocabulary(
        _compiled(table["staff"]),
        columns,
        any_heading,
        officials,
        _compiled(table["pay"]),
        frozenset(table["empty"]),
    )


def _whole(pattern: regex.Pattern[str] | None, text: str) -> bool:
    return pattern is not None and pattern.fullmatch(text) is not None


def _bare(heading: str) -> str:
    """The heading without spaces and without a trailing bracketed note."""
    bare = _SPACES.sub("", fold(heading))
    stripped = _NOTE.sub("", bare)
    return stripped or bare


@lru_cache(maxsize=1024)
def column_category(heading: str) -> str | None:
    """The personal-data category a column heading names, or None."""
    bare = _bare(heading)
    words = vocabulary()
    if not _whole(words.any_heading, bare):
        return None
    for category, (headings, exceptions) in words.columns.items():
        if _whole(headings, bare) and not _whole(exceptions, bare):
            return category
    return None


@lru_cache(maxsize=1024)
def staff_column(heading: str) -> bool:
    """Whether a heading is a column of staff, officials or units."""
    return _whole(vocabulary().staff, _bare(heading))


# --- the cells of a document ----------------------------------------------------------------------


def _to_normalized(normalized: NormalizedText, start: int, end: int) -> tuple[int, int]:
    return normalized.to_matching(start), normalized.to_matching(end)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def labelled_cells(extracted: ExtractedText, normalized: NormalizedText) -> tuple[TableCell, ...]:
    """The labelled cells of an extracted document, or, when it has no labels, of its tab-separated
    lines read as tables."""
    return tuple(cell for table in _tables(extracted, normalized) for cell in table)


# A cell as the findings need it: its span (spaces around it left out) and its column heading.
_Cell = tuple[int, int, str]
# The rows of one table that hold a cell under a heading, each row the list of those cells in order.
_Rows = list[list[_Cell]]


def _labelled(extracted: ExtractedText, normalized: NormalizedText) -> list[TableCell] | None:
    """The labelled cells of a document, or None when it has no labels (its text may hold tables)."""
    found: list[TableCell] = []
    current: tuple[str, str] | None = None  # (part, location) of the cell being gathered
    for segment in extracted.segments:
        if segment.label is None or segment.location is None:
            current = None
            continue
        reference = _CELL_REFERENCE.match(segment.location.rsplit("!", 1)[-1])
        if reference is None:
            continue
        start, end = _to_normalized(normalized, segment.start, segment.end)
        key = (segment.part, segment.location)
        if current == key and found:  # more text of the same cell (runs, line pieces)
            last = found[-1]
            found[-1] = TableCell(last.start, end, last.heading, last.table, last.row)
            continue
        current = key
        table = f"{segment.part}/{reference['table'].strip()}"
        found.append(TableCell(start, end, segment.label, table, reference["row"]))
    if not found and extracted.segments and not any(s.label for s in extracted.segments):
        return None
    text = normalized.text
    return [
        TableCell(*_trimmed(text, cell.start, cell.end), cell.heading, cell.table, cell.row) for cell in found
    ]


def _tables(extracted: ExtractedText, normalized: NormalizedText) -> Iterable[Sequence[TableCell]]:
    """``labelled_cells`` in pieces that no table spans: all the labelled cells in one, or the tables of
    tab-separated lines one by one (made as they are read: a long list is never whole in memory); with
    labels, then the tables drawn in the text outside them (a Word paragraph's bars)."""
    labelled = _labelled(extracted, normalized)
    if labelled is None:
        return _text_tables(normalized.text)
    outside = _outside_labels(extracted, normalized)
    return [labelled, *(_text_tables(outside) if outside is not None else ())]


def _table_rows(extracted: ExtractedText, normalized: NormalizedText) -> Iterator[_Rows]:
    """The rows of each table of ``_tables`` as compact cells (a list of names has hundreds of thousands)."""
    labelled = _labelled(extracted, normalized)
    if labelled is None:
        yield from (_block_rows(block) for block in _text_blocks(normalized.text))
        return
    for rows in _rows(labelled).values():
        yield [[(cell.start, cell.end, cell.heading) for cell in row] for row in rows.values()]
    outside = _outside_labels(extracted, normalized)
    if outside is not None:
        yield from (_block_rows(block) for block in _text_blocks(outside))


def _outside_labels(extracted: ExtractedText, normalized: NormalizedText) -> str | None:
    """The text of a labelled document with its labelled segments and its tabs blanked (line breaks kept,
    so every place stays where it was), for the tables drawn with bars or spaces in its other text (a Word
    paragraph's); None when no unlabelled segment could hold one."""
    text = extracted.text
    if not _could_draw_table(text) or not any(
        segment.label is None and _could_draw_table(text[segment.start : segment.end])
        for segment in extracted.segments
    ):
        return None
    matching = normalized.text
    pieces, position = [], 0
    labelled = sorted(
        _to_normalized(normalized, s.start, s.end) for s in extracted.segments if s.label is not None
    )
    for start, end in labelled:
        start = max(start, position)
        if end <= start:
            continue
        pieces.append(matching[position:start])
        pieces.append(_NOT_A_LINE_BREAK.sub(" ", matching[start:end]))
        position = end
    pieces.append(matching[position:])
    return "".join(pieces).replace("\t", " ")


def _could_draw_table(text: str) -> bool:
    """Whether a text holds a bar or a run of spaces beside a heading word (a tab row of a labelled
    document is its extractor's, labelled already)."""
    return any(bar in text for bar in _BARS) or _SPACED_TABLE.search(text) is not None


def text_cells(text: str) -> tuple[TableCell, ...]:
    """Runs of tab-separated lines (or rows drawn with bars) read as tables: the header row found as in
    spreadsheets, every cell below it labelled with its column heading (a tab between two tabs is an
    empty cell)."""
    return tuple(cell for table in _text_tables(text) for cell in table)


def _text_tables(text: str) -> Iterator[list[TableCell]]:
    """The cells of ``text_cells``, one list per table."""
    counted = 0  # cells of the tables before: a table's name
    for block in _text_blocks(text):
        table = _block_cells(text, block, counted)
        counted += len(table)
        yield table


# How many characters of a text ``lines_of`` splits at a time (then to the next line break).
_CHUNK = 1 << 16


def lines_of(text: str) -> Iterator[str]:
    """``text.splitlines(keepends=True)`` a piece at a time (a list of names is not held twice): each
    piece ends just after a ``\n`` (no line break is cut in two), or, with none left, after a ``\r``."""
    position, length = 0, len(text)
    while position < length:
        end = text.find("\n", position + _CHUNK)
        if end < 0:  # no \n after: a \r ends a line by itself
            end = text.find("\r", position + _CHUNK)
        end = length if end < 0 else end + 1
        yield from text[position:end].splitlines(keepends=True)
        position = end


# A line of a run of tab-separated lines: where it starts and the texts of its cells (split at the tabs).
_Line = tuple[int, list[str]]
# The bars that draw a table's columns in text: Markdown pipes and box-drawing lines (a full-width ｜ is
# folded to |); a rule line between rows holds bars, joints, dashes and spaces only.
_BARS = "|│┃║"
_BARS_TO_TABS = str.maketrans(dict.fromkeys(_BARS, "\t"))
_JOINTS = r"\s|│┃║+:\-─━═┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫"
_RULE_LINE = compile_regex(rf"[{_JOINTS}]*+")
_RULE_MARK = compile_regex(r"[-─━═+\u2500-\u257f]")  # a dash, a cross or a box corner: no empty row
# A table set out with spaces: the last space of a run of two or more between cells (full-width spaces too),
# looked for only in a text with such a run beside a word of a name or identity-number heading.
_SPACED_GAP = compile_regex(r"(?<=[ \u3000\xa0])[ \u3000\xa0](?=[^\s])")
_SPACED_TABLE = compile_regex(
    r"(?:名|身份|证件)\S{0,6}[ \u3000\xa0]{2}"  # 姓名   工作单位, 身份证号码  ...
    r"|[ \u3000\xa0]{2}\S{0,6}(?:姓|身份|证件)"
)


class _SpacedBlock(list[_Line]):
    """The rows of a table set out with spaces: where a cell ends is a reading of the spaces (a cell may
    hold two, a column be set apart by one), so of its columns only the columns of numbers no public list
    gives (identity numbers, bank accounts) decide, their numbers cut whatever the table lists (a public
    list of clergy names its persons in the same layout; a 办事指南's 联系电话 is the office's)."""


# The columns that decide in a table set out with spaces (``_SpacedBlock``).
_SPACED_COLUMNS = frozenset({"id_number", "bank_account"})


def _spans(line: _Line) -> Iterator[tuple[int, int]]:
    """The spans of the cells of a line, in order."""
    start, pieces = line
    for piece in pieces:
        yield start, start + len(piece)
        start += len(piece) + 1


def _text_blocks(text: str) -> Iterator[list[_Line]]:
    """Runs of consecutive lines with a tab, or of rows of a table drawn with bars (its rule lines passed
    over), or of a table whose columns are set apart by runs of spaces (``_spaced_cells``); a line of
    headings naming a name or identity-number column after two lines or more begins the next run."""
    spaced = _SPACED_TABLE.search(text) is not None
    if "\t" not in text and not any(bar in text for bar in _BARS) and not spaced:
        return
    block: list[_Line] = []  # the consecutive lines with a tab or a bar, or the rows of a spaced table
    width = 0  # the number of cells of the spaced table being read, 0 when none is
    position = 0
    for line in lines_of(text):
        pieces = _cells_of(line)
        if pieces is None and spaced:
            start, pieces = _spaced_cells(line)
            if pieces is not None:
                if _person_heading_row(pieces):  # the heading row of a spaced table
                    if block:
                        yield block
                    block, width = _SpacedBlock([(position + start, pieces)]), len(pieces)
                elif width == len(pieces):
                    block.append((position + start, pieces))
                elif not width:
                    pieces = None  # no table: the line ends the run before it
                # else a row that does not split into the table's columns (a cell left empty): passed over
                if pieces is not None:
                    position += len(line)
                    continue
        if pieces is not None:
            if not pieces:  # a rule line: the table goes on below it
                position += len(line)
                continue
            width = 0
            if block and len(block) > 1 and _person_heading_row(pieces):
                yield block  # the heading row of the next table
                block = []
            block.append((position, pieces))
        elif block:
            yield block
            block, width = [], 0
        position += len(line)
    if block:
        yield block


def _cells_of(line: str) -> list[str] | None:
    """The cells of a line of a table, split at its tabs or, with none, at the bars that draw its columns
    (each one character: the cells' spans follow from their lengths); an empty list for a rule line of a
    drawn table (+----+, ├──┼──┤, |---|:--:|, └┘); None for a line of no table."""
    if "\t" in line:  # a line's end is no tab
        return line.rstrip("\r\n").split("\t")
    row = line.rstrip("\r\n")
    if _RULE_LINE.fullmatch(row) and _RULE_MARK.search(row) is not None:
        return []
    if not any(bar in row for bar in _BARS):
        return None
    return row.translate(_BARS_TO_TABS).split("\t")


def _spaced_cells(line: str) -> tuple[int, list[str] | None]:
    """Where the cells of a line of a spaced table start in it and the cells, split at the last space of
    each run of two or more (a one-character separator, as a tab is: the runs' other spaces stay in the
    cell before, trimmed later; a name written 李　明 keeps its one space); None when no run parts two."""
    row = line.rstrip()
    start = len(row) - len(row.lstrip())
    if _SPACED_GAP.search(row, start) is None:
        return start, None
    return start, _SPACED_GAP.split(row[start:])


def _person_heading_row(pieces: Sequence[str]) -> bool:
    """Whether the cells of a line are headings, one of a name or identity-number column among them."""
    texts = []
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        # The cheap shape test first: a data row fails on its first long or numeric cell that names nothing.
        shaped = piece.isdigit() or len(piece) > 8 or any(c.isdigit() for c in piece)
        if shaped and column_category(piece) is None:
            return False
        texts.append(piece)
    return len(texts) >= 2 and any(column_category(piece) in PERSON_COLUMNS for piece in texts)


def _block_headings(block: list[_Line]) -> tuple[int, dict[int, str]] | None:
    """The header row of a run of tab-separated lines (1-based) and the headings of its columns, or None."""
    # Only the first non-empty rows can be the header row (heading_row): cells of the others are not built.
    candidates: list[list[Cell]] = []
    for number_of_row, (_, pieces) in enumerate(block, start=1):
        kept = [
            Cell(number_of_row, column, value)
            for column, value in enumerate(pieces, start=1)
            if value.strip()
        ]
        if kept:
            candidates.append(kept)
            if len(candidates) == HEADER_SEARCH_ROWS:
                break
    header = heading_row(candidates)
    if header is None:
        return None
    headings = {cell.column: cell.text.strip() for cell in candidates[header] if looks_like_heading(cell)}
    if isinstance(block, _SpacedBlock):  # read by spaces alone: only a column of identity or account numbers
        headings = {
            column: text for column, text in headings.items() if column_category(text) in _SPACED_COLUMNS
        }
    return candidates[header][0].row, headings


def _block_cells(text: str, block: list[_Line], number: int) -> list[TableCell]:
    found = _block_headings(block)
    if found is None:
        return []
    header_row, headings = found
    table = f"text/{number}"  # one string for the table and one per row, shared by their cells
    cells = []
    for row_number, line in enumerate(block[header_row:], start=header_row + 1):
        name = str(row_number)
        for column, (start, end) in enumerate(_spans(line), start=1):
            heading = headings.get(column)
            if heading is None:
                continue
            start, end = _trimmed(text, start, end)
            if end > start:
                cells.append(TableCell(start, end, heading, table, name))
    return cells


def _block_rows(block: list[_Line]) -> _Rows:
    """``_block_cells`` as rows of compact cells (rows without a cell left out), each cell's span found
    from the lengths of the cells before it."""
    found = _block_headings(block)
    if found is None:
        return []
    header_row, headings = found
    columns = [(column - 1, heading) for column, heading in sorted(headings.items())]  # 0-based
    rows = []
    for start, pieces in block[header_row:]:
        cells = []
        width = len(pieces)
        reached = 0  # the column whose cell begins at start
        for index, heading in columns:
            if index >= width:
                break
            while reached < index:
                start += len(pieces[reached]) + 1
                reached += 1
            piece = pieces[index]
            value = piece.strip()
            if value:
                if value is piece:  # nothing stripped (str.strip returns the string itself)
                    cells.append((start, start + len(value), heading))
                else:
                    left = start + len(piece) - len(piece.lstrip())
                    cells.append((left, left + len(value), heading))
        if cells:
            rows.append(cells)
    return rows


# --- the findings -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ColumnFindings:
    """Spans of the cells that columns make findings, by category: starts and ends in turn, in one array
    of machine integers per category (a list of names has hundreds of thousands of cells)."""

    by_category: dict[str, array[int]]

    def spans(self, category: str) -> Iterator[tuple[int, int]]:
        bounds = self.by_category.get(category)
        if bounds is None:
            return iter(())
        return zip(islice(bounds, 0, None, 2), islice(bounds, 1, None, 2), strict=True)


def _masked(value: str) -> bool:
    # Letters and digits of ASCII alone hold no mask (某, ＊ …) and no x beside a Han character.
    return not (value.isascii() and value.isalnum()) and _MASKED.search(value) is not None


def _rows(cells: Sequence[TableCell]) -> dict[str, dict[str, list[TableCell]]]:
    tables: dict[str, dict[str, list[TableCell]]] = {}
    for cell in cells:
        tables.setdefault(cell.table, {}).setdefault(cell.row, []).append(cell)
    return tables


def _findings_of(view: DocumentView) -> ColumnFindings:
    # The cells are not kept in the view: only the spans they make findings are needed afterwards.
    return _rows_findings(view.text, _table_rows(view.extracted, view.normalized))


def column_findings(text: str, tables: Iterable[Sequence[TableCell]]) -> ColumnFindings:
    """The findings of the cells of ``tables`` (pieces of ``labelled_cells`` that no table spans)."""
    rows_of_tables = (
        [[(cell.start, cell.end, cell.heading) for cell in row] for row in rows.values()]
        for cells in tables
        for rows in _rows(cells).values()
    )
    return _rows_findings(text, rows_of_tables)


def _rows_findings(text: str, tables: Iterable[_Rows]) -> ColumnFindings:
    """``column_findings`` of tables given as their rows of compact cells."""
    found: dict[str, array[int]] = {}
    words = vocabulary()
    for rows in tables:
        headings = {heading for row in rows for _, _, heading in row}
        categories = {heading: column_category(heading) for heading in headings}
        if not any(category in PERSON_COLUMNS for category in categories.values()):
            continue
        if any(staff_column(heading) for heading in headings):
            _identity_numbers(text, rows, categories, found)
            continue
        first = min(start for row in rows for start, _, _ in row)
        line_start = text.rfind("\n", 0, first)
        header = text.rfind("\n", 0, line_start) + 1 if line_start > 0 else 0  # the heading row's line
        if words.officials_list.search(f"{document_title(text)}\n{list_context(text, header)}"):
            _identity_numbers(text, rows, categories, found)
            continue  # 干部任免审批表, 任前公示: officials in office
        public = public_list(text, header)
        public_names = public is not None  # their names are the PN rules' (low)
        for row in rows:
            # Each cell of a category: its category, its value and whether it is masked, told once; and
            # whether the row has names, all of them masked.
            told = []
            named, anonymous = False, True
            for start, end, heading in row:
                category = categories[heading]
                if category is not None:
                    value = text[start:end]
                    masked = _masked(value)
                    if category == "person_name":
                        named = True
                        anonymous = anonymous and masked
                    told.append((start, end, category, value, masked, heading))
            anonymous = named and anonymous
            for start, end, category, value, masked, heading in told:
                if value in words.empty or masked:
                    continue  # empty, or de-identified already (张某, 138****5678)
                if category == "sensitive_personal" and public is not None and public.publishes(heading):
                    continue  # a column the list publishes with the names (a 减刑假释 公示's 罪名, 刑期)
                if category == "person_name" and (
                    public_names or not _name_like(value) or value in role_words()
                ):
                    continue
                if category == "address" and (public_names or anonymous) and not _BELOW_VILLAGE.search(value):
                    continue  # the village or community level that a public or de-identified list keeps
                if anonymous and category == "sensitive_personal":
                    continue  # a cause beside a masked name identifies nobody
                bounds = found.get(category)
                if bounds is None:
                    bounds = found[category] = array("q")
                bounds.append(start)
                bounds.append(end)
    return ColumnFindings(found)


@cache
def _id_shaped() -> regex.Pattern[str]:
    """The identity numbers an identity-number column's cells are read for: a resident's (18 and 15 digits),
    a foreigner's permanent residence card and a residence permit, as the PI pack's rules write them; their
    dates and check characters are not checked (``pack_patterns``: why, and what the other readings ask)."""
    return rule_patterns(IDENTITY_PACK, IDENTITY_RULES)


def _identity_numbers(
    text: str, rows: _Rows, categories: dict[str, str | None], found: dict[str, array[int]]
) -> None:
    """In a table of staff, officials or units, whose columns do not decide, the cells of an identity-number
    column that are shaped like an identity number (``_id_shaped``): whoever it names, it is never published,
    and a wrong check digit or date (which the identifier rule reports beside a cue, as a typist's error that
    still names the person) does not make it public: the heading is the cue of its column. And the figures of
    a pay column in the rows that name a person: nor is a person's pay."""
    pay = vocabulary().pay
    paid = {
        heading
        for heading, category in categories.items()
        if category == "sensitive_personal" and _whole(pay, _bare(heading))
    }
    if "id_number" not in categories.values() and not paid:
        return
    for row in rows:
        named = None  # whether the row names a person, told when a pay cell asks
        for start, end, heading in row:
            category = categories[heading]
            if category == "id_number" and _id_shaped().fullmatch(text, start, end):
                _add(found, category, start, end)
            elif heading in paid and _FIGURE.search(text, start, end) is not None:
                if named is None:
                    named = any(
                        categories[other] == "person_name"
                        and _name_like(text[begin:stop])
                        and not _masked(text[begin:stop])
                        for begin, stop, other in row
                    )
                if named:
                    _add(found, "sensitive_personal", start, end)


def _add(found: dict[str, array[int]], category: str, start: int, end: int) -> None:
    bounds = found.get(category)
    if bounds is None:
        bounds = found[category] = array("q")
    bounds.append(start)
    bounds.append(end)


def _name_like(value: str) -> bool:
    """Whether a cell of a name column can hold a name: letters, no digits, not a paragraph."""
    return len(value) <= _MAX_NAME and any(c.isalpha() for c in value) and not any(c.isdigit() for c in value)


def _column_spans(view: DocumentView, category: str) -> Iterator[tuple[int, int]]:
    return view.analysis(_findings_of).spans(category)


column_person_names = partial(_column_spans, category="person_name")
column_id_numbers = partial(_column_spans, category="id_number")
column_phones = partial(_column_spans, category="phone")
column_emails = partial(_column_spans, category="email")
column_bank_accounts = partial(_column_spans, category="bank_account")
column_vehicle_plates = partial(_column_spans, category="vehicle_plate")
column_addresses = partial(_column_spans, category="address")
column_sensitive = partial(_column_spans, category="sensitive_personal")
