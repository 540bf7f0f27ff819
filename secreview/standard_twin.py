"""The standard library's twin of a ``regex`` pattern: the same pattern compiled by ``re``, for the patterns
whose every construct means the same in both engines on a text of the Basic Multilingual Plane.

``re`` scans a long text two to three times as fast as ``regex`` (a 公示 list holds a run of digits on every
line, so its identifier patterns run over the whole text). Both are backtracking engines that try the
alternatives and repeats of a pattern in the same order and search on from the end of a non-empty match,
so where each construct matches the same characters they find the same matches. A pattern has a twin only
when it is made of such constructs alone:

- literal characters, classes of literal characters and ranges, ``.``, ``^``, ``$``, groups ``(?:``,
  ``(?P<name>``, atomic ``(?>``, look-arounds (``re`` refuses a look-behind of varying width: no twin),
  repeats (greedy, lazy, possessive) and alternation;
- ``\\d``: both engines' decimal digits agree on the Basic Multilingual Plane (they differ beyond it,
  where their Unicode versions differ, so a text holding such a character is searched with ``regex``);
- ``\\s`` outside a class, written ``[^\\S\\x1c-\\x1f]`` for ``re`` (``re`` counts the four information
  separators as white space, ``regex`` does not);
- escaped punctuation and ``\\n``, ``\\t``.

Anything else (inline flags, ``\\w``, ``\\b``, Unicode properties, nested sets, a flag but the default)
gives no twin. A twin's run that meets an empty match is redone with ``regex`` (the engines may search on
differently after one).
"""

from __future__ import annotations

import re
import warnings

import regex

from secreview.build_cache import compile_re

_DEFAULT_FLAGS = int(regex.compile("").flags)
_PUNCTUATION = frozenset("-.*+?$^()[]{}|\\/")
_GROUP_OPENINGS = ("(?:", "(?=", "(?!", "(?<=", "(?<!", "(?P<", "(?>")
# What ``regex``'s \s is on the plane, as a class ``re`` reads alike.
_SPACE = r"[^\S\x1c-\x1f]"

_twins: dict[tuple[str, int], re.Pattern[str] | None] = {}


def standard_twin(pattern: regex.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` compiled by ``re`` when it finds the same matches there in any text without a character
    beyond the Basic Multilingual Plane, else None."""
    key = (pattern.pattern, int(pattern.flags))
    if key not in _twins:
        _twins[key] = _twin(*key)
    return _twins[key]


def _twin(source: str, flags: int) -> re.Pattern[str] | None:
    if flags != _DEFAULT_FLAGS:
        return None
    translated = _translated(source)
    if translated is None:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a FutureWarning (a set that may nest, refused above too) is no twin
        try:
            return compile_re(translated)
        except (re.error, Warning):
            return None


def _translated(source: str) -> str | None:
    """``source`` in ``re``'s spelling, or None when a construct may mean something else there."""
    out: list[str] = []
    in_class = False
    index, length = 0, len(source)
    while index < length:
        char = source[index]
        if char == "\\":
            if index + 1 >= length:
                return None
            escaped = source[index + 1]
            if escaped == "s" and not in_class:
                out.append(_SPACE)
            elif escaped in "dnt" or escaped in _PUNCTUATION:
                out.append(source[index : index + 2])
            else:
                return None
            index += 2
            continue
        if in_class:
            if char == "[" or source.startswith(("&&", "--", "||", "~~"), index):
                return None  # a set operation or a nested set in some versions of either engine
            if char == "]":
                in_class = False
        elif char == "[":
            in_class = True
            out.append(char)
            index += 1
            if source.startswith("^", index):
                out.append("^")
                index += 1
            if source.startswith("]", index):  # a ] first in a class: left to regex
                return None
            continue
        elif source.startswith("(?", index) and not source.startswith(_GROUP_OPENINGS, index):
            return None
        out.append(char)
        index += 1
    return None if in_class else "".join(out)
