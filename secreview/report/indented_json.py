"""``json.dumps(value, ensure_ascii=False, indent=2)``, the same text, written without the standard library's
pure-Python encoder (the one it takes whenever an indent is asked for): a SARIF log of a list of names has
tens of thousands of results, and that encoder spent three times as long on them as the rest of the log."""

from __future__ import annotations

from json.encoder import encode_basestring
from typing import Any

_INDENT = "  "
_CONSTANTS = {None: "null", True: "true", False: "false"}
_FLOATS = {float("inf"): "Infinity", float("-inf"): "-Infinity"}
# A key's text and the colon after it, by the key: a log repeats a few dozen keys tens of thousands of times.
_HEADS: dict[str, str] = {}
_HEADS_HELD = 4096


def dumps(value: Any) -> str:
    """The text of ``json.dumps(value, ensure_ascii=False, indent=2)`` for a tree of dicts, lists,
    tuples, strings, numbers, booleans and None."""
    pieces: list[str] = []
    _encode(value, "\n", pieces)
    return "".join(pieces)


def _scalar(value: Any) -> str | None:
    """A leaf's text in the order json's encoder tells them, or None for a container (or anything else)."""
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None or value is True or value is False:
        return _CONSTANTS[value]
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        if value != value:
            return "NaN"
        return _FLOATS.get(value) or float.__repr__(value)
    return None


def _key(key: Any) -> str:
    if isinstance(key, str):
        return encode_basestring(key)
    if isinstance(key, float) or key is None or key is True or key is False or isinstance(key, int):
        text = _scalar(key)
        assert text is not None
        return encode_basestring(text)
    raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")


def _encode(value: Any, newline: str, pieces: list[str]) -> None:
    """Append the text of ``value``, whose line is indented as ``newline`` (a line break, spaces) says."""
    kind = type(value)
    if kind is str:
        pieces.append(encode_basestring(value))
    elif kind is dict:
        _encode_dict(value, newline, pieces)
    elif kind is list:
        _encode_list(value, newline, pieces)
    elif kind is int:
        pieces.append(int.__repr__(value))
    else:
        text = _scalar(value)
        if text is not None:
            pieces.append(text)
        elif isinstance(value, (list, tuple)):
            _encode_list(value, newline, pieces)
        elif isinstance(value, dict):
            _encode_dict(value, newline, pieces)
        else:
            raise TypeError(f"Object of type {value.__class__.__name__} is not JSON serializable")


def _encode_list(value: list[Any] | tuple[Any, ...], newline: str, pieces: list[str]) -> None:
    if not value:
        pieces.append("[]")
        return
    inner = newline + _INDENT
    separator = "[" + inner
    for item in value:
        pieces.append(separator)
        separator = "," + inner
        if type(item) is str:
            pieces.append(encode_basestring(item))
        else:
            _encode(item, inner, pieces)
    pieces.append(newline + "]")


def _encode_dict(value: dict[Any, Any], newline: str, pieces: list[str]) -> None:
    if not value:
        pieces.append("{}")
        return
    inner = newline + _INDENT
    separator = "{" + inner
    for key, item in value.items():
        head = _HEADS.get(key) if type(key) is str else None
        if head is None:
            head = (encode_basestring(key) if type(key) is str else _key(key)) + ": "
            if type(key) is str and len(_HEADS) < _HEADS_HELD:
                _HEADS[key] = head
        pieces.append(separator + head)
        separator = "," + inner
        kind = type(item)
        if kind is str:
            pieces.append(encode_basestring(item))
        elif kind is int:
            pieces.append(int.__repr__(item))
        else:
            _encode(item, inner, pieces)
    pieces.append(newline + "}")
