"""A pattern without its look-arounds, as a probe of the windows where the pattern may match.

A pattern that starts with look-behinds (``(?<![0-9A-Za-z*.+]|\\d ?[.、/_—·•, \\-] ?)0\\d{2,3}…``) is tried
at every character of a text, and one that sees more than a character back, looks ahead past a line
break or holds a back-reference is run window by window under a timeout. Without its look-arounds of
the top level, and with each back-reference read as the group it repeats, it starts with a character
or a class, which ``regex`` finds fast, and when its matches take no line break it is searched once over
the windows joined by line breaks (match.py's ``_Joined``). The probe only asks less: every match of the
pattern is a match of the probe at the same place, and a window where the probe finds nothing is skipped.
"""

from __future__ import annotations

import re

import regex

from secreview.build_cache import compile_regex, remembered
from secreview.literals import joins_lines

_LOOK_AROUNDS = ("(?=", "(?!", "(?<=", "(?<!")
_QUANTIFIERS = "?*+{"
_NAMED = re.compile(r"\(\?P<(\w+)>")
_NUMBERED_REFERENCE = re.compile(r"\\[1-9]|\(\?P>|\(\?\d|\(\?&|\(\?R")


def _atom_end(source: str, index: int) -> int | None:
    """The index just past the atom at ``index``: an escape, a class, a group or a character."""
    length = len(source)
    character = source[index]
    if character == "\\":
        if source.startswith(("\\p{", "\\P{", "\\N{"), index):
            close = source.find("}", index)
            return None if close < 0 else close + 1
        return index + 2
    if character == "[":
        index += 1
        if index < length and source[index] == "^":
            index += 1
        if index < length and source[index] == "]":
            index += 1
        while index < length and source[index] != "]":
            if source[index] == "[":  # a nested set: not read
                return None
            index += 2 if source[index] == "\\" else 1
        return index + 1 if index < length else None
    if character == "(":
        depth = 0
        while index < length:
            end = _atom_end(source, index) if source[index] in "\\[" else index + 1
            if end is None:
                return None
            if source[index] == "(":
                depth += 1
            elif source[index] == ")":
                depth -= 1
                if depth == 0:
                    return index + 1
            index = end
        return None
    return index + 1


def _without_look_arounds(source: str) -> str | None:
    """``source`` without its look-arounds of the top level; None when one is repeated or holds a group
    that captures, or the source is not read."""
    kept: list[str] = []
    index = 0
    while index < len(source):
        end = _atom_end(source, index)
        if end is None:
            return None
        if source.startswith(_LOOK_AROUNDS, index):
            if end < len(source) and source[end] in _QUANTIFIERS:
                return None
            inner = source[index:end]
            if _NAMED.search(inner) or re.search(r"\((?!\?)", inner):
                return None
        else:
            kept.append(source[index:end])
        index = end
    return "".join(kept)


def probe_source(source: str) -> str | None:
    """The probe of a pattern's source: its look-arounds of the top level left out, each named
    back-reference ``(?P=name)`` read as ``(?:body)`` of its group; None when nothing is left out or it
    cannot be told."""
    if source.startswith("(?") and not source.startswith(_LOOK_AROUNDS) and not source.startswith("(?:"):
        return None  # global flags or a named group first: not read
    if _NUMBERED_REFERENCE.search(source):
        return None
    probe = _without_look_arounds(source)
    if probe is None or probe == source or not probe:
        return None
    for found in _NAMED.finditer(probe):
        end = _atom_end(probe, found.start())
        if end is None:
            return None
        body = probe[found.end() : end - 1]
        if "(?P" in body or re.search(r"\((?!\?)", body):
            return None
        probe = probe.replace(f"(?P={found.group(1)})", f"(?:{body})")
    return probe


def _probe_of(pattern: regex.Pattern[str]) -> str | None:
    source = probe_source(pattern.pattern)
    if source is None:
        return None
    try:
        probe = regex.compile(source, pattern.flags)
    except regex.error:
        return None
    return source if joins_lines(probe) else None


def stored_probe(pattern: regex.Pattern[str]) -> regex.Pattern[str] | None:
    """The probe of ``pattern``, when it joins lines (literals.joins_lines); told once and then kept in
    the build cache."""
    key = f"{int(pattern.flags)}\0{pattern.pattern}"
    source = remembered("probe without look-arounds", key, lambda: _probe_of(pattern))
    return None if source is None else compile_regex(str(source), pattern.flags)
