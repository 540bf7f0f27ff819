"""Word boundaries from jieba, loaded only when a rule asks for them, in an instance of our own."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import jieba
    import jieba.posseg

# Sentence delimiters: token boundaries are computed for the sentence around a hit, not the whole text.
_SENTENCE_END = frozenset("。！？!?;；\n\r")
_MAX_WINDOW = 200


def cache_dir() -> Path:
    """Where jieba keeps its dictionary cache: the user's cache folder, never the working directory."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    folder = base / "secreview"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path(tempfile.gettempdir())
    return folder


class Tokenizer:
    """A private jieba tokenizer; the module-level default one and its global state are never touched."""

    def __init__(self, user_words: Iterable[str] = ()) -> None:
        self._user_words = tuple(user_words)
        self._jieba: jieba.Tokenizer | None = None
        self._tagger: jieba.posseg.POSTokenizer | None = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self._jieba is not None

    def _instance(self) -> jieba.Tokenizer:
        with self._lock:
            if self._jieba is None:
                import jieba

                logging.getLogger("jieba").setLevel(logging.WARNING)
                instance = jieba.Tokenizer()
                instance.tmp_dir = str(cache_dir())
                instance.initialize()
                for word in self._user_words:
                    instance.add_word(word)
                self._jieba = instance
            return self._jieba

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Token spans of ``text`` (precise mode, no HMM guesses for unknown words)."""
        return [(start, end) for _, start, end in self._instance().tokenize(text, HMM=False)]

    def tagged(self, text: str) -> list[tuple[str, str, int, int]]:
        """Words of ``text`` with their part of speech (``nr`` person name, ``ns`` place …) and spans."""
        instance = self._instance()
        with self._lock:
            if self._tagger is None:
                import jieba.posseg

                self._tagger = jieba.posseg.POSTokenizer(instance)
            tagger = self._tagger
        words: list[tuple[str, str, int, int]] = []
        position = 0
        for pair in tagger.cut(text, HMM=True):
            words.append((pair.word, pair.flag, position, position + len(pair.word)))
            position += len(pair.word)
        return words

    def aligned(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` begins and ends on token boundaries of its sentence."""
        left = start
        while left > 0 and start - left < _MAX_WINDOW and text[left - 1] not in _SENTENCE_END:
            left -= 1
        right = end
        while right < len(text) and right - end < _MAX_WINDOW and text[right] not in _SENTENCE_END:
            right += 1
        edges = {left}
        for token_start, token_end in self.spans(text[left:right]):
            edges.add(left + token_start)
            edges.add(left + token_end)
        return start in edges and end in edges
