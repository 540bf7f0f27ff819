"""``.gitignore`` files, read the way git reads them for the common cases: ``#`` comments, ``!`` negation,
a trailing ``/`` for folders only, a ``/`` at the start or inside anchoring to the file's folder, ``*``,
``?``, ``[...]`` and ``**``. The last matching line wins, a deeper file overrides a shallower one, and
nothing inside an ignored folder can be brought back (git does not look inside it)."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

import regex

from secreview.safe_read import InputKind, UnreadableInput, read_input

GITIGNORE = ".gitignore"


@dataclass(frozen=True, slots=True)
class IgnorePattern:
    regex: regex.Pattern[str]
    negated: bool
    folders_only: bool

    def matches(self, relative: str, is_dir: bool) -> bool:
        return (is_dir or not self.folders_only) and self.regex.fullmatch(relative) is not None


def translate_glob(glob: str) -> str:
    """A glob as a regular expression: ``**`` spans folders, ``*``, ``?`` and ``[...]`` stay inside one."""
    out = []
    index = 0
    while index < len(glob):
        if glob.startswith("**/", index):
            out.append("(?:.*/)?")
            index += 3
        elif glob.startswith("**", index):
            out.append(".*")
            index += 2
        elif glob[index] == "*":
            out.append("[^/]*")
            index += 1
        elif glob[index] == "?":
            out.append("[^/]")
            index += 1
        elif glob[index] == "[" and (close := glob.find("]", index + 2)) != -1:
            body = glob[index + 1 : close]
            body = "^" + body[1:] if body.startswith("!") else body
            out.append("[" + body.replace("\\", "\\\\") + "]")
            index = close + 1
        elif glob[index] == "\\" and index + 1 < len(glob):
            out.append(regex.escape(glob[index + 1]))
            index += 2
        else:
            out.append(regex.escape(glob[index]))
            index += 1
    return "".join(out)


def parse_line(line: str) -> IgnorePattern | None:
    """One line of a .gitignore, or None for a blank line or a comment."""
    line = line.rstrip("\n\r")
    if not line.endswith("\\ "):
        line = line.rstrip(" ")
    if not line or line.startswith("#"):
        return None
    negated = line.startswith("!")
    if negated or line.startswith("\\!") or line.startswith("\\#"):
        line = line[1:]
    folders_only = line.endswith("/")
    line = line.rstrip("/")
    if not line:
        return None
    anchored = "/" in line
    body = translate_glob(line.lstrip("/"))
    try:
        compiled = regex.compile(body if anchored else "(?:.*/)?" + body)
    except regex.error:
        return None  # git skips a line it cannot read, and so do we
    return IgnorePattern(compiled, negated, folders_only)


def parse(text: str) -> list[IgnorePattern]:
    return [pattern for pattern in map(parse_line, text.splitlines()) if pattern is not None]


def read_patterns(folder: Path) -> list[IgnorePattern]:
    """The patterns of ``folder``'s .gitignore; none when it has none, or one that cannot be read (a FIFO,
    a device, a file over the cap: then nothing is excluded by it, and more is checked, never less)."""
    try:
        return parse(read_input(folder / GITIGNORE, InputKind.IGNORE_FILE).decode("utf-8", "replace"))
    except UnreadableInput:
        return []


def _project_root(folder: Path) -> Path:
    """The enclosing git work tree's root (its .gitignore files above ``folder`` apply), else ``folder``."""
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return folder


class IgnoreRules:
    """Whether a path found by walking ``walked`` is ignored by the .gitignore files that apply to it."""

    def __init__(self, walked: Path) -> None:
        self._walked = walked.resolve()
        self._root = _project_root(self._walked)
        self._folders: dict[Path, bool] = {}
        self._applying: dict[Path, list[tuple[Path, list[IgnorePattern]]]] = {}
        # By the folder of a path that is not a symlink (as text): that folder resolved, whether it is
        # ignored, whether patterns apply in it (a folder of a thousand files is told once).
        self._in_folder: dict[str, tuple[Path, bool, bool]] = {}

    def _applying_to(self, folder: Path) -> list[tuple[Path, list[IgnorePattern]]]:
        """The folders from the root down to ``folder`` that hold a .gitignore with patterns, with them."""
        if folder in self._applying:
            return self._applying[folder]
        # Up to a folder already known (or the root), then down again: no recursion, whatever the depth.
        chain: list[Path] = []
        current = folder
        while current not in self._applying:
            if not current.is_relative_to(self._root):
                self._applying[current] = []
                break
            chain.append(current)
            if current == self._root:
                break
            current = current.parent
        above = self._applying.get(current, [])
        for each in reversed(chain):
            patterns = read_patterns(each)
            above = [*above, (each, patterns)] if patterns else above
            self._applying[each] = above
        return self._applying[folder]

    def _ignored_here(self, path: Path, is_dir: bool) -> bool:
        verdict = False
        for base, patterns in self._applying_to(path.parent):
            relative = path.relative_to(base).as_posix()
            for pattern in patterns:
                if pattern.matches(relative, is_dir):
                    verdict = not pattern.negated
        return verdict

    def _folder_ignored(self, folder: Path) -> bool:
        chain: list[Path] = []
        current = folder
        while current not in self._folders:
            # The folder named on the command line is checked even if a .gitignore above it excludes it.
            if self._walked.is_relative_to(current) or not current.is_relative_to(self._root):
                self._folders[current] = False
                break
            chain.append(current)
            current = current.parent
        verdict = self._folders[current]
        for each in reversed(chain):
            verdict = verdict or self._ignored_here(each, True)
            self._folders[each] = verdict
        return self._folders[folder]

    def ignored(self, path: Path) -> bool:
        """Whether ``path`` is ignored, told from the path resolved (a path that is not a symlink resolves
        to its folder resolved, which is resolved once for all the files in it)."""
        try:
            status = path.lstat()
        except OSError:
            status = None
        if status is None or stat.S_ISLNK(status.st_mode) or path.name in ("", ".", ".."):
            resolved = path.resolve()
            if self._folder_ignored(resolved.parent):
                return True
            return bool(self._applying_to(resolved.parent)) and self._ignored_here(
                resolved, resolved.is_dir()
            )
        key = os.path.dirname(path)
        known = self._in_folder.get(key)
        if known is None:
            folder = path.parent.resolve()
            known = self._in_folder[key] = (
                folder,
                self._folder_ignored(folder),
                bool(self._applying_to(folder)),
            )
        folder, folder_ignored, applying = known
        if folder_ignored:
            return True
        return applying and self._ignored_here(folder / path.name, stat.S_ISDIR(status.st_mode))


def not_ignored(files: list[Path], named: list[Path]) -> list[Path]:
    """``files`` minus those found inside a folder of ``named`` that its .gitignore files exclude;
    files named themselves are always kept."""
    walked = [path for path in named if path.is_dir()]
    rules = {folder: IgnoreRules(folder) for folder in walked}
    explicit = set(named)
    # By the folder of a file (as text): the first walked folder holding it. A file that is not named (nor
    # a walked folder, then) is inside a walked folder exactly when its folder is.
    owners: dict[str, Path | None] = {}
    kept = []
    for path in files:
        if path in explicit:
            kept.append(path)
            continue
        key = os.path.dirname(path)
        if key not in owners:
            parent = path.parent
            owners[key] = next((folder for folder in walked if parent.is_relative_to(folder)), None)
        owner = owners[key]
        if owner is None or not rules[owner].ignored(path):
            kept.append(path)
    return kept
