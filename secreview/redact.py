"""Masks for matched text, and the redacted copy of a document for 删减后公开.

Redaction replaces every high or medium finding of a personal or third-party category by its
``replacement`` (or a full block with ``style=FULL``); it depends on the report only, never on the engine.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from secreview.categories import REDACTABLE  # the categories a redacted copy removes
from secreview.errors import ConfigError, ExtractionError, SecreviewError
from secreview.extract import extract_bytes, read_bytes
from secreview.extract.base import ExtractedText
from secreview.extract.txt import decode_text
from secreview.models import Attribute, FileReport, Finding, Severity

if TYPE_CHECKING:
    from secreview.engine import Engine

MASK_CHAR = "*"
BLOCK_CHAR = "■"


class Style(StrEnum):
    MASK = "mask"  # the finding's replacement, e.g. 430102********1234
    FULL = "full"  # every character but spaces becomes a block


def mask(original: str, keep: tuple[int, int]) -> str:
    """Hide every letter, digit or character of ``original`` except the first and last ``keep``;
    separators such as spaces and hyphens stay where they are."""
    keep_start, keep_end = keep
    if keep_end <= len(original) and original.isalnum():  # no separators: one run of hidden characters
        hidden_count = len(original) - keep_start - keep_end
        if hidden_count <= 0:
            return original
        return original[:keep_start] + MASK_CHAR * hidden_count + original[keep_start + hidden_count :]
    visible = [index for index, char in enumerate(original) if char.isalnum()]
    hidden = set(visible[keep_start : len(visible) - keep_end] if keep_end else visible[keep_start:])
    return "".join(MASK_CHAR if index in hidden else char for index, char in enumerate(original))


def block(original: str) -> str:
    """A full block of the same length; whitespace (line breaks in particular) stays."""
    return "".join(char if char.isspace() else BLOCK_CHAR for char in original)


@dataclass(frozen=True, slots=True)
class Replacement:
    """Characters ``[start, end)`` of the extracted text become ``text`` (same length when possible)."""

    start: int
    end: int
    text: str


def must_redact(finding: Finding) -> bool:
    """A high or medium finding of a redactable category that the project did not accept (allow, ignore)."""
    return (
        finding.category in REDACTABLE
        and finding.severity in (Severity.HIGH, Severity.MEDIUM)
        and finding.suppressed_by is None
    )


def replacements(findings: Iterable[Finding], style: Style = Style.MASK) -> list[Replacement]:
    """Non-overlapping replacements in text order; overlapping findings merge into one full block."""
    chosen = sorted((f for f in findings if must_redact(f)), key=lambda f: (f.start, -f.end))
    merged: list[tuple[int, int, str, bool]] = []  # start, end, original text, keep the finding's mask
    masks: dict[tuple[int, int], str] = {}
    for finding in chosen:
        if style is Style.MASK and finding.replacement is not None:
            masks[(finding.start, finding.end)] = finding.replacement
        if merged and finding.start < merged[-1][1]:
            start, end, text, _ = merged[-1]
            if finding.end > end:
                text += finding.text[end - finding.start :]
                end = finding.end
            merged[-1] = (start, end, text, False)
            continue
        merged.append((finding.start, finding.end, finding.text, True))
    result = []
    for start, end, text, single in merged:
        replacement = masks.get((start, end)) if single else None
        result.append(Replacement(start, end, replacement if replacement is not None else block(text)))
    return result


def apply(text: str, changes: Sequence[Replacement]) -> str:
    """``text`` with the non-overlapping ``changes`` applied."""
    pieces: list[str] = []
    position = 0
    for change in changes:
        pieces.append(text[position : change.start])
        pieces.append(change.text)
        position = change.end
    pieces.append(text[position:])
    return "".join(pieces)


MAX_PASSES = 3
TEXT_SUFFIXES = (".txt", ".md")
DOCX_SUFFIX = ".docx"
REDACTABLE_SUFFIXES = (*TEXT_SUFFIXES, DOCX_SUFFIX, ".xlsx", ".xlsm", ".csv", ".html", ".htm")


class RedactionRefused(SecreviewError):
    """The document cannot be published even redacted (its recommendation is withheld)."""

    def __init__(self, report: FileReport) -> None:
        super().__init__("建议属性为“不公开”,不能删减后公开,未生成删减稿")
        self.report = report


@dataclass(frozen=True, slots=True)
class RedactedCopy:
    """The redacted bytes, what was replaced, and the report of the copy itself.

    ``notes`` say what else the copy lost (thumbnail, images, comments …); ``unchanged`` is true when the
    original had nothing to redact and the copy differs from it at most by the metadata redaction clears.
    """

    data: bytes
    replaced: int
    original: FileReport
    recheck: FileReport
    notes: tuple[str, ...] = ()
    unchanged: bool = False

    @property
    def remaining(self) -> list[Finding]:
        """Findings the copy still has that a redacted copy must not have."""
        return [finding for finding in self.recheck.findings if must_redact(finding)]


@dataclass(frozen=True, slots=True)
class FormatRedaction:
    """What one format's redactor returns: the new bytes, spans replaced, and notes for the officer."""

    data: bytes
    replaced: int
    notes: tuple[str, ...] = ()


def redact_bytes(
    engine: Engine, data: bytes, suffix: str, path: str, style: Style = Style.MASK
) -> RedactedCopy:
    """Redact a document given as bytes; the copy is re-checked (and redacted again when removing
    tracked deletions joins text into a new finding, at most MAX_PASSES times)."""
    suffix = suffix.lower()
    if suffix not in REDACTABLE_SUFFIXES:
        supported = "、".join(REDACTABLE_SUFFIXES)
        raise ExtractionError(f"删减稿只支持 {supported} 文件,不支持“{suffix or '(无扩展名)'}”")
    extracted = extract_bytes(data, suffix)
    original = engine.review(extracted, path)
    if original.error is not None:
        raise ExtractionError(original.error)
    if original.attribute is Attribute.WITHHELD:
        raise RedactionRefused(original)
    if not any(must_redact(finding) for finding in original.findings):
        cleared = _metadata_cleared(data, suffix)
        recheck = original if cleared == data else engine.review(extract_bytes(cleared, suffix), path)
        said = ("已清除文档属性中的作者信息,其余内容与原文件相同",) if cleared != data else ()
        return RedactedCopy(cleared, 0, original, recheck, said, unchanged=True)
    report, replaced, notes = original, 0, dict[str, None]()
    for _ in range(MAX_PASSES):
        if not any(must_redact(finding) for finding in report.findings) and replaced:
            break
        result = _redact_once(data, suffix, extracted, report.findings, style)
        data, replaced = result.data, replaced + result.replaced
        notes.update(dict.fromkeys(result.notes))
        extracted = extract_bytes(data, suffix)
        report = engine.review(extracted, path)
        if report.error is not None:
            raise ExtractionError(report.error)
    return RedactedCopy(data, replaced, original, report, tuple(notes))


def redact_file(
    engine: Engine, source: Path, target: Path, style: Style = Style.MASK, *, force: bool = False
) -> RedactedCopy:
    """Write the redacted copy of ``source`` to ``target``; ``source`` is only read."""
    check_output_path(source, target, force=force)
    copy = redact_bytes(engine, read_bytes(source), source.suffix, str(source), style)
    try:
        target.write_bytes(copy.data)
    except OSError as error:
        raise ConfigError(f"无法写入删减稿 {target}: {error.strerror or error}") from error
    return copy


def check_output_path(source: Path, target: Path, *, force: bool = False) -> None:
    """Refuse a target that is the source (by any path), of another type, or existing without ``force``."""
    if source.suffix.lower() != target.suffix.lower():
        raise ConfigError(
            f"删减稿的扩展名须与原文件相同(“{source.suffix}”),而不是“{target.suffix or '(无扩展名)'}”"
            " / the output must have the input's extension"
        )
    same = target.resolve() == source.resolve()
    if same or (target.exists() and source.exists() and target.samefile(source)):
        raise ConfigError("输出文件不能与原文件相同 / the output must differ from the input")
    if target.exists() and not force:
        raise ConfigError(f"删减稿 {target} 已存在,如需覆盖请加 --force / the output exists, use --force")


def _metadata_cleared(data: bytes, suffix: str) -> bytes:
    """The document with only the author fields cleared (Office formats); other formats unchanged."""
    if suffix == DOCX_SUFFIX or suffix in (".xlsx", ".xlsm"):
        from secreview.redact_docx import clear_authors

        return clear_authors(data, suffix.lstrip("."))
    return data


def _redact_once(
    data: bytes, suffix: str, extracted: ExtractedText, findings: Sequence[Finding], style: Style
) -> FormatRedaction:
    changes = replacements(findings, style)
    if suffix == DOCX_SUFFIX:
        from secreview.redact_docx import redact_docx

        redacted = redact_docx(data, findings, style)
        return FormatRedaction(redacted.data, redacted.replaced, redacted.notes)
    if suffix in (".xlsx", ".xlsm"):
        from secreview.redact_xlsx import redact_xlsx

        return redact_xlsx(data, extracted, findings, changes)
    if suffix == ".csv":
        from secreview.redact_csv import redact_csv

        return redact_csv(data, extracted, changes)
    if suffix in (".html", ".htm"):
        from secreview.redact_html import redact_html

        return redact_html(data, changes)
    text, encoding = decode_text(data)
    # The codec the text was read with writes it back the same way (utf-8-sig keeps its BOM).
    return FormatRedaction(encode_like(apply(text, changes), encoding, data), len(changes))


def encode_like(text: str, encoding: str, original: bytes) -> bytes:
    """``text`` encoded as ``original`` was, a UTF-16/32 byte order mark in the same byte order."""
    if encoding in ("utf-16", "utf-32"):
        for name in (f"{encoding}-le", f"{encoding}-be"):
            bom = "\ufeff".encode(name)
            if original.startswith(bom):
                return bom + text.encode(name)
    return text.encode(encoding)
