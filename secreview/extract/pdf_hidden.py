"""What a PDF viewer shows besides pages, forms, comments and attachments, read after them: the targets of
``tel:``/``mailto:``/``sms:`` links and of other links that hold a long number or an e-mail address
(``link``, by page), comments' authors, subjects, rich text and the
text their appearance draws (a stamp, a watermark; ``annotation``), bookmarks (``bookmark``), every
string of the document information and the XMP metadata, layers' names, page labels and attachments'
names and descriptions (``metadata``), and the pages of earlier saves that an incremental save keeps in
the file (``older-version``, ``v1 page:2``; a viewer shows them as the signed or earlier version), with
what those saves' annotations, form fields and document information showed that the final one no longer
does (``v1 object``).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from typing import Any

import regex

from secreview.errors import ExtractionError
from secreview.extract.base import (
    ANNOTATION,
    BOOKMARK,
    LINK,
    METADATA,
    OLDER_VERSION,
    TextBuilder,
    link_data,
)
from secreview.extract.pdf_places import add_pdf_line, appearance_text, page_annotations, shown_text
from secreview.extract.xmlsafe import parse_xml

_DATES = frozenset({"/CreationDate", "/ModDate"})
# XMP read: Dublin Core (title, creator, description, subject, rights …) and the PDF keywords; not the dates,
# identifiers and history that every file has.
_XMP_NAMESPACES = ("http://purl.org/dc/elements/1.1/",)
_XMP_FIELDS = frozenset({"{http://ns.adobe.com/pdf/1.3/}Keywords"})
_ANNOTATION_TEXTS = ("/T", "/Subj", "/RC")
# Links draw nothing of their own; widgets are form fields (read with the form); popups repeat a parent.
_NOT_DRAWN = frozenset({"/Link", "/Widget", "/Popup"})
_TAG = regex.compile(r"<[^>]*>")
MAX_BOOKMARKS = 10_000
MAX_METADATA_BYTES = 4 * 1024 * 1024
# Earlier saves read, the latest first: each is parsed again, so their number is bounded.
MAX_OLDER_VERSIONS = 3
_END_OF_FILE = regex.compile(rb"%%EOF")


def add_pdf_hidden(reader: Any, out: TextBuilder, read_fields: tuple[str, ...]) -> None:
    """Links, annotation details, bookmarks and metadata (besides the ``read_fields`` of the document
    information, read already)."""
    for number, page in enumerate(reader.pages, start=1):
        for annotation in page_annotations(page):
            for target in _link_targets(annotation):
                add_pdf_line(out, target, LINK, f"page:{number}")
            if annotation.get("/Subtype") in _NOT_DRAWN:
                continue
            for key in _ANNOTATION_TEXTS:
                text = shown_text(annotation.get(key))
                add_pdf_line(out, _TAG.sub(" ", text) if key == "/RC" else text, ANNOTATION, f"page:{number}")
            # What the viewer draws (a stamp, a watermark, a free-text box): its appearance stream.
            drawn = appearance_text(page, annotation)
            if drawn.strip() and drawn.strip() != shown_text(annotation.get("/Contents")).strip():
                add_pdf_line(out, drawn, ANNOTATION, f"page:{number}")
    for title in _bookmarks(reader):
        add_pdf_line(out, title, BOOKMARK, None)
    info = reader.metadata or {}
    for key, value in info.items():
        if key not in read_fields and key not in _DATES and isinstance(value, str):
            add_pdf_line(out, value, METADATA, None)
    for text in _xmp_texts(reader):
        add_pdf_line(out, text, METADATA, "xmp")
    for location, text in _panes(reader):
        add_pdf_line(out, text, METADATA, location)


def add_older_versions(data: bytes, reader: Any, out: TextBuilder, pages: list[str]) -> set[str]:
    """The pages of earlier saves (up to ``MAX_OLDER_VERSIONS``) whose text the final ``pages`` (of
    ``reader``) do not have; a page drawn as a final page is drawn is not read again. A save that cannot be
    read alone (a linearized file's first section) is passed over (``pdf_revisions`` reads its pages).
    Returns the texts of the final pages and of those read."""
    from pypdf import PdfReader

    final = set(pages)
    ends = [match.end() for match in _END_OF_FILE.finditer(data)][:-1]
    if not ends:
        return final
    drawn = {_drawing(page) for page in reader.pages}
    first = max(len(ends) - MAX_OLDER_VERSIONS, 0)
    current: set[str] | None = None
    for version, end in enumerate(ends[first:], start=first + 1):
        try:
            earlier = PdfReader(io.BytesIO(data[:end]))
            saved = earlier.pages
            texts = [page.extract_text() or "" if _drawing(page) not in drawn else "" for page in saved]
            current = set(_object_strings(reader)) if current is None else current
            objects = [text for text in _object_strings(earlier) if text not in current]
        except Exception:
            continue
        for number, text in enumerate(texts, start=1):
            if text.strip() and text not in final:
                final.add(text)
                add_pdf_line(out, text, OLDER_VERSION, f"v{version} page:{number}")
        for text in objects:
            if text not in final:
                final.add(text)
                add_pdf_line(out, text, OLDER_VERSION, f"v{version} object")
    return final


def _object_strings(reader: Any) -> Iterator[str]:
    """What a viewer shows of a save's annotations and form fields (texts, authors, values) and of its
    document information: an earlier save shows those it had (a signed version, a revision)."""
    for page in reader.pages:
        for annotation in page_annotations(page):
            for key in ("/Contents", *_ANNOTATION_TEXTS, "/V", "/TU"):
                if (text := shown_text(annotation.get(key))).strip():
                    yield text
    for key, value in (reader.metadata or {}).items():
        if key not in _DATES and isinstance(value, str) and value.strip():
            yield value


def _drawing(page: Any) -> bytes:
    """What a page draws (its content streams, decoded), to tell a changed page from an unchanged one."""
    contents = page.get_contents()
    return hashlib.sha256(contents.get_data() if contents is not None else b"").digest()


def _panes(reader: Any) -> Iterator[tuple[str, str]]:
    """What the viewer's side panes list: layers' names, page labels' prefixes, attachments' names and
    descriptions."""
    root = reader.trailer["/Root"].get_object()
    properties = root.get("/OCProperties")
    groups = properties.get_object().get("/OCGs") if properties is not None else None
    for group in groups.get_object() if groups is not None else []:
        group = group.get_object()
        if hasattr(group, "get"):
            yield "layer", shown_text(group.get("/Name"))
    labels = root.get("/PageLabels")
    numbers = labels.get_object().get("/Nums") if labels is not None else None
    for item in list(numbers.get_object())[1::2] if numbers is not None else []:
        item = item.get_object()
        if hasattr(item, "get"):
            yield "page label", shown_text(item.get("/P"))
    names = root.get("/Names")
    files = names.get_object().get("/EmbeddedFiles") if names is not None else None
    listed = files.get_object().get("/Names") if files is not None else None
    for item in list(listed.get_object())[1::2] if listed is not None else []:
        item = item.get_object()
        if hasattr(item, "get"):
            for key in ("/UF", "/F", "/Desc"):
                yield "attachment", shown_text(item.get(key))


def _link_targets(annotation: Any) -> Iterator[str]:
    action = annotation.get("/A")
    action = action.get_object() if action is not None else None
    target = shown_text(action.get("/URI")) if action is not None and hasattr(action, "get") else ""
    if (data := link_data(target)) is not None:
        yield data


def _bookmarks(reader: Any) -> list[str]:
    titles: list[str] = []

    def visit(items: Any, depth: int) -> None:
        for item in items:
            if len(titles) >= MAX_BOOKMARKS or depth > 32:
                return
            if isinstance(item, list):
                visit(item, depth + 1)
            else:
                title = shown_text(item.get("/Title"))
                if title.strip():
                    titles.append(title)

    visit(reader.outline, 0)
    return titles


def _xmp_texts(reader: Any) -> Iterator[str]:
    stream = reader.trailer["/Root"].get_object().get("/Metadata")
    stream = stream.get_object() if stream is not None else None
    if stream is None or not hasattr(stream, "get_data"):
        return
    data = stream.get_data()
    if len(data) > MAX_METADATA_BYTES:
        return
    try:
        root = parse_xml(data.strip().strip(b"\x00"), "XMP")
    except ExtractionError:
        return  # damaged XMP: the document information is read instead
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag in _XMP_FIELDS or element.tag.startswith(tuple(f"{{{ns}}}" for ns in _XMP_NAMESPACES)):
            for text in element.itertext():
                if text.strip():
                    yield text.strip()
