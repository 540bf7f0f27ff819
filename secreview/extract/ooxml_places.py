"""Places an Office package shows text outside its main stories, shared by .docx and .xlsx: charts (titles,
labels, the cached series), SmartArt, pictures' alternative text, and embedded packages read through the
same readers, with the same limits, down to ``MAX_DEPTH`` packages deep (an OLE object as the file it
carries, ``secreview.extract.ole``).

Each place is its own part of the offset map (``chart``, ``smartart``, ``alt-text``, ``embedded:<name>``),
located by the zip member it comes from, so that a finding says where it is and ``redact`` knows what to edit.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from xml.etree.ElementTree import Element

import regex

from secreview.errors import ExtractionError
from secreview.extract.base import (
    ALT_TEXT,
    ALTCHUNK,
    EMBEDDED_PREFIX,
    HOLDS_DATA,
    METADATA,
    OFFICE_PLACES,
    ExtractedText,
    TextBuilder,
    nested_reader,
)
from secreview.extract.xmlsafe import child, descendants, local_name, parse_xml
from secreview.extract.ziputil import (
    CFB_SIGNATURE,
    WORD_SUFFIXES,
    WORKBOOK_SUFFIXES,
    ZIP_SIGNATURE,
    SafeZip,
)

# Places that are not the running text of the page (an altChunk is: Word shows it inline).
APART_PLACES = frozenset(OFFICE_PLACES) - {ALTCHUNK}
# An embedded document inside an embedded document inside the document, and no deeper.
MAX_DEPTH = 2
# Embedded packages read per document, at every depth: each is read within the zip limits, so this bounds
# the work a document full of embedded packages can cause.
MAX_NESTED_PACKAGES = 16
_NESTED_READ: ContextVar[list[int] | None] = ContextVar("nested_packages_read", default=None)

_CACHES = frozenset({"strCache", "numCache", "multiLvlStrCache", "strLit", "numLit", "lvl"})
# Attributes that hold a picture's or shape's alternative text (DrawingML descr/title, VML alt/o:title).
_ALT_ELEMENTS = frozenset({"docPr", "cNvPr"})
_ALT_ATTRIBUTES = ("descr", "title")
_VML = "urn:schemas-microsoft-com:vml"
_OFFICE = "urn:schemas-microsoft-com:office:office"

Reader = Callable[[bytes, int], ExtractedText]


def add_line(out: TextBuilder, text: str, part: str, location: str | None = None) -> None:
    if text.strip():
        out.add(text, part, location=location)
        out.add("\n", None)


def chart_lines(root: Element) -> Iterator[str]:
    """A chart's paragraphs (title, axis titles, text boxes) and each cache or literal of its series
    (names, categories, values) as one tab-separated line."""
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        name = local_name(element.tag)
        if name == "p":
            yield paragraph_text(element)
        elif name in _CACHES:
            points = [_point_text(point) for point in element if local_name(point.tag) == "pt"]
            yield "\t".join(point for point in points if point.strip())


def _point_text(point: Element) -> str:
    value = child(point, "v")
    return (value.text if value is not None else point.text) or ""


def paragraph_text(paragraph: Element) -> str:
    """The runs of a DrawingML paragraph (``a:t``; line breaks as spaces)."""
    pieces = []
    for element in paragraph.iter():
        if not isinstance(element.tag, str):
            continue
        name = local_name(element.tag)
        if name == "t":
            pieces.append(element.text or "")
        elif name == "br":
            pieces.append(" ")
    return "".join(pieces)


def paragraph_lines(root: Element) -> Iterator[str]:
    """The DrawingML paragraphs of a part (SmartArt data, a drawing), one each."""
    return (paragraph_text(paragraph) for paragraph in descendants(root, "p"))


def alt_texts(root: Element) -> list[str]:
    """Alternative text and titles of the pictures, charts and shapes of a part, each once."""
    found: dict[str, None] = {}
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        name = local_name(element.tag)
        if name in _ALT_ELEMENTS:
            values = [element.get(attribute) for attribute in _ALT_ATTRIBUTES]
        elif element.tag.startswith(f"{{{_VML}}}"):
            values = [element.get("alt"), element.get(f"{{{_OFFICE}}}title")]
        else:
            continue
        found.update((value.strip(), None) for value in values if value and value.strip())
    return list(found)


def shape_names(root: Element) -> list[str]:
    """The names of the pictures, charts and shapes of a part (the Selection Pane lists them) that hold a
    long number or an e-mail address, each once (Word and Excel name them ``图片 3``, ``Chart 2`` …)."""
    found: dict[str, None] = {}
    for element in root.iter():
        if isinstance(element.tag, str) and local_name(element.tag) in _ALT_ELEMENTS:
            name = (element.get("name") or "").strip()
            if HOLDS_DATA.search(name):
                found[name] = None
    return list(found)


_SVG_TEXT = frozenset({"text", "title", "desc"})
# A document type declaration without an internal subset: names a DTD, defines no entity.
_EXTERNAL_DOCTYPE = regex.compile(rb"<!DOCTYPE[^\[>]*>", regex.IGNORECASE)


def add_svg_pictures(package: SafeZip, out: TextBuilder) -> None:
    """The text SVG pictures draw (Office 365 keeps an SVG beside its PNG fallback), each ``text``,
    ``title`` and ``desc`` element one line, as the pictures' ``alt-text`` located by the member; a picture
    whose XML cannot be read safely (an internal DTD subset) is listed as not read."""
    for member in package.names():
        if not member.lower().endswith(".svg"):
            continue
        data = _EXTERNAL_DOCTYPE.sub(b"", package.read(member), count=1)
        try:
            root = parse_xml(data, member)
        except ExtractionError as error:
            out.not_read(member, str(error))
            continue
        for element in root.iter():
            if isinstance(element.tag, str) and local_name(element.tag) in _SVG_TEXT:
                add_line(out, " ".join("".join(element.itertext()).split()), ALT_TEXT, member)


def embedded_reader(member: str, data: bytes) -> tuple[Reader | None, str]:
    """The reader of an embedded object, or None and why it cannot be read."""
    lowered = member.lower()
    if data.startswith(ZIP_SIGNATURE):
        if lowered.endswith(WORD_SUFFIXES):
            return nested_reader("docx"), ""
        if lowered.endswith(WORKBOOK_SUFFIXES):
            return nested_reader("xlsx"), ""
        return None, "嵌入文件的类型不受支持"
    return None, "嵌入对象的格式无法识别"


@contextmanager
def nesting_scope(depth: int) -> Iterator[None]:
    """Around the reading of a document: the outermost one starts the count of the embedded packages read
    (a .docx read at depth 0 inside another document, such as a PDF an OLE object carries, uses it)."""
    if depth or _NESTED_READ.get() is not None:
        yield
        return
    token = _NESTED_READ.set([0])
    try:
        yield
    finally:
        _NESTED_READ.reset(token)


def claim_nested() -> bool:
    """Count one more embedded package read; False when the document has had its share."""
    count = _NESTED_READ.get()
    if count is None:
        return True
    count[0] += 1
    return count[0] <= MAX_NESTED_PACKAGES


def add_embedded(out: TextBuilder, member: str, data: bytes, depth: int) -> None:
    """The text of an embedded package as ``embedded:<file name>``; one that cannot be read, or is nested
    too deep, is recorded as not read instead of being passed over."""
    if data.startswith(CFB_SIGNATURE):
        from secreview.extract.ole import ole_object

        part, reader, why, carried = ole_object(member, data)
        offset = out.length
        nested = read_nested(out, part, reader, why, carried, depth)
        if nested is not None:
            add_nested(out, nested, part)
            out.add_ocr(nested.ocr, offset, part)
        return
    part = f"{EMBEDDED_PREFIX}{posixpath.basename(member)}"
    reader, why = embedded_reader(member, data)
    if reader is None and not why:
        why = "嵌入文件的类型不受支持"
    nested = read_nested(out, part, reader, why, data, depth)
    if nested is not None:
        add_nested(out, nested, part)


def read_nested(
    out: TextBuilder, part: str, reader: Reader | None, why: str, data: bytes, depth: int
) -> ExtractedText | None:
    """The text ``reader`` makes of the package ``data`` one level deeper; None, with ``part`` recorded as
    not read, when there is no reader, nesting is too deep, the share is used up or reading fails."""
    if reader is not None and depth >= MAX_DEPTH:
        reader, why = None, f"嵌套超过 {MAX_DEPTH} 层"
    if reader is not None and not claim_nested():
        reader, why = None, f"文档内嵌入的文件超过 {MAX_NESTED_PACKAGES} 个"
    if reader is None:
        out.not_read(part, why)
        return None
    try:
        return reader(data, depth + 1)
    except ExtractionError as error:
        out.not_read(part, str(error))
        return None


def add_nested(out: TextBuilder, nested: ExtractedText, part: str, location: str | None = None) -> None:
    """Append the text of an embedded document as ``part``; each segment keeps its inner part and place
    in its location (``sheet:名单 C7``) unless ``location`` is given (then ``<location> metadata`` for the
    document's properties), and its label. What the embedded document could not read is not read here
    either."""
    text = nested.text
    position = 0
    for segment in nested.segments:
        out.add(text[position : segment.start], None)
        if location is None:
            inner = " ".join(filter(None, (segment.part, segment.location)))
        else:
            inner = f"{location} {METADATA}" if segment.part == METADATA else location
        out.add(text[segment.start : segment.end], part, location=inner, label=segment.label)
        position = segment.end
    out.add(text[position:], None)
    if not out.ends_with_newline():
        out.add("\n", None)
    for item in nested.unchecked:
        out.not_read(f"{part} {item.part}", item.reason)
