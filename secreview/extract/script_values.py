"""Text an inline script writes on the page or keeps in the page's source, with where each character stands.

A script (JavaScript) is read token by token, not run: its string literals and the text of its template
literals (what ``document.write``, ``innerHTML`` or an alert shows; data kept as arrays of records), its
comments (published with the page), number literals of six digits or more (a phone number kept as a
number) and runs of six digits or more inside names (``CODE``), each with its units as ``html_values``
makes them: an escape (``\\u5f20``, ``\\x41``, ``\\u{1F600}``) is one unit of the page that decodes to its
character. A ``/`` where an expression starts begins a regular
expression, whose quotes are not strings. A script of another type (an HTML template a script fills in)
is read as markup: the text between its tags.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from dataclasses import dataclass

import regex

Units = tuple[tuple[int, int, str], ...]

STRING = "string"
COMMENT = "comment"
NUMBER = "number"
TEMPLATE = "template"
CODE = "code"  # a long number in the code itself (a name, a selector): not a literal, cannot be rewritten
JOINED = "joined"  # string literals joined by ``+`` into a long number none of them holds alone
_JAVASCRIPT_TYPES = frozenset(
    {"", "module", "text/javascript", "application/javascript", "text/ecmascript", "application/ecmascript"}
    | {"application/x-javascript", "text/x-javascript", "text/jscript", "text/livescript", "text/babel"}
)
_ESCAPE = regex.compile(
    r"\\(?:u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})|u\{([0-9a-fA-F]{1,6})\}"
    r"|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(\r\n|[\s\S]))"
)
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}
_LINE_BREAKS = frozenset({"\n", "\r", "\u2028", "\u2029"})
_LONG_NUMBER = regex.compile(r"\d{6,}[Xx]?")
_IDENTIFIER = regex.compile(r"[\w$.]")
# After these (or at the start) a ``/`` starts a regular expression, not a division.
_BEFORE_EXPRESSION = frozenset("(,=:[!&|?{};+-*%<>~^")
_LINE_END = regex.compile(r"[\n\r\u2028\u2029]")
# What ends a string opened by each quote, or escapes the character after it.
_STRING_STOP = {quote: regex.compile(rf"[\\{quote}\n\r\u2028\u2029]") for quote in "\"'"}
_SPECIAL = regex.compile(r"[\"'`/\d]")
_MARKUP = regex.compile(r"<[^>]*>?|[^<]+")


@dataclass(frozen=True, slots=True)
class ScriptText:
    text: str
    units: Units
    kind: str  # STRING, COMMENT, NUMBER, TEMPLATE (the text of markup) or CODE


def is_javascript(script_type: str | None) -> bool:
    essence = (script_type or "").split(";", 1)[0].strip().lower()
    return essence in _JAVASCRIPT_TYPES


def script_texts(source: str, base: int, javascript: bool = True) -> list[ScriptText]:
    """The texts of a script ``source`` that starts at ``base`` in the page, in their order."""
    if not javascript:
        return [
            ScriptText(text.group(0), ((base + text.start(), base + text.end(), text.group(0)),), TEMPLATE)
            for text in _MARKUP.finditer(source)
            if not text.group(0).startswith("<") and text.group(0).strip()
        ]
    texts = list(_Tokens(source, base))
    return texts + _joined(texts, source, base)


_PLUS = regex.compile(r"\s*\+\s*")
_SPACED_NUMBER = regex.compile(r"\d(?:[\s\-]?\d){5,}")


def _joined(texts: list[ScriptText], source: str, base: int) -> list[ScriptText]:
    """Runs of string literals joined by ``+`` (``"139" + "8765" + "4321"``: what the script writes on the
    page) that hold a long number none of the literals holds alone."""
    found: list[ScriptText] = []
    run: list[ScriptText] = []
    for text in [*texts, None]:
        if text is not None and text.kind == STRING and text.units and run:
            between = source[run[-1].units[-1][1] - base + 1 : text.units[0][0] - base - 1]
            if _PLUS.fullmatch(between):
                run.append(text)
                continue
        if len(run) > 1:
            joined = "".join(piece.text for piece in run)
            alone = {number for piece in run for number in _SPACED_NUMBER.findall(piece.text)}
            if set(_SPACED_NUMBER.findall(joined)) - alone:
                found.append(ScriptText(joined, tuple(unit for piece in run for unit in piece.units), JOINED))
        run = [text] if text is not None and text.kind == STRING and text.units else []
    return found


class _Tokens:
    def __init__(self, source: str, base: int) -> None:
        self._source = source
        self._base = base

    def __iter__(self) -> Iterator[ScriptText]:
        source = self._source
        position, last = 0, ""
        while position < len(source):
            char = source[position]
            if char in "\"'":
                end = self._string_end(position, char)
                yield self._text(position + 1, end, STRING)
                position, last = end + 1, char
            elif char == "`":
                position = yield from self._template(position + 1)
                last = "`"
            elif source.startswith("//", position):
                line_end = _LINE_END.search(source, position)
                end = line_end.start() if line_end is not None else len(source)
                yield self._plain(position + 2, end)
                position = end
            elif source.startswith("/*", position):
                end = source.find("*/", position + 2)
                end = len(source) if end < 0 else end
                yield self._plain(position + 2, end)
                position = end + 2
            elif char == "/" and (not last or last in _BEFORE_EXPRESSION):
                position, last = self._regex_end(position), "/"
            elif char.isdigit() and not (position and _IDENTIFIER.match(source, position - 1)):
                number = _LONG_NUMBER.match(source, position)
                end = number.end() if number else position + 1
                if number:
                    units = ((self._base + position, self._base + end, number.group(0)),)
                    yield ScriptText(number.group(0), units, NUMBER)
                while end < len(source) and _IDENTIFIER.match(source, end):
                    end += 1
                position, last = end, "0"
            elif char.isdigit():  # inside a name (``zp13987654321``): a long run is read, as code
                number = _LONG_NUMBER.match(source, position)
                if number:
                    units = ((self._base + position, self._base + number.end(), number.group(0)),)
                    yield ScriptText(number.group(0), units, CODE)
                position = number.end() if number else position + 1
            else:
                # Nothing to read up to the next quote, slash or digit: skipped in one step.
                following = _SPECIAL.search(source, position + 1)
                stop = following.start() if following is not None else len(source)
                skipped = source[position:stop].rstrip()
                last = skipped[-1] if skipped else last
                position = stop

    def _string_end(self, start: int, quote: str) -> int:
        """The index of the closing quote (or of the line break that ends an unclosed string)."""
        stop, position = _STRING_STOP[quote], start + 1
        while (found := stop.search(self._source, position)) is not None:
            if found.group() != "\\":
                return found.start()
            position = found.start() + 2  # the escaped character is the string's
        return len(self._source)

    def _template(self, start: int) -> Generator[ScriptText, None, int]:
        """The text pieces of a template literal from ``start`` (after the backtick); returns the index
        after its closing backtick. ``${…}`` expressions are skipped, braces counted."""
        source = self._source
        position = piece = start
        while position < len(source):
            char = source[position]
            if char == "\\":
                position += 2
            elif char == "`":
                yield self._text(piece, position, STRING)
                return position + 1
            elif source.startswith("${", position):
                yield self._text(piece, position, STRING)
                depth, position = 1, position + 2
                while position < len(source) and depth:
                    depth += {"{": 1, "}": -1}.get(source[position], 0)
                    position += 1
                piece = position
            else:
                position += 1
        yield self._text(piece, len(source), STRING)
        return len(source)

    def _regex_end(self, start: int) -> int:
        position, in_class = start + 1, False
        while position < len(self._source):
            char = self._source[position]
            if char == "\\":
                position += 2
                continue
            if char in _LINE_BREAKS:
                return start + 1  # no regular expression: a division after all
            if char == "[":
                in_class = True
            elif char == "]":
                in_class = False
            elif char == "/" and not in_class:
                return position + 1
            position += 1
        return len(self._source)

    def _plain(self, start: int, end: int) -> ScriptText:
        text = self._source[start:end]
        return ScriptText(text, ((self._base + start, self._base + end, text),), COMMENT)

    def _text(self, start: int, end: int, kind: str) -> ScriptText:
        units = _units(self._source[start:end], self._base + start)
        return ScriptText("".join(unit[2] for unit in units), units, kind)


def _units(raw: str, base: int) -> Units:
    units: list[tuple[int, int, str]] = []
    position = 0
    for escape in _ESCAPE.finditer(raw):
        if escape.start() > position:
            units.append((base + position, base + escape.start(), raw[position : escape.start()]))
        high, low, braced, single, byte, other = escape.groups()
        if high is not None:
            decoded = chr(0x10000 + ((int(high, 16) - 0xD800) << 10) + (int(low, 16) - 0xDC00))
        elif braced is not None or single is not None or byte is not None:
            code = int(braced or single or byte, 16)
            decoded = "\ufffd" if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF else chr(code)
        elif other in _LINE_BREAKS or other == "\r\n":
            decoded = ""  # a line continuation
        else:
            decoded = _SIMPLE_ESCAPES.get(other, other)
        units.append((base + escape.start(), base + escape.end(), decoded))
        position = escape.end()
    if position < len(raw):
        units.append((base + position, base + len(raw), raw[position:]))
    return tuple(units)


# A style sheet: its strings (``content: "…"``, ``quotes``, counter symbols; CSS escapes decoded), its
# comments, and ``url(…)`` values written without quotes.
_CSS_PIECE = regex.compile(
    r"""/\*(?P<comment>.*?)(?:\*/|\Z)|(?P<quote>["'])(?P<string>(?:(?!(?P=quote))[^\\\n]|\\.)*)(?P=quote)"""
    r"""|\burl\(\s*(?P<url>[^"'()\s][^()\s]*)\s*\)""",
    regex.DOTALL | regex.IGNORECASE,
)
# A CSS escape: up to six hex digits and one white space that ends them, an escaped line break (the
# string goes on), or any other character as itself.
_CSS_ESCAPE = regex.compile(r"\\(?:([0-9A-Fa-f]{1,6})(?:\r\n|[ \t\n\r\f])?|(\r\n|[\n\r\f])|([\s\S]))")
_CSS_CONTENT = regex.compile(r"\bcontent\s*:\s*$")
_CSS_CODE_NUMBER = regex.compile(r"\d{7,}[Xx]?")
URL = "url"
CONTENT = "content"


def style_texts(style: str, base: int) -> list[ScriptText]:
    """The strings (kind ``CONTENT`` after ``content:``, else ``STRING``), comments and unquoted URLs of a
    style sheet ``style`` that starts at ``base`` in the page, and the runs of seven digits or more in the
    rest of it (selectors, names: ``CODE``; a colour's six are not read)."""
    found = []
    code_from = 0
    for piece in _CSS_PIECE.finditer(style):
        found += _css_code(style, code_from, piece.start(), base)
        code_from = piece.end()
        name = next(key for key in ("comment", "string", "url") if piece.group(key) is not None)
        text = piece.group(name)
        kind = {"comment": COMMENT, "url": URL}.get(name, STRING)
        if kind == STRING and _CSS_CONTENT.search(style, max(0, piece.start() - 64), piece.start()):
            kind = CONTENT
        start = base + piece.start(name)
        units = _css_units(text, start) if name == "string" else ((start, start + len(text), text),)
        found.append(ScriptText("".join(unit[2] for unit in units), units, kind))
    return found + _css_code(style, code_from, len(style), base)


def _css_units(raw: str, base: int) -> Units:
    """A CSS string's units: each escape (``\\31 ``, ``\\000031``) one unit of the page decoding to its
    character, as a browser shows it."""
    units: list[tuple[int, int, str]] = []
    position = 0
    for escape in _CSS_ESCAPE.finditer(raw):
        if escape.start() > position:
            units.append((base + position, base + escape.start(), raw[position : escape.start()]))
        code, _, other = escape.groups()
        if code is not None:
            number = int(code, 16)
            valid = 0 < number <= 0x10FFFF and not 0xD800 <= number <= 0xDFFF
            decoded = chr(number) if valid else "\ufffd"
        else:
            decoded = other or ""  # an escaped line break: the string goes on
        units.append((base + escape.start(), base + escape.end(), decoded))
        position = escape.end()
    if position < len(raw):
        units.append((base + position, base + len(raw), raw[position:]))
    return tuple(units)


def _css_code(style: str, start: int, end: int, base: int) -> list[ScriptText]:
    return [
        ScriptText(run.group(0), ((base + run.start(), base + run.end(), run.group(0)),), CODE)
        for run in _CSS_CODE_NUMBER.finditer(style, start, end)
    ]
