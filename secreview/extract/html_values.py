"""Values an HTML page keeps in a form other than text, decoded with where each character stands in the page.

JSON data (``<script type="application/json">``, ``application/ld+json`` …): the string and number
values a page renders, each with the key it stands under; an escape (``\\u5f20``, a surrogate pair, ``\\n``)
is one unit of the page that decodes to its character, so a finding covers the escape as written.
Link targets (``tel:``, ``mailto:``, ``sms:``): the part after the scheme, percent-decoded, a ``%XX`` run
of one UTF-8 character being one unit. ``data:`` URLs of text (an SVG, a page, plain text): their content,
percent-decoded, or base64-decoded as one unit.
"""

from __future__ import annotations

import base64
import html
from dataclasses import dataclass
from urllib.parse import unquote_to_bytes

import regex

from secreview.extract.base import LINK_SCHEMES

Units = tuple[tuple[int, int, str], ...]  # as htmlfile.HtmlSource: stretches of the page and their text

_JSON_TYPES = frozenset({"application/json", "text/json", "application/ld+json"})
_JSON_TOKEN = regex.compile(r'"((?:[^"\\\n]|\\.)*)"|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)')
_AFTER_KEY = regex.compile(r"\s*:")
_JSON_ESCAPE = regex.compile(
    r"\\(?:u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|(.))"
)
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "/": "/", "\\": "\\", '"': '"'}
_PERCENT_RUN = regex.compile(r"(?:%[0-9a-fA-F]{2})+")
_CHARACTER_REFERENCE = regex.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")


@dataclass(frozen=True, slots=True)
class JsonValue:
    text: str
    units: Units
    key: str | None  # the key of the object member it is the value of
    column: int  # 1-based: the keys of the data in the order they first come
    row: int  # 1-based: a key met again starts the next record
    number: bool = False  # a JSON number, not a string


def is_json_script(script_type: str | None) -> bool:
    essence = (script_type or "").split(";", 1)[0].strip().lower()
    return essence in _JSON_TYPES or essence.endswith("+json")


def json_values(content: str, base: int) -> list[JsonValue]:
    """The string and number values of JSON ``content`` (keys left out), which starts at ``base`` in the
    page. Read token by token, so that a value is found even in data that is not valid JSON."""
    values: list[JsonValue] = []
    key: str | None = None
    columns: dict[str | None, int] = {}
    row, in_row = 1, set[str]()
    for token in _JSON_TOKEN.finditer(content):
        string, number = token.group(1), token.group(2)
        units: Units
        if number is not None:
            if token.start() and (content[token.start() - 1].isalnum() or content[token.start() - 1] == "."):
                continue
            units = ((base + token.start(), base + token.end(), number),)
            column = columns.setdefault(key, len(columns) + 1)
            values.append(JsonValue(number, units, key, column, row, number=True))
            continue
        units = _json_units(string, base + token.start(1))
        text = "".join(unit[2] for unit in units)
        if _AFTER_KEY.match(content, token.end()):
            key = text
            if key in in_row:
                row, in_row = row + 1, set()
            in_row.add(key)
            continue
        if text.strip():
            values.append(JsonValue(text, units, key, columns.setdefault(key, len(columns) + 1), row))
    return values


def _json_units(raw: str, base: int) -> Units:
    units: list[tuple[int, int, str]] = []
    position = 0
    for escape in _JSON_ESCAPE.finditer(raw):
        if escape.start() > position:
            units.append((base + position, base + escape.start(), raw[position : escape.start()]))
        high, low, single, simple = escape.groups()
        if high is not None:
            code = 0x10000 + ((int(high, 16) - 0xD800) << 10) + (int(low, 16) - 0xDC00)
            decoded = chr(code)
        elif single is not None:
            code = int(single, 16)
            decoded = "\ufffd" if 0xD800 <= code <= 0xDFFF else chr(code)  # a lone surrogate: no character
        else:
            decoded = _SIMPLE_ESCAPES.get(simple, simple)
        units.append((base + escape.start(), base + escape.end(), decoded))
        position = escape.end()
    if position < len(raw):
        units.append((base + position, base + len(raw), raw[position:]))
    return tuple(units)


_DATA_URL = regex.compile(r"\s*data:([^,;]*)((?:;[^,;]*)*),", regex.IGNORECASE)
# Media types a data: URL shows as text (an SVG's text, a page in a frame, a text file a link opens).
_TEXT_MEDIA = ("text/", "image/svg+xml", "application/json", "application/ld+json", "application/xml")
_TEXT_MEDIA_EXACT = frozenset({"", "application/xhtml+xml"})
MAX_DATA_URL_CHARACTERS = 4_000_000


def data_url_units(page: str, start: int, end: int) -> tuple[Units, str] | None:
    """The units of the content of the ``data:`` URL whose raw value is ``page[start:end]``, and how it
    is written (``url``: percent-encoded; ``base64``: one unit, the whole content), when it is text; else
    None."""
    header = _DATA_URL.match(page, start, end)
    if header is None:
        return None
    media = header.group(1).strip().lower()
    if media not in _TEXT_MEDIA_EXACT and not media.startswith(_TEXT_MEDIA):
        return None
    begin = header.end()
    if end - begin > MAX_DATA_URL_CHARACTERS:
        return None
    if ";base64" not in header.group(2).lower():
        return tuple(_percent_units(page, begin, end, references=True)), "url"
    try:
        content = base64.b64decode(html.unescape(page[begin:end]).strip(), validate=False)
    except ValueError:
        return None
    return ((begin, end, content.decode("utf-8", "replace")),), "base64"


def link_scheme(href: str | None) -> str | None:
    """``tel:``, ``mailto:`` or ``sms:`` when ``href`` (as the parser gives it) is such a link."""
    lowered = (href or "").strip().lower()
    return next((scheme for scheme in LINK_SCHEMES if lowered.startswith(scheme)), None)


def link_target(href: str) -> str:
    """The target of a link after its scheme, percent-decoded (``href`` as the parser gives it)."""
    return "".join(unit[2] for unit in _target(_percent_units(href, 0, len(href))))


def url_text(url: str) -> str:
    """A URL (as the parser gives it) percent-decoded."""
    return "".join(unit[2] for unit in _percent_units(url, 0, len(url)))


def url_units(page: str, start: int, end: int) -> Units:
    """The units of the URL whose raw value is ``page[start:end]``, as ``link_units`` makes them."""
    return tuple(_percent_units(page, start, end, references=True))


def link_units(page: str, start: int, end: int) -> Units:
    """The units of the target of the link whose raw ``href`` value is ``page[start:end]``: character
    references and percent-encoded characters each one unit."""
    return _target(_percent_units(page, start, end, references=True))


def _target(units: list[tuple[int, int, str]]) -> Units:
    """The units after the scheme, without the spaces around."""
    decoded = "".join(unit[2] for unit in units)
    skip = len(decoded) - len(decoded.lstrip()) + len(link_scheme(decoded) or "")
    kept: list[tuple[int, int, str]] = []
    for unit in units:
        if skip >= len(unit[2]):
            skip -= len(unit[2])
            continue
        if skip:
            raise ValueError("a character reference spans the scheme of a link")
        kept.append(unit)
    while kept and not kept[-1][2].strip():
        kept.pop()
    return tuple(kept)


def _percent_units(
    text: str, start: int, end: int, *, references: bool = False
) -> list[tuple[int, int, str]]:
    """Units of ``text[start:end]``, one per character (a percent-encoded run that is not UTF-8 stays as
    written); with ``references``, character references are decoded first."""
    units: list[tuple[int, int, str]] = []
    position = start
    while position < end:
        char = text[position]
        if references and char == "&":
            reference = _CHARACTER_REFERENCE.match(text, position, end)
            if reference is not None and html.unescape(reference.group(0)) != reference.group(0):
                units.append((position, reference.end(), html.unescape(reference.group(0))))
                position = reference.end()
                continue
        if char == "%":
            run = _PERCENT_RUN.match(text, position, end)
            if run is not None:
                units += _decoded_run(run.group(0), position)
                position = run.end()
                continue
        units.append((position, position + 1, char))
        position += 1
    return units


def _decoded_run(run: str, start: int) -> list[tuple[int, int, str]]:
    """A run of ``%XX`` as characters: each UTF-8 sequence one unit of its three-character groups."""
    data = unquote_to_bytes(run)
    units: list[tuple[int, int, str]] = []
    index = 0
    while index < len(data):
        for length in (1, 2, 3, 4):
            try:
                char = data[index : index + length].decode("utf-8")
            except UnicodeDecodeError:
                continue
            break
        else:
            char, length = run[index * 3 : index * 3 + 3], 1
        units.append((start + index * 3, start + (index + length) * 3, char))
        index += length
    return units
