"""What the public functions accept, checked at the door: a wrong type is a TypeError that names what
was expected, not an AttributeError three calls later (or a check of every character of a path)."""

from __future__ import annotations

from collections.abc import Iterable
from os import PathLike
from pathlib import Path


def text_argument(text: object, function: str = "check_text") -> str:
    """``text`` as the str a check reads; bytes are decoded as files are; anything else is a TypeError."""
    if isinstance(text, str):
        return text
    if isinstance(text, bytes | bytearray):
        from secreview.extract.txt import decode_text

        return decode_text(bytes(text))[0]
    raise TypeError(f"{function}() expects str (or bytes), not {type(text).__name__}")


def path_argument(path: object, function: str) -> str | PathLike[str]:
    """``path`` if it names a file system path; a TypeError naming ``function`` otherwise."""
    if isinstance(path, str | PathLike):
        return path
    raise TypeError(f"{function}() expects a path (str or os.PathLike), not {type(path).__name__}")


def paths_argument(paths: object, function: str) -> list[Path]:
    """One path or an iterable of paths as a list; a single str is one path, never its characters."""
    if isinstance(paths, str | PathLike):
        return [Path(paths)]
    if not isinstance(paths, Iterable) or isinstance(paths, bytes | bytearray):
        raise TypeError(f"{function}() expects a path or an iterable of paths, not {type(paths).__name__}")
    return [Path(path_argument(path, function)) for path in paths]
