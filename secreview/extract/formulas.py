"""Spreadsheet formulas a viewer computes without a cached value: text built of literals, as Excel shows it
(a workbook's formula cell, a CSV field that starts with ``=``): literals joined with ``&``, CONCATENATE,
CONCAT, characters by their code (CHAR, UNICHAR), TEXT with a format that shows the value as it is, T, and
parentheses, nested."""

from __future__ import annotations

import regex

_STRING = regex.compile(r'"((?:[^"]|"")*)"')
_TOKEN = regex.compile(
    r'\s*(?:"((?:[^"]|"")*)"|([+-]?\d+(?:\.\d+)?)|((?:_xlfn\.)?[A-Za-z]+)\s*\(|([&,()]))', regex.IGNORECASE
)
_JOINING = frozenset({"CONCATENATE", "CONCAT"})
# TEXT formats that show a number or text as written.
_PLAIN_FORMATS = frozenset({"0", "@", "", "General", "G/通用格式"})
_MAX_DEPTH = 32
_ASCII = 128


class _NotLiteral(Exception):
    """The formula computes something other than text from literals."""


def evaluated(formula: str) -> str | None:
    """What Excel shows for a formula that only builds text from literals (``"139"&"1234"``,
    ``CONCAT(CHAR(49),"39")``), or None for any other formula."""
    tokens = _tokens(formula)
    if tokens is None:
        return None
    try:
        value, position = _expression(tokens, 0, 0)
    except _NotLiteral:
        return None
    return value if position == len(tokens) else None


def _tokens(formula: str) -> list[tuple[str, str]] | None:
    """(kind, text) of each token: ``s`` a string, ``n`` a number, ``f`` a function's name and its opening
    parenthesis, ``p`` punctuation; None when something else is written."""
    tokens: list[tuple[str, str]] = []
    position = 0
    while position < len(formula):
        match = _TOKEN.match(formula, position)
        if match is None:
            return None if formula[position:].strip() else tokens
        string, number, function, punctuation = match.groups()
        if string is not None:
            tokens.append(("s", string.replace('""', '"')))
        elif number is not None:
            tokens.append(("n", number))
        elif function is not None:
            tokens.append(("f", function.upper().removeprefix("_XLFN.")))
        else:
            tokens.append(("p", punctuation))
        position = match.end()
    return tokens


def _expression(tokens: list[tuple[str, str]], position: int, depth: int) -> tuple[str, int]:
    """The text of the terms joined with ``&`` from ``position``, and the position after them."""
    value, position = _term(tokens, position, depth)
    while position < len(tokens) and tokens[position] == ("p", "&"):
        more, position = _term(tokens, position + 1, depth)
        value += more
    return value, position


def _term(tokens: list[tuple[str, str]], position: int, depth: int) -> tuple[str, int]:
    if position >= len(tokens) or depth > _MAX_DEPTH:
        raise _NotLiteral
    kind, text = tokens[position]
    if kind in ("s", "n"):
        return text, position + 1
    if (kind, text) == ("p", "("):
        value, position = _expression(tokens, position + 1, depth + 1)
        return value, _closing(tokens, position)
    if kind != "f":
        raise _NotLiteral
    arguments: list[tuple[str, str]] = []  # (kind of the first token, value)
    position += 1
    while position < len(tokens) and tokens[position] != ("p", ")"):
        first = tokens[position][0]
        value, position = _expression(tokens, position, depth + 1)
        arguments.append((first, value))
        if position < len(tokens) and tokens[position] == ("p", ","):
            position += 1
    return _called(text, arguments), _closing(tokens, position)


def _closing(tokens: list[tuple[str, str]], position: int) -> int:
    if position >= len(tokens) or tokens[position] != ("p", ")"):
        raise _NotLiteral
    return position + 1


def _called(function: str, arguments: list[tuple[str, str]]) -> str:
    values = [value for _, value in arguments]
    if function == "T" and len(arguments) == 1:
        return "" if arguments[0][0] == "n" else values[0]  # T shows text only
    if function in _JOINING:
        return "".join(values)
    if function in ("CHAR", "UNICHAR") and len(values) == 1 and values[0].isdigit():
        code = int(values[0])
        # CHAR beyond ASCII depends on the system's code page: not guessed.
        if 0 < code < (_ASCII if function == "CHAR" else 0x110000):
            return chr(code)
    plain = len(values) == 2 and values[1] in _PLAIN_FORMATS
    if function == "TEXT" and plain and (values[1] != "0" or values[0].isdigit()):  # "0" rounds a fraction
        return values[0]
    raise _NotLiteral


def string_literals(formula: str) -> list[str]:
    return [text.replace('""', '"') for text in _STRING.findall(formula)]
