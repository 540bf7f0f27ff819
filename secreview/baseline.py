"""Accepted findings (like detect-secrets' baseline): recorded by fingerprint, never by their text.

fingerprint = sha256(rule id, normalized match, path relative to the baseline's folder). Line numbers are
only a hint: moving a paragraph does not make an accepted finding new.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from secreview import __version__
from secreview.errors import ConfigError
from secreview.models import FileReport, Finding
from secreview.normalize import fold

BASELINE_VERSION = 1
DEFAULT_BASELINE = ".secreview-baseline.json"
_RECREATE = "可用 secreview baseline create 重新生成"


def relative_path(path: str, root: Path) -> str:
    """``path`` relative to ``root`` when it lies inside it, in POSIX form either way."""
    resolved = Path(path).resolve()
    try:
        return resolved.relative_to(root.resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


def fingerprint(rule: str, text: str, path: str) -> str:
    normalized = "".join(fold(text).split())
    return hashlib.sha256("\0".join([rule, normalized, path]).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Baseline:
    root: Path
    fingerprints: frozenset[str]

    def key(self, finding: Finding, path: str) -> str:
        return fingerprint(finding.rule, finding.text, relative_path(path, self.root))

    def accepts(self, finding: Finding, path: str) -> bool:
        return self.key(finding, path) in self.fingerprints


def create(files: Iterable[FileReport], destination: Path) -> dict[str, Any]:
    """The baseline document accepting every finding of ``files``; paths relative to its folder."""
    root = destination.resolve().parent
    entries = []
    for file in files:
        path = relative_path(file.path, root)
        for finding in file.findings:
            entries.append(
                {
                    "fingerprint": fingerprint(finding.rule, finding.text, path),
                    "rule": finding.rule,
                    "category": finding.category.value,
                    "path": path,
                    "line": finding.line,
                    "reason": "",
                    "reviewer": "",
                }
            )
    unique = {entry["fingerprint"]: entry for entry in entries}
    ordered = sorted(unique.values(), key=lambda entry: (entry["path"], entry["line"], entry["rule"]))
    return {"version": BASELINE_VERSION, "generated_by": f"secreview {__version__}", "results": ordered}


def write(document: dict[str, Any], destination: Path) -> None:
    destination.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def load(path: Path) -> Baseline:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"基线文件 {path} 无法读取: {error.strerror};{_RECREATE}") from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ConfigError(f"基线文件 {path} 不是有效的 JSON;{_RECREATE}") from error
    if not isinstance(document, dict) or document.get("version") != BASELINE_VERSION:
        raise ConfigError(f"基线文件 {path}: 不支持的版本;{_RECREATE}")
    results = document.get("results")
    if not isinstance(results, list) or not all(
        isinstance(entry, dict) and isinstance(entry.get("fingerprint"), str) for entry in results
    ):
        raise ConfigError(f"基线文件 {path}: 键 results 须为含 fingerprint 的条目列表")
    return Baseline(path.resolve().parent, frozenset(entry["fingerprint"] for entry in results))
