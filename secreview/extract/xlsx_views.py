"""What Excel shows of a workbook in its panes and dialogs and keeps for the author's words, read last (after
``xlsx_panes``) so that the offsets of everything else stay put, and only when it holds a long number or
an e-mail address: conditional formats' text and string literals (``conditional-format``), filters'
criteria (``filter``) and protected ranges' titles (``protected-range``), each located ``<sheet>!<range>``;
custom views' names (``custom-view``, the workbook part) and the names of shapes, pictures and charts drawn
over sheets (``shape-name``, the drawing part: the Selection Pane lists them).
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from secreview.errors import ExtractionError
from secreview.extract.base import CUSTOM_VIEW, HOLDS_DATA, SHAPE_NAME, TextBuilder
from secreview.extract.ooxml_places import add_line, shape_names
from secreview.extract.xlsx_places import SheetPlaces
from secreview.extract.xmlsafe import descendants, parse_xml
from secreview.extract.ziputil import SafeZip


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
    member, root = workbook
    for view in descendants(root, "customWorkbookView"):
        name = view.get("name") or ""
        if HOLDS_DATA.search(name):
            add_line(out, name, CUSTOM_VIEW, member)
    for drawing in drawings:
        try:
            drawn = parse_xml(package.read(drawing), drawing)
        except ExtractionError as error:  # read (or refused) with the text boxes already
            out.not_read(drawing, str(error))
            continue
        for name in shape_names(drawn):
            add_line(out, name, SHAPE_NAME, drawing)
