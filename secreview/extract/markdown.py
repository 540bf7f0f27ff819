"""Markdown (.md): the text as written, as for .txt, and then the lines a Markdown viewer shows otherwise in
a way that matters: where an HTML tag or comment, a character reference or emphasis inside a number joins
or writes digits (``139<b></b>8765&#52;321`` shows ``13987654321``), or a link's target is percent-encoded
(``tel:%31%33…``, which the status bar shows decoded), or a paragraph's line ends in digits the next line
continues (a viewer joins them with a space, or a hard break starts a line a reader reads on), or a table
row whose adjacent cells are pieces of one number (``| 139 | 8765 | 4321 |``: shown side by side, read
across; the row as tab-separated cells, the pieces joined by a space), the line as it is shown, after the
text, as ``rendered`` located ``line <n>``. A redacted copy cannot mask a value in such a line where it is
written: it is refused (``secreview.redact_markdown``).
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from urllib.parse import unquote

import regex

from secreview.extract.base import RENDERED, ExtractedText, Segment
from secreview.extract.txt import extract_txt

_COMMENT = regex.compile(r"<!--.*?-->", regex.DOTALL)
_TAG = regex.compile(r"</?[A-Za-z][^<>\n]*>")
_ESCAPE = regex.compile(r"\\([!-/:-@\[-`{-~])")
_EMPHASIS = regex.compile(r"(\*{1,3}|_{1,3}|~~|`)(?=\S)([^*_~`\n]*?\S)\1")
_REFERENCE = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Markup next to a digit, or a numeric character reference: only then can the shown line hold a number
# the written one does not.
_NEAR_DIGIT = regex.compile(r"\d[<&*_~`\\]|[>;*_~`]\d|&#|%3\d")
_LINK_TARGET = regex.compile(r"(\]\(|^\s*\[[^\]]+\]:\s*)([^()\s]*)")
_HELD = 0xF0000
_HELD_CHARACTER = regex.compile("[\U000f0021-\U000f007e]")
_FENCE = regex.compile(r"^\s{0,3}(?:```|~~~)")
_LAST_DIGITS = regex.compile(r"\d+$")
_FIRST_DIGITS = regex.compile(r"\d+")
_JOINED_DIGITS = 6
_HARD_BREAK = regex.compile(r"(?:\s{2,}|\\)$")
# A line that starts a block of its own (a heading, a list item, a table row, a rule, a fence, a quote's
# or a blank line): the line before it is not continued.
_BLOCK_START = regex.compile(r"^(?:\s*$|\s{0,3}(?:#|[-+*]\s|\d{1,9}[.)](?:\s|$)|\||```|~~~|[-*_]{3,}\s*$))")
_CONTINUATION = regex.compile(r"^[\s>]*")
# A table: its delimiter row (``|---|:-:|``) under the header row; a cell boundary is a ``|`` not escaped.
_DELIMITER_ROW = regex.compile(r"^\s{0,3}\|?\s*+:?-++:?\s*+(?:\|\s*+:?-++:?\s*+)*+\|?\s*+$")
_CELL_BOUNDARY = regex.compile(r"(?<!\\)\|")
# A cell that is a piece of a number: digits alone, at most eight (a whole phone or ID number in its cell
# is read as written; a date's pieces, ``110105 | 19900307``, are pieces).
_PIECE = regex.compile(r"^\d{1,8}[Xx]?$")
# Six digits or more, a hyphen, dot, space or invisible character allowed between two (``139\-8765\-4321``
# shows a phone number written with hyphens, ``139&shy;8765…`` one whole), or an e-mail address.
_LONG_NUMBER = regex.compile(
    r"\d(?:[\s\-‐-―.\u00ad\u200b-\u200d\u2060]?\d){5,}[\dXx]*|[\w.+-]+[@＠][\w-]+(?:\.[\w-]+)+"
)


def rendered(line: str) -> str:
    """A line as a Markdown viewer shows its text (links and images keep their brackets)."""
    shown = _TAG.sub("", _COMMENT.sub("", line))
    # An escaped character is no delimiter: held as a private-use character while emphasis is taken out.
    shown = _ESCAPE.sub(lambda match: chr(_HELD + ord(match.group(1))), shown)
    shown = _EMPHASIS.sub(lambda match: match.group(2), shown)
    shown = _HELD_CHARACTER.sub(lambda match: chr(ord(match.group(0)) - _HELD), shown)
    shown = _REFERENCE.sub(lambda match: html.unescape(match.group(0)), shown)
    # A link's target as the status bar shows it, percent-decoded.
    return _LINK_TARGET.sub(lambda match: f"{match.group(1)}{unquote(match.group(2))}", shown)


def _table_rows(lines: list[str]) -> Iterator[tuple[int, str]]:
    """(index, row as shown) of each table row whose adjacent cells are pieces of a number of six digits
    or more: a viewer shows the pieces side by side, a reader reads across (``139 8765 4321``)."""
    in_table = fenced = False
    for index, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
        if fenced or "|" not in line:
            in_table = False
            continue
        if index and _DELIMITER_ROW.match(line) and "|" in lines[index - 1]:
            in_table = True  # the rows below the header row
            continue
        header = index + 1 < len(lines) and _DELIMITER_ROW.match(lines[index + 1]) is not None
        if not in_table and not header:
            continue
        cells = [cell.strip() for cell in _CELL_BOUNDARY.split(line.strip().strip("|"))]
        shown: list[str] = []
        joined = False
        for cell, before in zip(cells, ["", *cells], strict=False):
            if shown and _PIECE.match(cell) and _PIECE.match(before):
                shown[-1] = f"{shown[-1]} {cell}"
                joined = joined or len(regex.sub(r"\D", "", shown[-1])) >= _JOINED_DIGITS
            else:
                shown.append(cell)
        if joined:
            yield index, "\t".join(shown)


def _shown_lines(lines: list[str]) -> Iterator[tuple[int, str]]:
    """(number, line as shown) of each line whose markup shows a long number the line does not write, and
    of each line of a paragraph whose digits run on into the next line's (six or more in all): a viewer
    joins them with a space (a soft break) or breaks the line (a hard break, two spaces or ``\\`` at its
    end), and a reader reads on."""
    rows = dict(_table_rows(lines))
    fenced = False
    for index, line in enumerate(lines):
        if index in rows:
            yield index + 1, rows[index]
        if _FENCE.match(line):
            fenced = not fenced
        if not fenced and _NEAR_DIGIT.search(line):
            shown = rendered(line)
            if shown != line and set(_LONG_NUMBER.findall(shown)) - set(_LONG_NUMBER.findall(line)):
                yield index + 1, shown
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if fenced or _BLOCK_START.match(following):
            continue
        ending = _LAST_DIGITS.search(_HARD_BREAK.sub("", line))
        continuation = _CONTINUATION.sub("", following, count=1)
        starting = _FIRST_DIGITS.match(continuation)
        if ending and starting and len(ending.group(0) + starting.group(0)) >= _JOINED_DIGITS:
            yield index + 1, rendered(f"{_HARD_BREAK.sub('', line)} {continuation}")


def extract_markdown(data: bytes) -> ExtractedText:
    written = extract_txt(data)
    text = written.text
    added: list[str] = []
    segments = list(written.segments)
    position = len(text) + (0 if text.endswith("\n") or not text else 1)
    for number, shown in _shown_lines(text.splitlines()):
        segments.append(Segment(position, position + len(shown), RENDERED, f"line {number}"))
        added.append(shown)
        position += len(shown) + 1
    if not added:
        return written
    joined = text + ("" if text.endswith("\n") or not text else "\n") + "\n".join(added) + "\n"
    return ExtractedText(joined, segments, written.encoding, written.unchecked)
