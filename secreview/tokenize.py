"""Word boundaries and parts of speech exactly as jieba 0.42 gives them, from a compact cache of its data.

Through jieba itself, the first tag costs about a second and 100 MB: ``import jieba.posseg`` reads the tagging
model as Python source and builds a word → tag table for jieba's global tokenizer, and every POSTokenizer
builds that table again; the prefix dictionary adds 60 MB. Here jieba is imported only to build our cache
once (in the user's cache folder). The cache keeps the dictionary and tags split by first character, and a
part is decoded the first time a text needs it. The cut below follows ``jieba.Tokenizer.cut(HMM=False)`` and
``jieba.posseg.POSTokenizer.cut(HMM=True)`` step for step; tests compare both with jieba itself.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from math import log

from secreview.build_cache import compile_re
from secreview.jieba_cache import Dictionary, Model, State
from secreview.sentences import SENTENCE_END, within_reach

# Sentence delimiters (of the matching view): token boundaries are computed for the sentence around a hit,
# not the whole text.
_SENTENCE_END = SENTENCE_END + "\n\r"
_MAX_WINDOW = 200

# jieba's own patterns (jieba/__init__.py and jieba/posseg/__init__.py), unchanged.
_BLOCK = compile_re("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)")
_TAG_BLOCK = compile_re("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._]+)")
_HAN = compile_re("([\u4e00-\u9fd5]+)")
_SKIP = compile_re("(\r\n|\\s)")
_SKIP_DETAIL = compile_re("([\\.0-9]+|[a-zA-Z0-9]+)")
_ENG_CHAR = compile_re("[a-zA-Z0-9]")
_ENG = compile_re("[a-zA-Z0-9]+")
_NUM = compile_re("[\\.0-9]+")
_MIN_FLOAT = -3.14e100
_MIN_INF = float("-inf")


_predecessors: dict[int, tuple[object, dict[State, list[State]]]] = {}


def _states_into(transitions: dict[State, dict[State, float]]) -> dict[State, list[State]]:
    """For each state, the states with a transition into it (computed once per model)."""
    kept = _predecessors.get(id(transitions))
    if kept is None or kept[0] is not transitions:
        into: dict[State, list[State]] = {}
        for before, after in transitions.items():
            for state in after:
                into.setdefault(state, []).append(before)
        kept = _predecessors[id(transitions)] = (transitions, into)
    return kept[1]


def _viterbi(text: str, model: Model) -> list[State]:
    """``jieba.posseg.viterbi.viterbi``, the same sums in the same order. A state is reached from the states
    with a transition into it: the others add ``-inf`` and cannot be the best unless every one does (then
    all of them are weighed, as jieba does)."""
    states, start_p, trans_p, emit_p = model
    into = _states_into(trans_p)
    scores: list[dict[State, float]] = [{}]
    paths: list[dict[State, State]] = [{}]  # the state before each state; none before the first
    all_states = trans_p.keys()
    for state in states.get(text[0], all_states):
        scores[0][state] = start_p[state] + emit_p[state].get(text[0], _MIN_FLOAT)
        paths[0][state] = ("", "")
    for t in range(1, len(text)):
        scores.append({})
        paths.append({})
        last = scores[t - 1]
        previous = [x for x in paths[t - 1] if len(trans_p[x]) > 0]
        expected = {y for x in previous for y in trans_p[x]}
        candidates: Iterable[State] = set(states.get(text[t], all_states)) & expected
        if not candidates:
            candidates = expected if expected else all_states
        character = text[t]
        for state in candidates:
            emit = emit_p[state].get(character, _MIN_FLOAT)
            found = [(last[y0] + trans_p[y0][state] + emit, y0) for y0 in into.get(state, ()) if y0 in last]
            probability, best = max(found) if found else (_MIN_INF, ("", ""))
            if probability == _MIN_INF:
                probability, best = max(
                    (last[y0] + trans_p[y0].get(state, _MIN_INF) + emit, y0) for y0 in previous
                )
            scores[t][state] = probability
            paths[t][state] = best
    _, state = max((scores[-1][y], y) for y in paths[-1])
    route: list[State] = [("", "")] * len(text)
    for i in range(len(text) - 1, -1, -1):
        route[i] = state
        state = paths[i][state]
    return route


class Tokenizer:
    """jieba's precise-mode segmentation and part-of-speech tags; its data is loaded on first use."""

    def __init__(self, user_words: Iterable[str] = ()) -> None:
        self._user_words = tuple(user_words)
        self._dictionary: Dictionary | None = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self._dictionary is not None

    def _loaded(self) -> Dictionary:
        if self._dictionary is not None:
            return self._dictionary
        with self._lock:
            if self._dictionary is None:
                dictionary = Dictionary()
                for word in self._user_words:
                    dictionary.add_word(word, self._suggested_frequency(dictionary, word))
                self._dictionary = dictionary
            return self._dictionary

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Token spans of ``text`` (precise mode, no HMM guesses for unknown words)."""
        spans: list[tuple[int, int]] = []
        position = 0
        for word in self._words(self._loaded(), text):
            spans.append((position, position + len(word)))
            position += len(word)
        return spans

    def tagged(self, text: str) -> list[tuple[str, str, int, int]]:
        """Words of ``text`` with their part of speech (``nr`` person name, ``ns`` place …) and spans."""
        dictionary = self._loaded()
        words: list[tuple[str, str, int, int]] = []
        position = 0
        for word, flag in self._tagged_words(dictionary, text):
            words.append((word, flag, position, position + len(word)))
            position += len(word)
        return words

    def aligned(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` begins and ends on token boundaries of its sentence."""
        left, right = within_reach(text, start, end, _SENTENCE_END, _MAX_WINDOW)
        edges = {left}
        for token_start, token_end in self.spans(text[left:right]):
            edges.add(left + token_start)
            edges.add(left + token_end)
        return start in edges and end in edges

    @staticmethod
    def _suggested_frequency(dictionary: Dictionary, word: str) -> int:
        """jieba's ``suggest_freq(word, tune=False)``: just enough for the word to be cut whole."""
        total = float(dictionary.total)
        frequency = 1.0
        for piece in Tokenizer._words(dictionary, word):
            frequency *= dictionary.frequencies(piece[:1]).get(piece, 1) / total
        return max(int(frequency * dictionary.total) + 1, dictionary.frequencies(word[:1]).get(word, 1))

    @staticmethod
    def _route(dictionary: Dictionary, text: str) -> list[tuple[float, int]]:
        """jieba's ``get_DAG`` and ``calc``: the most probable last index of the word at each position."""
        length = len(text)
        by_position = [dictionary.frequencies(char) for char in text]
        ends: list[list[int]] = []
        for k, entries in enumerate(by_position):
            found: list[int] = []
            i, fragment = k, text[k]
            while i < length and fragment in entries:
                if entries[fragment]:
                    found.append(i)
                i += 1
                fragment = text[k : i + 1]
            ends.append(found or [k])
        route: list[tuple[float, int]] = [(0, 0)] * (length + 1)
        log_total = log(dictionary.total)
        for k in range(length - 1, -1, -1):
            entries = by_position[k]
            route[k] = max(
                (log(entries.get(text[k : x + 1]) or 1) - log_total + route[x + 1][0], x) for x in ends[k]
            )
        return route

    @staticmethod
    def _words(dictionary: Dictionary, text: str) -> Iterator[str]:
        """``jieba.Tokenizer.cut(text, HMM=False)``."""
        for block in _BLOCK.split(text):
            if not block:
                continue
            if _BLOCK.match(block):
                yield from Tokenizer._block_words(dictionary, block)
                continue
            for piece in _SKIP.split(block):
                if _SKIP.match(piece):
                    yield piece
                else:
                    yield from piece

    @staticmethod
    def _block_words(dictionary: Dictionary, block: str) -> Iterator[str]:
        route = Tokenizer._route(dictionary, block)
        x, letters = 0, ""
        while x < len(block):
            y = route[x][1] + 1
            word = block[x:y]
            if _ENG_CHAR.match(word) and len(word) == 1:
                letters += word
            else:
                if letters:
                    yield letters
                    letters = ""
                yield word
            x = y
        if letters:
            yield letters

    @staticmethod
    def _tagged_words(dictionary: Dictionary, text: str) -> Iterator[tuple[str, str]]:
        """``jieba.posseg.POSTokenizer.cut(text, HMM=True)``."""
        for block in _TAG_BLOCK.split(text):
            if _TAG_BLOCK.match(block):
                yield from Tokenizer._tagged_block(dictionary, block)
                continue
            for piece in _SKIP.split(block):
                if _SKIP.match(piece):
                    yield piece, "x"
                    continue
                for char in piece:
                    if _NUM.match(char):
                        yield char, "m"
                    elif _ENG.match(piece):  # jieba tests the piece here, not the character
                        yield char, "eng"
                    else:
                        yield char, "x"

    @staticmethod
    def _tagged_block(dictionary: Dictionary, block: str) -> Iterator[tuple[str, str]]:
        route = Tokenizer._route(dictionary, block)
        x, singles = 0, ""
        while x < len(block):
            y = route[x][1] + 1
            word = block[x:y]
            if y - x == 1:
                singles += word
            else:
                if singles:
                    yield from Tokenizer._tagged_singles(dictionary, singles)
                    singles = ""
                yield word, dictionary.tag(word)
            x = y
        if singles:
            yield from Tokenizer._tagged_singles(dictionary, singles)

    @staticmethod
    def _tagged_singles(dictionary: Dictionary, run: str) -> Iterator[tuple[str, str]]:
        """A run of one-character words: one word, a known word split up, or the tagging model's guess."""
        if len(run) == 1:
            yield run, dictionary.tag(run)
        elif dictionary.frequencies(run[:1]).get(run):
            for char in run:
                yield char, dictionary.tag(char)
        else:
            yield from Tokenizer._guessed(dictionary, run)

    @staticmethod
    def _guessed(dictionary: Dictionary, run: str) -> Iterator[tuple[str, str]]:
        for block in _HAN.split(run):
            if _HAN.match(block):
                yield from Tokenizer._model_words(dictionary, block)
                continue
            for piece in _SKIP_DETAIL.split(block):
                if not piece:
                    continue
                if _NUM.match(piece):
                    yield piece, "m"
                elif _ENG.match(piece):
                    yield piece, "eng"
                else:
                    yield piece, "x"

    @staticmethod
    def _model_words(dictionary: Dictionary, text: str) -> Iterator[tuple[str, str]]:
        states = _viterbi(text, dictionary.model())
        begin, rest = 0, 0
        for i, char in enumerate(text):
            position, flag = states[i]
            if position == "B":
                begin = i
            elif position == "E":
                yield text[begin : i + 1], flag
                rest = i + 1
            elif position == "S":
                yield char, flag
                rest = i + 1
        if rest < len(text):
            yield text[rest:], states[rest][1]
