"""What a workbook keeps besides its cells and shows elsewhere, read after everything else so that the
offsets of the cells stay put: sheet names (the tabs; ``sheet-name``, located by the workbook part),
threaded comments (``threaded-comment``, ``<sheet>!C7``), tables' names and column names
(``table-column``, the table part), the values of other workbooks cached for external references
(``external-link``, the link part), form controls' labels, buttons and list items (``form-control``, the
VML drawing or control part), and shared strings no cell uses (``unused-string``: Excel does not show
them, but they are in the file that is published).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator
from xml.etree.ElementTree import Element

import regex

from secreview.extract.base import (
    EXTERNAL_LINK,
    FORM_CONTROL,
    SHEET_NAME,
    TABLE_COLUMN,
    THREADED_COMMENT,
    UNUSED_STRING,
    TextBuilder,
)
from secreview.extract.ooxml import relationships
from secreview.extract.ooxml_places import add_line
from secreview.extract.xmlsafe import descendants, local_name, parse_xml
from secreview.extract.ziputil import SafeZip

_THREADED_KINDS = frozenset({"threadedComment", "threadedComments"})
_VML_TEXTBOX = regex.compile(
    r"<(?:[\w.-]+:)?textbox\b[^>]*>(.*?)</(?:[\w.-]+:)?textbox>", regex.DOTALL | regex.IGNORECASE
)
_VML_TAG = regex.compile(r"<[^>]*>")


def add_workbook_hidden(
    package: SafeZip,
    out: TextBuilder,
    workbook: tuple[str, Element],
    sheets: Iterable[tuple[str, str]],
    unused_strings: tuple[str, list[str]],
) -> None:
    """Append the places of the workbook (``(member, root)``), of its ``(sheet name, member)`` sheets,
    and the ``(member, texts)`` of the shared strings no cell uses, to ``out``."""
    member, root = workbook
    for sheet in descendants(root, "sheet"):
        add_line(out, sheet.get("name") or "", SHEET_NAME, member)
    links = [(sheet_name, relationships(package, sheet_member)) for sheet_name, sheet_member in sheets]
    for sheet_name, sheet_links in links:
        for link in sheet_links:
            if link.kind in _THREADED_KINDS and link.target in package:
                for reference, text in _threaded_comments(_parse(package, link.target)):
                    add_line(out, text, THREADED_COMMENT, f"{sheet_name}!{reference}")
    for _, sheet_links in links:
        for link in sheet_links:
            if link.target not in package:
                continue
            if link.kind == "table":
                for name in _table_names(_parse(package, link.target)):
                    add_line(out, name, TABLE_COLUMN, link.target)
            elif link.kind == "vmlDrawing":
                for text in _vml_texts(package.read(link.target)):
                    add_line(out, text, FORM_CONTROL, link.target)
            elif link.kind == "ctrlProp":
                for item in descendants(_parse(package, link.target), "item"):
                    add_line(out, item.get("val") or "", FORM_CONTROL, link.target)
    for link in relationships(package, member):
        if link.kind == "externalLink" and link.target in package:
            for value in _external_values(_parse(package, link.target)):
                add_line(out, value, EXTERNAL_LINK, link.target)
    strings_member, texts = unused_strings
    for text in texts:
        add_line(out, text, UNUSED_STRING, strings_member)


def _parse(package: SafeZip, member: str) -> Element:
    return parse_xml(package.read(member), member)


def _threaded_comments(root: Element) -> Iterator[tuple[str, str]]:
    for comment in descendants(root, "threadedComment"):
        for text in descendants(comment, "text"):
            yield comment.get("ref", ""), "".join(text.itertext())


def _vml_texts(data: bytes) -> Iterator[str]:
    """The text boxes of a VML drawing (form controls' labels and buttons, notes' shapes): Excel writes
    VML that is not always well-formed XML (``<br>``), so the text is taken between the tags."""
    markup = data.decode("utf-8", "replace")
    for box in _VML_TEXTBOX.finditer(markup):
        text = html.unescape(_VML_TAG.sub(" ", box.group(1)))
        if text.strip():
            yield " ".join(text.split())


def _table_names(root: Element) -> Iterator[str]:
    yield root.get("displayName") or ""
    for column in descendants(root, "tableColumn"):
        yield column.get("name") or ""


def _external_values(root: Element) -> Iterator[str]:
    """Sheet names, defined names and cached cell values of an external workbook."""
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        name = local_name(element.tag)
        if name == "sheetName":
            yield element.get("val") or ""
        elif name == "definedName":
            yield element.get("name") or ""
        elif name == "v" and element.text:
            yield element.text
