"""Which files a list of paths stands for: files as given, folders walked in a stable order."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from secreview.extract import supported


@dataclass(slots=True)
class Collected:
    files: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)  # unsupported files found inside folders


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def collect(paths: Iterable[Path]) -> Collected:
    """Files named explicitly are always checked (an unsupported one becomes an error);
    inside folders, unsupported files and hidden folders such as ``.git`` are skipped."""
    collected = Collected()
    for path in paths:
        if not path.is_dir():
            collected.files.append(path)
            continue
        for child in sorted(path.rglob("*")):
            if not child.is_file() or _hidden(child, path):
                continue
            (collected.files if supported(child) else collected.skipped).append(child)
    return collected
