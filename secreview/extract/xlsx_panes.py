"""What Excel shows of a workbook in its panes and dialogs besides what ``xlsx_unseen`` reads, read after it
so that the offsets of everything else stay put: the names a workbook records of people — comments'
authors (the status bar and the note's header), threaded comments' persons, the user a shared workbook is
reserved by (``author``, the member) — and the folder it was last saved in (``folder``, ``x15ac:absPath``),
each read when it holds a long number or an e-mail address (a name or a folder alone is the staff's);
slicers' and timelines' captions, shown on the sheet (``slicer``, the member), and their and their caches'
names (``slicer``, the member and ``name``); the custom XML parts (``custom-xml``, the member: a
SharePoint library's columns, which the document panel shows, or a solution's data) and Power Query's
queries (``power-query``, ``power_query``); a shared workbook's change history (``revision``: the values
cells had, sheets' old names; its users as ``author``); ActiveX controls' captions and values
(``form-control``, ``activex``); macros (``macro``, ``vba``). A Power Pivot data
model is listed as not read.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from xml.etree.ElementTree import Element

import regex

from secreview.errors import ExtractionError
from secreview.extract.activex import add_activex_controls
from secreview.extract.base import (
    AUTHOR,
    CUSTOM_XML,
    FOLDER,
    FORM_CONTROL,
    HOLDS_DATA,
    REVISION,
    SLICER,
    TextBuilder,
)
from secreview.extract.ooxml import relationships
from secreview.extract.ooxml_places import add_line
from secreview.extract.power_query import add_data_mashup, custom_xml_items, is_data_mashup
from secreview.extract.vba import add_vba_projects
from secreview.extract.xmlsafe import descendants, element_texts, local_name, parse_xml
from secreview.extract.ziputil import SafeZip

# (element, attribute) of the people a workbook names.
_PEOPLE = (("person", "displayName"), ("person", "userId"), ("fileSharing", "userName"))
SLICER_MEMBER = regex.compile(
    r"^xl/(?:slicers|slicerCaches|timelines|timelineCaches)/[^/]+\.xml$", regex.IGNORECASE
)
SLICER_ELEMENTS = frozenset(
    {"slicer", "timeline", "slicerCacheDefinition", "timelineCacheDefinition", "tableSlicerCache"}
)
SLICER_ATTRIBUTES = ("caption", "name", "sourceName")
# A shared workbook's revision logs, their headers and the list of its users.
REVISIONS_MEMBER = regex.compile(r"^xl/revisions/[^/]+\.xml$", regex.IGNORECASE)
_REVISION_VALUES = frozenset({"t", "v", "f"})
_REVISION_NAMES = {"rsnm": ("oldName", "newName"), "ris": ("name",), "rdn": ("name", "oldName")}
_REVISION_USERS = {"header": ("userName",), "userInfo": ("name",), "rcmt": ("author",)}
# A Power Pivot data model: the rows loaded into it, in a compressed binary (XPress9) that is not read.
DATA_MODEL = regex.compile(r"^xl/model/[^/]+\.data$", regex.IGNORECASE)
DATA_MODEL_UNREAD = "Power Pivot 数据模型(压缩的二进制,保存了加载的数据)未检查"
# After the member in the location of a slicer's, timeline's or cache's name (the caption's is the member).
NAMES = "name"


def add_workbook_panes(
    package: SafeZip, out: TextBuilder, workbook: tuple[str, Element], sheets: Iterable[tuple[str, str]]
) -> None:
    """Append the places of the workbook (``(member, root)``) and of its ``(sheet name, member)`` sheets."""
    member, root = workbook
    comments = [
        link.target
        for _, sheet in sheets
        for link in relationships(package, sheet)
        if link.kind == "comments" and link.target in package
    ]
    for comments_member in dict.fromkeys(comments):
        for author in descendants(parse_xml(package.read(comments_member), comments_member), "author"):
            _add_data(out, author.text or "", AUTHOR, comments_member)
    persons = [link.target for link in relationships(package, member) if link.kind == "person"]
    for persons_member in [name for name in persons if name in package]:
        for value in _people(parse_xml(package.read(persons_member), persons_member)):
            _add_data(out, value, AUTHOR, persons_member)
    for value in _people(root):
        _add_data(out, value, AUTHOR, member)
    for path in descendants(root, "absPath"):
        _add_data(out, path.get("url") or "", FOLDER, member)
    for name in custom_xml_items(package):
        item = _parse_or_not(package, name, out)
        if is_data_mashup(item):
            add_data_mashup(item, name, out)
        else:
            for text in element_texts(item):
                add_line(out, text, CUSTOM_XML, name)
    for name in package.names():
        if SLICER_MEMBER.match(name):
            for attribute, text in slicer_texts(parse_xml(package.read(name), name)):
                add_line(out, text, SLICER, name if attribute == "caption" else f"{name} {NAMES}")
    for name in package.names():
        if REVISIONS_MEMBER.match(name):
            _add_revisions(_parse_or_not(package, name, out), name, out)
        elif DATA_MODEL.match(name):
            out.not_read(name, DATA_MODEL_UNREAD)
    add_activex_controls(package, out, FORM_CONTROL)
    add_vba_projects(package, out)


def _parse_or_not(package: SafeZip, member: str, out: TextBuilder) -> Element:
    try:
        return parse_xml(package.read(member), member)
    except ExtractionError as error:  # the rest of the workbook is still read
        out.not_read(member, str(error))
        return Element("unread")


def _add_revisions(root: Element, member: str, out: TextBuilder) -> None:
    """A shared workbook's change history (Review > Track Changes lists it): the values cells had and
    have, the names sheets had, and who changed them (when a name holds a long number or an e-mail)."""
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        local = local_name(element.tag)
        if local in _REVISION_VALUES and element.text:
            add_line(out, element.text, REVISION, member)
        for attribute in _REVISION_NAMES.get(local, ()):
            add_line(out, element.get(attribute) or "", REVISION, member)
        for attribute in _REVISION_USERS.get(local, ()):
            _add_data(out, element.get(attribute) or "", AUTHOR, member)


def _people(root: Element) -> Iterator[str]:
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        local = local_name(element.tag)
        for name, attribute in _PEOPLE:
            if local == name:
                yield element.get(attribute) or ""


def _add_data(out: TextBuilder, text: str, part: str, member: str) -> None:
    """``text`` when it holds a long number (spaced or hyphenated too) or an e-mail address."""
    if HOLDS_DATA.search(text):
        add_line(out, text, part, member)


def slicer_texts(root: Element) -> Iterator[tuple[str, str]]:
    """(attribute, text) of the captions and names of the slicers or timelines of a part, and of their
    caches."""
    for element in root.iter():
        if isinstance(element.tag, str) and local_name(element.tag) in SLICER_ELEMENTS:
            for attribute in SLICER_ATTRIBUTES:
                yield attribute, element.get(attribute) or ""
