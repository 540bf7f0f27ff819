"""Accepted findings (like detect-secrets' baseline): recorded by fingerprint, never by their text.

Version 2 fingerprint = sha256(rule id, path relative to the baseline's folder, the *shape* of the
normalized match, its occurrence among the file's findings of the same rule and shape). The shape keeps the
first and last two characters and the length (4301…34#18), less than the masked replacement shows, so the
fingerprint cannot be brute-forced back into a phone or ID number the way a hash of the whole match can
(version 1 hashed the whole normalized match: still read, rewritten by ``secreview baseline update``).
Line numbers are only a hint: moving a paragraph does not make an accepted finding new.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from secreview.errors import ConfigError
from secreview.models import FileReport, Finding, Suppression
from secreview.normalize import fold
from secreview.safe_read import InputKind, UnreadableInput, display_path, read_input
from secreview.version import __version__
from secreview.writer import write_atomic

BASELINE_VERSION = 2
READABLE_VERSIONS = (1, 2)
DEFAULT_BASELINE = ".secreview-baseline.json"
_RECREATE = "可用 secreview baseline create 重新生成"
_KEPT_FIELDS = ("reason", "reviewer")

Entry = dict[str, Any]


def relative_path(path: str, root: Path) -> str:
    """``path`` relative to ``root`` when it lies inside it, in POSIX form either way."""
    resolved = Path(path).resolve()
    try:
        return resolved.relative_to(root.resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


def _normalized(text: str) -> str:
    return "".join(fold(text).split())


def shape(text: str) -> str:
    """What a fingerprint may know of a match: its ends and length, never the middle."""
    normalized = _normalized(text)
    if len(normalized) >= 6:
        return f"{normalized[:2]}…{normalized[-2:]}#{len(normalized)}"
    return f"{normalized[:1]}#{len(normalized)}"


def fingerprint(rule: str, text: str, path: str, occurrence: int) -> str:
    key = "\0".join(["v2", rule, path, shape(text), str(occurrence)])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def legacy_fingerprint(rule: str, text: str, path: str) -> str:
    """Version 1: sha256 of the whole normalized match (reversible by brute force for short numbers)."""
    return hashlib.sha256("\0".join([rule, _normalized(text), path]).encode("utf-8")).hexdigest()


def fingerprints(findings: Sequence[Finding], path: str, version: int = BASELINE_VERSION) -> list[str]:
    """The fingerprint of each of one file's findings, all of them in the engine's order."""
    if version == 1:
        return [legacy_fingerprint(finding.rule, finding.text, path) for finding in findings]
    seen: Counter[tuple[str, str]] = Counter()
    keys = []
    for finding in findings:
        seen[(finding.rule, shape(finding.text))] += 1
        keys.append(fingerprint(finding.rule, finding.text, path, seen[(finding.rule, shape(finding.text))]))
    return keys


@dataclass(frozen=True, slots=True)
class Baseline:
    root: Path
    entries: tuple[Entry, ...] = ()
    version: int = BASELINE_VERSION
    by_fingerprint: dict[str, Entry] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_fingerprint", {entry["fingerprint"]: entry for entry in self.entries})

    def keys(self, findings: Sequence[Finding], path: str) -> list[str]:
        return fingerprints(findings, relative_path(path, self.root), self.version)

    def accepts(self, key: str) -> bool:
        return key in self.by_fingerprint

    def inside(self, path: str) -> Path:
        """An entry's path as a file of the project: a path that leads outside the baseline's folder
        (absolute, or through ``..`` or a symlink) is a ConfigError, never read."""
        candidate = self.root / path
        if Path(path).is_absolute() or not candidate.resolve().is_relative_to(self.root.resolve()):
            raise ConfigError(
                f"基线条目的路径 {path} 不在项目文件夹 {self.root} 内,不予读取 / outside the project"
            )
        return candidate


def _entry(finding: Finding, path: str, key: str) -> Entry:
    return {
        "fingerprint": key,
        "rule": finding.rule,
        "category": finding.category.value,
        "path": path,
        "line": finding.line,
        "masked": finding.replacement,
        "reason": "",
        "reviewer": "",
    }


def _document(entries: Iterable[Entry]) -> dict[str, Any]:
    unique = {entry["fingerprint"]: entry for entry in entries}
    ordered = sorted(unique.values(), key=lambda entry: (entry["path"], entry["line"], entry["rule"]))
    return {"version": BASELINE_VERSION, "generated_by": f"secreview {__version__}", "results": ordered}


def _current(file: FileReport, root: Path) -> list[tuple[Finding, Entry]]:
    """The findings of ``file`` a baseline may accept (not those an allow-list or ignore already drops)."""
    path = relative_path(file.path, root)
    keys = fingerprints(file.findings, path)
    return [
        (finding, _entry(finding, path, key))
        for finding, key in zip(file.findings, keys, strict=True)
        if finding.suppressed_by in (None, Suppression.BASELINE)
    ]


def create(files: Iterable[FileReport], destination: Path) -> dict[str, Any]:
    """The baseline document accepting every finding of ``files``; paths relative to its folder."""
    root = destination.resolve().parent
    return _document(entry for file in files for _, entry in _current(file, root))


@dataclass(frozen=True, slots=True)
class Update:
    document: dict[str, Any]
    added: int
    kept: int
    dropped: int


def update(
    previous: Baseline, files: Sequence[FileReport], destination: Path, accept_new: bool = True
) -> Update:
    """The findings of ``files`` accepted (only those already accepted unless ``accept_new``), keeping the
    reason and reviewer of entries that still match; entries of files not checked now stay as they are
    (a version 1 entry can only be carried over by checking its file again)."""
    root = destination.resolve().parent
    checked = {relative_path(file.path, root) for file in files if file.error is None}
    entries: list[Entry] = []
    kept = added = 0
    for file in files:
        if file.error is not None:
            continue
        old_keys = previous.keys(file.findings, file.path)
        for (finding, entry), old_key in zip(
            _current(file, root), _baseline_keys(file, old_keys), strict=True
        ):
            old = (
                previous.by_fingerprint.get(old_key)
                if finding.suppressed_by is Suppression.BASELINE
                else None
            )
            if old is not None:
                entry.update({name: old.get(name, "") for name in _KEPT_FIELDS})
                kept += 1
            elif accept_new:
                added += 1
            else:
                continue
            entries.append(entry)
    untouched = [
        entry
        for entry in previous.entries
        if entry.get("path") not in checked and previous.version == BASELINE_VERSION
    ]
    dropped = len(previous.entries) - kept - len(untouched)
    return Update(_document([*entries, *untouched]), added, kept, dropped)


def _baseline_keys(file: FileReport, keys: list[str]) -> list[str]:
    """``keys`` of the findings that ``_current`` keeps, in the same order."""
    return [
        key
        for finding, key in zip(file.findings, keys, strict=True)
        if finding.suppressed_by in (None, Suppression.BASELINE)
    ]


def write(document: dict[str, Any], destination: Path, inputs: Iterable[Path] = ()) -> None:
    """The baseline written whole or not at all, never over one of ``inputs`` (the files checked)."""
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    write_atomic(destination, text.encode("utf-8"), inputs=inputs, what="基线文件")


_TEXT_FIELDS = ("category", "masked", "reason", "reviewer")


def _checked_entry(path: Path, index: int, entry: object) -> Entry:
    """One entry of ``results``, its fields of the types the commands use (absent optional ones filled)."""
    where = f"基线文件 {path}: results[{index}]"
    if not isinstance(entry, dict):
        raise ConfigError(f"{where} 须为对象 (object)")
    for key in ("fingerprint", "rule", "path"):
        if not isinstance(entry.get(key), str):
            problem = "缺少键" if key not in entry else "须为字符串的键"
            raise ConfigError(f"{where}: {problem} {key};{_RECREATE}")
    line = entry.get("line", 0)
    if line is not None and (isinstance(line, bool) or not isinstance(line, int)):
        raise ConfigError(f"{where}: 键 line 须为整数")
    for key in _TEXT_FIELDS:
        if entry.get(key) is not None and not isinstance(entry[key], str):
            raise ConfigError(f"{where}: 键 {key} 须为字符串")
    return {**{key: "" for key in _TEXT_FIELDS}, **entry, "line": line or 0}


def load(path: Path) -> Baseline:
    """A baseline file: UTF-8 JSON (a BOM is accepted); every problem is a ConfigError naming the file."""
    try:
        document = json.loads(read_input(path, InputKind.BASELINE).decode("utf-8-sig"))
    except UnreadableInput as error:
        raise ConfigError(f"基线文件 {display_path(path)} 无法读取: {error};{_RECREATE}") from error
    except UnicodeDecodeError as error:
        raise ConfigError(f"基线文件 {display_path(path)} 不是 UTF-8 编码;{_RECREATE}") from error
    except RecursionError as error:
        raise ConfigError(f"基线文件 {display_path(path)} 嵌套过深,不是基线;{_RECREATE}") from error
    except ValueError as error:  # JSONDecodeError, or an integer of thousands of digits
        reason = " ".join(str(error).split())[:160]
        raise ConfigError(f"基线文件 {display_path(path)} 不是有效的 JSON ({reason});{_RECREATE}") from error
    version = document.get("version") if isinstance(document, dict) else None
    if isinstance(version, bool) or version not in READABLE_VERSIONS:
        raise ConfigError(f"基线文件 {path}: 不支持的版本;{_RECREATE}")
    results = document.get("results")
    if not isinstance(results, list):
        raise ConfigError(f"基线文件 {path}: 键 results 须为含 fingerprint 的条目列表")
    entries = tuple(_checked_entry(path, index, entry) for index, entry in enumerate(results))
    return Baseline(path.resolve().parent, entries, version)
