"""What a project decides not to be told: rules selected or ignored (also per path), terms public in this
organisation, findings accepted in a baseline. The engine marks those findings (``suppressed_by``) before it
decides, and the decision counts only the unmarked ones. Also applies the masking style."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import regex

from secreview.baseline import relative_path
from secreview.config import RULE_SELECTOR, Config, MaskStyle, Settings
from secreview.errors import ConfigError
from secreview.ignorefiles import translate_glob
from secreview.masking import mask
from secreview.models import FileReport, Finding, Note, NoteKind, Suppression
from secreview.normalize import fold

# Separators that may differ between an allowed term and its occurrence: 0731-85880114, (0731)85880114.
_SEPARATORS = regex.compile(r"[\s\-–—()\[\].]+")


def _allow_key(text: str) -> str:
    return _SEPARATORS.sub("", fold(text)).lower()


def glob_regex(pattern: str) -> regex.Pattern[str]:
    """A path glob: ``**`` spans folders, ``*`` and ``?`` stay inside one. It matches at any depth
    (``公示/**`` is every 公示 folder) unless it starts with ``/``, which anchors it to the root."""
    pattern = pattern[1:] if pattern.startswith("/") else "**/" + pattern
    return regex.compile(translate_glob(pattern.rstrip("/")) + r"(?:/.*)?\Z")


def _most_specific(rule: str, selectors: Iterable[str]) -> int:
    return max((len(selector) for selector in selectors if rule.startswith(selector)), default=-1)


def rule_enabled(rule: str, select: Iterable[str], ignore: Iterable[str]) -> bool:
    """As in ruff: the longest matching selector wins, an ignore wins a tie; no `select` selects all."""
    selects = list(select) or [""]
    return _most_specific(rule, selects) > _most_specific(rule, ignore)


class Suppressor:
    """What a project does not want to be told, applied to the findings of one file at a time: each
    finding the project accepts is marked with ``suppressed_by`` and stays in the report; the decision
    counts only the unmarked ones. Holds no state between files."""

    def __init__(self, settings: Settings) -> None:
        self._root = settings.root
        self._select = list(settings.select)
        self._ignore = list(settings.ignore)
        self._per_file = [(glob_regex(glob), list(ids)) for glob, ids in settings.per_file_ignores]
        self._allow = [
            (term, key) for term, key in ((term, _allow_key(term)) for term in settings.allow) if key
        ]
        self.baseline = settings.baseline
        self._mask: MaskStyle = settings.mask

    def _ignores_for(self, path: str) -> list[str]:
        relative = relative_path(path, self._root)
        extra = [rule for pattern, rules in self._per_file if pattern.match(relative) for rule in rules]
        return [*self._ignore, *extra]

    def _allowed_by(self, finding: Finding) -> str | None:
        text = _allow_key(finding.text)
        return next((term for term, key in self._allow if key in text), None)

    def _why(self, finding: Finding, ignore: list[str], key: str | None) -> Suppression | None:
        if not rule_enabled(finding.rule, self._select, ignore):
            return Suppression.IGNORE
        if self._allowed_by(finding) is not None:
            return Suppression.ALLOW
        if self.baseline is not None and key is not None and self.baseline.accepts(key):
            return Suppression.BASELINE
        return None

    def _masked(self, finding: Finding) -> Finding:
        if self._mask == "partial" or finding.replacement is None:
            return finding
        return finding.model_copy(update={"replacement": mask(finding.text, (0, 0))})

    def mark(self, path: str, findings: list[Finding]) -> list[Finding]:
        """The findings of the file at ``path``, in their order, those the project accepts marked."""
        ignore = self._ignores_for(path)
        keys: list[str | None] = (
            list(self.baseline.keys(findings, path)) if self.baseline else [None] * len(findings)
        )
        marked = []
        for finding, key in zip(findings, keys, strict=True):
            why = self._why(finding, ignore, key)
            finding = self._masked(finding)
            marked.append(finding if why is None else finding.model_copy(update={"suppressed_by": why}))
        return marked

    def notes(self, files: Sequence[FileReport]) -> list[Note]:
        """Baseline entries of the checked files and allow-list terms that accepted nothing in this run."""
        checked = [file for file in files if file.error is None]
        if not checked:
            return []
        used_terms = {
            self._allowed_by(finding)
            for file in checked
            for finding in file.findings
            if finding.suppressed_by is Suppression.ALLOW
        }
        notes = [
            Note(
                kind=NoteKind.UNUSED_ALLOW_TERM, message=f"配置 allow 中的“{term}”在本次检查中未匹配任何结果"
            )
            for term, _ in self._allow
            if term not in used_terms
        ]
        return notes + self._unused_entries(checked)

    def _unused_entries(self, checked: Sequence[FileReport]) -> list[Note]:
        if self.baseline is None:
            return []
        used: set[str] = set()
        paths = set()
        for file in checked:
            keys = self.baseline.keys(file.findings, file.path)
            paths.add(relative_path(file.path, self.baseline.root))
            used.update(
                key
                for finding, key in zip(file.findings, keys, strict=True)
                if finding.suppressed_by is Suppression.BASELINE
            )
        return [
            Note(
                kind=NoteKind.UNUSED_BASELINE_ENTRY,
                message=f"基线条目 {entry['rule']} 已失效(文件中已无此结果),可用 baseline update 清理",
                path=entry.get("path"),
                line=entry.get("line"),
                rule=entry.get("rule"),
            )
            for entry in self.baseline.entries
            if entry.get("path") in paths and entry["fingerprint"] not in used
        ]


def validate_selectors(selectors: Iterable[str]) -> None:
    """Rule selectors given on the command line have the form of the configuration's."""
    for selector in selectors:
        if not regex.fullmatch(RULE_SELECTOR, selector):
            raise ConfigError(f"--select/--ignore: “{selector}”不是规则编号或前缀(如 PI、PI001)")


def excluded(files: Iterable[Path], explicit: set[Path], config: Config) -> list[Path]:
    """Files found inside folders minus those matching the configuration's ``exclude`` globs;
    files named on the command line are always kept."""
    patterns = [glob_regex(glob) for glob in config.exclude]
    if not patterns:
        return list(files)
    return [
        path
        for path in files
        if path in explicit or not any(p.match(relative_path(str(path), config.root)) for p in patterns)
    ]
