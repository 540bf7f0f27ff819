"""A redacted copy of a .docx: the OOXML is edited in place, token by token, so that everything not
touched (formatting, tables, headers, footers, fields, images) stays byte for byte.

What changes: the characters of findings inside w:t / m:t elements; tracked insertions are accepted and
tracked deletions and moves-from dropped (no deleted text survives); comments and their anchors are
removed with their parts; the author fields of the core properties are cleared; personal data in
document properties is replaced; the mc:Fallback copies of content that has an mc:Choice are dropped,
as they would keep an unredacted duplicate of text boxes.
"""

from __future__ import annotations

import posixpath
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

import regex

from secreview.errors import ExtractionError
from secreview.extract.base import ExtractedText
from secreview.extract.docx import TextSource, extract_docx_sources
from secreview.extract.ziputil import UNREAD, open_zip
from secreview.masking import Replacement, Style, must_redact, replacements
from secreview.models import Finding
from secreview.ooxml_package import (
    CONTENT_TYPES,
    relationship_attributes,
    relationship_kind,
    rewrite_elements,
    rezip,
    utf8_xml,
    without_references,
)
from secreview.ooxml_package import (
    DocxRedactionError as DocxRedactionError,  # raised here, caught by redact.py
)
from secreview.ooxml_scrub import (
    XML_ATTRIBUTE,
    XML_TOKEN,
    Scrubber,
    decode_references,
    escape_text,
    holds_any,
    identifier_values,
    scrub_xml,
    start_or_end,
)
from secreview.redact_edits import piece_edits

_W = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
)
_NAMESPACE_PREFIX = {
    **dict.fromkeys(_W, "w"),
    "http://schemas.openxmlformats.org/officeDocument/2006/math": "m",
    "http://purl.oclc.org/ooxml/officeDocument/math": "m",
    "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://schemas.openxmlformats.org/package/2006/metadata/core-properties": "cp",
    "http://schemas.openxmlformats.org/package/2006/relationships": "rel",
    "http://schemas.openxmlformats.org/package/2006/content-types": "ct",
}
_XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"
_TEXT_ELEMENTS = frozenset({"w:t", "m:t", "w:delText", "w:instrText", "w:delInstrText", "w:sym"})
_DROPPED = frozenset(
    {
        "w:del",
        "w:moveFrom",
        "w:commentRangeStart",
        "w:commentRangeEnd",
        "w:commentReference",
        "w:moveFromRangeStart",
        "w:moveFromRangeEnd",
        "w:moveToRangeStart",
        "w:moveToRangeEnd",
        "w:pPrChange",
        "w:rPrChange",
        "w:sectPrChange",
        "w:tblPrChange",
        "w:tblPrExChange",
        "w:tblGridChange",
        "w:trPrChange",
        "w:tcPrChange",
        "w:numberingChange",
        "w:cellIns",
        "w:cellDel",
        "w:cellMerge",
    }
)
_UNWRAPPED = frozenset({"w:ins", "w:moveTo"})
_CLEARED = frozenset({"dc:creator", "cp:lastModifiedBy"})
_STORY_MEMBER = regex.compile(r"^word/(?:document\d*|header\d*|footer\d*|footnotes|endnotes)\.xml$")
_PROPERTY_MEMBER = regex.compile(r"^docProps/(?:core|app|custom)\.xml$")
# Identifiers shorter than this are not searched for outside the text elements they were found in.
_COMMENT_KINDS = frozenset({"comments", "commentsExtended", "commentsIds", "commentsExtensible", "people"})


@dataclass(frozen=True, slots=True)
class DocxRedaction:
    data: bytes
    replaced: int  # spans of the extracted text replaced
    notes: tuple[str, ...] = ()


@dataclass(slots=True)
class _Edits:
    """Per text element of one member: (offset in its text, length, new characters)."""

    by_index: dict[int, list[tuple[int, int, str]]] = field(default_factory=lambda: defaultdict(list))


# Edits the members of the copy (name -> bytes) for the places outside the stories; returns notes.
PlacesRedactor = Callable[[dict[str, bytes], ExtractedText, Sequence[Replacement]], tuple[str, ...]]


def redact_docx(
    data: bytes, findings: Sequence[Finding], style: Style = Style.MASK, places: PlacesRedactor | None = None
) -> DocxRedaction:
    """The bytes of the redacted copy of ``data`` whose report has ``findings``; ``places`` (charts,
    SmartArt, altChunks …) edits the members before they are zipped."""
    extracted, sources = extract_docx_sources(data)
    changes = replacements(findings, style)
    edits = _element_edits(changes, sources)
    text_changes = {f.text: c.text for f, c in property_changes(findings, changes)}
    scrub = Scrubber(identifier_values(extracted.text, changes))
    with open_zip(data, "docx") as package:
        names = package.names()
        # Only XML parts can hold text to rewrite; media and other binaries are copied as they are, so a
        # large video that the check never reads does not make the redaction refuse the file.
        members = {name: utf8_xml(name, package.read(name)) for name in names if _is_markup(name)}
    removed = _comment_members(members)
    said: tuple[str, ...] = ("已删除批注(审阅意见)",) if removed else ()
    pictures = _picture_members(members, names)
    removed |= pictures.members
    output: dict[str, bytes] = {}
    for name in names:
        if name in removed:
            continue
        if name not in members:
            output[name] = UNREAD
            continue
        content = members[name]
        if _STORY_MEMBER.match(name) or name in edits:
            content = _Part(content, edits.get(name, _Edits()), {}).rewrite()
        elif _PROPERTY_MEMBER.match(name):
            content = rewrite_properties(content, text_changes)
        elif name.endswith(".rels") or name == CONTENT_TYPES:
            content = without_references(content, removed, _COMMENT_KINDS | pictures.kinds)
        if name in pictures.referring:
            content = _without_pictures(content, pictures.referring[name])
        if name.endswith((".xml", ".rels")) and name != CONTENT_TYPES:
            content = scrub(content)
        output[name] = content
    if places is not None:
        said += places(output, extracted, changes)
    _scrub_escaped(output, scrub.values)
    if places is not None:
        from secreview.redact_places import refuse_binary_leftovers

        try:
            refuse_binary_leftovers(data, output, (f.text for f in findings if must_redact(f)))
        except ExtractionError as error:
            raise DocxRedactionError(str(error)) from error
    return DocxRedaction(rezip(data, output), len(changes), said + pictures.notes())


def clear_authors(data: bytes, kind: str) -> bytes:
    """``data`` (a .docx or .xlsx) with only the author fields of its core properties cleared; the
    same bytes when there is nothing to clear."""
    with open_zip(data, kind) as package:
        names = package.names()
        members = {name: package.read(name) for name in names if _PROPERTY_MEMBER.match(name)}
    cleared = {name: _Part(content, _Edits(), {}).rewrite() for name, content in members.items()}
    if all(cleared[name] == members[name] for name in members):
        return data
    return rezip(data, {name: cleared.get(name, UNREAD) for name in names})


_PICTURE_KINDS = frozenset({"image", "oleObject", "package", "thumbnail"})
_PICTURE_MEMBER = regex.compile(r"^(?:word/media/|word/embeddings/|docProps/thumbnail\.)")
# Elements that show a picture or object: drawings, VML pictures, OLE objects, a page background, and a
# chart's externalData (its embedded workbook goes with the embedded objects).
_PICTURE_ELEMENTS = frozenset({"drawing", "pict", "object", "AlternateContent", "externalData", "background"})
_RELATIONSHIP_ID = regex.compile(r"\s(?:[\w.-]+:)?(?:embed|link|id|pict)\s*=\s*[\"']([^\"']*)[\"']")


@dataclass(slots=True)
class _Pictures:
    """Images, embedded objects and the thumbnail to leave out: their members, relationship kinds,
    and per XML part the relationship ids its drawings use."""

    members: set[str] = field(default_factory=set)
    kinds: frozenset[str] = frozenset()
    referring: dict[str, set[str]] = field(default_factory=dict)

    def notes(self) -> tuple[str, ...]:
        notes = []
        if any(posixpath.basename(name).startswith("thumbnail.") for name in self.members):
            notes.append("已删除文档缩略图(可能显示未删减的首页)")
        embedded = [name for name in self.members if not posixpath.basename(name).startswith("thumbnail.")]
        if embedded:
            count = len(embedded)
            notes.append(f"已删除嵌入的图片和对象 {count} 个(可能含未删减的内容,需要时请处理后另行插入)")
        return tuple(notes)


def _is_markup(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels", ".vml"))


def _picture_members(members: dict[str, bytes], names: list[str]) -> _Pictures:
    pictures = _Pictures()
    for name, content in members.items():
        if not name.endswith(".rels"):
            continue
        directory = posixpath.dirname(posixpath.dirname(name))
        source = posixpath.join(directory, posixpath.basename(name).removesuffix(".rels"))
        for attributes in relationship_attributes(content):
            if relationship_kind(attributes) not in _PICTURE_KINDS or "Id" not in attributes:
                continue
            pictures.referring.setdefault(source, set()).add(attributes["Id"])
            target = attributes.get("Target", "")
            if attributes.get("TargetMode") != "External" and target:
                joined = target if target.startswith("/") else posixpath.join("/", directory, target)
                pictures.members.add(posixpath.normpath(joined).lstrip("/"))
    pictures.members = {name for name in names if name in pictures.members or _PICTURE_MEMBER.match(name)}
    if pictures.members or pictures.referring:
        pictures.kinds = _PICTURE_KINDS
    return pictures


def _without_pictures(content: bytes, ids: set[str]) -> bytes:
    """An XML part without the drawing, picture and object elements that use one of ``ids``."""

    def dropped(local: str, start_tag: str, subtree: list[str]) -> list[str] | None:
        uses = any(match in ids for part in subtree for match in _RELATIONSHIP_ID.findall(part))
        return [] if uses else None

    return rewrite_elements(content.decode("utf-8"), _PICTURE_ELEMENTS, dropped).encode("utf-8")


def _scrub_escaped(output: dict[str, bytes], values: dict[str, str]) -> None:
    """Replace the found identifiers that a part still writes with character references or split over
    elements (the plain copies are scrubbed already); DocxRedactionError, naming the part, when one is
    left that cannot be replaced in place."""
    for name, content in output.items():
        if content is UNREAD or not _is_markup(name) or not holds_any(content, values):
            continue
        output[name] = scrub_xml(content, values)
        if holds_any(output[name], values):
            raise DocxRedactionError(f"部件 {name} 中仍有需删减的内容(跨多个元素写入),无法安全删减")


_NUMBER_PROPERTY = regex.compile(
    r"<(vt:(?:i[1248]|int|ui[1248]|uint|r[48]|decimal|cy))>([^<]*[^<0-9.eE+\-\s][^<]*)</\1>"
)


def rewrite_properties(content: bytes, text_changes: dict[str, str]) -> bytes:
    """A document properties part with its author fields cleared and ``text_changes`` made in its text,
    a masked number property written as text."""
    return _as_text_properties(_Part(content, _Edits(), text_changes).rewrite())


def _as_text_properties(content: bytes) -> bytes:
    """Custom properties whose number was masked, written as text (vt:lpwstr) so the value stays valid."""
    text = content.decode("utf-8")
    retyped = _NUMBER_PROPERTY.sub(r"<vt:lpwstr>\2</vt:lpwstr>", text)
    return content if retyped == text else retyped.encode("utf-8")


def _element_edits(changes: Sequence[Replacement], sources: Sequence[TextSource]) -> dict[str, _Edits]:
    edits: dict[str, _Edits] = defaultdict(_Edits)
    for index, piece in piece_edits(sources, changes).items():
        source = sources[index]
        edits[source.member].by_index[source.index].extend(
            (edit.offset, edit.length, edit.text) for edit in piece
        )
    return edits


def property_changes(
    findings: Sequence[Finding], changes: Sequence[Replacement]
) -> Iterator[tuple[Finding, Replacement]]:
    by_span = {(change.start, change.end): change for change in changes}
    for finding in findings:
        change = by_span.get((finding.start, finding.end))
        if change is not None and finding.part == "metadata" and must_redact(finding):
            yield finding, change


def _comment_members(members: dict[str, bytes]) -> set[str]:
    """Zip members of comments (and their people list), found through the relationships."""
    removed: set[str] = set()
    for name, content in members.items():
        if not name.endswith(".rels"):
            continue
        source_directory = posixpath.dirname(posixpath.dirname(name))
        for attributes in relationship_attributes(content):
            kind = attributes.get("Type", "").rstrip("/").rpartition("/")[2]
            target = attributes.get("Target", "")
            if kind in _COMMENT_KINDS and attributes.get("TargetMode") != "External" and target:
                joined = target if target.startswith("/") else posixpath.join("/", source_directory, target)
                removed.add(posixpath.normpath(joined).lstrip("/"))
    return {name for name in removed if name in members}


class _Part:
    """One XML part rewritten token by token."""

    def __init__(self, content: bytes, edits: _Edits, text_changes: dict[str, str]) -> None:
        self._tokens = XML_TOKEN.findall(content.decode("utf-8"))
        self._edits = edits
        self._text_changes = text_changes
        self._namespaces: list[dict[str, str]] = [{"xml": _XML_NAMESPACE}]
        self._ordinal = -1

    def rewrite(self) -> bytes:
        out: list[str] = []
        # Open elements: (name, emitted?) — emitted False for unwrapped elements.
        stack: list[tuple[str, bool]] = []
        alternate_has_choice: list[bool] = []
        tokens = iter(self._tokens)
        for token in tokens:
            tag = start_or_end(token)
            if tag is None:
                out.append(self._text(token))
                continue
            if tag.group(1):
                name, emitted = stack.pop()
                self._namespaces.pop()
                if name == "mc:AlternateContent":
                    alternate_has_choice.pop()
                if emitted:
                    out.append(token)
                continue
            empty = token.endswith("/>")
            self._namespaces.append({**self._namespaces[-1], **_declared_namespaces(token)})
            name = self._qualified(tag.group(2))
            if empty:
                self._namespaces.pop()
            if name in _TEXT_ELEMENTS:
                self._ordinal += 1
            dropped = name in _DROPPED or (
                name == "mc:Fallback" and bool(alternate_has_choice) and alternate_has_choice[-1]
            )
            if name == "mc:Choice" and alternate_has_choice:
                alternate_has_choice[-1] = True
            if dropped:
                if not empty:
                    self._skip(tokens)
                continue
            if empty:
                if name == "w:sym" and self._ordinal in self._edits.by_index:
                    out.append(_symbol_as_text(tag.group(2), self._edits.by_index[self._ordinal]))
                elif name not in _UNWRAPPED:
                    out.append(token)
                continue
            if name == "mc:AlternateContent":
                alternate_has_choice.append(False)
            if name in _TEXT_ELEMENTS and self._ordinal in self._edits.by_index:
                out.append(_preserving_space(token))
                out.append(self._edited_text(tokens, self._edits.by_index[self._ordinal]))
                self._namespaces.pop()
                continue
            if name in _CLEARED:
                out.append(token)
                self._skip(tokens, keep_end=out)
                continue
            stack.append((name, name not in _UNWRAPPED))
            if name not in _UNWRAPPED:
                out.append(token)
        return "".join(out).encode("utf-8")

    def _text(self, token: str) -> str:
        if not self._text_changes or token.startswith("<"):
            return token
        text = decode_references(token)
        for original, replacement in self._text_changes.items():
            text = text.replace(original, replacement)
        return escape_text(text)

    def _qualified(self, raw: str) -> str:
        prefix, _, local = raw.rpartition(":")
        namespace = self._namespaces[-1].get(prefix or "")
        known = _NAMESPACE_PREFIX.get(namespace or "")
        return f"{known}:{local}" if known else raw

    def _skip(self, tokens: Iterator[str], keep_end: list[str] | None = None) -> None:
        """Consume tokens up to the end tag of the element just opened (emitting that end tag if asked),
        still counting the text elements inside."""
        depth = 1
        for token in tokens:
            tag = start_or_end(token)
            if tag is None:
                continue
            if tag.group(1):
                depth -= 1
                self._namespaces.pop()
                if depth == 0:
                    if keep_end is not None:
                        keep_end.append(token)
                    return
                continue
            self._namespaces.append({**self._namespaces[-1], **_declared_namespaces(token)})
            if self._qualified(tag.group(2)) in _TEXT_ELEMENTS:
                self._ordinal += 1
            if token.endswith("/>"):
                self._namespaces.pop()
            else:
                depth += 1
        raise DocxRedactionError("XML element not closed")

    def _edited_text(self, tokens: Iterator[str], edits: list[tuple[int, int, str]]) -> str:
        pieces: list[str] = []
        for token in tokens:
            if token.startswith("<![CDATA["):
                pieces.append(token[9:-3])
            elif token.startswith("<"):
                text = "".join(pieces)
                for offset, length, new in sorted(edits, reverse=True):
                    text = text[:offset] + new + text[offset + length :]
                return escape_text(text) + token
            else:
                pieces.append(decode_references(token))
        raise DocxRedactionError("text element not closed")


def _symbol_as_text(raw_name: str, edits: list[tuple[int, int, str]]) -> str:
    """A masked symbol (w:sym, one character) written as the text of its mask, in the run it stood in."""
    prefix = raw_name.rpartition(":")[0]
    qualified = f"{prefix}:t" if prefix else "t"
    text = "".join(new for _, _, new in sorted(edits))
    return f'<{qualified} xml:space="preserve">{escape_text(text)}</{qualified}>'


def _declared_namespaces(token: str) -> dict[str, str]:
    declared = {}
    for key, value in XML_ATTRIBUTE.findall(token):
        if key == "xmlns":
            declared[""] = decode_references(value[1:-1])
        elif key.startswith("xmlns:"):
            declared[key[6:]] = decode_references(value[1:-1])
    return declared


def _preserving_space(start_tag: str) -> str:
    if "xml:space" in start_tag:
        return start_tag
    return start_tag[:-1] + ' xml:space="preserve">'
