"""Text of a .docx file, read straight from its OOXML parts.

Order of the output: body (tables as ``table``), headers, footers, footnotes,
endnotes, comments, then document properties, the places of ``docx_places``, the glossary document
(building blocks, content controls' placeholders), field codes, and the places of ``docx_hidden``.
Every paragraph is one line, except
in tables: a row is one line, its cells separated by tabs, each cell labelled with
its column's heading and located as ``表N C7``, as in spreadsheets;
text boxes and ruby annotations follow, as their own lines, the paragraph that
anchors them. Tracked insertions and deletions are ``revision`` wherever they
are. Hidden text (w:vanish) is kept: it is published with the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache, partial
from urllib.parse import unquote
from xml.etree.ElementTree import Element

from secreview.errors import ExtractionError
from secreview.extract.base import (
    BODY,
    COMMENT,
    ENDNOTE,
    FIELD_CODE,
    FOOTER,
    FOOTNOTE,
    GLOSSARY,
    HEADER,
    METADATA,
    REVISION,
    TABLE,
    TEXTBOX,
    ExtractedText,
    TextBuilder,
)
from secreview.extract.docx_hidden import add_docx_hidden
from secreview.extract.docx_places import add_docx_places
from secreview.extract.docx_tables import column_headings, grid
from secreview.extract.ooxml import CUSTOM_VALUE_TYPES, Relationship, relationships
from secreview.extract.ooxml_places import nesting_scope
from secreview.extract.xmlsafe import local_name, parse_xml
from secreview.extract.ziputil import SafeZip, open_zip

_WORD_NAMESPACES = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",  # ISO 29500 Strict
)
_PREFIXES = {
    **dict.fromkeys(_WORD_NAMESPACES, "w"),
    "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
    "urn:schemas-microsoft-com:vml": "v",
    "http://schemas.openxmlformats.org/officeDocument/2006/math": "m",
    "http://purl.oclc.org/ooxml/officeDocument/math": "m",
}

_MAIN_PART_FALLBACK = "word/document.xml"
# Relationship types are matched on their last path segment, which Strict shares
# with Transitional for the parts read here, except where both are listed.
_STORIES = (
    ("header", HEADER),
    ("footer", FOOTER),
    ("footnotes", FOOTNOTE),
    ("endnotes", ENDNOTE),
    ("comments", COMMENT),
)
_CORE_PROPERTIES = (("core-properties",), "docProps/core.xml")
_APP_PROPERTIES = (("extended-properties", "extendedProperties"), "docProps/app.xml")
_CUSTOM_PROPERTIES = (("custom-properties", "customProperties"), "docProps/custom.xml")
_CORE_FIELDS = (
    "title",
    "subject",
    "creator",
    "keywords",
    "description",
    "lastModifiedBy",
    "category",
    "contentStatus",
    "identifier",
)
_APP_FIELDS = ("Company", "Manager", "HyperlinkBase")

_TEXT_ELEMENTS = frozenset({"w:t", "m:t"})
_CHARACTER_ELEMENTS = {
    "w:tab": "\t",
    "w:ptab": "\t",
    "w:br": "\n",
    "w:cr": "\n",
    "w:noBreakHyphen": "-",
}
_REVISION_WRAPPERS = frozenset({"w:ins", "w:del", "w:moveFrom", "w:moveTo"})
# Fonts whose characters are pictures (a tick, an envelope), not the letters and digits of their codes.
_PICTOGRAPH_FONTS = ("wingdings", "webdings", "marlett", "mt extra")
# Run-level content that can stray outside a paragraph (e.g. in a block-level w:ins).
_RUN_CONTENT = frozenset({"w:r", "w:hyperlink", "w:fldSimple", "w:smartTag", "m:oMath", "m:oMathPara"})
_NOTES = frozenset({"w:footnote", "w:endnote"})
_SEPARATOR_NOTE_TYPES = frozenset({"separator", "continuationSeparator"})
# Not visible text, or property containers in which w:tab etc. mean something else.
_SKIPPED = frozenset(
    {
        "w:instrText",
        "w:delInstrText",
        "w:softHyphen",
        "w:tblGrid",
        "w:tblPrEx",
        "w:background",
        "mc:Fallback",
    }
)

_Deferred = list[Callable[[], None]]


@dataclass(frozen=True, slots=True)
class TextSource:
    """Characters ``[start, end)`` of the extracted text are the whole text of the ``index``-th text
    element (w:t, m:t, w:delText, a field code's w:instrText/w:delInstrText or the character of a w:sym,
    counted in document order) of the zip member ``member``."""

    start: int
    end: int
    member: str
    index: int


_SHOWN_ELEMENTS = frozenset({*_TEXT_ELEMENTS, "w:delText"})
_FIELD_CODE_ELEMENTS = frozenset({"w:instrText", "w:delInstrText"})
# A symbol (w:sym) is a source of one character: the copy writes its mask as text in its place.
_SOURCE_ELEMENTS = _SHOWN_ELEMENTS | _FIELD_CODE_ELEMENTS | {"w:sym"}
_FIELD_CODE_ENDS = frozenset({"separate", "end"})


def extract_docx(data: bytes) -> ExtractedText:
    """The text of a .docx file; ExtractionError (one Chinese line) if it cannot be read safely."""
    return _extract(data, None)


def extract_docx_nested(data: bytes, depth: int) -> ExtractedText:
    """The text of a .docx embedded ``depth`` packages deep in another document."""
    return _extract(data, None, depth)


def extract_docx_sources(data: bytes) -> tuple[ExtractedText, list[TextSource]]:
    """The same text as ``extract_docx``, and the XML text element each character range came from."""
    sources: list[TextSource] = []
    return _extract(data, sources), sources


def _extract(data: bytes, sources: list[TextSource] | None, depth: int = 0) -> ExtractedText:
    with open_zip(data, "docx") as package, nesting_scope(depth):
        try:
            return _DocxReader(package, sources, depth).read()
        except RecursionError as error:
            raise ExtractionError("文档结构嵌套过深,未检查") from error


class _DocxReader:
    def __init__(self, package: SafeZip, sources: list[TextSource] | None = None, depth: int = 0) -> None:
        self._package = package
        self._out = TextBuilder()
        self._walker = _StoryWalker(self._out, sources)
        self._depth = depth

    def read(self) -> ExtractedText:
        package_relationships = self._relationships("")
        main_part = self._main_part(package_relationships)
        document = self._parse(main_part)
        if _name(document) != "w:document":
            raise ExtractionError("文件不是 Word 文档(.docx),未检查")
        self._walker.story(document, main_part, BODY)
        stories = [(main_part, document)]
        main_relationships = self._relationships(main_part)
        for kind, part in _STORIES:
            for target in self._targets(main_relationships, (kind,)):
                stories.append((target, self._parse(target)))
                self._walker.story(stories[-1][1], target, part)
        self._read_properties(package_relationships)
        add_docx_places(self._package, stories, self._out, self._depth)
        for target in self._targets(main_relationships, ("glossaryDocument",)):
            stories.append((target, self._parse(target)))
            self._walker.story(stories[-1][1], target, GLOSSARY)
        for member, root in stories:
            self._walker.field_codes(root, member)
        add_docx_hidden(self._package, stories, self._out, main_relationships, _CORE_FIELDS)
        return self._out.build(encoding=None)

    def _main_part(self, package_relationships: list[Relationship]) -> str:
        for target in self._targets(package_relationships, ("officeDocument",)):
            return target
        if _MAIN_PART_FALLBACK in self._package:
            return _MAIN_PART_FALLBACK
        raise ExtractionError("文件不是有效的 .docx 文件(缺少正文部件),未检查")

    def _read_properties(self, package_relationships: list[Relationship]) -> None:
        core = self._properties_root(package_relationships, *_CORE_PROPERTIES)
        if core is not None:
            for field_name in _CORE_FIELDS:
                self._add_property(_child_text(core, field_name))
        app = self._properties_root(package_relationships, *_APP_PROPERTIES)
        if app is not None:
            for field_name in _APP_FIELDS:
                self._add_property(_child_text(app, field_name))
        custom = self._properties_root(package_relationships, *_CUSTOM_PROPERTIES)
        if custom is not None:
            for value in _custom_string_values(custom):
                self._add_property(value)

    def _properties_root(
        self, package_relationships: list[Relationship], kinds: tuple[str, ...], fallback: str
    ) -> Element | None:
        for target in self._targets(package_relationships, kinds):
            return self._parse(target)
        return self._parse(fallback) if fallback in self._package else None

    def _add_property(self, value: str | None) -> None:
        if value and value.strip():
            self._out.add(value, METADATA)
            self._out.add("\n", None)

    def _relationships(self, source_part: str) -> list[Relationship]:
        return relationships(self._package, source_part)

    def _targets(self, relationships: list[Relationship], kinds: tuple[str, ...]) -> list[str]:
        """Existing parts of the given kinds, once each, in natural order of their names."""
        found = {self._member_name(r.target) for r in relationships if r.kind in kinds}
        return sorted((name for name in found if name is not None), key=_natural_key)

    def _member_name(self, part_name: str) -> str | None:
        for candidate in (part_name, unquote(part_name)):
            if candidate in self._package:
                return candidate
        return None

    def _parse(self, part_name: str) -> Element:
        return parse_xml(self._package.read(part_name), part_name)


class _StoryWalker:
    """Emits the paragraphs of a story (body, header, note…) into a TextBuilder."""

    def __init__(self, out: TextBuilder, sources: list[TextSource] | None = None) -> None:
        self._out = out
        self._sources = sources
        self._member = ""
        self._ordinals: dict[int, int] = {}
        # Inside a table cell: where the text stands and its column heading; where the cell's text began,
        # and whether a paragraph break inside it is still to be written (as a space, before more text).
        self._tables = 0
        self._cell: tuple[str, str | None] | None = None
        self._cell_start = 0
        self._cell_gap = False

    def story(self, root: Element, member: str, part: str) -> None:
        """All blocks of the part ``member``, whose root element is ``root``."""
        self._enter(root, member)
        self.blocks(root, part)

    def field_codes(self, root: Element, member: str) -> None:
        """The codes of the complex fields of the part ``member`` (what Alt+F9 shows), one line each."""
        self._enter(root, member)
        pending = False
        for element in root.iter():
            name = _name(element)
            if name in _FIELD_CODE_ELEMENTS and element.text:
                self._text(element, FIELD_CODE)
                pending = True
            elif (
                pending
                and name == "w:fldChar"
                and _word_attribute(element, "fldCharType") in _FIELD_CODE_ENDS
            ):
                self._out.add("\n", None)
                pending = False
        if pending:
            self._out.add("\n", None)

    def _enter(self, root: Element, member: str) -> None:
        if self._sources is not None:
            self._member = member
            elements = (element for element in root.iter() if _name(element) in _SOURCE_ELEMENTS)
            self._ordinals = {id(element): index for index, element in enumerate(elements)}

    def _add(self, text: str, part: str) -> None:
        if self._cell_gap and text:
            self._out.add(" ", None)
            self._cell_gap = False
        location, label = self._cell or (None, None)
        self._out.add(text, part, location=location, label=label)

    def _text(self, element: Element, part: str, shown: str | None = None) -> None:
        start = self._out.length
        self._add(element.text or "" if shown is None else shown, part)
        if self._sources is not None and self._out.length > start:
            index = self._ordinals[id(element)]
            self._sources.append(TextSource(start, self._out.length, self._member, index))

    def blocks(self, container: Element, part: str) -> None:
        for child in container:
            self._block(child, part)

    def _block(self, element: Element, part: str) -> None:
        name = _name(element)
        if name == "w:p":
            self._paragraph(element, part)
        elif name == "w:tbl":
            self._table(element, TABLE if part == BODY else part)
        elif name in _REVISION_WRAPPERS:
            self.blocks(element, REVISION)
        elif name in _NOTES and _word_attribute(element, "type") in _SEPARATOR_NOTE_TYPES:
            # Word draws the separator between the text and the notes: text put there is shown too.
            if _has_text(element):
                self.blocks(element, part)
        elif name == "mc:AlternateContent":
            branch = _chosen_branch(element)
            if branch is not None:
                self.blocks(branch, part)
            other = _other_fallback(element, branch)
            if other is not None:
                self._paragraph(other, part)
        elif name in _RUN_CONTENT:
            self._paragraph(element, part)
        elif not _is_skipped(name):
            self.blocks(element, part)

    def _table(self, table: Element, part: str) -> None:
        """One line per row, cells separated by tabs and labelled with their column's heading, as in
        spreadsheets; a table nested in a cell is read into that cell."""
        if self._cell is not None:
            self.blocks(table, part)
            return
        self._tables += 1
        rows = grid(table, _name)
        header, headings = column_headings(rows, _name)
        for row in rows:
            cells = [cell for cell in row if _has_text(cell.element)]
            for position, cell in enumerate(cells):
                if position:
                    self._out.add("\t", None)
                label = headings.get(cell.column) if header is not None and cell.row > header else None
                self._cell, self._cell_start = (cell.location(self._tables), label), self._out.length
                try:
                    self.blocks(cell.element, part)
                finally:
                    self._cell, self._cell_gap = None, False
            if cells:
                self._out.add("\n", None)

    def _paragraph(self, paragraph: Element, part: str) -> None:
        deferred: _Deferred = []
        if self._cell is not None:
            # The paragraphs of a cell stay on the row's line.
            self._cell_gap = self._out.length > self._cell_start
        self._inline(paragraph, part, deferred)
        if self._cell is None:
            self._out.add("\n", None)
        for emit in deferred:
            emit()

    def _inline(self, element: Element, part: str, deferred: _Deferred) -> None:
        for child in element:
            name = _name(child)
            if name in _TEXT_ELEMENTS:
                self._text(child, part)
            elif name == "w:delText":
                self._text(child, REVISION)
            elif name in _CHARACTER_ELEMENTS:
                self._add(_CHARACTER_ELEMENTS[name], part)
            elif name == "w:sym":
                self._text(child, part, _symbol(child))
            elif name in _REVISION_WRAPPERS:
                self._inline(child, REVISION, deferred)
            elif name == "w:txbxContent":
                deferred.append(partial(self.blocks, child, _box_part(part)))
            elif name == "v:textpath":
                deferred.append(partial(self._line, child.get("string") or "", _box_part(part)))
            elif name in ("w:rt", "w:p"):
                # Ruby annotation (w:rt); a w:p here is malformed but still text.
                deferred.append(partial(self._paragraph, child, part))
            elif name == "mc:AlternateContent":
                branch = _chosen_branch(child)
                if branch is not None:
                    self._inline(branch, part, deferred)
                other = _other_fallback(child, branch)
                if other is not None:
                    deferred.append(partial(self._paragraph, other, part))
            elif not _is_skipped(name):
                self._inline(child, part, deferred)

    def _line(self, text: str, part: str) -> None:
        if text:
            if self._cell is not None:
                self._cell_gap = self._out.length > self._cell_start
            self._add(text, part)
            if self._cell is None:
                self._out.add("\n", None)


def _has_text(cell: Element) -> bool:
    return any(element.text for element in cell.iter() if _name(element) in _SHOWN_ELEMENTS)


def _box_part(part: str) -> str:
    """A text box is TEXTBOX, unless it sits in a tracked change."""
    return REVISION if part == REVISION else TEXTBOX


def _chosen_branch(alternate: Element) -> Element | None:
    """The first mc:Choice, else mc:Fallback: the same content is never read twice."""
    fallback = None
    for branch in alternate:
        name = _name(branch)
        if name == "mc:Choice":
            return branch
        if name == "mc:Fallback" and fallback is None:
            fallback = branch
    return fallback


def _other_fallback(alternate: Element, chosen: Element | None) -> Element | None:
    """The mc:Fallback when its text is not the chosen branch's: older readers and text extractors
    (search engines) show the fallback."""
    fallback = next((branch for branch in alternate if _name(branch) == "mc:Fallback"), None)
    if fallback is None or fallback is chosen or chosen is None:
        return None
    return fallback if _shown_text(fallback) != _shown_text(chosen) else None


def _shown_text(element: Element) -> str:
    pieces = (item.text or "" for item in element.iter() if _name(item) in _SHOWN_ELEMENTS)
    return "".join("".join(pieces).split())


def _symbol(element: Element) -> str:
    """The character a ``w:sym`` (Insert > Symbol) shows: its code, or in a symbol font's private-use
    range (F0xx) the code's last byte, which Symbol draws as that character (digits as digits); nothing
    for the pictograph fonts."""
    font = (_word_attribute(element, "font") or "").lower()
    try:
        code = int(_word_attribute(element, "char") or "", 16)
    except ValueError:
        return ""
    code = code - 0xF000 if 0xF020 <= code <= 0xF0FF else code
    private = 0xD800 <= code <= 0xF8FF  # surrogates, and private-use pictures of a font
    if any(pictures in font for pictures in _PICTOGRAPH_FONTS) or private or not 0x20 <= code <= 0x10FFFF:
        return ""
    return chr(code)


def _is_skipped(name: str) -> bool:
    return name in _SKIPPED or (name[:2] in ("w:", "m:") and name.endswith("Pr"))


def _name(element: Element) -> str:
    return _qualified(element.tag)


@lru_cache(maxsize=1024)
def _qualified(tag: str) -> str:
    """``w:p`` for a WordprocessingML paragraph (Transitional or Strict); others stay as they are."""
    if not tag.startswith("{"):
        return tag
    namespace, _, local = tag[1:].partition("}")
    prefix = _PREFIXES.get(namespace)
    return f"{prefix}:{local}" if prefix else tag


def _word_attribute(element: Element, local: str) -> str | None:
    for namespace in _WORD_NAMESPACES:
        value = element.get(f"{{{namespace}}}{local}")
        if value is not None:
            return value
    return None


def _natural_key(name: str) -> list[str | int]:
    return [int(piece) if piece.isdigit() else piece for piece in re.split(r"(\d+)", name)]


def _child_text(root: Element, local: str) -> str | None:
    for child in root:
        if local_name(child.tag) == local:
            return "".join(child.itertext())
    return None


def _custom_string_values(root: Element) -> Iterator[str]:
    for custom_property in root:
        for value in custom_property:
            if local_name(value.tag) in CUSTOM_VALUE_TYPES:
                yield "".join(value.itertext())
