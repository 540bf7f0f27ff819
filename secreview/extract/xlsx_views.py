"""What Excel shows of a workbook in its panes and dialogs and keeps for the author's words, read last (after
``xlsx_panes``) so that the offsets of everything else stay put, and only when it holds a long number or
an e-mail address: conditional formats' text and string literals (``conditional-format``), filters'
criteria (``filter``) and protected ranges' titles (``protected-range``), each located ``<sheet>!<range>``;
a table's filter criteria and custom sort lists (``filter``, the table part), custom views' names
(``custom-view``, the workbook part) and the names of shapes, pictures and charts drawn over sheets
(``shape-name``, the drawing part: the Selection Pane lists them); and the alternative text of pictures
placed in cells (Excel 365's rich values, ``alt-text``, the ``xl/richData`` part), as any alternative text,
and the text SVG pictures draw (``alt-text``, the picture's member); the paths of the workbooks external
links refer to (Data > Edit Links) holding a long number or an e-mail address (``external-link``, the
link's relationships part).
"""

from __future__ import annotations

import posixpath
from urllib.parse import unquote
from xml.etree.ElementTree import Element

import regex

from secreview.errors import ExtractionError
from secreview.extract.base import (
    ALT_TEXT,
    CODE_NAME,
    CUSTOM_VIEW,
    EXTERNAL_LINK,
    FILTER,
    HOLDS_DATA,
    SHAPE_NAME,
    WEB_PUBLISH,
    TextBuilder,
)
from secreview.extract.ooxml import relationships
from secreview.extract.ooxml_places import add_line, add_svg_pictures, shape_names
from secreview.extract.xlsx_places import SheetPlaces
from secreview.extract.xmlsafe import descendants, local_name, parse_xml
from secreview.extract.ziputil import SafeZip

# Excel 365's rich values: a picture placed in a cell keeps its alternative text there.
RICH_VALUES = regex.compile(r"^xl/richData/rdrichvalue\d*\.xml$", regex.IGNORECASE)
_CRITERIA = {"filter": "val", "customFilter": "val", "sortCondition": "customList"}
# A sheet's range or chart published as a web page (Save As > Web Page > Publish).
WEB_PUBLISH_ITEMS = regex.compile(r"^xl/webPublishItems\d*\.xml$", regex.IGNORECASE)
_PUBLISHED = ("title", "destinationFile", "divId", "sourceObject", "sourceRef")
_INDEX = regex.compile(r"^\s*-?\d{1,5}\s*$")


def _external_paths(package: SafeZip, rels: str) -> list[str]:
    """The paths of the workbooks an external link refers to (Data > Edit Links), percent-decoded, when
    they hold a long number or an e-mail address (a path alone is the author's folder)."""
    if rels not in package:
        return []
    items = parse_xml(package.read(rels), rels)
    targets = [unquote(item.get("Target") or "") for item in items if item.get("TargetMode") == "External"]
    return [target for target in targets if HOLDS_DATA.search(target)]


def _published(root: Element, element: str) -> list[str]:
    """The titles, files and names of what a workbook publishes as web pages, when they hold a long number
    or an e-mail address."""
    texts = (item.get(key) or "" for item in descendants(root, element) for key in _PUBLISHED)
    return [text for text in texts if HOLDS_DATA.search(text)]


def filter_criteria(root: Element) -> list[str]:
    """A table's filter criteria and custom sort lists that hold a long number or an e-mail address."""
    found = []
    for element in root.iter():
        if isinstance(element.tag, str) and (attribute := _CRITERIA.get(local_name(element.tag))):
            text = element.get(attribute) or ""
            if HOLDS_DATA.search(text):
                found.append(text)
    return found


def rich_value_texts(root: Element) -> list[str]:
    """The text values of a rich value part (a picture's alternative text in a cell); not the numbers
    that index its relationships and structures."""
    return [
        value.text
        for value in descendants(root, "v")
        if value.text and value.text.strip() and not _INDEX.match(value.text)
    ]


def add_workbook_views(
    package: SafeZip,
    out: TextBuilder,
    workbook: tuple[str, Element],
    sheets: list[tuple[str, str, SheetPlaces]],
    drawings: list[str],
) -> None:
    """Append the places of the ``(name, member, places)`` sheets, of the workbook (``(member, root)``)
    and of its ``drawings``."""
    for sheet, _, places in sheets:
        for part, where, text in places.settings:
            add_line(out, text, part, f"{sheet}!{where}")
    tables = [
        link.target
        for _, member, _ in sheets
        for link in relationships(package, member)
        if link.kind == "table" and link.target in package
    ]
    for table in dict.fromkeys(tables):
        # A table's own filter and sort: located by the table part (its criteria are edited there).
        for text in filter_criteria(parse_xml(package.read(table), table)):
            add_line(out, text, FILTER, table)
    member, root = workbook
    for _, sheet_member, places in sheets:
        if HOLDS_DATA.search(places.code_name):
            add_line(out, places.code_name, CODE_NAME, sheet_member)
    for properties in descendants(root, "workbookPr"):
        if HOLDS_DATA.search(code_name := properties.get("codeName") or ""):
            add_line(out, code_name, CODE_NAME, member)
    for text in _published(root, "webPublishObject"):
        add_line(out, text, WEB_PUBLISH, member)
    for member_name in package.names():
        if WEB_PUBLISH_ITEMS.match(member_name):
            for text in _published(parse_xml(package.read(member_name), member_name), "webPublishItem"):
                add_line(out, text, WEB_PUBLISH, member_name)
    for view in descendants(root, "customWorkbookView"):
        name = view.get("name") or ""
        if HOLDS_DATA.search(name):
            add_line(out, name, CUSTOM_VIEW, member)
    for member_name in package.names():
        if RICH_VALUES.match(member_name):
            for text in rich_value_texts(parse_xml(package.read(member_name), member_name)):
                add_line(out, text, ALT_TEXT, member_name)
    for link in relationships(package, member):
        if link.kind == "externalLink" and link.target in package:
            directory, name = posixpath.split(link.target)
            rels = posixpath.join(directory, "_rels", f"{name}.rels")
            for target in _external_paths(package, rels):
                add_line(out, target, EXTERNAL_LINK, rels)
    add_svg_pictures(package, out)
    for drawing in drawings:
        try:
            drawn = parse_xml(package.read(drawing), drawing)
        except ExtractionError as error:  # read (or refused) with the text boxes already
            out.not_read(drawing, str(error))
            continue
        for name in shape_names(drawn):
            add_line(out, name, SHAPE_NAME, drawing)
