"""What a .docx keeps out of the page but Word shows on request, read after everything else so that the
offsets of the stories stay put: simple fields' codes and legacy form fields' defaults, help and list
entries and names (``field-code``, ``form-field``), content controls' titles, tags and list items
(``content-control``), styles' names and aliases (``style-name``, the styles part), hyperlinks' tooltips
(``attribute``), bookmarks' names (the Insert > Bookmark dialog; ``bookmark``) and
``tel:``/``mailto:``/``sms:`` targets and other external targets holding a long number (``link``), document
variables (``document-variable``), the paths the settings name (the attached template, a mail merge's data
source: ``link``, when they hold a long number or an e-mail address), caption labels and a frames page's
frames' names and titles (``metadata``, when they hold one), list numbering text (``numbering``),
the authors of tracked changes and comments, the people list's ids and the people editing exceptions name,
when they hold a long number or an e-mail address (``author``), the custom XML parts that content controls
bind to (``custom-xml``), and the properties Windows and File > Info show besides title and author
(``metadata``: the template, the parts' titles, the hyperlinks Word lists), and the names of zip members
that hold a long number or an e-mail address (``file-name``), pictures' and shapes' names that hold one (the
Selection Pane; ``shape-name``, located by their story), then ActiveX controls' captions and values
(``form-field``, ``activex``), macros (``macro``, ``vba``) and the text SVG pictures draw (``alt-text``,
located by the picture's member). Each line is located by the zip member it
comes from (a link: by the relationships part).

Complex fields' codes (``w:instrText``) and the glossary document are read by ``docx.py``, through the
offset map of text elements.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Iterator
from urllib.parse import unquote
from xml.etree.ElementTree import Element

import regex

from secreview.errors import ExtractionError
from secreview.extract.activex import add_activex_controls
from secreview.extract.base import (
    ATTRIBUTE,
    AUTHOR,
    BOOKMARK,
    CONTENT_CONTROL,
    CUSTOM_XML,
    DOCUMENT_VARIABLE,
    FIELD_CODE,
    FILE_NAME,
    FORM_FIELD,
    HOLDS_DATA,
    LINK,
    METADATA,
    NUMBERING,
    SHAPE_NAME,
    STYLE_NAME,
    TextBuilder,
    link_data,
)
from secreview.extract.ooxml import Relationship, more_properties, odd_member_names
from secreview.extract.ooxml_places import add_line, add_svg_pictures, shape_names
from secreview.extract.vba import add_vba_projects
from secreview.extract.xmlsafe import element_texts, local_name, parse_xml
from secreview.extract.ziputil import SafeZip

# (element, attribute) -> part: values an element keeps in attributes that Word shows.
_SHOWN_ATTRIBUTES = {
    ("fldSimple", "instr"): FIELD_CODE,
    ("default", "val"): FORM_FIELD,
    ("helpText", "val"): FORM_FIELD,
    ("statusText", "val"): FORM_FIELD,
    ("listEntry", "val"): FORM_FIELD,
    ("alias", "val"): CONTENT_CONTROL,
    ("tag", "val"): CONTENT_CONTROL,
    ("name", "val"): FORM_FIELD,
    ("listItem", "displayText"): CONTENT_CONTROL,
    ("listItem", "value"): CONTENT_CONTROL,
    ("hyperlink", "tooltip"): ATTRIBUTE,
    ("attr", "val"): ATTRIBUTE,  # a smart tag's or custom XML element's properties (the smart tag menu)
    ("bookmarkStart", "name"): BOOKMARK,
}
# Bookmarks Word names itself (tables of contents, cross-references, the last edit): nothing of the author's.
_WORD_BOOKMARK = regex.compile(r"^(?:_(?:Toc|Ref|Hlk|GoBack|MON_|PictureBullets)\d*|OLE_LINK\d+)$")
# Inside these only: w:default also names a default elsewhere (w:checkBox's is a number).
_FORM_CONTAINERS = frozenset({"ffData", "sdtPr"})
_CUSTOM_XML_ITEM = "customXml/item"
_PEOPLE_ATTRIBUTES = frozenset({"author", "userId", "ed"})


def add_docx_hidden(
    package: SafeZip,
    stories: Iterable[tuple[str, Element]],
    out: TextBuilder,
    main: list[Relationship],
    core_read: tuple[str, ...],
) -> None:
    """Append the places of the ``(member, root)`` stories and of the package to ``out``; ``core_read``:
    the fields of the core properties already read."""
    for member, root in stories:
        for part, value in _shown_attributes(root):
            add_line(out, value, part, member)
        for name in shape_names(root):
            add_line(out, name, SHAPE_NAME, member)
        _add_people(root, member, out)
        rels = posixpath.join(posixpath.dirname(member), "_rels", f"{posixpath.basename(member)}.rels")
        for target in _link_targets(package, rels):
            add_line(out, target, LINK, rels)
    for relationship in main:
        if relationship.target not in package:
            continue
        if relationship.kind == "settings":
            settings = _parse(package, relationship.target)
            for value in _attribute_values(settings, "docVar", "val"):
                add_line(out, value, DOCUMENT_VARIABLE, relationship.target)
            add_settings_links(package, relationship.target, settings, out)
            _add_holding_data(out, _attribute_values(settings, "caption", "name"), relationship.target)
        elif relationship.kind == "webSettings":
            _add_frames(package, relationship.target, out)
        elif relationship.kind == "people":
            _add_people(_parse(package, relationship.target), relationship.target, out)
        elif relationship.kind == "numbering":
            for value in _attribute_values(_parse(package, relationship.target), "lvlText", "val"):
                add_line(out, value, NUMBERING, relationship.target)
        elif relationship.kind == "styles":
            # The style gallery and the Styles pane show a style's name and its aliases.
            try:
                root = _parse(package, relationship.target)
            except ExtractionError as error:  # the rest of the document is still read
                out.not_read(relationship.target, str(error))
                continue
            for element in ("name", "aliases"):
                for value in _attribute_values(root, element, "val"):
                    add_line(out, value, STYLE_NAME, relationship.target)
    for name in package.names():
        if _is_custom_xml_item(name):
            for text in element_texts(_parse(package, name)):
                add_line(out, text, CUSTOM_XML, name)
    for text, member in more_properties(package, core_read):
        add_line(out, text, METADATA, member)
    for name in odd_member_names(package):
        add_line(out, name, FILE_NAME, name)
    add_activex_controls(package, out, FORM_FIELD)
    add_vba_projects(package, out)
    add_svg_pictures(package, out)


def add_settings_links(package: SafeZip, member: str, settings: Element, out: TextBuilder) -> None:
    """The paths the settings name (the attached template, a mail merge's data source; Developer > Document
    Template and Mailings show them) and a mail merge's connection and query, when they hold a long number
    or an e-mail address (a path alone is the author's folder)."""
    rels = posixpath.join(posixpath.dirname(member), "_rels", f"{posixpath.basename(member)}.rels")
    if rels in package:
        for item in parse_xml(package.read(rels), rels):
            target = unquote(item.get("Target") or "")
            if item.get("TargetMode") == "External" and HOLDS_DATA.search(target):
                add_line(out, target, LINK, rels)
    for element in ("connectString", "query"):
        for value in _attribute_values(settings, element, "val"):
            if HOLDS_DATA.search(value):
                add_line(out, value, LINK, member)


def _add_holding_data(out: TextBuilder, values: Iterable[str], member: str) -> None:
    for value in values:
        if HOLDS_DATA.search(value):
            add_line(out, value, METADATA, member)


def _add_frames(package: SafeZip, member: str, out: TextBuilder) -> None:
    """A frames page's frames (the web settings' frameset): their names and titles, and the pages they
    show, when they hold a long number or an e-mail address."""
    try:
        settings = _parse(package, member)
    except ExtractionError as error:  # the rest of the document is still read
        out.not_read(member, str(error))
        return
    for frame in settings.iter():
        if isinstance(frame.tag, str) and local_name(frame.tag) == "frame":
            for element in ("name", "title"):
                _add_holding_data(out, _attribute_values(frame, element, "val"), member)
    add_settings_links(package, member, settings, out)


def _add_people(root: Element, member: str, out: TextBuilder) -> None:
    """Who made tracked changes and comments, the people list's user ids and the people an editing
    exception names (the Restrict Editing pane), when a name holds a long number or an e-mail address."""
    for element in root.iter():
        for name, value in element.attrib.items():
            if local_name(name) in _PEOPLE_ATTRIBUTES and HOLDS_DATA.search(value):
                add_line(out, value, AUTHOR, member)


def _parse(package: SafeZip, member: str) -> Element:
    return parse_xml(package.read(member), member)


def _is_custom_xml_item(name: str) -> bool:
    """``customXml/item1.xml`` (the data), not ``itemProps1.xml`` (its schema reference)."""
    if not name.startswith(_CUSTOM_XML_ITEM) or not name.endswith(".xml") or "/" in name[10:]:
        return False
    return name[len(_CUSTOM_XML_ITEM) : -4].isdigit()


def _shown_attributes(root: Element) -> Iterator[tuple[str, str]]:
    def visit(element: Element, inside_form: bool) -> Iterator[tuple[str, str]]:
        for child in element:
            if not isinstance(child.tag, str):
                continue
            local = local_name(child.tag)
            for name, value in child.attrib.items():
                part = _SHOWN_ATTRIBUTES.get((local, local_name(name)))
                if part == BOOKMARK and _WORD_BOOKMARK.match(value):
                    continue
                if part is not None and (part in (FIELD_CODE, ATTRIBUTE, BOOKMARK) or inside_form):
                    yield part, value
            yield from visit(child, inside_form or local in _FORM_CONTAINERS)

    return visit(root, False)


def _attribute_values(root: Element, element: str, attribute: str) -> Iterator[str]:
    for item in root.iter():
        if isinstance(item.tag, str) and local_name(item.tag) == element:
            for name, value in item.attrib.items():
                if local_name(name) == attribute:
                    yield value


def _link_targets(package: SafeZip, rels: str) -> Iterator[str]:
    """The ``tel:``, ``mailto:`` and ``sms:`` targets of a story's external relationships, and the others
    that hold a long number or an e-mail address, decoded."""
    if rels not in package:
        return
    for item in parse_xml(package.read(rels), rels):
        target = item.get("Target") or ""
        if item.get("TargetMode") != "External":
            continue
        if (data := link_data(target)) is not None:
            yield data
