"""The redacted copy of a document for 删减后公开: each format's redactor applies the replacements of
``masking`` to the pieces of the file the offset map names, and the copy is checked again with the engine.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from secreview.categories import REDACTABLE
from secreview.errors import ConfigError, ExtractionError, SecreviewError
from secreview.extract import read_bytes
from secreview.extract.base import ExtractedText
from secreview.extract.txt import decode_text
from secreview.masking import (
    BLOCK_CHAR,
    MASK_CHAR,
    Replacement,
    Style,
    apply,
    block,
    mask,
    must_redact,
    replacements,
)
from secreview.models import Attribute, Category, FileReport, Finding, Severity
from secreview.ocr.redact import SCAN_SUFFIXES
from secreview.redact_beside import with_beside_figures
from secreview.redact_edits import FormatRedaction, encode_like
from secreview.redact_figures import (
    requested_figures,
    third_party_cut,
    with_repeated_figures,
    with_sibling_figures,
)
from secreview.writer import write_atomic

if TYPE_CHECKING:
    from secreview.engine import Engine

# Names that moved to ``masking`` and ``redact_edits``, still importable from here.
__all__ = [
    "BLOCK_CHAR",
    "MASK_CHAR",
    "REDACTABLE",
    "FormatRedaction",
    "RedactedCopy",
    "RedactionRefused",
    "Replacement",
    "Style",
    "apply",
    "block",
    "check_output_path",
    "encode_like",
    "mask",
    "must_redact",
    "redact_bytes",
    "redact_file",
    "replacements",
    "with_public_names",
]


def with_public_names(findings: Sequence[Finding], public_names: bool) -> Sequence[Finding]:
    """``findings``; with ``public_names`` (configuration ``redact-public-names``), the names a rule makes
    public (low person_name findings: 表彰, 录用, 低保公示 …) are redacted too, as medium ones."""
    if not public_names:
        return findings
    return [
        finding.model_copy(update={"severity": Severity.MEDIUM})
        if finding.category is Category.PERSON_NAME and finding.severity is Severity.LOW
        else finding
        for finding in findings
    ]


MAX_PASSES = 3
TEXT_SUFFIXES = (".txt", ".md")
DOCX_SUFFIX = ".docx"
REDACTABLE_SUFFIXES = (*TEXT_SUFFIXES, DOCX_SUFFIX, ".xlsx", ".xlsm", ".csv", ".html", ".htm")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
# Formats whose copy cuts the figures beside a third party's data (repeated, in the items and rows beside a
# cut, in a party's request): those cut by offsets of the extracted text, and a workbook, whose figures are
# cut in their cells alone (a scan's boxes are found by the findings' own places).
REPEATED_FIGURE_SUFFIXES = (*TEXT_SUFFIXES, DOCX_SUFFIX, ".csv", ".html", ".htm", *XLSX_SUFFIXES)


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


def outside_set_aside(findings: Sequence[Finding], reported: Sequence[Finding]) -> list[Finding]:
    """The findings to cut, less those the figures policy added over a span the project set aside (ignore,
    allow, baseline): a figure the user kept stays, whatever is cut beside it."""
    set_aside = [(finding.start, finding.end) for finding in reported if finding.suppressed_by is not None]
    if not set_aside:
        return list(findings)
    own = {(finding.rule, finding.start, finding.end) for finding in reported}
    return [
        finding
        for finding in findings
        if (finding.rule, finding.start, finding.end) in own
        or not any(finding.start < end and start < finding.end for start, end in set_aside)
    ]


def redact_bytes(
    engine: Engine, data: bytes, suffix: str, path: str, style: Style = Style.MASK, public_names: bool = False
) -> RedactedCopy:
    """Redact a document given as bytes; the copy is re-checked (and redacted again when removing
    tracked deletions joins text into a new finding, at most MAX_PASSES times)."""
    suffix = suffix.lower()
    if suffix not in REDACTABLE_SUFFIXES and suffix not in SCAN_SUFFIXES:
        supported = "、".join((*REDACTABLE_SUFFIXES, *SCAN_SUFFIXES))
        raise ExtractionError(f"删减稿只支持 {supported} 文件,不支持“{suffix or '(无扩展名)'}”")
    from secreview.engine import Document

    extracted = engine.extract(Document(path, data, suffix))
    # Parts not read that the copy leaves out (embedded objects, a .docx's altChunks) do not stop it.
    removed_unread = suffix in (DOCX_SUFFIX, ".xlsx", ".xlsm") and _all_left_out(extracted, suffix)
    if removed_unread:
        extracted = replace(extracted, unchecked=[])
    original = engine.review(extracted, path)
    if original.error is not None:
        raise ExtractionError(original.error)
    if original.attribute is Attribute.WITHHELD:
        raise RedactionRefused(original)
    if not removed_unread and not any(must_redact(finding) for finding in original.findings):
        cleared = _metadata_cleared(data, suffix)
        recheck = (
            original
            if cleared == data
            else engine.review(engine.extract(Document(path, cleared, suffix)), path)
        )
        said = ("已清除文档属性中的作者信息,其余内容与原文件相同",) if cleared != data else ()
        return RedactedCopy(cleared, 0, original, recheck, said, unchanged=True)
    report, replaced, notes = original, 0, dict[str, None]()
    # A third party's data the copy cuts: once nothing else is left to cut, the figures of the sentences
    # where the party asks to keep its information back go too (not before: the copy's own review may cut
    # such a sentence's paragraph whole once it reads as the party's data).
    requesting = third_party_cut(original.findings) if suffix in REPEATED_FIGURE_SUFFIXES else None
    findings: Sequence[Finding]
    figures: Sequence[Finding] = ()
    for passes in range(MAX_PASSES + 1):
        if not any(must_redact(finding) for finding in report.findings) and passes:
            if requesting is None:
                break
            findings = outside_set_aside(requested_figures(extracted, requesting), original.findings)
            figures, requesting = findings, None
            if not findings:
                break
        elif passes == MAX_PASSES:
            break
        else:
            findings, figures = with_public_names(report.findings, public_names), ()
            if not passes and suffix in REPEATED_FIGURE_SUFFIXES:
                beside = with_beside_figures(extracted, with_sibling_figures(extracted, findings))
                found = set(findings)
                findings = outside_set_aside(with_repeated_figures(extracted, beside), report.findings)
                figures = [finding for finding in findings if finding not in found]
        result = _redact_once(data, suffix, extracted, findings, style, figures)
        data, replaced = result.data, replaced + result.replaced
        notes.update(dict.fromkeys(result.notes))
        extracted = engine.extract(Document(path, data, suffix))
        report = engine.review(extracted, path)
        if report.error is not None:
            raise ExtractionError(report.error)
    return RedactedCopy(data, replaced, original, report, tuple(notes))


def redact_file(
    engine: Engine,
    source: Path,
    target: Path,
    style: Style = Style.MASK,
    *,
    force: bool = False,
    public_names: bool = False,
) -> RedactedCopy:
    """Write the redacted copy of ``source`` to ``target``; ``source`` is only read."""
    check_output_path(source, target, force=force)
    copy = redact_bytes(engine, read_bytes(source), source.suffix, str(source), style, public_names)
    # Checked again now that the copy is made: the target may have appeared meanwhile.
    check_output_path(source, target, force=force)
    write_atomic(target, copy.data, inputs=[source], what="删减稿")
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


def _all_left_out(extracted: ExtractedText, suffix: str) -> bool:
    """Whether every part not read is one a redacted Office copy leaves out: embedded objects, and a
    .docx's altChunks."""
    left_out = ("embedded:", "altchunk:") if suffix == DOCX_SUFFIX else ("embedded:",)
    return bool(extracted.unchecked) and all(item.part.startswith(left_out) for item in extracted.unchecked)


def _metadata_cleared(data: bytes, suffix: str) -> bytes:
    """The document with only the author fields cleared (Office formats); other formats unchanged."""
    if suffix == DOCX_SUFFIX or suffix in (".xlsx", ".xlsm"):
        from secreview.redact_docx import clear_authors

        return clear_authors(data, suffix.lstrip("."))
    return data


def _redact_once(
    data: bytes,
    suffix: str,
    extracted: ExtractedText,
    findings: Sequence[Finding],
    style: Style,
    figures: Sequence[Finding] = (),
) -> FormatRedaction:
    """``findings`` redacted in the copy; ``figures`` are those of them the figures policy added (a workbook
    cuts them where each stands alone: its cell, note, header, text box or place, never package-wide)."""
    if suffix in SCAN_SUFFIXES:  # black boxes drawn on the page images, whatever the style
        from secreview.ocr.redact import redact_scan

        return redact_scan(data, suffix, extracted, findings)
    if suffix in XLSX_SUFFIXES:
        from secreview.redact_xlsx import redact_xlsx

        added = set(figures)
        cuts = [finding for finding in findings if finding not in added]
        return redact_xlsx(data, extracted, cuts, replacements(cuts, style), replacements(figures, style))
    changes = replacements(findings, style)
    if suffix == DOCX_SUFFIX:
        from secreview.redact_docx import DocxRedactionError, redact_docx
        from secreview.redact_places import redact_docx_places

        try:
            redacted = redact_docx(data, findings, style, redact_docx_places)
        except DocxRedactionError as error:
            raise ExtractionError(f"无法生成删减稿: {error}") from error
        return FormatRedaction(redacted.data, redacted.replaced, redacted.notes)
    if suffix == ".csv":
        from secreview.redact_csv import redact_csv

        return redact_csv(data, extracted, changes)
    if suffix in (".html", ".htm"):
        from secreview.redact_html import redact_html

        return redact_html(data, changes)
    if suffix == ".md":
        from secreview.redact_markdown import refuse_rendered

        refuse_rendered(extracted, changes)
    text, encoding = decode_text(data)
    # The codec the text was read with writes it back the same way (utf-8-sig keeps its BOM).
    return FormatRedaction(encode_like(apply(text, changes), encoding, data), len(changes))
