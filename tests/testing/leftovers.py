"""Looking for a value everywhere in a redacted file: every zip part, every spreadsheet cell, decoded,
and in the forms a reader would still recognise (full-width digits, digits spaced or hyphenated)."""

from __future__ import annotations

import html
import io
import unicodedata
import warnings
import zipfile
from pathlib import Path

import regex

_BETWEEN_DIGITS = regex.compile(r"(?<=[0-9A-Za-z])[\-‐-―·.]+(?=[0-9A-Za-z])")
_SPACE = regex.compile(r"\s+")
_TAG = regex.compile(r"<[^>]*>")
_INVISIBLE = regex.compile(r"\p{Cf}")
_CSS_ESCAPE = regex.compile(r"\\(?:([0-9A-Fa-f]{1,6})(?:\r\n|[ \t\n\r\f])?|(\r\n|[\n\r\f])|([\s\S]))")
_SYMBOL = regex.compile(r"<w:sym\b[^>]*?\bw:char=\"([0-9A-Fa-f]{1,6})\"[^>]*>")


def folded(text: str) -> str:
    """Full-width letters and digits as ASCII, spaces and invisible format characters (a soft hyphen, a
    zero-width space) removed, hyphens and dots between digits removed."""
    shown = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))
    return _BETWEEN_DIGITS.sub("", _SPACE.sub("", shown))


def readable_texts(path: Path) -> list[tuple[str, str]]:
    """(where, text) of everything in the file a reader could open: for a zip, each part decoded with its
    character references resolved, and for a workbook each cell's value as openpyxl reads it."""
    data = path.read_bytes()
    if not zipfile.is_zipfile(io.BytesIO(data)):
        for encoding in ("utf-8-sig", "utf-16", "gb18030"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            return _forms("file", text)
        raise AssertionError(f"{path} cannot be decoded")
    texts = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            texts += _forms(name, archive.read(name).decode("utf-8", "replace"))
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        with warnings.catch_warnings():  # openpyxl drops a picture it cannot open (an SVG), saying so
            warnings.simplefilter("ignore", UserWarning)
            workbook = load_workbook(io.BytesIO(data))
        for sheet in workbook.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    if cell.value is not None:
                        texts.append((f"{sheet.title}!{cell.coordinate}", str(cell.value)))
                    if cell.comment is not None:
                        texts.append((f"comment {sheet.title}!{cell.coordinate}", cell.comment.text))
    return texts


def _symbol(match: regex.Match[str]) -> str:
    code = int(match.group(1), 16)
    return chr(code - 0xF000 if 0xF020 <= code <= 0xF0FF else code)


def _css_character(match: regex.Match[str]) -> str:
    code, _, other = match.groups()
    if code is not None:
        number = int(code, 16)
        return chr(number) if 0 < number <= 0x10FFFF and not 0xD800 <= number <= 0xDFFF else "\ufffd"
    return other or ""  # an escaped line break continues the string


def _forms(where: str, text: str) -> list[tuple[str, str]]:
    """The text as stored, with character references resolved and Word's symbols (``w:sym``) written as
    their characters, and with tags left out too (a value split over runs or elements is then whole
    again), and with CSS escapes (``\\31 39``) resolved."""
    resolved = _SYMBOL.sub(_symbol, html.unescape(text))
    return [
        (where, text),
        (f"{where}, resolved", resolved),
        (f"{where}, text only", _TAG.sub("", resolved)),
        (f"{where}, CSS escapes resolved", _CSS_ESCAPE.sub(_css_character, resolved)),
    ]


def places_of(value: str, texts: list[tuple[str, str]]) -> list[str]:
    """Where ``value`` is still found, as written or folded."""
    wanted = folded(value)
    return [where for where, text in texts if value in text or (wanted and wanted in folded(text))]
