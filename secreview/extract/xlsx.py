"""Text of an .xlsx workbook, read straight from its SpreadsheetML parts.

Every sheet in workbook order, hidden and very hidden ones included, and every cell that
holds a value, whatever the row or column visibility: hidden data is published with the
file. Part ``sheet:<name>``, location the cell reference (``C7``), label the column heading.
Sheet headers/footers follow each sheet (``header``/``footer``), then cell comments
(``comment``, location ``<sheet>!C7``) and text boxes drawn over sheets (``textbox``,
location the sheet name), then document properties (``metadata``), the places of ``xlsx_places``, of
``xlsx_hidden``, of ``xlsx_unseen``, of ``xlsx_panes`` and of ``xlsx_views``.
Numbers are shown with all the digits stored (no exponent form), so a long ID typed into a
number cell is still seen; dates stay serial numbers, as number formats are not applied.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from xml.etree.ElementTree import Element

import regex

from secreview.errors import ExtractionError
from secreview.extract.base import COMMENT, FOOTER, HEADER, TEXTBOX, ExtractedText, TextBuilder
from secreview.extract.ooxml import Relationship, add_properties, relationship_id, relationships
from secreview.extract.ooxml_places import nesting_scope
from secreview.extract.tabular import Cell, column_letters, column_number, non_empty_rows, write_rows
from secreview.extract.xlsx_hidden import add_workbook_hidden
from secreview.extract.xlsx_panes import add_workbook_panes
from secreview.extract.xlsx_places import (
    SETTING_ELEMENTS,
    START_ELEMENTS,
    SheetPlaces,
    add_defined_names,
    add_package_places,
    add_sheet_places,
)
from secreview.extract.xlsx_unseen import add_workbook_unseen
from secreview.extract.xlsx_views import add_workbook_views
from secreview.extract.xmlsafe import child, children, descendants, iter_xml, local_name, parse_xml
from secreview.extract.ziputil import SafeZip, open_zip

_WORKBOOK_FALLBACK = "xl/workbook.xml"
_CELL_SHEETS = frozenset({"worksheet", "dialogsheet", "xlMacrosheet", "xlIntlMacrosheet"})
_REFERENCE = regex.compile(r"([A-Za-z]{1,3})([0-9]{1,7})")
_MAX_PLAIN_EXPONENT = 30
# About half a kilobyte of memory per cell: a workbook beyond this is refused, not read in gigabytes.
MAX_CELLS = 2_000_000
# &"font,style", &12 (size), &K00FF00 (colour) and one-letter codes (&P page, &L left…) in header text.
HEADER_FOOTER_CODES = regex.compile(r'&(?:"[^"]*"|\d+|K[0-9A-Fa-f]{6}|[A-Za-z])')
# The header and footer elements of a sheet's headerFooter, and the part each one's text is in.
HEADER_FOOTER_PARTS = {
    "oddHeader": HEADER,
    "evenHeader": HEADER,
    "firstHeader": HEADER,
    "oddFooter": FOOTER,
    "evenFooter": FOOTER,
    "firstFooter": FOOTER,
}


def extract_xlsx(data: bytes) -> ExtractedText:
    """The text of an .xlsx file; ExtractionError (one Chinese line) if it cannot be read safely."""
    return extract_xlsx_nested(data, 0)


def extract_xlsx_nested(data: bytes, depth: int) -> ExtractedText:
    """The text of an .xlsx file embedded ``depth`` packages deep in another document (0: the file)."""
    with open_zip(data, "xlsx") as package, nesting_scope(depth):
        return _WorkbookReader(package, depth).read()


def display_number(raw: str) -> str:
    """A stored number with all its digits, never in exponent form (``4.3E+17``).

    The digits are those the file holds: a long ID typed into a number cell has already lost
    its last digits to floating point, but what is left is still shown to the rules.
    """
    text = raw.strip()
    if "e" not in text.lower():
        return text
    try:
        value = Decimal(text)
    except InvalidOperation:
        return text
    if not value.is_finite() or abs(value.adjusted()) > _MAX_PLAIN_EXPONENT:
        return text
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


def header_footer_text(text: str) -> str:
    """The text of a header or footer as shown, its formatting codes taken out (``&&`` is one ``&``)."""
    return HEADER_FOOTER_CODES.sub(" ", text.replace("&&", "\0")).replace("\0", "&").strip()


def _rich_text(element: Element) -> str:
    """Text of a shared string, inline string or comment: ``t`` runs, without phonetic guides."""
    pieces: list[str] = []
    for item in element:
        name = local_name(item.tag)
        if name == "t":
            pieces.append(item.text or "")
        elif name == "r":
            pieces += [run.text or "" for run in children(item, "t")]
    return "".join(pieces)


def _phonetic_guides(element: Element) -> list[str]:
    """The phonetic guides (``rPh``) of a shared or inline string, which Excel shows above it on request."""
    return ["".join(run.text or "" for run in children(item, "t")) for item in children(element, "rPh")]


class _WorkbookReader:
    def __init__(self, package: SafeZip, depth: int = 0) -> None:
        self._package = package
        self._out = TextBuilder()
        self._shared: list[str] = []
        self._shared_member = ""
        self._used: set[int] = set()  # shared strings a cell shows
        self._cells = 0
        self._member = ""  # the sheet being read
        self._depth = depth
        self._places: list[tuple[str, str, SheetPlaces]] = []  # (sheet name, member, places)
        self._phonetic: list[tuple[str, str]] = []  # (member, text) of phonetic guides

    def read(self) -> ExtractedText:
        workbook_part = next(
            (r.target for r in relationships(self._package, "") if r.kind == "officeDocument"),
            _WORKBOOK_FALLBACK,
        )
        if workbook_part not in self._package:
            raise ExtractionError("文件不是有效的 .xlsx 文件(缺少工作簿部件),未检查")
        workbook = parse_xml(self._package.read(workbook_part), workbook_part)
        if local_name(workbook.tag) != "workbook":
            raise ExtractionError("文件不是 Excel 工作簿(.xlsx),未检查")
        links = {r.id: r for r in relationships(self._package, workbook_part)}
        for link in links.values():
            if link.kind == "sharedStrings" and link.target in self._package:
                self._shared = self._shared_strings(link.target)
                self._shared_member = link.target
        annotations: list[tuple[str, Relationship]] = []
        drawings: list[str] = []
        read: set[str] = set()
        for sheet in descendants(workbook, "sheet"):
            name = sheet.get("name") or "?"
            sheet_link = links.get(relationship_id(sheet) or "")
            if sheet_link is None or sheet_link.target in read:
                continue  # a part listed again was read under its first name
            read.add(sheet_link.target)
            if sheet_link.kind == "chartsheet":
                # A chart sheet holds no cells; its drawing holds the chart, read with the others.
                links_of_chart = relationships(self._package, sheet_link.target)
                drawings += [
                    r.target for r in links_of_chart if r.kind == "drawing" and r.target in self._package
                ]
            if sheet_link.kind not in _CELL_SHEETS:
                continue
            self._sheet(name, sheet_link.target)
            annotations += [
                (name, r)
                for r in relationships(self._package, sheet_link.target)
                if r.kind in ("comments", "drawing")
            ]
        for sheet_name, link in annotations:
            if link.target not in self._package:
                continue
            if link.kind == "comments":
                self._comments(sheet_name, link.target)
            else:
                self._drawing(sheet_name, link.target)
                drawings.append(link.target)
        add_properties(self._package, self._out)
        add_defined_names(workbook, self._out)
        add_sheet_places(self._package, self._out, self._places)
        members = [member for _, member, _ in self._places]
        drawings = list(dict.fromkeys(drawings))
        add_package_places(self._package, self._out, workbook_part, members, drawings, self._depth)
        unused = [text for index, text in enumerate(self._shared) if index not in self._used]
        sheets = [(name, member) for name, member, _ in self._places]
        hidden = (self._shared_member, unused)
        add_workbook_hidden(self._package, self._out, (workbook_part, workbook), sheets, hidden)
        add_workbook_unseen(self._package, self._out, (workbook_part, workbook), self._phonetic)
        add_workbook_panes(self._package, self._out, (workbook_part, workbook), sheets)
        add_workbook_views(self._package, self._out, (workbook_part, workbook), self._places, drawings)
        return self._out.build(encoding=None)

    def _shared_strings(self, part_name: str) -> list[str]:
        strings: list[str] = []
        parent: Element | None = None
        for event, element in iter_xml(self._package.read(part_name), part_name):
            if event == "start":
                parent = parent if parent is not None else element
            elif local_name(element.tag) == "si":
                strings.append(_rich_text(element))
                self._phonetic += [(part_name, text) for text in _phonetic_guides(element)]
                _release(parent, element)
        return strings

    def _sheet(self, sheet_name: str, part_name: str) -> None:
        rows: list[list[Cell]] = []
        margins: list[tuple[str, str]] = []
        row_number = 0
        column = 0
        sheet_data: Element | None = None
        places = SheetPlaces()
        self._places.append((sheet_name, part_name, places))
        self._member = part_name
        for event, element in iter_xml(self._package.read(part_name), part_name):
            name = local_name(element.tag)
            if event == "start":
                if name == "sheetData":
                    sheet_data = element
                elif name == "row":
                    row_number = _int(element.get("r"), row_number + 1)
                    column = 0
                    rows.append([])
                elif name in START_ELEMENTS:
                    places.started(name, element)
                continue
            if name == "c":
                column = self._cell_column(element.get("r"), column + 1)
                text, is_text = self._cell_value(element)
                formula = child(element, "f")
                if formula is not None and formula.text:
                    places.cell_formula(f"{column_letters(column)}{row_number}", formula.text, text)
                self._cells += 1
                if self._cells > MAX_CELLS:
                    raise ExtractionError(f"工作簿单元格过多(超过 {MAX_CELLS:,} 个),未检查")
                if rows and text:
                    rows[-1].append(Cell(row_number, column, text, is_text))
            elif name == "row":
                _release(sheet_data, element)
            elif name in ("hyperlink", "dataValidation", "scenario") or name in SETTING_ELEMENTS:
                places.element(name, element)
            elif name in HEADER_FOOTER_PARTS and element.text:
                margins.append((HEADER_FOOTER_PARTS[name], header_footer_text(element.text)))
        part = f"sheet:{sheet_name}"
        write_rows(self._out, non_empty_rows(rows), part)
        for margin_part, text in dict.fromkeys(margins):
            if text:
                self._out.add(text, margin_part, location=sheet_name)
                self._out.add("\n", None)

    @staticmethod
    def _cell_column(reference: str | None, fallback: int) -> int:
        match = _REFERENCE.fullmatch(reference or "")
        return column_number(match.group(1)) if match else fallback

    def _cell_value(self, cell: Element) -> tuple[str, bool]:
        """(text, whether it is text rather than a number, boolean or error)."""
        kind = cell.get("t", "n")
        if kind == "inlineStr":
            inline = child(cell, "is")
            if inline is None:
                return "", True
            self._phonetic += [(self._member, text) for text in _phonetic_guides(inline)]
            return _rich_text(inline), True
        value_element = child(cell, "v")
        raw = value_element.text if value_element is not None and value_element.text else ""
        if kind == "s":
            index = _int(raw, -1)
            self._used.add(index)
            return (self._shared[index] if 0 <= index < len(self._shared) else ""), True
        if kind == "str":
            return raw, True
        if kind == "b":
            return {"1": "TRUE", "0": "FALSE"}.get(raw.strip(), raw), False
        if kind in ("e", "d"):
            return raw, False
        return display_number(raw), False

    def _drawing(self, sheet_name: str, part_name: str) -> None:
        """Text boxes and shapes drawn over a sheet, one paragraph per line."""
        root = parse_xml(self._package.read(part_name), part_name)
        for paragraph in descendants(root, "p"):
            text = _paragraph_text(paragraph)
            if text.strip():
                self._out.add(text, TEXTBOX, location=sheet_name)
                self._out.add("\n", None)

    def _comments(self, sheet_name: str, part_name: str) -> None:
        root = parse_xml(self._package.read(part_name), part_name)
        for comment in descendants(root, "comment"):
            body = child(comment, "text")
            text = _rich_text(body) if body is not None else ""
            if text.strip():
                self._out.add(text, COMMENT, location=f"{sheet_name}!{comment.get('ref', '')}")
                self._out.add("\n", None)


def _release(parent: Element | None, element: Element) -> None:
    """Drop a finished element so a long part is held one row at a time."""
    element.clear()
    if parent is not None and len(parent) and parent[-1] is element:
        del parent[-1]


def _paragraph_text(paragraph: Element) -> str:
    return "".join(run.text or "" for run in descendants(paragraph, "t"))


def _int(text: str | None, fallback: int) -> int:
    try:
        return int(text) if text is not None else fallback
    except ValueError:
        return fallback
