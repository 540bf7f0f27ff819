"""The cells of a line of a table: runs of tabs, two or more spaces, or one space between two words."""

from __future__ import annotations

from dataclasses import dataclass

from secreview.build_cache import compile_regex

_CELL_SPLIT = compile_regex(r"\t+| {2,}|(?<=\S) (?=\S)")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    text: str


def cells(start: int, line: str) -> list[Span]:
    """The cells of ``line``, which starts at ``start`` in its text."""
    if "\t" not in line and " " not in line:  # no separator: one cell, or none
        return [Span(start, start + len(line))] if line else []
    found: list[Span] = []
    if " " not in line:  # tabs only: the cells are what runs of tabs leave between them
        for piece in line.split("\t"):
            if piece:
                found.append(Span(start, start + len(piece)))
            start += len(piece) + 1
        return found
    cursor = 0
    for separator in _CELL_SPLIT.finditer(line):
        if separator.start() > cursor:
            found.append(Span(start + cursor, start + separator.start()))
        cursor = separator.end()
    if cursor < len(line):
        found.append(Span(start + cursor, start + len(line)))
    return found


def cell_values(line: str) -> list[str]:
    """The texts of ``cells(…, line)``."""
    if "\t" not in line and " " not in line:
        return [line] if line else []
    if " " not in line:
        return [piece for piece in line.split("\t") if piece]
    return [line[cell.start : cell.end] for cell in cells(0, line)]
