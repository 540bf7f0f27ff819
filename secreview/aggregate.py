"""Lists of people: many rows that each identify a person become one group the officer handles as a whole."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache, reduce
from operator import or_

from secreview.build_cache import compile_regex
from secreview.categories import CATEGORIES
from secreview.categories import IDENTIFYING as _IDENTIFYING
from secreview.categories import PERSONAL as _PERSONAL
from secreview.extract.base import ExtractedText
from secreview.models import Category, Finding, FindingGroup, Severity

# A person row: one table row or line that carries a category that identifies a private person.
_BIT = {category: 1 << index for index, category in enumerate(Category)}
_IDENTIFYING_BITS = reduce(or_, (_BIT[category] for category in _IDENTIFYING))
_CELL = compile_regex(r"^(?:(?P<sheet>.+)!)?(?P<column>[A-Z]{1,3})(?P<row>\d+)$")
MIN_ROWS = 3
_LABELS = {category: info.label for category, info in CATEGORIES.items()}


@lru_cache(maxsize=4096)
def _cell(location: str) -> tuple[str, str, str] | None:
    """Sheet (or ""), column letters and row number of a cell reference such as ``名单!B7``."""
    cell = _CELL.match(location)
    return (cell["sheet"] or "", cell["column"], cell["row"]) if cell is not None else None


def list_groups(
    findings: list[Finding],
    extracted: ExtractedText,
    min_rows: int = MIN_ROWS,
    labels: Mapping[Category, str] = _LABELS,
) -> list[FindingGroup]:
    """One group per part whose rows identify at least ``min_rows`` private persons; categories are named
    with ``labels`` (the decision policy's)."""
    rows: dict[str, dict[str, int]] = {}  # area → row → the categories found in it, as bits
    columns: dict[str, dict[str, None]] = {}
    segment_at = extracted.segment_at
    for finding in findings:
        category = finding.category
        if category not in _PERSONAL or finding.severity is Severity.LOW:
            continue
        # The row: a table row (part and sheet, row number) or a line; the column: the segment's label.
        segment = segment_at(finding.start)
        label = segment.label if segment is not None else None
        cell = _cell(finding.location) if finding.location else None
        if cell is None:
            area, row, column = finding.part, str(finding.line), label or labels[category]
        else:
            sheet, letters, number = cell
            area, row, column = f"{finding.part}/{sheet}", number, label or f"{letters} 列"
        by_row = rows.setdefault(area, {})
        by_row[row] = by_row.get(row, 0) | _BIT[category]
        columns.setdefault(area, {})[column] = None
    groups = []
    for area, by_row in rows.items():
        persons = sum(1 for found in by_row.values() if found & _IDENTIFYING_BITS)
        if persons < min_rows:
            continue
        found_anywhere = reduce(or_, by_row.values())
        categories = [category for category in Category if found_anywhere & _BIT[category]]
        names = "、".join(labels[category] for category in categories)
        column_names = list(columns[area])
        groups.append(
            FindingGroup(
                part=area.split("/", 1)[0],
                persons=persons,
                categories=categories,
                columns=column_names,
                severity=Severity.HIGH,
                message=f"名单含 {persons} 名自然人的{names},须删除或遮盖:{'、'.join(column_names)}",
            )
        )
    return groups
