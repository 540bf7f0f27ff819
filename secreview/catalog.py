"""The disclosure catalog of a folder: one row per document with its title, 文号, declared and recommended
attribute, reasons and counts of findings — what an office needs for its 主动公开目录 and annual report."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from secreview.catalog_marks import COLUMNS as _COLUMNS
from secreview.catalog_marks import MARKER
from secreview.document_fields import document_number_of, title_of
from secreview.engine import Engine
from secreview.errors import ConfigError
from secreview.models import Attribute, FileReport, Severity
from secreview.writer import write_atomic

UNCHECKED = "未能检查"
TOTAL_LABELS = {**{attribute.value: attribute.zh for attribute in Attribute}, "error": UNCHECKED}
FORMATS = (".csv", ".xlsx", ".json")
_WRONG_FORMAT = "目录文件须为 .csv、.xlsx 或 .json,不支持“{suffix}”"


@dataclass(frozen=True, slots=True)
class CatalogEntry:
    path: str
    title: str
    document_number: str
    declared_attribute: str
    declared_attribute_zh: str
    attribute: str  # proactive | redacted | on_request | withheld, or "" when the file could not be checked
    attribute_zh: str
    reasons: str
    high: int
    medium: int
    low: int
    error: str


def without_findings(text: str, report: FileReport) -> str:
    """The text with every counted finding starred out, so that the catalog's title cannot carry what it
    flags."""
    characters = list(text)
    for finding in report.counted:
        characters[finding.start : finding.end] = "*" * (finding.end - finding.start)
    return "".join(characters)


def entry_of(report: FileReport, text: str) -> CatalogEntry:
    """The catalog row of a checked document; its title never carries a flagged span. Findings the project
    accepted (``suppressed_by``) are not counted."""
    counts = Counter(finding.severity for finding in report.counted)
    return CatalogEntry(
        path=report.path,
        title=title_of(without_findings(text, report)),
        document_number=document_number_of(text),
        declared_attribute=report.declared_attribute.value if report.declared_attribute else "",
        declared_attribute_zh=report.declared_attribute.zh if report.declared_attribute else "",
        attribute=report.attribute.value if report.attribute else "",
        attribute_zh=report.attribute.zh if report.attribute else "",
        reasons=";".join(reason.message for reason in report.reasons),
        high=counts[Severity.HIGH],
        medium=counts[Severity.MEDIUM],
        low=counts[Severity.LOW],
        error=report.error or "",
    )


def catalog_file(engine: Engine, path: Path) -> CatalogEntry:
    """Review one document and describe it; a file that cannot be read still gets its row."""
    reviewed = engine.review_with_text(path)
    return entry_of(reviewed.report, reviewed.text)


def count_attributes(attributes: Iterable[str | None]) -> dict[str, int]:
    """Documents per recommended attribute in order of strictness, then those that could not be checked
    (key ``error``, for an empty or missing attribute)."""
    counted = Counter(attribute or "error" for attribute in attributes)
    return {
        **{attribute.value: counted[attribute.value] for attribute in Attribute},
        "error": counted["error"],
    }


def totals(entries: Sequence[CatalogEntry]) -> dict[str, int]:
    return count_attributes(entry.attribute for entry in entries)


def totals_zh(counts: dict[str, int]) -> str:
    """The totals as a line for an officer: 主动公开 3  删减后公开 1 …"""
    return "  ".join(f"{TOTAL_LABELS[key]} {count}" for key, count in counts.items())


def check_output(destination: Path) -> None:
    if destination.suffix.lower() not in FORMATS:
        raise ConfigError(_WRONG_FORMAT.format(suffix=destination.suffix or "(无扩展名)"))


def _rows(entries: Sequence[CatalogEntry]) -> list[list[str | int]]:
    return [list(_COLUMNS.values()), *([getattr(entry, field) for field in _COLUMNS] for entry in entries)]


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _inert(cell: str | int) -> str | int:
    """A CSV cell that a spreadsheet will not run as a formula (CSV injection, as OWASP advises: a text
    starting with = + - @ tab or CR gets a leading apostrophe). Numbers stay numbers."""
    return f"'{cell}" if isinstance(cell, str) and cell.startswith(_FORMULA_STARTS) else cell


def workbook(entries: Sequence[CatalogEntry]) -> bytes:
    """The catalog as an .xlsx workbook: the documents, then the totals by recommended attribute."""
    from secreview.xlsx_writer import workbook as build

    counts: list[list[str | int]] = [["建议属性", "文件数"]]
    counts += [[TOTAL_LABELS[key], count] for key, count in totals(entries).items()]
    # Cells are written as inline strings, never formulas; the archive comment marks the catalog as ours.
    return build([("公开属性目录", _rows(entries)), ("合计", counts)], comment=MARKER)


def render(entries: Sequence[CatalogEntry], suffix: str) -> str:
    if suffix == ".json":
        document = {"documents": [asdict(entry) for entry in entries], "totals": totals(entries)}
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if suffix == ".csv":
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\r\n").writerows(
            [_inert(cell) for cell in row] for row in _rows(entries)
        )
        return buffer.getvalue()
    raise ConfigError(_WRONG_FORMAT.format(suffix=suffix or "(无扩展名)"))


def write(entries: Sequence[CatalogEntry], destination: Path, inputs: Iterable[Path] = ()) -> None:
    """The catalog in the format of ``destination``'s suffix, written whole or not at all; never over one
    of ``inputs`` (the files it describes)."""
    suffix = destination.suffix.lower()
    if suffix == ".xlsx":
        data = workbook(entries)
    else:
        # utf-8-sig: Excel opens a CSV with a BOM as UTF-8.
        data = render(entries, suffix).encode("utf-8-sig" if suffix == ".csv" else "utf-8")
    write_atomic(destination, data, inputs=inputs, what="目录文件")
