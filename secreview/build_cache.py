"""What building an engine computes from the packs' bytes, kept on disk between runs: the compiled programs of
regular expressions (``re`` and ``regex`` parse and compile a pattern in Python, which at start-up costs far
more than handing a stored program to their C engines) and the parsed rule files (``tomllib`` is Python too).

An entry is stored under what it was computed from (a pattern and its flags; the SHA-256 of a file's text),
so it can only stand for that. The file is named after everything an entry depends on (secreview, Python and
regex versions); it is JSON, which cannot run code, behind a SHA-256 of its content, in a folder of this
user's that no one else may write (created 0700 and checked). A missing, damaged, stale or unreadable file
costs only computing again; anything unexpected about the engines' internals falls back to ``re.compile`` /
``regex.compile`` for the rest of the process.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import importlib
import json
import os
import re
import sys
import threading
from array import array
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

import regex

from secreview.version import __version__

# "re|regex\0flags\0pattern" -> the arguments of the C engine's compile; "toml\0sha256" -> the parsed file
Entries = dict[str, Any]

_lock = threading.RLock()
_compiled: dict[tuple[str, int, str], Any] = {}
_entries: Entries | None = None  # read from the file on first use
_used: set[str] = set()
_on_disk: set[str] = set()  # the entries the file holds
_trimmed = False  # the file keeps only what this process used
_usable = True  # False once the engines' internals were not what this module expects
# Files of other versions or checkouts kept beside this one's, the most recently written first: each edit of
# a checkout's code names a new file, and without a bound the folder grows by one file per edit.
KEPT_OTHER_FILES = 7


def compile_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the stored program when there is one."""
    compiled: re.Pattern[str] = _compile("re", pattern, int(flags))
    return compiled


def compile_regex(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, from the stored program when there is one."""
    compiled: regex.Pattern[str] = _compile("regex", pattern, int(flags))
    return compiled


def _compile(kind: str, pattern: str, flags: int) -> Any:
    key = (kind, flags, pattern)
    found = _compiled.get(key)
    if found is not None:
        return found
    with _lock:
        if not _usable:
            return re.compile(pattern, flags) if kind == "re" else regex.compile(pattern, flags)
        name = f"{kind}\0{flags}\0{pattern}"
        program = _loaded().get(name)
        _used.add(name)
        compiled = None
        if isinstance(program, dict) and kind == "re":  # ``re`` refused it before: the same error again
            raise re.error(str(program.get("error")), pattern, program.get("position"))
        if program is not None:
            compiled = _from_program(kind, pattern, program)
        if compiled is None:
            try:
                compiled, program = _compiled_with_program(kind, pattern, flags)
            except re.error as error:
                if kind == "re":  # callers try ``regex`` next: the refusal is worth keeping too
                    _remember(name, {"error": error.msg, "position": error.pos})
                raise
            if program is not None:
                _remember(name, program)
        _compiled[key] = compiled
        return compiled


def _remember(name: str, entry: Any) -> None:
    _loaded()[name] = entry
    _used.add(name)


def remembered(kind: str, key: str, compute: Callable[[], Any]) -> Any:
    """``compute()``, a JSON value computed from ``key`` alone, from the stored result when there is one."""
    name = f"{kind}\0{key}"
    with _lock:
        entries = _loaded()
        if name in entries:
            _used.add(name)
            return entries[name]
    value = compute()
    with _lock:
        _remember(name, value)
    return value


def parsed_toml(text: str, parse: Callable[[str], dict[str, Any]]) -> dict[str, Any]:
    """``parse(text)``, from the stored result when this text was parsed before. A result JSON cannot hold
    exactly (a date, a time) is not stored."""
    name = f"toml\0{hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()}"
    with _lock:
        stored = _loaded().get(name)
    if isinstance(stored, str):
        with suppress(ValueError):
            loaded = json.loads(stored)  # a new object each time: the caller may change it
            if isinstance(loaded, dict):
                _used.add(name)
                return loaded
    parsed = parse(text)
    try:
        kept = json.dumps(parsed, ensure_ascii=False)
    except (TypeError, ValueError):
        return parsed
    if json.loads(kept) == parsed:
        with _lock:
            _remember(name, kept)
    return parsed


def _compiled_with_program(kind: str, pattern: str, flags: int) -> tuple[Any, list[Any] | None]:
    """The pattern compiled the usual way (its errors raised as usual), and its program when it can be had."""
    global _usable
    try:
        if kind == "re":
            return _re_with_program(pattern, flags)
        return _regex_with_program(pattern, flags)
    except (re.error, regex.error, TypeError, ValueError, OverflowError, Warning):
        raise  # compiling's own errors, and a warning that the caller's filter makes an error
    except Exception:  # the engines' internals changed: compile as everyone does from now on
        _usable = False
        return (re.compile(pattern, flags) if kind == "re" else regex.compile(pattern, flags)), None


def _internal(name: str) -> Any:
    """A module of the engines' internals (not typed, may change between versions)."""
    return importlib.import_module(name)


def _re_with_program(pattern: str, flags: int) -> tuple[re.Pattern[str], list[Any] | None]:
    """What ``re._compiler.compile`` does, keeping the arguments it gives ``_sre.compile``."""
    _parser, _compiler = _internal("re._parser"), _internal("re._compiler")

    if flags & re.DEBUG:
        return re.compile(pattern, flags), None
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    group_index = dict(parsed.state.groupdict)
    index_group: list[str | None] = [None] * parsed.state.groups
    for group, index in group_index.items():
        index_group[index] = group
    groups = parsed.state.groups - 1
    program = [int(flags | parsed.state.flags), _packed(code), groups, group_index, index_group]
    compiled = _from_program("re", pattern, program)
    if compiled is None:
        return re.compile(pattern, flags), None
    return compiled, program


class _Capture:
    """``regex``'s C module, seen by its compiler: keeps the arguments of a compile in this thread."""

    def __init__(self, module: Any) -> None:
        self._module = module
        self._thread = threading.get_ident()
        self.arguments: tuple[Any, ...] | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._module, name)

    def compile(self, *arguments: Any) -> Any:
        if threading.get_ident() == self._thread:
            self.arguments = arguments
        return self._module.compile(*arguments)


def _regex_with_program(pattern: str, flags: int) -> tuple[regex.Pattern[str], list[Any] | None]:
    _main = _internal("regex._main")

    engine = _main._regex
    capture = _Capture(engine)
    _main._regex = capture
    try:
        compiled = _main._compile(pattern, flags, False, {}, False)
    finally:
        _main._regex = engine
    arguments = capture.arguments
    if arguments is None or len(arguments) != 11 or arguments[5] or arguments[6]:  # named lists: not kept
        return compiled, None
    _, all_flags, code, group_index, index_group, _, _, offset, characters, required_flags, groups = arguments
    program: list[Any] = [
        int(all_flags),
        _packed(code),
        dict(group_index),
        sorted(index_group.items()),
        offset,
        list(characters),
        required_flags,
        groups,
    ]
    return compiled, (program if _from_program("regex", pattern, program) is not None else None)


_WORD = "I" if array("I").itemsize == 4 else "L"  # the engines' code words are 32 bits


def _packed(code: list[int]) -> str:
    return base64.b64encode(array(_WORD, code).tobytes()).decode("ascii")


def _unpacked(code: str) -> list[int]:
    return array(_WORD, base64.b64decode(code)).tolist()


def _from_program(kind: str, pattern: str, program: list[Any]) -> Any:
    """The pattern object built from a stored program, or None when the program does not fit."""
    try:
        if kind == "re":
            flags, code, groups, group_index, index_group = program
            engine = _internal("_sre")
            return engine.compile(pattern, flags, _unpacked(code), groups, group_index, tuple(index_group))
        flags, code, group_index, index_group, offset, characters, required_flags, groups = program
        return _internal("regex._regex").compile(
            pattern,
            flags,
            _unpacked(code),
            group_index,
            {index: name for index, name in index_group},
            {},
            [],
            offset,
            tuple(characters),
            required_flags,
            groups,
        )
    except Exception:
        return None


@functools.cache
def _version_key() -> str:
    """What the entries depend on besides their own keys: the engines' versions, and secreview's code (the
    package's folder and the size and time of each of its modules), so that a checkout's edited analysis
    never reads the answers of the code before, and copies of secreview in other places keep files of
    their own instead of rewriting one file in turn."""
    regex_version = getattr(regex, "__version__", "?")
    engines = (regex_version, _internal("_sre").MAGIC, sys.maxunicode, sys.byteorder)
    package = os.path.dirname(os.path.abspath(__file__))
    parts = (__version__, sys.version, *engines, package, _modules(package))
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:16]


def _modules(folder: str) -> list[tuple[str, int, int]]:
    """Each module under ``folder``: its path, size and modification time."""
    found = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False) and entry.name != "__pycache__":
                found.extend(_modules(entry.path))
            elif entry.name.endswith(".py"):
                status = entry.stat()
                found.append((entry.path, status.st_size, status.st_mtime_ns))
    return sorted(found)


def cache_file() -> Path | None:
    """``build-<key>.json`` in the private ``build`` folder of secreview's cache folder; None when there is
    no folder this user alone can write."""
    from secreview.jieba_cache import private_subfolder

    folder = private_subfolder("build")
    return None if folder is None else folder / f"build-{_version_key()}.json"


def _loaded() -> Entries:
    global _entries, _on_disk
    if _entries is None:
        _entries = _read()
        _on_disk = set(_entries)
    return _entries


def _read() -> Entries:
    path = cache_file()
    if path is None:
        return {}
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    digest, _, body = data.partition(b"\n")
    if hashlib.sha256(body).hexdigest().encode() != digest:
        return {}
    try:
        entries = json.loads(body)
    except ValueError:
        return {}
    return entries if isinstance(entries, dict) else {}


def save() -> None:
    """The file rewritten when it does not hold what it should: everything it held and this process
    computed; or, once this process used less than a quarter of it (the file of a run with other packs, or
    of a test suite), only what this process used, so that reading it stays cheap."""
    global _on_disk, _trimmed
    with _lock:
        if _entries is None:
            return
        _trimmed = _trimmed or len(_used) * 4 < len(_entries)
        keep = (_used & set(_entries)) if _trimmed else set(_entries)
        if keep == _on_disk:
            return
        _on_disk = keep
        path = cache_file()
        if path is None:
            return
        kept = {name: entry for name, entry in _entries.items() if name in keep}
        body = json.dumps(kept, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        from secreview.errors import OutputError
        from secreview.writer import write_atomic

        with suppress(OutputError):  # a cache that cannot be written only costs computing again next time
            write_atomic(path, hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
        _prune(path)


def _prune(kept: Path) -> None:
    """Remove the build files of this folder beyond ``kept`` and the ``KEPT_OTHER_FILES`` most recently
    written others."""
    try:
        others = [path for path in kept.parent.glob("build-*.json") if path != kept]
        others.sort(key=lambda path: path.stat().st_mtime_ns, reverse=True)
    except OSError:
        return
    for stale in others[KEPT_OTHER_FILES:]:
        with suppress(OSError):
            stale.unlink()
