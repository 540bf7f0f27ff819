"""Spreadsheet formulas a viewer computes without a cached value: a concatenation of literals, as Excel
shows it (a workbook's formula cell, a CSV field that starts with ``=``)."""

from __future__ import annotations

import regex

_STRING = regex.compile(r'"((?:[^"]|"")*)"')
_NUMBER = r"[+-]?\d+(?:\.\d+)?"
_LITERAL = rf'(?:"(?:[^"]|"")*"|{_NUMBER})'
_CONCATENATION = regex.compile(rf"\s*{_LITERAL}(?:\s*&\s*{_LITERAL})*\s*")
_CONCAT_CALL = regex.compile(
    rf"\s*(?:CONCATENATE|CONCAT|_xlfn\.CONCAT)\(\s*({_LITERAL}(?:\s*,\s*{_LITERAL})*)\s*\)\s*", regex.I
)
_LITERAL_PIECE = regex.compile(rf'"((?:[^"]|"")*)"|({_NUMBER})')


def evaluated(formula: str) -> str | None:
    """What Excel shows for a formula that only joins literals (``"139"&"1234"``, CONCATENATE("a","b")),
    or None for any other formula."""
    call = _CONCAT_CALL.fullmatch(formula)
    if call is None and _CONCATENATION.fullmatch(formula) is None:
        return None
    source = call.group(1) if call is not None else formula
    return "".join(
        piece.group(1).replace('""', '"') if piece.group(1) is not None else piece.group(2)
        for piece in _LITERAL_PIECE.finditer(source)
    )


def string_literals(formula: str) -> list[str]:
    return [text.replace('""', '"') for text in _STRING.findall(formula)]
