"""What Word shows of a .docx besides its stories, read after them so the offsets of the stories stay put:
``altchunk`` (HTML, MHTML, RTF, text or another .docx shown inline; located by its member), ``chart``,
``smartart``, ``alt-text`` (each located by its member), then embedded files (``embedded:<name>``,
an embedded .docx or .xlsx read through the same readers; an OLE object as the file it carries, ``ole``).
"""

from __future__ import annotations

import email
import email.policy
import posixpath
from collections.abc import Iterable
from email.message import EmailMessage
from xml.etree.ElementTree import Element

from secreview.extract.base import ALT_TEXT, ALTCHUNK, CHART, SMARTART, TextBuilder, nested_reader
from secreview.extract.ooxml import Relationship, relationship_id, relationships
from secreview.extract.ooxml_places import (
    add_embedded,
    add_line,
    add_nested,
    alt_texts,
    chart_lines,
    paragraph_lines,
    read_nested,
)
from secreview.extract.xmlsafe import descendants, parse_xml
from secreview.extract.ziputil import SafeZip

_CHART_KINDS = frozenset({"chart", "chartEx"})
_EMBEDDED_KINDS = frozenset({"package", "oleObject"})
_HTML_SUFFIXES = (".htm", ".html", ".xhtml")
_MHT_SUFFIXES = (".mht", ".mhtml")


def add_docx_places(
    package: SafeZip, stories: Iterable[tuple[str, Element]], out: TextBuilder, depth: int
) -> None:
    """Append the places of the ``(member, root)`` stories to ``out``."""
    stories = list(stories)
    links = {member: relationships(package, member) for member, _ in stories}
    for member, root in stories:
        by_id = {link.id: link for link in links[member]}
        for chunk in descendants(root, "altChunk"):
            link = by_id.get(relationship_id(chunk) or "")
            if link is not None and link.target in package:
                _altchunk(package, link.target, out, depth)
    charts = _targets(package, links, _CHART_KINDS)
    for chart in charts:
        for line in chart_lines(_parse(package, chart)):
            add_line(out, line, CHART, chart)
    smartart = out.length
    for data in _targets(package, links, frozenset({"diagramData"})):
        for line in paragraph_lines(_parse(package, data)):
            add_line(out, line, SMARTART, data)
    if out.length == smartart:
        # No data model text: the drawing Word keeps of the diagram (a copy of the same text) is read.
        for drawing in _targets(package, links, frozenset({"diagramDrawing"})):
            for line in paragraph_lines(_parse(package, drawing)):
                add_line(out, line, SMARTART, drawing)
    for member, root in stories:
        for text in alt_texts(root):
            add_line(out, text, ALT_TEXT, member)
    chart_links = {chart: relationships(package, chart) for chart in charts}
    for embedded in _targets(package, {**links, **chart_links}, _EMBEDDED_KINDS):
        add_embedded(out, embedded, package.read(embedded), depth)


def _targets(package: SafeZip, links: dict[str, list[Relationship]], kinds: frozenset[str]) -> list[str]:
    found = {link.target: None for found in links.values() for link in found if link.kind in kinds}
    return [target for target in found if target in package]


def _parse(package: SafeZip, member: str) -> Element:
    return parse_xml(package.read(member), member)


def _altchunk(package: SafeZip, member: str, out: TextBuilder, depth: int) -> None:
    data = package.read(member)
    lowered = member.lower()
    part = f"{ALTCHUNK}:{posixpath.basename(member)}"
    if lowered.endswith(".rtf") or data.startswith(b"{\\rtf"):
        from secreview.extract.rtf import MAX_RTF_BYTES, rtf_text

        if len(data) > MAX_RTF_BYTES:
            out.not_read(part, f"RTF 内容块超过 {MAX_RTF_BYTES // (1024 * 1024)} MB")
            return

        _add_text(out, rtf_text(data), member)
    elif lowered.endswith(_HTML_SUFFIXES):
        _add_html(out, data, member)
    elif lowered.endswith(_MHT_SUFFIXES):
        html = _mhtml_page(data)
        if html is None:
            out.not_read(part, "MHTML 中没有网页")
        else:
            _add_html(out, html, member)
    elif lowered.endswith(".txt"):
        from secreview.extract.txt import decode_text

        _add_text(out, decode_text(data)[0], member)
    elif lowered.endswith((".docx", ".docm", ".dotx", ".dotm")):
        nested = read_nested(out, part, nested_reader("docx"), "内容块格式不受支持", data, depth)
        if nested is not None:
            add_nested(out, nested, ALTCHUNK, member)
    else:
        out.not_read(part, "内容块格式不受支持")


def _add_text(out: TextBuilder, text: str, member: str) -> None:
    for line in text.splitlines():
        add_line(out, line, ALTCHUNK, member)


def _add_html(out: TextBuilder, data: bytes, member: str) -> None:
    from secreview.extract.htmlfile import extract_html

    add_nested(out, extract_html(data), ALTCHUNK, member)


def _mhtml_page(data: bytes) -> bytes | None:
    """The first HTML page of an MHTML archive (what Word writes for a web page chunk)."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                charset = part.get_content_charset()
                if charset and "charset" not in payload[:1024].decode("ascii", "replace").lower():
                    return f'<meta charset="{charset}">'.encode() + payload
                return payload
    return None
