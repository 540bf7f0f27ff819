"""What Excel shows of a workbook only in its dialogs and panes, read last so that the offsets of everything
else stay put: defined names' own names (the Name Manager and the name box; ``range-name``, located by the
workbook part), cell and table styles' names (the style gallery; ``style-name``, the styles part), data
connections (names, descriptions, connection strings, commands, URLs, parameters) and query tables (their
names and fields' names; ``connection``, the member), phonetic guides (``phonetic``, the shared strings or
sheet part), and the properties Windows and File > Info show besides title and author (``metadata``,
``ooxml.more_properties``): the list of parts (sheets and names) no sheet or name has any more; then
number formats' literal text (``number-format``, the styles part: every cell of the style shows it) and
the names of zip members that hold a long number or an e-mail address (``file-name``).
"""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import Element

import regex

from secreview.errors import ExtractionError
from secreview.extract.base import (
    CONNECTION,
    FILE_NAME,
    METADATA,
    NUMBER_FORMAT,
    PHONETIC,
    RANGE_NAME,
    STYLE_NAME,
    TextBuilder,
)
from secreview.extract.ooxml import more_properties, odd_member_names, relationships
from secreview.extract.ooxml_places import add_line
from secreview.extract.xmlsafe import descendants, local_name, parse_xml
from secreview.extract.ziputil import SafeZip

BUILT_IN_NAME = "_xlnm."
STYLE_ELEMENTS = frozenset({"cellStyle", "tableStyle"})
# Attributes of a connection that its Properties dialog shows (ids, flags and counts are left out).
CONNECTION_ATTRIBUTES = frozenset(
    {"name", "description", "odcFile", "sourceFile", "connection", "command", "url", "post"}
    | {"editPage", "prompt", "string", "singleSignOnId"}
)
_LITERAL = regex.compile(r'"([^"]*)"?|\\(.)', regex.DOTALL)
_QUERY_TABLE = regex.compile(r"^xl/queryTables/[^/]+\.xml$", regex.IGNORECASE)


def add_workbook_unseen(
    package: SafeZip, out: TextBuilder, workbook: tuple[str, Element], phonetic: list[tuple[str, str]]
) -> None:
    """Append the places of the workbook (``(member, root)``) and the ``(member, text)`` phonetic guides."""
    member, root = workbook
    names = [name.get("name") or "" for name in descendants(root, "definedName")]
    for name in names:
        if not name.startswith(BUILT_IN_NAME):
            add_line(out, name, RANGE_NAME, member)
    styles = [link.target for link in relationships(package, member) if link.kind == "styles"]
    for styles_member in styles:
        if styles_member in package:
            for text in _style_names(_parsed(package, styles_member, out)):
                add_line(out, text, STYLE_NAME, styles_member)
    for connections in connection_members(package, member):
        for text in _connection_texts(_parsed(package, connections, out)):
            add_line(out, text, CONNECTION, connections)
    for guide_member, text in phonetic:
        add_line(out, text, PHONETIC, guide_member)
    sheets = {sheet.get("name") or "" for sheet in descendants(root, "sheet")}
    known = sheets | set(names) | {f"{sheet}!{name}" for sheet in sheets for name in names}
    for text, properties in more_properties(package):
        if text.strip() not in known and text.strip("'") not in known:
            add_line(out, text, METADATA, properties)
    for styles_member in styles:
        if styles_member in package:
            for code in descendants(_parsed(package, styles_member, None), "numFmt"):
                add_line(out, format_literals(code.get("formatCode") or ""), NUMBER_FORMAT, styles_member)
    for name in odd_member_names(package):
        add_line(out, name, FILE_NAME, name)


def format_literals(code: str) -> str:
    """The text a number format writes into every cell it formats: its quoted strings and escaped
    characters (``"电话"0``, ``\\元``), in their order."""
    return "".join(
        piece.group(1) if piece.group(1) is not None else piece.group(2) for piece in _LITERAL.finditer(code)
    )


def _parsed(package: SafeZip, member: str, out: TextBuilder | None) -> Element:
    """The part's root; a part that is not well-formed is listed as not read (once, when ``out`` is
    given) and yields nothing, the rest of the workbook being read."""
    try:
        return parse_xml(package.read(member), member)
    except ExtractionError as error:
        if out is not None:
            out.not_read(member, str(error))
        return Element("unread")


def connection_members(package: SafeZip, workbook_member: str) -> list[str]:
    """The connections part and the query tables of the package."""
    listed = [link.target for link in relationships(package, workbook_member) if link.kind == "connections"]
    queries = [name for name in package.names() if _QUERY_TABLE.match(name)]
    return [name for name in dict.fromkeys([*listed, *sorted(queries)]) if name in package]


def _style_names(root: Element) -> Iterator[str]:
    for element in root.iter():
        if isinstance(element.tag, str) and local_name(element.tag) in STYLE_ELEMENTS:
            yield element.get("name") or ""


def _connection_texts(root: Element) -> Iterator[str]:
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for attribute, value in element.attrib.items():
            if local_name(attribute) in CONNECTION_ATTRIBUTES:
                yield value
