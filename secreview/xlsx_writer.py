"""A workbook of plain tables as .xlsx bytes: sheets of rows of text and whole numbers, nothing else.

Text is written as inline strings (never a formula, whatever it starts with); characters XML 1.0 cannot hold
are dropped. Enough for Excel, WPS and LibreOffice to open a catalog; no styles beyond a bold header row.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from collections.abc import Sequence
from xml.sax.saxutils import escape

import regex

from secreview.extract.tabular import column_letters

Cell = str | int
MAX_WIDTH = 60  # characters; longer values wrap in the cell when the officer widens it
Sheet = tuple[str, Sequence[Sequence[Cell]]]  # name, rows (the first row is the header)

_NOT_IN_XML = regex.compile(r"[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_NOT_IN_SHEET_NAME = regex.compile(r"[\[\]:*?/\\]")
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
_STYLES = (
    f'<styleSheet xmlns="{_MAIN}"><fonts count="2"><font><sz val="11"/><name val="等线"/></font>'
    '<font><b/><sz val="11"/><name val="等线"/></font></fonts><fills count="2"><fill><patternFill '
    'patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1">'
    '<border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
)


def _cell(reference: str, value: Cell, style: str) -> str:
    if isinstance(value, int):
        return f'<c r="{reference}"{style}><v>{value}</v></c>'
    text = escape(_NOT_IN_XML.sub("", value))
    return f'<c r="{reference}"{style} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def display_width(value: Cell) -> int:
    """Columns a value takes in a spreadsheet: CJK and other wide characters count two."""
    text = str(value)
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _columns(rows: Sequence[Sequence[Cell]]) -> str:
    """Column widths that fit the widest value of each column, within 8 and MAX_WIDTH."""
    count = max((len(row) for row in rows), default=0)
    widths = [
        min(
            MAX_WIDTH,
            max(8, 2 + max((display_width(row[index]) for row in rows if index < len(row)), default=0)),
        )
        for index in range(count)
    ]
    columns = "".join(
        f'<col min="{n}" max="{n}" width="{width}" customWidth="1"/>'
        for n, width in enumerate(widths, start=1)
    )
    return f"<cols>{columns}</cols>" if columns else ""


def filter_range(rows: Sequence[Sequence[Cell]]) -> str | None:
    """The autofilter range of a table (header and rows), or None for a header alone."""
    if len(rows) < 2:
        return None
    width = max(len(row) for row in rows)
    return f"A1:{column_letters(width)}{len(rows)}"


def _worksheet(rows: Sequence[Sequence[Cell]]) -> str:
    lines = []
    for number, row in enumerate(rows, start=1):
        style = ' s="1"' if number == 1 else ""
        cells = "".join(
            _cell(f"{column_letters(column)}{number}", value, style)
            for column, value in enumerate(row, start=1)
        )
        lines.append(f'<row r="{number}">{cells}</row>')
    frozen = (
        '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
        'state="frozen"/></sheetView></sheetViews>'
    )
    area = filter_range(rows)
    autofilter = f'<autoFilter ref="{area}"/>' if area else ""
    return (
        f'<worksheet xmlns="{_MAIN}">{frozen}{_columns(rows)}<sheetData>{"".join(lines)}</sheetData>'
        f"{autofilter}</worksheet>"
    )


def _sheet_name(name: str, taken: set[str]) -> str:
    base = _NOT_IN_SHEET_NAME.sub("_", name).strip("'")[:31] or "Sheet"
    chosen, number = base, 1
    while chosen.lower() in taken:
        number += 1
        chosen = f"{base[: 31 - len(str(number)) - 1]}_{number}"
    taken.add(chosen.lower())
    return chosen


def _absolute(cell: str) -> str:
    """``$C$7`` for ``C7``."""
    letters = cell.rstrip("0123456789")
    return f"${letters}${cell[len(letters) :]}"


def _defined_names(names: Sequence[str], sheets: Sequence[Sheet]) -> str:
    """The hidden names Excel keeps for each sheet's autofilter."""
    defined = []
    for index, (name, (_, rows)) in enumerate(zip(names, sheets, strict=True)):
        area = filter_range(rows)
        if area is not None:
            start, end = (_absolute(cell) for cell in area.split(":"))
            quoted = name.replace("'", "''")
            defined.append(
                f'<definedName name="_xlnm._FilterDatabase" localSheetId="{index}" hidden="1">'
                f"'{quoted}'!{start}:{end}</definedName>"
            )
    return f"<definedNames>{''.join(defined)}</definedNames>" if defined else ""


def workbook(sheets: Sequence[Sheet], comment: bytes = b"") -> bytes:
    """The .xlsx bytes of ``sheets``, in order; ``comment`` is the zip archive's comment."""
    taken: set[str] = set()
    names = [escape(_sheet_name(name, taken), {'"': "&quot;"}) for name, _ in sheets]
    entries = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            + "".join(
                f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{_SHEET_TYPE}"/>'
                for n in range(1, len(sheets) + 1)
            )
            + "</Types>"
        ),
        "_rels/.rels": (
            f'<Relationships xmlns="{_PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" '
            f'Type="{_RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<workbook xmlns="{_MAIN}" xmlns:r="{_RELATIONSHIPS}"><sheets>'
            + "".join(
                f'<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>' for n, name in enumerate(names, start=1)
            )
            + "</sheets>"
            + _defined_names(names, sheets)
            + "</workbook>"
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{_PACKAGE_RELATIONSHIPS}">'
            + "".join(
                f'<Relationship Id="rId{n}" Type="{_RELATIONSHIPS}/worksheet" '
                f'Target="worksheets/sheet{n}.xml"/>'
                for n in range(1, len(sheets) + 1)
            )
            + f'<Relationship Id="rId{len(sheets) + 1}" Type="{_RELATIONSHIPS}/styles" Target="styles.xml"/>'
            + "</Relationships>"
        ),
        "xl/styles.xml": _STYLES,
        **{f"xl/worksheets/sheet{n}.xml": _worksheet(rows) for n, (_, rows) in enumerate(sheets, start=1)},
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.comment = comment
        for name, xml in entries.items():
            package.writestr(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + xml)
    return buffer.getvalue()
