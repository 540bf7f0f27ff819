"""Word boundaries from jieba, loaded only when a rule asks for them, in an instance of our own."""

from __future__ import annotations

import logging
import marshal
import os
import sys
import tempfile
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import jieba
    import jieba.posseg

# Sentence delimiters: token boundaries are computed for the sentence around a hit, not the whole text.
_SENTENCE_END = frozenset("。！？!?;；\n\r")
_MAX_WINDOW = 200


def enclosing(text: str, start: int, end: int, stops: frozenset[str], reach: int) -> tuple[int, int]:
    """The span around ``text[start:end]`` up to the nearest ``stops`` each side, at most ``reach`` away."""
    left = start
    while left > 0 and start - left < reach and text[left - 1] not in stops:
        left -= 1
    right = end
    while right < len(text) and right - end < reach and text[right] not in stops:
        right += 1
    return left, right


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


def _dictionary_cache(jieba_module: Any) -> Path:
    """A cache file of our own, keyed on jieba's version and its dictionary file."""
    dictionary = Path(jieba_module.__file__).parent / "dict.txt"
    size = dictionary.stat().st_size if dictionary.is_file() else 0
    return cache_dir() / f"jieba-{jieba_module.__version__}-{size}.marshal"


def _load_dictionary(instance: jieba.Tokenizer) -> None:
    """Load the prefix dictionary from our cache in one read (jieba's own loader reads it in small pieces)."""
    import jieba

    cache = _dictionary_cache(jieba)
    try:
        instance.FREQ, instance.total = marshal.loads(cache.read_bytes())
        instance.initialized = True
        return
    except (OSError, ValueError, EOFError, TypeError):
        pass
    instance.initialize()
    temporary = cache.with_suffix(f".{os.getpid()}.tmp")
    try:
        temporary.write_bytes(marshal.dumps((instance.FREQ, instance.total)))
        os.replace(temporary, cache)
    except OSError:
        temporary.unlink(missing_ok=True)


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
                _load_dictionary(instance)
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
        left, right = enclosing(text, start, end, _SENTENCE_END, _MAX_WINDOW)
        edges = {left}
        for token_start, token_end in self.spans(text[left:right]):
            edges.add(left + token_start)
            edges.add(left + token_end)
        return start in edges and end in edges
