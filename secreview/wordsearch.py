"""All occurrences of many words in one pass, behind one interface.

pyahocorasick is the default. Its nodes look up their children one by one, so its cost grows with the
number of words: about 14 ms per MB of text with the 132 trigger words of the shipped packs, 0.9 s with
ten thousand words. When the optional ahocorasick-rs is installed (``pip install 'secreview[fast]'``),
every word search uses it instead: 5 ms per MB with the trigger words, about 10 ms with ten thousand.
Both report the same hits in the same order (by end, the longest first), so results never depend on which
ran. ``SECREVIEW_WORD_SEARCH=pyahocorasick`` or ``=ahocorasick-rs`` forces one.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from operator import itemgetter
from typing import Any, Generic, TypeVar

import ahocorasick

V = TypeVar("V")
# ahocorasick-rs works on a UTF-8 copy with an index per byte: searching a long text in slices keeps its
# memory to a few times the slice (a 10 MB text at once cost 70 MB more than pyahocorasick).
RUST_SLICE = 1 << 18
BACKEND_VARIABLE = "SECREVIEW_WORD_SEARCH"
PYAHOCORASICK = "pyahocorasick"
RUST = "ahocorasick-rs"


def _rust_module() -> Any | None:
    try:
        import ahocorasick_rs
    except ImportError:
        return None
    return ahocorasick_rs


def choose_backend() -> str:
    """The backend forced by the environment, else ahocorasick-rs when installed, else pyahocorasick."""
    if os.environ.get(BACKEND_VARIABLE, "").strip() == PYAHOCORASICK or _rust_module() is None:
        return PYAHOCORASICK
    return RUST


class WordSearch(Generic[V]):
    """Every occurrence of the given words, each with the value the word was given."""

    def __init__(self, words: Mapping[str, V], backend: str | None = None) -> None:
        self._words = [word for word in words if word]
        self._values = [words[word] for word in self._words]
        self.backend = backend or choose_backend()
        if self.backend == RUST:
            rust = _rust_module()
            if rust is None:
                raise ImportError("ahocorasick-rs is not installed")
            self._rust = rust.AhoCorasick(self._words, matchkind=rust.MatchKind.Standard)
            self._overlap = max(map(len, self._words), default=1) - 1
        else:
            automaton = ahocorasick.Automaton()
            for number, word in enumerate(self._words):
                automaton.add_word(word, (len(word), number))
            automaton.make_automaton()
            self._automaton = automaton

    def __len__(self) -> int:
        return len(self._words)

    @property
    def words(self) -> dict[str, V]:
        return dict(zip(self._words, self._values, strict=True))

    def hits(self, text: str) -> Iterator[tuple[int, int, V]]:
        """``(start, end, value)`` of every occurrence, overlapping ones included, by end, longest first."""
        values = self._values
        if self.backend == RUST:
            for number, start, end in self._rust_hits(text):
                yield start, end, values[number]
            return
        for end_inclusive, (length, number) in self._automaton.iter(text):
            yield end_inclusive - length + 1, end_inclusive + 1, values[number]

    def starts(self, text: str) -> list[tuple[int, int, int]]:
        """``(word number, start, end)`` of every occurrence, in no particular order, for a caller that needs
        neither the order nor the values (the numbers index the words in the order they were given)."""
        if self.backend == RUST:
            if len(text) <= RUST_SLICE:
                found: list[tuple[int, int, int]] = self._rust.find_matches_as_indexes(text, overlapping=True)
                return found
            return self._rust_hits(text)
        return [(number, end - length + 1, end + 1) for end, (length, number) in self._automaton.iter(text)]

    def found(self, text: str) -> set[V]:
        """The values of the words that occur in ``text``, each once."""
        values = self._values
        if (
            self.backend == RUST and len(text) > RUST_SLICE
        ):  # slices and their overlaps, neither kept nor sorted
            numbers: set[int] = set()
            for left in range(0, len(text), RUST_SLICE):
                piece = text[left : left + RUST_SLICE + self._overlap]
                numbers.update(
                    map(itemgetter(0), self._rust.find_matches_as_indexes(piece, overlapping=True))
                )
            return {values[number] for number in numbers}
        return {values[number] for number, _start, _end in self.starts(text)}

    def count(self, text: str) -> int:
        """The number of occurrences, without building hits: the bare cost of the search."""
        if self.backend == RUST:
            return len(self._rust_hits(text))
        return sum(1 for _ in self._automaton.iter(text))

    def _rust_hits(self, text: str) -> list[tuple[int, int, int]]:
        """Every hit as ``(word number, start, end)``, by end, longest first. A slice is searched with the
        next ``overlap`` characters, and keeps the hits that start in it: each hit is found once."""
        if len(text) <= RUST_SLICE:
            found: list[tuple[int, int, int]] = self._rust.find_matches_as_indexes(text, overlapping=True)
        else:
            found = []
            for left in range(0, len(text), RUST_SLICE):
                right = left + RUST_SLICE
                piece = text[left : right + self._overlap]
                found.extend(
                    (number, left + start, left + end)
                    for number, start, end in self._rust.find_matches_as_indexes(piece, overlapping=True)
                    if left + start < right
                )
        found.sort(key=itemgetter(2, 1))  # by end, then start
        return found
