"""jieba's data in a compact cache of our own: the prefix dictionary and word tags split by first character
and the part-of-speech model, in one memory-mapped file in the user's cache folder.

jieba is imported only to build the cache, once per jieba install; a damaged, stale or unreadable cache is
rebuilt, and an unwritable folder only costs the rebuild on every start. A part is decoded the first time a
text needs it.
"""

from __future__ import annotations

import marshal
import mmap
import os
import stat
import sys
import tempfile
import threading
import zlib
from contextlib import suppress
from importlib.util import find_spec
from pathlib import Path
from typing import NamedTuple

State = tuple[str, str]  # (B|M|E|S, part of speech)
# jieba.posseg's model: the states each character can take, start, transition and emission log-probabilities
Model = tuple[
    dict[str, tuple[State, ...]],
    dict[State, float],
    dict[State, dict[State, float]],
    dict[State, dict[str, float]],
]


def cache_dir() -> Path | None:
    """Where jieba keeps its dictionary cache: the user's cache folder, never the working directory; without
    a writable one, a private folder of this user in the temporary folder; None (no cache) when neither
    can be trusted. The cache is unmarshalled when read, so no other user may be able to write it."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    folder = base / "secreview"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (OSError, RuntimeError):  # RuntimeError: no home folder to expand
        return _private_temporary()
    return folder if os.access(folder, os.W_OK) else _private_temporary()


def private_subfolder(name: str) -> Path | None:
    """The folder ``name`` of secreview's cache folder, created 0700, or None unless it is a folder (not a
    symlink) of this user that no one else can write: what is read from it is trusted."""
    base = cache_dir()
    if base is None:
        return None
    folder = base / name
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        status = folder.lstat()
    except OSError:
        return None
    getuid = getattr(os, "getuid", None)
    if not stat.S_ISDIR(status.st_mode):
        return None
    if getuid is not None and (status.st_uid != getuid() or status.st_mode & 0o077):
        return None
    return folder


def _private_temporary() -> Path | None:
    """``secreview-<uid>`` in the temporary folder, created with mode 0700; used only if it is a folder (not
    a symlink) owned by this user and closed to everyone else, as another user may have made it first."""
    getuid = getattr(os, "getuid", None)
    if getuid is None:
        return None
    folder = Path(tempfile.gettempdir()) / f"secreview-{getuid()}"
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        pass
    except OSError:
        return None
    try:
        status = folder.lstat()
    except OSError:
        return None
    private = stat.S_ISDIR(status.st_mode) and status.st_uid == getuid() and not status.st_mode & 0o077
    return folder if private else None


def _jieba_key() -> str:
    """What our cache depends on: the sizes of jieba's code, dictionary and model (jieba is not imported)."""
    spec = find_spec("jieba")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("jieba")
    folder = Path(spec.origin).parent
    key = []
    for name in ("__init__.py", "dict.txt", "posseg/prob_emit.py"):
        try:
            stat = (folder / name).stat()
        except OSError:
            key.append("missing")
        else:
            key.append(str(stat.st_size))
    return "-".join(key)


def _cache_file(key: str) -> Path | None:
    folder = cache_dir()
    return None if folder is None else folder / f"jieba-{zlib.crc32(key.encode()):08x}.marshal"


def _build_cache() -> tuple[int, dict[str, bytes], bytes]:
    """jieba's prefix dictionary and word tags by first character, and its tagging model, marshalled."""
    import jieba
    import jieba.posseg

    frequencies, total = jieba.Tokenizer.gen_pfdict(jieba.Tokenizer().get_dict_file())
    tagger = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)  # not jieba's global one
    tagger.load_word_tag(jieba.Tokenizer().get_dict_file())
    word_tags: dict[str, str] = tagger.word_tag_tab
    grouped: dict[str, tuple[list[str], list[int], list[str]]] = {}
    tag_names: dict[str, str] = {}
    for word, tag in word_tags.items():  # tagged words first: a part's tags line up with its first words
        words, counts, tags = grouped.setdefault(word[:1], ([], [], []))
        words.append(word)
        counts.append(frequencies[word])
        tags.append(tag_names.setdefault(tag, tag))
    for word, count in frequencies.items():
        if word not in word_tags:
            words, counts, _ = grouped.setdefault(word[:1], ([], [], []))
            words.append(word)
            counts.append(count)
    parts = {first: marshal.dumps(columns) for first, columns in grouped.items() if first}
    posseg = jieba.posseg
    model = marshal.dumps((posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P))
    return total, parts, model


# The cache file: _MAGIC, header size and CRC-32 of the rest (4 bytes each, little-endian), the marshalled
# header (key, total, first characters, where each part starts after the header), the parts, the model.
_MAGIC = b"secreview jieba cache 1\n"
_PREAMBLE = len(_MAGIC) + 8


def _layout(key: str, total: int, parts: dict[str, bytes], model: bytes) -> bytes:
    starts = [0]
    for part in [*parts.values(), model]:
        starts.append(starts[-1] + len(part))
    body = marshal.dumps((key, total, "".join(parts), starts)) + b"".join(parts.values()) + model
    header_size = len(body) - starts[-1]
    return _MAGIC + header_size.to_bytes(4, "little") + zlib.crc32(body).to_bytes(4, "little") + body


class _Cache(NamedTuple):
    total: int
    firsts: str  # the first character of each part, in order
    starts: list[int]  # where each part, then the model, starts in ``data``; the end of the last
    data: bytes | mmap.mmap


def _parse(data: bytes | mmap.mmap, key: str) -> _Cache:
    if data[: len(_MAGIC)] != _MAGIC:
        raise ValueError("not a cache of this format")
    header_size = int.from_bytes(data[len(_MAGIC) : len(_MAGIC) + 4], "little")
    with memoryview(data) as view, view[_PREAMBLE:] as body:
        if zlib.crc32(body) != int.from_bytes(data[len(_MAGIC) + 4 : _PREAMBLE], "little"):
            raise ValueError("damaged cache")
    stored_key, total, firsts, starts = marshal.loads(data[_PREAMBLE : _PREAMBLE + header_size])
    base = _PREAMBLE + header_size
    if stored_key != key or len(starts) != len(firsts) + 2 or base + starts[-1] != len(data):
        raise ValueError("stale cache")
    return _Cache(total, firsts, [base + start for start in starts], data)


def _read_cache(path: Path, key: str) -> _Cache:
    """The cache mapped, not copied, into memory: a part is copied out when a text first needs it."""
    with path.open("rb") as file:
        try:
            data: bytes | mmap.mmap = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # an empty file, or a file system without memory maps
            data = file.read()
    try:
        return _parse(data, key)
    except Exception:
        if isinstance(data, mmap.mmap):
            data.close()
        raise


def _load_cache() -> _Cache:
    key = _jieba_key()
    path = _cache_file(key)
    if path is not None:
        with suppress(OSError, ValueError, EOFError, TypeError):
            return _read_cache(path, key)
    data = _layout(key, *_build_cache())
    if path is None:
        return _parse(data, key)
    temporary = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError:
        with suppress(OSError):
            temporary.unlink()
    return _parse(data, key)


class Dictionary:
    """jieba's prefix dictionary (word → frequency, 0 for a bare prefix) and word tags, by first character."""

    def __init__(self) -> None:
        self._cache = _load_cache()
        self.total = self._cache.total
        self._frequencies: dict[str, dict[str, int]] = {}
        self._tags: dict[str, dict[str, str]] = {}
        self._model: Model | None = None

    def frequencies(self, first: str) -> dict[str, int]:
        """Entries that begin with ``first`` (one character, or "" for the empty word)."""
        found = self._frequencies.get(first)
        if found is None:
            self._decode(first)
            found = self._frequencies[first]
        return found

    def tag(self, word: str) -> str:
        found = self._tags.get(word[:1])
        if found is None:
            self._decode(word[:1])
            found = self._tags[word[:1]]
        return found.get(word, "x")

    def _part(self, index: int) -> bytes:
        starts = self._cache.starts
        return self._cache.data[starts[index] : starts[index + 1]]

    def _decode(self, first: str) -> None:
        index = self._cache.firsts.find(first) if first else -1
        words, counts, tags = marshal.loads(self._part(index)) if index >= 0 else ([], [], [])
        self._tags[first] = dict(zip(words, tags, strict=False))  # tags cover the first words only
        self._frequencies[first] = dict(zip(words, counts, strict=True))

    def add_word(self, word: str, frequency: int) -> None:
        """jieba's ``Tokenizer.add_word`` without a tag."""
        entries = self.frequencies(word[:1])
        entries[word] = frequency
        self.total += frequency
        for end in range(1, len(word) + 1):
            entries.setdefault(word[:end], 0)

    def model(self) -> Model:
        """The tagging model of ``jieba.posseg``: states per character, start, transition, emission."""
        if self._model is None:
            self._model = marshal.loads(self._part(len(self._cache.firsts)))
        return self._model
