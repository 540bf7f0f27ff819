"""The Parquet catalog of an archive checked on Dask: OUT/documents/*.parquet (one row per document) and
OUT/findings/*.parquet (keyed by path), written by the client in batches as results arrive, so a crash
loses at most the batch in hand. Resumable: a document whose content hash is recorded is not checked
again. Readers take, per path, the row of the latest batch (``read_catalog`` does)."""

from __future__ import annotations

import json
import os
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path
from typing import Any

from secreview.catalog import count_attributes
from secreview.config import Settings
from secreview.distributed.cluster import DEFAULT_CHUNK, Checked, Client, extra, list_source, submit_all
from secreview.errors import ConfigError
from secreview.models import Category, Severity

pa = extra("pyarrow")
ds = extra("pyarrow.dataset")
pq = extra("pyarrow.parquet")
Table = Any  # a pyarrow.Table
DOCUMENTS = "documents"
FINDINGS = "findings"
DEFAULT_BATCH = 500
COUNT_PREFIX = "count_"

DOCUMENT_SCHEMA = pa.schema(
    [
        ("path", pa.string()),
        ("size", pa.int64()),
        ("sha256", pa.string()),
        ("title", pa.string()),
        ("document_number", pa.string()),
        ("declared_attribute", pa.string()),
        ("attribute", pa.string()),
        ("attribute_zh", pa.string()),
        ("reasons", pa.string()),  # JSON list of {category, message, basis}
        *[(severity.value, pa.int32()) for severity in Severity],
        *[(COUNT_PREFIX + category.value, pa.int32()) for category in Category],
        ("error", pa.string()),
        ("batch", pa.string()),
    ]
)
FINDING_SCHEMA = pa.schema(
    [
        ("path", pa.string()),
        ("sha256", pa.string()),
        ("rule", pa.string()),
        ("category", pa.string()),
        ("severity", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("part", pa.string()),
        ("location", pa.string()),
        ("line", pa.int64()),
        ("column", pa.int64()),
        ("message", pa.string()),
        ("text", pa.string()),  # null unless --include-text: the catalog must not become the leak
        ("replacement", pa.string()),  # the masked value keeps part of it: null unless --include-text too
        ("suppressed_by", pa.string()),  # accepted by the project (baseline, allow, ignore): not counted
        ("batch", pa.string()),
    ]
)

_FINDING_FIELDS = {
    "rule",
    "category",
    "severity",
    "start",
    "end",
    "part",
    "location",
    "line",
    "column",
    "message",
    "suppressed_by",
}
Progress = Callable[["Summary"], None]


@dataclass(slots=True)
class Summary:
    listed: int = 0
    checked: int = 0
    skipped: int = 0  # content hash already recorded
    errors: int = 0
    totals: dict[str, int] = field(default_factory=dict)

    @property
    def done(self) -> int:
        return self.checked + self.skipped


def document_row(checked: Checked, batch: str) -> dict[str, Any]:
    report = checked.report
    assert report is not None
    severities = Counter(finding.severity.value for finding in report.counted)
    categories = Counter(finding.category.value for finding in report.counted)
    reasons = [reason.model_dump(mode="json") for reason in report.reasons]
    return {
        "path": checked.path,
        "size": checked.size,
        "sha256": checked.sha256 or None,
        "title": checked.title,
        "document_number": checked.document_number,
        "declared_attribute": report.declared_attribute.value if report.declared_attribute else None,
        "attribute": report.attribute.value if report.attribute else None,
        "attribute_zh": report.attribute_zh,
        "reasons": json.dumps(reasons, ensure_ascii=False),
        **{severity.value: severities[severity.value] for severity in Severity},
        **{COUNT_PREFIX + category.value: categories[category.value] for category in Category},
        "error": report.error,
        "batch": batch,
    }


def finding_rows(checked: Checked, batch: str, include_text: bool) -> list[dict[str, Any]]:
    assert checked.report is not None
    return [
        {
            "path": checked.path,
            "sha256": checked.sha256,
            **finding.model_dump(mode="json", include=_FINDING_FIELDS),
            "text": finding.text if include_text else None,
            "replacement": finding.replacement if include_text else None,
            "batch": batch,
        }
        for finding in checked.report.findings
    ]


def _dataset(folder: Path, schema: Any) -> Table:
    if not folder.is_dir():
        return schema.empty_table()
    return ds.dataset(folder, format="parquet", schema=schema).to_table()


def read_catalog(output: str | PathLike[str]) -> tuple[Table, Table]:
    """(documents, findings) of a catalog, one row per path: that of its latest batch."""
    folder = Path(output)
    documents = _dataset(folder / DOCUMENTS, DOCUMENT_SCHEMA)
    findings = _dataset(folder / FINDINGS, FINDING_SCHEMA)
    latest = documents.group_by("path").aggregate([("batch", "max")]).rename_columns(["path", "batch"])
    documents = documents.join(latest, keys=["path", "batch"], join_type="left semi").sort_by("path")
    findings = findings.join(latest, keys=["path", "batch"], join_type="left semi")
    return documents, findings.sort_by([("path", "ascending"), ("start", "ascending")])


def totals(documents: Table) -> dict[str, int]:
    """Documents per recommended attribute, then those that could not be checked (``error``)."""
    return count_attributes(documents.column("attribute").to_pylist())


class CatalogWriter:
    """Appends batches to the catalog at ``output``; each Parquet file appears whole (written aside, then
    renamed), the findings of a batch before its documents, so documents on disk always have their findings.
    """

    def __init__(self, output: Path, include_text: bool, batch_size: int = DEFAULT_BATCH) -> None:
        if output.exists() and not output.is_dir():
            raise ConfigError(f"输出位置 {output} 已存在且不是文件夹(Parquet 目录是一个文件夹)")
        self.output = output
        self.include_text = include_text
        self.batch_size = max(1, batch_size)
        self._run = time.strftime("%Y%m%dT%H%M%S", time.gmtime()) + "-" + uuid.uuid4().hex[:8]
        self._sequence = 0
        self._documents: list[dict[str, Any]] = []
        self._findings: list[dict[str, Any]] = []
        for name in (DOCUMENTS, FINDINGS):
            (output / name).mkdir(parents=True, exist_ok=True)
        self._remove_leftovers()

    def _remove_leftovers(self) -> None:
        """Half-written files and the findings of a batch whose documents never got written (a crash)."""
        batches = {path.stem for path in (self.output / DOCUMENTS).glob("*.parquet")}
        for folder in (self.output / DOCUMENTS, self.output / FINDINGS):
            for path in folder.glob(".*"):
                path.unlink()
        for path in (self.output / FINDINGS).glob("*.parquet"):
            if path.stem not in batches:
                path.unlink()

    def recorded(self) -> dict[str, str]:
        """path → content hash of the documents already in the catalog."""
        documents, _ = read_catalog(self.output)
        pairs = zip(documents.column("path").to_pylist(), documents.column("sha256").to_pylist(), strict=True)
        return {path: sha256 for path, sha256 in pairs if sha256}

    @property
    def _batch(self) -> str:
        return f"{self._run}-{self._sequence:06d}"

    def add(self, checked: Checked) -> None:
        self._documents.append(document_row(checked, self._batch))
        self._findings.extend(finding_rows(checked, self._batch, self.include_text))
        if len(self._documents) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        if not self._documents:
            return
        name = f"{self._batch}.parquet"
        if self._findings:
            self._write(pa.Table.from_pylist(self._findings, schema=FINDING_SCHEMA), FINDINGS, name)
        self._write(pa.Table.from_pylist(self._documents, schema=DOCUMENT_SCHEMA), DOCUMENTS, name)
        self._documents, self._findings = [], []
        self._sequence += 1

    def _write(self, table: Table, folder: str, name: str) -> None:
        aside = self.output / folder / f".{name}.tmp"
        pq.write_table(table, aside)
        os.replace(aside, self.output / folder / name)


def run_catalog(
    source: str,
    output: Path,
    client: Client,
    *,
    settings: Settings | None = None,
    chunk: int = DEFAULT_CHUNK,
    batch_size: int = DEFAULT_BATCH,
    include_text: bool = False,
    progress: Progress | None = None,
) -> Summary:
    """Check every document of ``source`` not yet recorded in the catalog at ``output`` and add it, with
    the project's ``settings`` on every worker."""
    try:
        listed = client.submit(list_source, source, pure=False).result()
    except OSError as error:
        raise ConfigError(f"无法列出 {source} 中的文件({type(error).__name__}: {error})") from error
    writer = CatalogWriter(output, include_text, batch_size)
    recorded = writer.recorded()
    summary = Summary(listed=len(listed))
    items = [(path, recorded.get(path)) for path, _ in listed]
    for results in submit_all(client, items, settings or Settings(), chunk):
        for checked in results:
            if checked.report is None:
                summary.skipped += 1
                continue
            summary.checked += 1
            summary.errors += checked.report.error is not None
            writer.add(checked)
        if progress is not None:
            progress(summary)
    writer.flush()
    documents, _ = read_catalog(output)
    summary.totals = totals(documents)
    return summary
