"""Fast scans for where an exact `regex` pattern may match, with the standard library's ``re``.

``re`` steps through a long text several times faster than ``regex``, but its ``\\d`` and its Unicode data
are not ``regex``'s. So a scan here is a superset: it finds every place the exact pattern can match (and
some more), and the recognizers then try the exact ``regex`` pattern only at those places. The classes
below are wider than their ``regex`` counterparts (tests/unit/test_recognizer_speed_prescan.py checks this
over every code point), and ``re``'s ``\\s`` is ``regex``'s plus U+001C–U+001F.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate
from typing import overload

import regex

# Every character that is \p{Han} for `regex` (and a few more around them).
HAN_OR_MORE = (
    "[\u2e80-\u2fff\u3005-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\U00016fe0-\U00016fff\U00020000-\U0003ffff]"
)
# Every character that is \d for `regex`: re's \d, and any character outside the Basic Multilingual Plane.
DIGIT_OR_MORE = r"[\d\U00010000-\U0010ffff]"


_Trie = dict[str, "_Trie"]  # a character, then the rest of the words; "" ends a word


def alternation(words: Iterable[str]) -> str:
    """A pattern for any of ``words`` written as a trie (申请人|申报 → 申(?:请人|报)), which ``re`` tries
    faster than a flat list; at each position it matches the longest word there, as a flat list of the
    words from longest to shortest does."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(trie)


def _branches(node: _Trie) -> str:
    ends = "" in node
    branches = [re.escape(char) + _branches(rest) for char, rest in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not ends else f"(?:{'|'.join(branches)})"
    return body + "?" if ends else body


class Words:
    """Where any of a set of literal words starts in a text, overlapping occurrences included.

    Without ``anchors``, one scan for the words themselves. With ``anchors``, a string of characters that
    holds a character of every word (pick rare ones), a scan for those characters only, and each word
    that holds the character found is then compared at its place."""

    def __init__(self, words: Iterable[str], anchors: str = "") -> None:
        self.words = tuple(sorted(set(words), key=len, reverse=True))
        self._placed: dict[str, list[tuple[str, int]]] = {}
        for word in self.words if anchors else ():
            offset = next((i for i, char in enumerate(word) if char in anchors), None)
            if offset is None:
                raise ValueError(f"{word} holds none of the anchor characters {anchors}")
            self._placed.setdefault(word[offset], []).append((word, offset))
        scanned = f"[{re.escape(''.join(self._placed))}]" if anchors else alternation(self.words)
        self._pattern = re.compile(scanned)

    def search(self, text: str) -> bool:
        return bool(self.starts(text)) if self._placed else self._pattern.search(text) is not None

    def starts(self, text: str) -> list[int]:
        """Every position where a word starts, in order."""
        return self._anchored_starts(text) if self._placed else self._scanned_starts(text)

    def _scanned_starts(self, text: str) -> list[int]:
        """A scan finds the leftmost occurrences without overlap; the positions inside each one are then
        tried for words that begin there."""
        found: list[int] = []
        startswith = text.startswith
        words = self.words
        for match in self._pattern.finditer(text):
            start, end = match.span()
            found.append(start)
            found.extend(inner for inner in range(start + 1, end) if startswith(words, inner))
        return found

    def _anchored_starts(self, text: str) -> list[int]:
        found: set[int] = set()
        startswith = text.startswith
        placed = self._placed
        for anchor in self._pattern.finditer(text):
            position = anchor.start()
            for word, offset in placed[anchor.group()]:
                if position >= offset and startswith(word, position - offset):
                    found.add(position - offset)
        return sorted(found)


class WordSets:
    """One scan for several sets of words: where a word of each set starts."""

    def __init__(self, sets: dict[str, Iterable[str]], anchors: str = "") -> None:
        self._sets = {name: tuple(words) for name, words in sets.items()}
        self._all = Words((word for words in self._sets.values() for word in words), anchors)

    def starts(self, text: str) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {name: [] for name in self._sets}
        for start in self._all.starts(text):
            for name, words in self._sets.items():
                if text.startswith(words, start):
                    found[name].append(start)
        return found


# Up to this many characters, a text is split into its lines whole (in C); a longer text (a list of names)
# is searched for its line breaks one by one and a line cut when read, so that its lines are never all
# held at once.
SPLIT_AT_ONCE = 1 << 16


def _found_line_starts(text: str) -> list[int]:
    """``lines.line_starts(text)`` without splitting the text."""
    starts = [0]
    find = text.find
    position = find("\n")
    while position >= 0:
        starts.append(position + 1)
        position = find("\n", position + 1)
    return starts


class LineTexts(Sequence[str]):
    """The lines of a text (split at ``\\n``), each cut from the text when asked for: a list of names holds
    tens of thousands, which a list of their texts would hold all at once (100 bytes per finding)."""

    __slots__ = ("_starts", "_text")

    def __init__(self, text: str, starts: list[int]) -> None:
        self._text = text
        self._starts = starts

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, number: int) -> str: ...

    @overload
    def __getitem__(self, number: slice) -> list[str]: ...

    def __getitem__(self, number: int | slice) -> str | list[str]:
        if isinstance(number, slice):
            return [self[index] for index in range(*number.indices(len(self)))]
        starts = self._starts
        if number < 0:
            number += len(starts)
        start = starts[number]  # an IndexError ends iteration, as a list's does
        return self._text[start : starts[number + 1] - 1 if number + 1 < len(starts) else len(self._text)]


class LineIndex:
    """Starts of the lines of a text (split at ``\\n``), their texts, and the line that holds a position."""

    def __init__(self, text: str) -> None:
        self.texts: Sequence[str]
        if len(text) <= SPLIT_AT_ONCE:
            self.texts = text.split("\n")
            self.starts = [0, *accumulate(map((1).__add__, map(len, self.texts[:-1])))]
        else:
            self.starts = _found_line_starts(text)
            self.texts = LineTexts(text, self.starts)

    def __len__(self) -> int:
        return len(self.starts)

    def of(self, position: int) -> int:
        return bisect_right(self.starts, position) - 1

    def holding(self, positions: Iterable[int]) -> list[int]:
        """The numbers of the lines that hold any of ``positions``, in order, each once."""
        return sorted({self.of(position) for position in positions})


def matches_at(pattern: regex.Pattern[str], text: str, candidates: Iterable[int]) -> list[regex.Match[str]]:
    """``list(pattern.finditer(text))``, given every position where ``pattern`` can match (and perhaps
    more): it is tried there only, in order, from the end of the match before, as finditer does."""
    found: list[regex.Match[str]] = []
    position = 0
    for start in sorted(set(candidates)):
        if start < position:
            continue
        match = pattern.match(text, start)
        if match is not None:
            found.append(match)
            position = match.end()
    return found
