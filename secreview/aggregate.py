"""Lists of people: many rows that each identify a person become one group the officer handles as a whole."""

from __future__ import annotations

import regex

from secreview.extract.base import ExtractedText
from secreview.models import Category, Finding, FindingGroup, Severity

# A person row: one table row or line that carries an identifier or a name of a private person.
_IDENTIFYING = frozenset({Category.ID_NUMBER, Category.PHONE, Category.BANK_ACCOUNT, Category.PERSON_NAME})
_PERSONAL = _IDENTIFYING | {
    Category.EMAIL,
    Category.VEHICLE_PLATE,
    Category.ADDRESS,
    Category.SENSITIVE_PERSONAL,
}
_CELL = regex.compile(r"^(?:(?P<sheet>.+)!)?(?P<column>[A-Z]{1,3})(?P<row>\d+)$")
MIN_ROWS = 3
_CATEGORY_ZH = {
    Category.ID_NUMBER: "身份证件号码",
    Category.PHONE: "电话号码",
    Category.BANK_ACCOUNT: "银行账号",
    Category.PERSON_NAME: "姓名",
    Category.EMAIL: "电子邮箱",
    Category.VEHICLE_PLATE: "车牌号",
    Category.ADDRESS: "住址",
    Category.SENSITIVE_PERSONAL: "敏感个人信息",
}


def _row_and_column(finding: Finding, extracted: ExtractedText) -> tuple[tuple[str, str], str]:
    """The row a finding belongs to (part and row or line) and the name of its column."""
    segment = extracted.segment_at(finding.start)
    cell = _CELL.match(finding.location or "")
    if cell is not None:
        row = (f"{finding.part}/{cell['sheet'] or ''}", cell["row"])
        column = segment.label if segment is not None and segment.label else f"{cell['column']} 列"
        return row, column
    label = segment.label if segment is not None and segment.label else _CATEGORY_ZH[finding.category]
    return (finding.part, str(finding.line)), label


def list_groups(
    findings: list[Finding], extracted: ExtractedText, min_rows: int = MIN_ROWS
) -> list[FindingGroup]:
    """One group per part whose rows identify at least ``min_rows`` private persons."""
    rows: dict[str, dict[str, set[Category]]] = {}
    columns: dict[str, dict[str, None]] = {}
    for finding in findings:
        if finding.category not in _PERSONAL or finding.severity is Severity.LOW:
            continue
        (area, row), column = _row_and_column(finding, extracted)
        rows.setdefault(area, {}).setdefault(row, set()).add(finding.category)
        columns.setdefault(area, {})[column] = None
    groups = []
    for area, by_row in rows.items():
        persons = sum(1 for categories in by_row.values() if categories & _IDENTIFYING)
        if persons < min_rows:
            continue
        categories = sorted(
            {category for found in by_row.values() for category in found}, key=list(Category).index
        )
        names = "、".join(_CATEGORY_ZH[category] for category in categories)
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
