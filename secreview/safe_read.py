"""The one way secreview reads a file: documents, configuration, rule packs, word lists, baselines and
``.gitignore`` files all come through ``read_input``.

A file is read only if it is a regular file, checked on the open descriptor (a FIFO, a device such as
``/dev/zero`` behind a symlink, a socket or a folder is refused, never waited on or read without end), and
only up to the cap of its kind: at most ``cap + 1`` bytes are read, so a file that grows while it is read
cannot exceed the cap either. Every refusal is an ``UnreadableInput`` whose message is one line in Chinese
that does not name the file (callers add the name, through ``display_path``).

``display_path`` is how a path is printed anywhere (reports, notes, errors, catalogs, baselines): names that
are not valid UTF-8 (decoded with ``surrogateescape``, such as a GBK name from a Windows zip) and control
characters (escape sequences, line breaks) are written as ``\\xNN`` / ``\\uNNNN`` escapes, so no output
chokes on them and no name can break a one-line message or drive the terminal.
"""

from __future__ import annotations

import enum
import os
import stat
import tomllib
import unicodedata
from os import PathLike
from pathlib import Path
from typing import Any

from secreview.errors import ExtractionError

_MB = 1024 * 1024


class InputKind(enum.Enum):
    """What a file is read as; each kind has its own size cap (bytes)."""

    DOCUMENT = 256 * _MB
    CONFIG = 4 * _MB  # pyproject.toml, secreview.toml, a --policy file
    PACK = 16 * _MB  # a .toml rule pack
    WORD_LIST = 16 * _MB  # a .txt word list, a pack's keyword_files
    BASELINE = 64 * _MB
    IGNORE_FILE = 4 * _MB  # .gitignore

    @property
    def cap(self) -> int:
        return int(self.value)


_KIND_ZH = {
    InputKind.DOCUMENT: "文件",
    InputKind.CONFIG: "配置文件",
    InputKind.PACK: "规则包",
    InputKind.WORD_LIST: "词表",
    InputKind.BASELINE: "基线文件",
    InputKind.IGNORE_FILE: ".gitignore 文件",
}

_CHUNK = 1024 * 1024
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # opening a FIFO must not wait for a writer
    | getattr(os, "O_NOCTTY", 0)  # a terminal device must not become ours
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


class UnreadableInput(ExtractionError):
    """A file that is not read: missing, not a regular file, too large, no permission. The message is one
    Chinese line without the file's name."""


def _not_regular(mode: int) -> str | None:
    """Why a file of ``mode`` is not read, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "这是一个文件夹,不是文件"
    if stat.S_ISFIFO(mode):
        return "不是普通文件(命名管道 FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "不是普通文件(设备文件)"
    if stat.S_ISSOCK(mode):
        return "不是普通文件(套接字)"
    return "不是普通文件"


def too_large_message(size: int, kind: InputKind) -> str:
    """Why a file of ``size`` bytes (or more) is not read as ``kind``: over its cap."""
    return f"{_KIND_ZH[kind]}过大({size // _MB} MB 以上,上限 {kind.cap // _MB} MB)"


def _os_message(error: OSError, path: Path) -> str:
    if isinstance(error, FileNotFoundError):
        if os.path.lexists(path):
            return "符号链接指向的文件不存在(失效的链接)"
        return "文件不存在"
    if isinstance(error, IsADirectoryError):
        return "这是一个文件夹,不是文件"
    if isinstance(error, PermissionError):
        return "没有读取权限"
    if error.errno is not None and error.errno == getattr(os, "ELOOP", -1):
        return "符号链接循环"
    return f"无法读取文件({error.strerror or error})"


def read_input(path: str | PathLike[str], kind: InputKind) -> bytes:
    """The bytes of the regular file ``path`` (symlinks followed to their target), at most ``kind.cap``
    of them; ``UnreadableInput`` otherwise. Never blocks on a FIFO or a device, never reads more than
    ``kind.cap + 1`` bytes."""
    try:
        descriptor = _open_regular(Path(path))
        try:
            return _read_open(descriptor, kind)
        finally:
            os.close(descriptor)
    except _Refused as refused:
        ending = "未检查" if kind is InputKind.DOCUMENT else "未读取"
        raise UnreadableInput(f"{refused},{ending}") from refused.__cause__


class _Refused(Exception):
    """Why a file is not read, without the ending that says what it means for the run."""


def _open_regular(path: Path) -> int:
    try:
        # Refused before opening: opening some devices has effects of its own.
        reason = _not_regular(os.stat(path).st_mode)
        if reason is not None:
            raise _Refused(reason)
        return os.open(path, _OPEN_FLAGS)
    except OSError as error:
        raise _Refused(_os_message(error, path)) from error


def _read_open(descriptor: int, kind: InputKind) -> bytes:
    try:
        status = os.fstat(descriptor)
        # Checked again on what was opened: the name may have been swapped for a FIFO in between.
        reason = _not_regular(status.st_mode)
        if reason is not None:
            raise _Refused(reason)
        if status.st_size > kind.cap:
            raise _Refused(too_large_message(status.st_size, kind))
        chunks: list[bytes] = []
        total = 0
        while total <= kind.cap:
            chunk = os.read(descriptor, min(_CHUNK, kind.cap + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except BlockingIOError as error:  # a regular file never blocks; anything else is refused
        raise _Refused("不是普通文件") from error
    except OSError as error:
        raise _Refused(f"无法读取文件({error.strerror or error})") from error
    if total > kind.cap:
        raise _Refused(too_large_message(total, kind))
    return b"".join(chunks)


def read_input_text(path: str | PathLike[str], kind: InputKind) -> str:
    """``read_input`` decoded as UTF-8 (a BOM is dropped); ``UnreadableInput`` if it is not UTF-8."""
    data = read_input(path, kind)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        ending = "未检查" if kind is InputKind.DOCUMENT else "未读取"
        raise UnreadableInput(f"不是 UTF-8 编码(第 {error.start} 字节无法解码),{ending}") from error


def read_input_toml(path: str | PathLike[str], kind: InputKind) -> dict[str, Any]:
    """``read_input_text`` parsed as TOML; nesting too deep for tomllib is a ``TOMLDecodeError`` like any
    other invalid TOML (tomllib raises ``RecursionError``)."""
    text = read_input_text(path, kind)
    try:
        if kind is InputKind.PACK:  # rule files: parsed once, then read back from the build cache
            from secreview.build_cache import parsed_toml

            return parsed_toml(text, tomllib.loads)
        return tomllib.loads(text)
    except RecursionError as error:
        raise tomllib.TOMLDecodeError("嵌套过深 nested too deep") from error


def file_kind(path: str | PathLike[str]) -> str | None:
    """Why the entry at ``path`` (not following a dangling link) cannot be read as a file, or None when
    it is a regular file or a symlink to one. For folder walks: the entries they must report, not skip."""
    try:
        return _not_regular(os.stat(path).st_mode)
    except OSError as error:
        return _os_message(error, Path(path))


_ESCAPED_CATEGORIES = frozenset(["Cc", "Cf", "Cs", "Zl", "Zp"])  # controls, bidi and invisible, lines


def _escape_char(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that surrogateescape kept
        return f"\\x{code - 0xDC00:02x}"
    if unicodedata.category(char) not in _ESCAPED_CATEGORIES:
        return char
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def display_path(path: str | PathLike[str] | bytes) -> str:
    """``path`` as it may be printed or written anywhere: valid UTF-8 text, one line, no terminal control.
    Bytes that are not UTF-8 become ``\\xNN``, control, bidi and invisible characters ``\\xNN`` or
    ``\\uNNNN``; an ordinary name is returned unchanged."""
    text = os.fsdecode(path)
    if text.isascii() and text.isprintable():
        return text
    return "".join(map(_escape_char, text))
