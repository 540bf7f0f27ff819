"""The matching view of a text: folded for matching, mapped back to the original characters.

Folding is one character for one character (full-width ASCII to ASCII, digits of every decimal digit
block, mathematical bold, double-struck, sans-serif and monospace digits included, to ASCII digits, the
ideographic space and no-break spaces to a space, traditional to simplified characters), so it never
moves an offset. Only invisible format characters (zero-width spaces and joiners, soft hyphens, BOMs,
direction marks and bidi controls) are removed; the index map then records where every remaining
character came from. A line holding bidi controls is matched in the order it is displayed
(``bidi.display_order``): an RLO that shows a reversed number as an ID number is read as that ID number,
and its finding covers the original characters.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import regex

from secreview.bidi import CONTROLS, display_order
from secreview.build_cache import compile_re, remembered

_BEYOND_BMP = regex.compile(r"[^\u0000-\uffff]")
# Removed from the matching view: zero-width and invisible format characters, direction marks, bidi controls.
_REMOVED_CODES = (0xAD, 0x61C, *range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x206A), 0xFEFF)
# Each removed character becomes this one in the matching translation, so one search finds them all.
_REMOVED = "\u200b"
_SPACES = {0x3000: " ", 0x00A0: " ", 0x2002: " ", 0x2003: " ", 0x2009: " ", 0x202F: " "}
_DASHES = {0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2212: "-"}
# The zero of each decimal digit block other than ASCII (unicodedata.decimal, Unicode 14); the nine
# digits after it are 1 … 9. tests/unit/test_normalize.py compares the list with unicodedata.
_DIGIT_ZEROS = (
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50,
    0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0,
    0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30,
    0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0,
    0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC,
    0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
)  # fmt: skip


@cache
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
    table.update({zero + digit: str(digit) for zero in _DIGIT_ZEROS for digit in range(10)})
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
    # The single characters of its 540 KB table, kept by the build cache under the table's hash.
    traditional, simplified = remembered("zh2Hans", hashlib.sha256(raw).hexdigest(), lambda: _single(raw))
    return dict(zip(map(ord, traditional), simplified, strict=True))


def _single(raw: bytes) -> list[str]:
    """The characters zhconv's table maps one to one, traditional then simplified, in two strings."""
    pairs: dict[str, str] = json.loads(raw)["zh2Hans"]
    single = [(trad, simp) for trad, simp in pairs.items() if len(trad) == 1 and len(simp) == 1]
    return ["".join(trad for trad, _ in single), "".join(simp for _, simp in single)]


def _as_bmp_list(table: dict[int, str]) -> list[int | str]:
    """A translation table as a list indexed by code point over the Basic Multilingual Plane: a text
    without characters beyond it translates about twice as fast as through the dict."""
    listed: list[int | str] = list(range(0x10000))
    for code, folded in table.items():
        if code < 0x10000:
            listed[code] = folded
    return listed


@cache
def _bmp_fold_table() -> list[int | str]:
    return _as_bmp_list(_fold_table())


@cache
def _matching_table() -> dict[int, str]:
    """``_fold_table`` with every removed character as ``_REMOVED``."""
    return {**_fold_table(), **dict.fromkeys(_REMOVED_CODES, _REMOVED)}


@cache
def _bmp_matching_table() -> list[int | str]:
    listed = _bmp_fold_table().copy()  # a copy costs a fraction of building the list anew
    for code in _REMOVED_CODES:
        listed[code] = _REMOVED
    return listed


@cache
def changing() -> re.Pattern[str]:
    """A character of the Basic Multilingual Plane that ``normalize`` changes or removes: a text of the plane
    without one is its own matching view. A ``re`` class of the plane is a bitmap looked up character by
    character, in about a ninth of what translating costs (the engine compiles it when built, so that its
    program is kept in the build cache)."""
    table = _matching_table()
    changed = sorted(
        code for code, to in table.items() if code < 0x10000 and (to != chr(code) or to == _REMOVED)
    )
    ranges: list[list[int]] = []
    for code in changed:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    spans = "".join(f"\\u{low:04x}" + (f"-\\u{high:04x}" if high > low else "") for low, high in ranges)
    return compile_re(f"[{spans}]")


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
    reordered: bool = False  # a line is in display order: ``origin`` is not increasing there

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the span ``[start, end)`` of the normalized text to the original text."""
        if self.origin is None:
            return start, end
        if start >= end:
            position = self.origin[start] if start < len(self.origin) else self.original_length
            return position, position
        if self.reordered:
            span = self.origin[start:end]
            return min(span), max(span) + 1
        return self.origin[start], self.origin[end - 1] + 1

    def to_matching(self, offset: int) -> int:
        """The first offset of ``text`` whose original offset is ``offset`` or after (for a text in display
        order, as if its offsets grew with the original's)."""
        return offset if self.origin is None else bisect_left(self.origin, offset)


def normalize(original: str) -> NormalizedText:
    """Build the matching view of ``original``."""
    if _BEYOND_BMP.search(original) is None:
        if changing().search(original) is None:  # what translating returns: the original, nothing removed
            return NormalizedText(original, None, len(original))
        folded = original.translate(_bmp_matching_table())
    else:
        folded = original.translate(_matching_table())
    if _REMOVED not in folded:  # the original itself when folding changed nothing: one copy less to hold
        return NormalizedText(original if folded == original else folded, None, len(original))
    if any(control in original for control in CONTROLS):
        return _in_display_order(original, folded)
    kept_pieces: list[str] = []
    origin: array[int] = array("l")
    position = 0
    while (removed := folded.find(_REMOVED, position)) >= 0:
        kept_pieces.append(folded[position:removed])
        origin.extend(range(position, removed))
        position = removed + 1
        while folded.startswith(_REMOVED, position):
            position += 1
    kept_pieces.append(folded[position:])
    origin.extend(range(position, len(folded)))
    return NormalizedText("".join(kept_pieces), origin, len(original))


def _in_display_order(original: str, folded: str) -> NormalizedText:
    """The matching view with each line that holds a bidi control in the order it is displayed."""
    origin: array[int] = array("l")
    line_start = 0
    while line_start <= len(original):
        line_end = original.find("\n", line_start)
        line_end = len(original) if line_end < 0 else line_end + 1
        line = original[line_start:line_end]
        order: Iterable[int] = range(line_start, line_end)
        if any(control in line for control in CONTROLS):
            order = [line_start + index for index in display_order(line)]
        origin.extend(index for index in order if folded[index] != _REMOVED)
        if line_end >= len(original):
            break
        line_start = line_end
    text = "".join(folded[index] for index in origin)
    return NormalizedText(text, origin, len(original), reordered=True)
