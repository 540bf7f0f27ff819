"""An HTML table read whole before it is written: its rows and cells, and the heading of each column,
found as in spreadsheets (tabular.heading_row), so that every cell below the header row is labelled with
its column heading as in Word tables and spreadsheets. A table nested in a cell is read into that cell."""

from __future__ import annotations

from dataclasses import dataclass, field

from secreview.extract.base import TextBuilder
from secreview.extract.tabular import Cell, column_letters, heading_row, looks_like_heading, non_empty_rows

Units = tuple[tuple[int, int, str], ...]  # as htmlfile.HtmlSource: stretches of the page and their text

_CELLS = frozenset({"td", "th"})
_MAX_SPAN = 1000
# Tags that break a line inside a cell: the cell's text goes on after a space.
_BREAKS = frozenset({"br", "p", "div", "li", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6"})


@dataclass(slots=True)
class _HtmlCell:
    column: int  # 1-based, counting the columns spanned by the cells before it
    span: int = 1
    # Text with the stretches of the page it comes from (empty when not traced) and its own part when it
    # is not the table's (a form field's text), or None for a break.
    pieces: list[tuple[str, Units, str | None] | None] = field(default_factory=list)

    @property
    def columns(self) -> range:
        return range(self.column, self.column + self.span)

    @property
    def text(self) -> str:
        return "".join(piece[0] for piece in self.pieces if piece is not None)


def _span(attributes: dict[str, str | None]) -> int:
    value = (attributes.get("colspan") or "1").strip()
    return int(value) if value.isdigit() and 0 < int(value) < _MAX_SPAN else 1


class TableBuffer:
    """The rows of one outermost table, fed with the parser's events."""

    def __init__(self) -> None:
        self._rows: list[list[_HtmlCell]] = []
        self._cell: _HtmlCell | None = None
        self._row_open = False
        self._nested = 0  # tables opened inside a cell and not closed yet
        self._spans: list[int] = []  # the columns each cell of the current row spans

    def _new_row(self) -> None:
        self._rows.append([])
        self._row_open = True
        self._cell = None
        self._spans = []

    def _new_cell(self, span: int) -> _HtmlCell:
        if not self._row_open:
            self._new_row()
        row = self._rows[-1]
        column = 1 + sum(self._spans)
        cell = _HtmlCell(column, span)
        row.append(cell)
        self._spans.append(span)
        self._cell = cell
        return cell

    def start(self, tag: str, attributes: dict[str, str | None]) -> None:
        if self._nested or (tag not in _CELLS and tag not in ("tr", "table")):
            if tag == "table":
                self._nested += 1
            if tag in _BREAKS and self._cell is not None:
                self._cell.pieces.append(None)
            return
        if tag == "table":
            self._nested += 1
            if self._cell is not None:
                self._cell.pieces.append(None)
        elif tag == "tr":
            self._new_row()
        else:
            self._new_cell(_span(attributes))

    def end(self, tag: str) -> bool:
        """Handle an end tag; True when it closes the table itself."""
        if tag == "table":
            if not self._nested:
                return True
            self._nested -= 1
        if self._nested:
            return False
        if tag in _CELLS:
            self._cell = None
        elif tag == "tr":
            self._row_open = False
            self._cell = None
        return False

    def data(self, text: str, units: Units = (), part: str | None = None) -> None:
        cell = self._cell
        if cell is None:  # a caption, or text between cells: a cell of its own row
            if self._row_open and self._rows[-1]:
                cell = self._new_cell(1)
            else:
                self._new_row()
                cell = self._new_cell(1)
                self._row_open = False
        cell.pieces.append((text, units, part))

    def write(self, out: TextBuilder, part: str, number: int) -> list[tuple[int, int, Units]]:
        """One line per row, cells separated by tabs, located ``表N C7`` and labelled with their
        column's heading when they stand below the header row. Returns where each piece of text was
        written, with the stretches of the page it came from."""
        grid = [  # a cell spanning columns counts once for each: its row is as wide as the rows below
            [Cell(row_number, column, cell.text) for cell in row for column in cell.columns]
            for row_number, row in enumerate(self._rows, start=1)
        ]
        candidates = non_empty_rows(grid)
        header = heading_row(candidates)
        headings = (
            {cell.column: cell.text.strip() for cell in candidates[header] if looks_like_heading(cell)}
            if header is not None
            else {}
        )
        header_row = candidates[header][0].row if header is not None else None
        written: list[tuple[int, int, Units]] = []
        for row_number, row in enumerate(self._rows, start=1):
            cells = [cell for cell in row if cell.text.strip()]
            for position, cell in enumerate(cells):
                if position:
                    out.add("\t", None)
                below = header_row is not None and row_number > header_row
                label = headings.get(cell.column) if below else None
                location = f"表{number} {column_letters(cell.column)}{row_number}"
                written += _write_cell(out, cell, part, location, label)
            if cells:
                out.add("\n", None)
        return written


def _write_cell(
    out: TextBuilder, cell: _HtmlCell, part: str, location: str, label: str | None
) -> list[tuple[int, int, Units]]:
    """The cell's pieces on one line (line breaks and tabs inside them as spaces); a break between two
    pieces with text becomes a space."""
    gap = False
    written: list[tuple[int, int, Units]] = []
    for piece in cell.pieces:
        if piece is None:
            gap = bool(written)
            continue
        text, units, own_part = piece
        if not text.strip():
            continue
        if gap:
            out.add(" ", None)
            gap = False
        start = out.length
        out.add(text.replace("\n", " ").replace("\t", " "), own_part or part, location=location, label=label)
        written.append((start, out.length, units))
    return written
