"""Editing an Office package as a whole: its relationships and content types, the end of an element among
XML tokens, and the zip written again member by member (each with its original compression). Shared by
the redacted copies of .docx and .xlsx and the places they edit."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Collection, Iterator, Mapping

import regex

from secreview.extract.ziputil import UNREAD, copy_member
from secreview.ooxml_scrub import XML_ATTRIBUTE, XML_TAG, XML_TOKEN, decode_references, start_or_end

CONTENT_TYPES = "[Content_Types].xml"


class DocxRedactionError(ValueError):
    """The package cannot be edited (it should have failed extraction first)."""


def element_end(tokens: list[str], start: int) -> int:
    """The index after the end tag of the element whose start tag is ``tokens[start]``."""
    depth = 0
    for index in range(start, len(tokens)):
        tag = start_or_end(tokens[index])
        if tag is None:
            continue
        if tag.group(1):
            depth -= 1
        elif not tokens[index].endswith("/>"):
            depth += 1
        if depth == 0:
            return index + 1
    raise DocxRedactionError("XML element not closed")


def rewrite_elements(
    text: str, names: Collection[str], rewrite: Callable[[str, str, list[str]], list[str] | None]
) -> str:
    """An XML part's ``text`` with each element whose local name is one of ``names`` written as
    ``rewrite(local name, start tag, its tokens)`` gives (its tokens: the start tag to the end tag, or the
    empty-element tag alone); where it gives None, the element is kept and its content read on (an element
    inside it may be rewritten)."""
    tokens = XML_TOKEN.findall(text)
    out: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        tag = start_or_end(token)
        local = tag.group(2).rpartition(":")[2] if tag is not None and not tag.group(1) else None
        if local is not None and local in names:
            end = index + 1 if token.endswith("/>") else element_end(tokens, index)
            written = rewrite(local, token, tokens[index:end])
            if written is not None:
                out += written
                index = end
                continue
        out.append(token)
        index += 1
    return "".join(out)


def relationship_attributes(content: bytes) -> Iterator[dict[str, str]]:
    for token in XML_TOKEN.findall(content.decode("utf-8")):
        tag = XML_TAG.match(token)
        if tag and not tag.group(1) and tag.group(2).rpartition(":")[2] in ("Relationship", "Override"):
            yield {key: decode_references(value[1:-1]) for key, value in XML_ATTRIBUTE.findall(token)}


def without_references(content: bytes, removed: set[str], kinds: frozenset[str]) -> bytes:
    """A relationships part or [Content_Types].xml without the entries of ``kinds`` or that point at
    removed members."""
    if not removed and not kinds:
        return content
    kept = []
    for token in XML_TOKEN.findall(content.decode("utf-8")):
        tag = XML_TAG.match(token)
        if tag and not tag.group(1) and tag.group(2).rpartition(":")[2] in ("Relationship", "Override"):
            attributes = {key: decode_references(value[1:-1]) for key, value in XML_ATTRIBUTE.findall(token)}
            if (
                relationship_kind(attributes) in kinds
                or attributes.get("PartName", "").lstrip("/") in removed
            ):
                continue
        kept.append(token)
    return "".join(kept).encode("utf-8")


def relationship_kind(attributes: dict[str, str]) -> str:
    return attributes.get("Type", "").rstrip("/").rpartition("/")[2]


def rezip(original: bytes, members: Mapping[str, bytes]) -> bytes:
    """The members in the original order, each with its original compression; a member given as
    ``UNREAD`` is copied from ``original`` as it is, streamed within the limits of ``ziputil``."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(original)) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            if info.filename not in members:
                continue
            copy = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            copy.compress_type = info.compress_type
            copy.external_attr = info.external_attr
            content = members[info.filename]
            if content is UNREAD:
                copy_member(source, info, target, copy)
            else:
                target.writestr(copy, content)
    return buffer.getvalue()


_DECLARED_ENCODING = regex.compile(rb"""^<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_UTF8_DECLARATION = regex.compile(r"""^(<\?xml[^>]*?\bencoding\s*=\s*["'])[A-Za-z0-9._-]+(["'])""")


def utf8_xml(name: str, content: bytes) -> bytes:
    """An XML member as UTF-8, as the edits read and write it: a part in UTF-16 (which Word and the
    extractor read) is transcoded, its declaration saying so; a part that declares no encoding it is in
    is a DocxRedactionError."""
    if not name.endswith((".xml", ".rels")):
        return content
    try:
        content.decode("utf-8")
        return content
    except UnicodeDecodeError:
        pass
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif content.startswith(b"<\x00"):
        encoding = "utf-16-le"
    elif content.startswith(b"\x00<"):
        encoding = "utf-16-be"
    else:
        declared = _DECLARED_ENCODING.match(content)
        encoding = declared.group(1).decode("ascii") if declared else "utf-8"
    try:
        text = content.decode(encoding)
    except (LookupError, UnicodeDecodeError) as error:
        raise DocxRedactionError(f"{name}: 编码无法识别,无法生成删减稿") from error
    return _UTF8_DECLARATION.sub(r"\g<1>UTF-8\g<2>", text.lstrip("\ufeff"), count=1).encode("utf-8")
