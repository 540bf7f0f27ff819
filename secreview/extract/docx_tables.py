"""The grid of a .docx table: its rows, each cell with the grid column it starts in, and the heading of
each column, found as in spreadsheets (tabular.heading_row)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from xml.etree.ElementTree import Element

from secreview.extract.tabular import Cell, column_letters, heading_row, looks_like_heading, non_empty_rows

Name = Callable[[Element], str]
# Containers that may wrap rows in a table or cells in a row (content controls, custom XML, revisions).
_WRAPPERS = frozenset({"w:sdt", "w:sdtContent", "w:customXml", "w:ins", "w:del", "w:moveFrom", "w:moveTo"})


@dataclass(frozen=True, slots=True)
class GridCell:
    row: int  # 1-based
    column: int  # 1-based, counting the grid columns merged cells span
    element: Element  # the w:tc

    def location(self, table_number: int) -> str:
        return f"表{table_number} {column_letters(self.column)}{self.row}"


def _children(element: Element, wanted: str, name: Name) -> Iterator[Element]:
    for child in element:
        local = name(child)
        if local == wanted:
            yield child
        elif local in _WRAPPERS:
            yield from _children(child, wanted, name)


def _span(cell: Element, name: Name) -> int:
    for properties in cell:
        if name(properties) != "w:tcPr":
            continue
        for item in properties:
            if name(item) == "w:gridSpan":
                values = [value for key, value in item.attrib.items() if key.endswith("}val")]
                if values and values[0].isdigit() and 0 < int(values[0]) < 1000:
                    return int(values[0])
    return 1


def grid(table: Element, name: Name) -> list[list[GridCell]]:
    """The rows of ``table`` (not of tables nested in its cells), each cell at its grid column."""
    rows: list[list[GridCell]] = []
    for row_number, row in enumerate(_children(table, "w:tr", name), start=1):
        cells = []
        column = 1
        for cell in _children(row, "w:tc", name):
            cells.append(GridCell(row_number, column, cell))
            column += _span(cell, name)
        rows.append(cells)
    return rows


def _plain_text(cell: Element, name: Name) -> str:
    """The visible text of a cell (deleted text left out), for telling headings from values."""
    return "".join(element.text or "" for element in cell.iter() if name(element) == "w:t")


def column_headings(rows: list[list[GridCell]], name: Name) -> tuple[int | None, dict[int, str]]:
    """The row number of the header row (or None) and each grid column's heading."""
    cells = [[Cell(cell.row, cell.column, _plain_text(cell.element, name)) for cell in row] for row in rows]
    candidates = non_empty_rows(cells)
    header = heading_row(candidates)
    if header is None:
        return None, {}
    header_cells = candidates[header]
    headings = {cell.column: cell.text.strip() for cell in header_cells if looks_like_heading(cell)}
    return header_cells[0].row, headings
