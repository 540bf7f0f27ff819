"""Replacements of the extracted text carried back to the pieces of the source it came from.

An extractor's offset map says which characters of the text came from which piece of the file (a cell,
a text node, an attribute value); a redactor edits those pieces, never searching the file for the value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from secreview.masking import Replacement


@dataclass(frozen=True, slots=True)
class FormatRedaction:
    """What one format's redactor returns: the new bytes, spans replaced, and notes for the officer."""

    data: bytes
    replaced: int
    notes: tuple[str, ...] = ()


def encode_like(text: str, encoding: str, original: bytes) -> bytes:
    """``text`` encoded as ``original`` was, a UTF-16/32 byte order mark in the same byte order."""
    if encoding in ("utf-16", "utf-32"):
        for name in (f"{encoding}-le", f"{encoding}-be"):
            bom = "\ufeff".encode(name)
            if original.startswith(bom):
                return bom + text.encode(name)
    return text.encode(encoding)


class Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


@dataclass(frozen=True, slots=True)
class Edit:
    """Characters ``[offset, offset + length)`` of one piece's text become ``text``."""

    offset: int
    length: int
    text: str


def piece_edits(pieces: Sequence[Span], changes: Sequence[Replacement]) -> dict[int, list[Edit]]:
    """The edits of each piece (by its index in ``pieces``, which are sorted and do not overlap).

    A replacement of the same length is split character for character over the pieces it spans; another
    is written whole into the first piece and the rest of its span is emptied.
    """
    edits: dict[int, list[Edit]] = {}
    position = 0
    for change in changes:
        same_length = len(change.text) == change.end - change.start
        first = True
        while position < len(pieces) and pieces[position].end <= change.start:
            position += 1
        index = position
        while index < len(pieces) and pieces[index].start < change.end:
            piece = pieces[index]
            start, end = max(change.start, piece.start), min(change.end, piece.end)
            if same_length:
                new = change.text[start - change.start : end - change.start]
            else:
                new = change.text if first else ""
            edits.setdefault(index, []).append(Edit(start - piece.start, end - start, new))
            first = False
            index += 1
    return edits


def edited(text: str, edits: Sequence[Edit]) -> str:
    """``text`` with ``edits`` (non-overlapping) applied."""
    for edit in sorted(edits, key=lambda edit: edit.offset, reverse=True):
        text = text[: edit.offset] + edit.text + text[edit.offset + edit.length :]
    return text


def rewritten(text: str, writes: Sequence[tuple[int, int, str]]) -> str:
    """``text`` with the non-overlapping ``writes`` (start, end, new characters) applied, in one pass."""
    pieces: list[str] = []
    position = 0
    for start, end, new in sorted(writes):
        pieces += [text[position:start], new]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)
