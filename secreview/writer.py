"""The one way secreview writes a file (catalog, baseline, redacted copy, report): the bytes go to a
temporary file in the destination's folder, which replaces the destination only once it is complete, so a
failed write never truncates what was there. A destination that is, or resolves to, a file being checked
is refused (by real path and by device and inode, so hard links count too)."""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path

from secreview.errors import OutputError

_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except (OSError, ValueError):
        return None
    return status.st_dev, status.st_ino


def refuse_inputs(destination: Path, inputs: Iterable[Path], what: str) -> None:
    """An OutputError when ``destination`` names one of ``inputs`` (the files being checked) by any path:
    a symlink, ``..``, a hard link."""
    target = _identity(destination)
    if target is None:
        return
    real = os.path.realpath(destination)
    for source in inputs:
        if _identity(source) == target or os.path.realpath(source) == real:
            raise OutputError(
                f"{what} {destination} 不能是被检查的文件({source}),未写入 / the output is an input"
            )


_REASONS = {
    errno.EACCES: "没有写入权限 permission denied",
    errno.EPERM: "没有写入权限 permission denied",
    errno.EROFS: "所在位置只读 read-only file system",
    errno.ENOSPC: "磁盘空间不足 no space left on device",
    errno.EDQUOT: "超出磁盘配额 disk quota exceeded",
    errno.ENOENT: "无法在此创建文件 cannot create a file there",
    errno.ENOTDIR: "所在路径不是文件夹 a parent is not a folder",
    errno.EISDIR: "是一个文件夹 it is a folder",
    errno.ENAMETOOLONG: "文件名过长 name too long",
}


def _reason(error: OSError) -> str:
    if error.errno in _REASONS:
        return _REASONS[error.errno]
    return error.strerror or type(error).__name__


def write_atomic(
    destination: Path, data: bytes, *, inputs: Iterable[Path] = (), what: str = "输出文件"
) -> None:
    """``data`` as the whole content of ``destination``, or an OutputError naming it and what is wrong;
    the destination (followed through a symlink) is either left as it was or replaced completely. The
    temporary file's name starts with a dot, so a folder scan running meanwhile skips it."""
    refuse_inputs(destination, inputs, what)
    target = Path(os.path.realpath(destination))
    if target.is_dir():
        raise OutputError(f"{what} {destination} 无法写入: 是一个文件夹,请给出文件名 / it is a folder")
    folder = target.parent
    if not folder.is_dir():
        raise OutputError(
            f"{what} {destination} 无法写入: 所在文件夹 {folder} 不存在 / the folder does not exist"
        )
    try:
        mode: int | None = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mode = None  # a new file: the mode os.open gives under the user's umask
    temporary = folder / f".{target.name}.{secrets.token_hex(6)}.tmp"
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o666)
    except OSError as error:
        raise OutputError(f"{what} {destination} 无法写入: {_reason(error)}") from error
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException as error:
        with suppress(OSError):
            temporary.unlink()
        if isinstance(error, OSError):
            raise OutputError(f"{what} {destination} 无法写入: {_reason(error)}") from error
        raise


def write_text(
    destination: Path,
    text: str,
    *,
    encoding: str = "utf-8",
    inputs: Iterable[Path] = (),
    what: str = "输出文件",
) -> None:
    write_atomic(destination, text.encode(encoding), inputs=inputs, what=what)
