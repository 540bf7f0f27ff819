"""The matching view of a text: folded for matching, mapped back to the original characters.

Folding is one character for one character (full-width ASCII to ASCII, the ideographic space
and no-break spaces to a space, traditional to simplified characters), so it never moves an
offset. Only invisible format characters (zero-width spaces and joiners, soft hyphens, BOMs)
are removed; the index map then records where every remaining character came from.
"""

from __future__ import annotations

import importlib.util
import json
from array import array
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import regex

_BEYOND_BMP = regex.compile(r"[^\u0000-\uffff]")
_INVISIBLE = regex.compile(r"[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]+")
# The same characters one by one: a text is searched for each far faster than for the class.
_INVISIBLE_CHARACTERS = tuple(
    chr(code) for code in (0xAD, *range(0x200B, 0x2010), *range(0x2060, 0x2065), 0xFEFF)
)
_SPACES = {0x3000: " ", 0x00A0: " ", 0x2002: " ", 0x2003: " ", 0x2009: " ", 0x202F: " "}
_DASHES = {0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2212: "-"}


@cache
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
    table.update(_SPACES)
    table.update(_DASHES)
    table.update(_traditional_to_simplified())
    return table


def _traditional_to_simplified() -> dict[int, str]:
    # Read from zhconv's folder without importing zhconv, whose import alone costs 0.1 s.
    spec = importlib.util.find_spec("zhconv")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - a declared dependency
        return {}
    raw = (Path(spec.submodule_search_locations[0]) / "zhcdict.json").read_bytes()
    pairs: dict[str, str] = json.loads(raw)["zh2Hans"]
    return {ord(trad): simp for trad, simp in pairs.items() if len(trad) == 1 and len(simp) == 1}


@cache
def _bmp_fold_table() -> list[int | str]:
    """``_fold_table`` as a list indexed by code point over the Basic Multilingual Plane: a text
    without characters beyond it translates about twice as fast as through the dict."""
    table: list[int | str] = list(range(0x10000))
    for code, folded in _fold_table().items():
        if code < 0x10000:
            table[code] = folded
    return table


def fold(text: str) -> str:
    """Fold ``text`` character by character; the result has the same length."""
    if _BEYOND_BMP.search(text) is None:
        return text.translate(_bmp_fold_table())
    return text.translate(_fold_table())


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """``text`` is what rules match; ``origin[i]`` is the original index of ``text[i]``."""

    text: str
    origin: array[int] | None  # None when nothing was removed: offsets are identical
    original_length: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the span ``[start, end)`` of the normalized text to the original text."""
        if self.origin is None:
            return start, end
        if start >= end:
            position = self.origin[start] if start < len(self.origin) else self.original_length
            return position, position
        return self.origin[start], self.origin[end - 1] + 1


def normalize(original: str) -> NormalizedText:
    """Build the matching view of ``original``."""
    folded = fold(original)
    if not any(character in folded for character in _INVISIBLE_CHARACTERS):
        return NormalizedText(folded, None, len(original))
    kept_pieces: list[str] = []
    origin: array[int] = array("l")
    position = 0
    for invisible in _INVISIBLE.finditer(folded):
        kept_pieces.append(folded[position : invisible.start()])
        origin.extend(range(position, invisible.start()))
        position = invisible.end()
    kept_pieces.append(folded[position:])
    origin.extend(range(position, len(folded)))
    return NormalizedText("".join(kept_pieces), origin, len(original))
