"""Which files a list of paths stands for: files as given, folders walked in a stable order."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from secreview.extract import supported


@dataclass(slots=True)
class Collected:
    files: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)  # unsupported files found inside folders


def _entries(folder: Path) -> list[os.DirEntry[str]] | None:
    """The entries of ``folder`` sorted by name, or None when it cannot be listed."""
    try:
        with os.scandir(folder) as listing:
            return sorted(listing, key=lambda entry: entry.name)
    except OSError:
        return None


def _walk(root: Path, collected: Collected) -> None:
    """Depth first, each folder's entries by name (the order of ``sorted(root.rglob("*"))``), without
    recursion so that no nesting depth can exhaust the stack. Hidden entries are left out and symlinked
    folders are not followed; every other entry is kept, as a file or as skipped: a FIFO, a device or a
    dangling link of a supported type, and a subfolder that cannot be listed, are kept as files, so that
    reading them gives their one-line error instead of a silent skip."""
    pending: list[tuple[Path, bool]] = [(root, True)]  # (path, is a folder to list)
    while pending:
        path, is_folder = pending.pop()
        if not is_folder:
            (collected.files if supported(path) else collected.skipped).append(path)
            continue
        entries = _entries(path)
        if entries is None:
            collected.files.append(path)  # read as a file, it says that it cannot be listed
            continue
        for entry in reversed(entries):
            if entry.name.startswith("."):
                continue
            try:
                folder = entry.is_dir(follow_symlinks=False)
                linked_folder = not folder and entry.is_symlink() and entry.is_dir()
            except OSError:
                folder = linked_folder = False
            if not linked_folder:
                pending.append((Path(entry.path), folder))


def collect(paths: Iterable[Path]) -> Collected:
    """Files named explicitly are always checked (an unsupported one becomes an error);
    inside folders, unsupported files and hidden folders such as ``.git`` are skipped."""
    collected = Collected()
    for path in paths:
        if path.is_dir():
            _walk(path, collected)
        else:
            collected.files.append(path)
    return collected


def resolver() -> Callable[[Path], Path]:
    """``Path.resolve`` for many paths, each folder resolved once: a path that is not a symlink resolves to
    its folder resolved, joined with its name (a folder of a thousand files: a ``stat`` each instead of
    resolving every component of every path)."""
    folders: dict[str, Path] = {}

    def resolve(path: Path) -> Path:
        name = path.name
        try:
            linked = stat.S_ISLNK(os.lstat(path).st_mode)
        except OSError:
            linked = True  # resolved the usual way, whatever that says
        if linked or name in ("", ".", ".."):
            return path.resolve()
        key = os.path.dirname(path)
        folder = folders.get(key)
        if folder is None:
            folder = folders[key] = path.parent.resolve()
        return folder / name

    return resolve
