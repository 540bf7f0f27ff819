"""Redaction of the places a .docx shows besides its main text (charts, SmartArt, alternative text, field
codes, form fields, content controls, links, bookmarks, styles, custom XML, authors): the found values are
replaced in the zip member the offset map names, in its text and attribute values only, token by token, so
that nothing else in the member changes. An altChunk becomes ordinary paragraphs holding its text, masked.
What finds the values, and the refusals a .docx and a workbook share (a macro, a member named with a
value, a binary part that still writes one), are here too; the workbook's places are in
``redact_xlsx_places``.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from urllib.parse import unquote

import regex

from secreview.errors import ExtractionError
from secreview.extract.base import (
    ALT_TEXT,
    ALTCHUNK,
    ATTRIBUTE,
    AUTHOR,
    BOOKMARK,
    CHART,
    CONTENT_CONTROL,
    CUSTOM_XML,
    DOCUMENT_VARIABLE,
    FIELD_CODE,
    FILE_NAME,
    FORM_FIELD,
    LINK,
    MACRO,
    NUMBERING,
    SHAPE_NAME,
    SMARTART,
    STYLE_NAME,
    ExtractedText,
)
from secreview.extract.vba import VBA_PROJECT
from secreview.extract.ziputil import open_zip
from secreview.masking import Replacement, apply
from secreview.ooxml_package import (
    CONTENT_TYPES,
    relationship_attributes,
    rewrite_elements,
    without_references,
)
from secreview.ooxml_scrub import (
    XML_ATTRIBUTE,
    Scrubber,
    decode_references,
    escape_text,
    scrub_xml,
    start_or_end,
)
from secreview.redact_edits import piece_edits

_ALT_ATTRIBUTES = frozenset({"descr", "title", "alt"})


@dataclass(slots=True)
class PlaceValues:
    """Per (part, location): the found values and what replaces them."""

    values: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)

    def of(self, wanted: Callable[[str], bool]) -> dict[str, dict[str, str]]:
        """Values by location, of the parts ``wanted`` accepts."""
        found: dict[str, dict[str, str]] = {}
        for (part, location), values in self.values.items():
            if wanted(part):
                found.setdefault(location, {}).update(values)
        return found


def place_values(
    extracted: ExtractedText, changes: Sequence[Replacement], parts: Callable[[str], bool]
) -> PlaceValues:
    """The characters each replacement changes inside segments of the ``parts``, by part and location."""
    found = PlaceValues()
    segments = extracted.segments
    for index, edits in piece_edits(segments, changes).items():
        segment = segments[index]
        if not parts(segment.part):
            continue
        text = extracted.text[segment.start : segment.end]
        values = found.values.setdefault((segment.part, segment.location or ""), {})
        for edit in edits:
            original = text[edit.offset : edit.offset + edit.length]
            if original.strip() and original != edit.text:
                values[original] = edit.text
    return found


def redacted_values(extracted: ExtractedText, changes: Sequence[Replacement]) -> dict[str, str]:
    """Each redacted value (at least 2 characters) and what replaces it."""
    values = {}
    for change in changes:
        original = extracted.text[change.start : change.end]
        if len(original.strip()) >= 2 and original != change.text:
            values[original] = change.text
    return values


def scrub_link_targets(content: bytes, values: dict[str, str]) -> bytes:
    """A relationships part whose targets (percent-encoded, ``tel:%2B86…``) held ``values``, rewritten
    decoded with the values replaced."""
    scrubber = Scrubber(values)

    def replace(match: regex.Match[str]) -> str:
        target = decode_references(match.group(2))
        new = scrubber.text(unquote(target))
        if new == unquote(target):
            return match.group(0)
        return f'{match.group(1)}{escape_text(new).replace(chr(34), "&quot;")}"'

    return _TARGET.sub(replace, content.decode("utf-8")).encode("utf-8")


_TARGET = regex.compile(r'(\sTarget\s*=\s*")([^"]*)"')


def scrub_alt_text(content: bytes, values: dict[str, str]) -> bytes:
    """A part with ``values`` replaced in the alternative text and titles of its drawings."""
    return scrub_xml(content, values, attributes=_ALT_ATTRIBUTES)


# --- altChunk -------------------------------------------------------------------------------------


def altchunk_texts(extracted: ExtractedText, changes: Sequence[Replacement]) -> dict[str, str]:
    """The text each altChunk member shows (by member), with the replacements applied."""
    spans: dict[str, tuple[int, int]] = {}
    for segment in extracted.segments:
        if segment.part == ALTCHUNK and segment.location:
            start, _ = spans.get(segment.location, (segment.start, segment.end))
            spans[segment.location] = (start, segment.end)
    texts = {}
    for member, (start, end) in spans.items():
        inside = [
            Replacement(change.start - start, change.end - start, change.text)
            for change in changes
            if change.start >= start and change.end <= end
        ]
        texts[member] = apply(extracted.text[start:end], inside)
    return texts


def altchunk_targets(rels: bytes, source_directory: str) -> dict[str, str]:
    """Relationship id -> member of the altChunks a story's relationships part names."""
    targets = {}
    for attributes in relationship_attributes(rels):
        kind = attributes.get("Type", "").rstrip("/").rpartition("/")[2]
        target = attributes.get("Target", "")
        if kind == "aFChunk" and target and attributes.get("TargetMode") != "External":
            joined = target if target.startswith("/") else posixpath.join("/", source_directory, target)
            targets[attributes.get("Id", "")] = posixpath.normpath(joined).lstrip("/")
    return targets


def without_altchunks(content: bytes, shown: dict[str, str]) -> bytes:
    """A story with each ``w:altChunk`` replaced by paragraphs holding the text ``shown`` by its r:id."""

    def replaced(local: str, start_tag: str, subtree: list[str]) -> list[str]:
        attributes = {key: decode_references(value[1:-1]) for key, value in XML_ATTRIBUTE.findall(start_tag)}
        relationship = next((value for key, value in attributes.items() if key.endswith(":id")), None)
        tag = start_or_end(start_tag)
        prefix = tag.group(2).rpartition(":")[0] if tag is not None else ""
        return [paragraphs(shown.get(relationship or "", ""), f"{prefix}:" if prefix else "")]

    return rewrite_elements(content.decode("utf-8"), ("altChunk",), replaced).encode("utf-8")


def paragraphs(text: str, prefix: str = "w:") -> str:
    """WordprocessingML paragraphs holding ``text``, one per line."""
    w = prefix
    return "".join(
        f'<{w}p><{w}r><{w}t xml:space="preserve">{escape_text(line)}</{w}t></{w}r></{w}p>'
        for line in text.split("\n")
        if line.strip()
    )


# --- .docx ----------------------------------------------------------------------------------------

# Places read from the member a finding's location names (extract/docx_hidden.py): the values are
# replaced in its text and attribute values. (Complex fields' codes are edited through the offset map.)
_CUSTOM_XML_ITEM = regex.compile(r"^customXml/item\d+\.xml$")
_DOCX_WHOLE_PLACES = frozenset({CHART, SMARTART, ALT_TEXT, FILE_NAME, STYLE_NAME})
_WORD_PART = regex.compile(r"^word/[^/]+\.xml$")
_STYLE_REFERENCES = frozenset({"pStyle", "rStyle", "tblStyle", "numStyleLink", "styleLink"})
_DOCX_MEMBER_PLACES = frozenset(
    {FIELD_CODE, FORM_FIELD, CONTENT_CONTROL, ATTRIBUTE, LINK, CUSTOM_XML, DOCUMENT_VARIABLE, NUMBERING}
    | {AUTHOR}  # an editing exception's person (comments and tracked changes leave with their authors)
    | {BOOKMARK}  # a bookmark renamed in its story, with the links (w:anchor) and fields there that use it
    | {SHAPE_NAME}  # a picture's or shape's name (the Selection Pane), in its story
)


def redact_docx_places(
    output: dict[str, bytes], extracted: ExtractedText, changes: Sequence[Replacement]
) -> tuple[str, ...]:
    """Edit ``output`` (member -> bytes of the copy): charts, SmartArt, alternative text and the places
    of ``_DOCX_MEMBER_PLACES`` masked, altChunks turned into paragraphs; the notes for the officer."""
    found = place_values(
        extracted,
        changes,
        lambda part: (
            part in (CHART, SMARTART, ALT_TEXT, FILE_NAME, STYLE_NAME, MACRO) or part in _DOCX_MEMBER_PLACES
        ),
    )
    refuse_named_members(output, found)
    refuse_macros(found)
    for styles, values in found.of(lambda part: part == STYLE_NAME).items():
        # A style renamed (its id too, when it is the name) where the parts that use it name it, alike.
        for user in [styles, *(name for name in output if _WORD_PART.match(name))]:
            if user in output:
                elements = None if user == styles else _STYLE_REFERENCES
                output[user] = scrub_xml(output[user], values, elements=elements)
    for member, values in found.of(lambda part: part in _DOCX_MEMBER_PLACES).items():
        if member in output:
            output[member] = scrub_xml(output[member], values)
            if member.endswith(".rels"):
                output[member] = scrub_link_targets(output[member], values)
    redacted = {old: new for by_member in found.values.values() for old, new in by_member.items()}
    redacted.update(redacted_values(extracted, changes))
    for member in output:
        # Word fills a bound content control from its custom XML when it opens the file: every value
        # redacted anywhere is redacted there too.
        if _CUSTOM_XML_ITEM.match(member):
            output[member] = scrub_xml(output[member], redacted)
    for member, values in found.of(lambda part: part == CHART).items():
        if member in output:
            output[member] = scrub_xml(output[member], values)
    for member, values in found.of(lambda part: part == SMARTART).items():
        directory = posixpath.dirname(member)
        for name in output:
            if posixpath.dirname(name) == directory and name.endswith(".xml"):
                output[name] = scrub_xml(output[name], values)
    for member, values in found.of(lambda part: part == ALT_TEXT).items():
        if member in output:
            output[member] = scrub_alt_text(output[member], values)
    return _altchunks_as_paragraphs(output, altchunk_texts(extracted, changes))


def _altchunks_as_paragraphs(output: dict[str, bytes], texts: dict[str, str]) -> tuple[str, ...]:
    removed: set[str] = set()
    for rels_name in [name for name in output if name.endswith(".rels")]:
        directory = posixpath.dirname(posixpath.dirname(rels_name))
        source = posixpath.join(directory, posixpath.basename(rels_name).removesuffix(".rels"))
        targets = altchunk_targets(output[rels_name], directory)
        if not targets or source not in output:
            continue
        shown = {rid: texts.get(member, "") for rid, member in targets.items()}
        output[source] = without_altchunks(output[source], shown)
        output[rels_name] = without_references(output[rels_name], set(), frozenset({"aFChunk"}))
        removed |= set(targets.values())
    if not removed:
        return ()
    for member in removed:
        output.pop(member, None)
    if CONTENT_TYPES in output:
        output[CONTENT_TYPES] = without_references(output[CONTENT_TYPES], removed, frozenset())
    return ("已将嵌入内容块(altChunk)转为普通段落(已删减,原格式未保留)",)


# --- refusals shared by .docx and .xlsx -----------------------------------------------------------


def refuse_macros(found: PlaceValues) -> None:
    """Refuse the copy when a macro holds a value to redact: its source is compressed beside the compiled
    code, which Office alone writes."""
    for location in found.of(lambda part: part == MACRO):
        raise ExtractionError(
            f"宏代码({location})含需删减的内容,宏的源代码和编译缓存无法原位删减,"
            "请删除或修改宏后再试,未生成删减稿"
        )


def refuse_binary_leftovers(data: bytes, output: dict[str, bytes], values: Iterable[str]) -> None:
    """Refuse the copy when a binary part it keeps that holds text (a VBA project: the compiled code keeps
    the source's strings; an ActiveX control saved as a stream; a sheet's custom property) writes a
    redacted value in any of its bytes, as UTF-8, UTF-16 or GB18030."""
    binaries = [name for name in output if VBA_PROJECT.search(name) or _TEXT_BINARY.search(name)]
    if not binaries:
        return
    wanted = {value.encode(codec) for value in values for codec in _MACRO_CODECS if len(value.strip()) >= 2}
    with open_zip(data, "xlsx") as package:
        for member in binaries:
            content = package.read(member)
            if any(value in content for value in wanted):
                raise ExtractionError(
                    f"二进制部件 {member}(宏工程、ActiveX 控件或自定义属性)中仍有需删减的内容,"
                    "无法安全删减,请删除或修改后再试,未生成删减稿"
                )


_TEXT_BINARY = regex.compile(r"(?:^|/)activeX/[^/]+\.bin$|^xl/customProperty\d*\.bin$", regex.IGNORECASE)
_MACRO_CODECS = ("utf-8", "utf-16-le", "gb18030")


def refuse_named_members(output: dict[str, bytes], found: PlaceValues) -> None:
    """Refuse the copy when a member the copy keeps is named with a redacted value."""
    for member in found.of(lambda part: part == FILE_NAME):
        if member in output:
            raise ExtractionError(f"压缩包内文件名“{member}”含需删减的内容,请改名后再试,未生成删减稿")
