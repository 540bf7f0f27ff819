"""Pages of earlier saves that cannot be read as a save of their own: an incremental save writes a page's
dictionary again and leaves the one before it in the file, with the content it pointed at. Every earlier
definition of a page (an object defined again later, or no longer listed) is read with the content it names
(``older-version``, ``earlier page:<n>``), however far back and whether or not the save it belongs to can
be opened alone; a content stream defined again is read with the resources of the page it belongs to. An
earlier definition of an annotation, a form field, a signature or the document information is read too:
the strings a viewer shows of it that its current definition no longer holds (``earlier object``), also
when it was compressed into an object stream (the stream's own earlier definitions, and the objects of a
current one that a later save defined again or freed), and an annotation no page lists any more that a
later save neither defined again nor freed (``unlisted object``), however far back the save that listed it.

What the final pages or the earlier saves read alone (``pdf_hidden``) already show is not read again.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import regex

from secreview.extract.base import OLDER_VERSION, TextBuilder
from secreview.extract.pdf_places import add_pdf_line

# Earlier definitions of objects read, at most: each is parsed, and a page's text extracted.
MAX_EARLIER_OBJECTS = 200
# What a viewer shows of an annotation (/Contents, /T its author, /Subj, /RC), a form field (/V, /TU), a
# signature (/Name …) and the document information (/Title …).
_SHOWN_KEYS = (
    "/Contents", "/T", "/Subj", "/RC", "/V", "/TU", "/Title", "/Author", "/Subject", "/Keywords",
    "/Creator", "/Producer", "/Name", "/Reason", "/Location", "/ContactInfo",
)  # fmt: skip
# An object stream is found among current definitions by its type near its start (before its data).
_OBJECT_STREAM = b"/ObjStm"
# An annotation's definition, found by its type near its start (not a page's ``/Annots``).
_ANNOTATION = regex.compile(rb"/Type\s*/Annot(?![A-Za-z])")
_HEAD = 512
_DEFINITION = regex.compile(rb"(?<![0-9])([0-9]{1,10})[ \t\r\n\f\x00]+([0-9]{1,5})[ \t\r\n\f\x00]+obj\b")


def add_earlier_pages(data: bytes, reader: Any, out: TextBuilder, known: set[str]) -> None:
    """The texts of earlier definitions of pages and content streams that ``known`` (what the final pages
    and the earlier saves show) does not have."""
    for location, text in _earlier_texts(data, reader):
        if text.strip() and text not in known:
            known.add(text)
            add_pdf_line(out, text, OLDER_VERSION, location)


def _earlier_texts(data: bytes, reader: Any) -> Iterator[tuple[str, str]]:
    current = {
        (number, generation): offset
        for generation, table in reader.xref.items()
        for number, offset in table.items()
    }
    pages: dict[int, int] = {}
    for index, final in enumerate(reader.pages, start=1):
        reference = final.indirect_reference
        if reference is not None:
            pages[reference.idnum] = index
    contents = _content_pages(reader)
    listed: set[int] | None = None
    parsed = 0
    for found in _DEFINITION.finditer(data):
        key = (int(found.group(1)), int(found.group(2)))
        is_current = current.get(key) == found.start()
        head = data[found.end() : found.end() + _HEAD] if is_current else b""
        if parsed >= MAX_EARLIER_OBJECTS or (
            is_current and _OBJECT_STREAM not in head and not _ANNOTATION.search(head)
        ):
            continue
        if is_current and _OBJECT_STREAM not in head:
            listed = _listed_annotations(reader) if listed is None else listed
            if key[0] in listed:
                continue
            parsed += 1
            try:
                unlisted = _unlisted_strings(_object_at(data, found.start(), reader))
            except Exception:  # a damaged definition: pypdf raises many kinds
                continue
            for value in unlisted:
                yield "unlisted object", value
            continue
        parsed += 1
        try:
            earlier = _object_at(data, found.start(), reader)
            if _is_object_stream(earlier):
                # Objects compressed into it that a later save defined again or freed.
                texts, read = _compressed_strings(
                    earlier, reader, key[0] if is_current else None, MAX_EARLIER_OBJECTS - parsed
                )
                parsed += read
                for value in texts:
                    yield "earlier object", value
                continue
            if is_current:
                continue
            text = _page_text(earlier, reader, contents.get(key[0]))
            shown = _shown_strings(earlier, reader, key) if text is None else []
        except Exception:  # a damaged or unrelated definition: pypdf raises many kinds
            continue
        if text is not None:
            page = pages.get(key[0]) or contents.get(key[0], (None, 0))[1]
            yield f"earlier page:{page}" if page else "earlier page", text
        for value in shown:
            yield "earlier object", value


def _listed_annotations(reader: Any) -> set[int]:
    """The object numbers of the annotations the final pages list, and of their popups and the
    annotations they reply to or belong to."""
    listed: set[int] = set()
    for page in reader.pages:
        annotations: Any = page.get("/Annots")
        for item in annotations if isinstance(annotations, list) else []:
            number = getattr(item, "idnum", None)
            if isinstance(number, int):
                listed.add(number)
            annotation = item.get_object() if hasattr(item, "get_object") else item
            for name in ("/Popup", "/IRT", "/Parent"):
                linked = (
                    annotation.raw_get(name)
                    if hasattr(annotation, "raw_get") and name in annotation
                    else None
                )
                if isinstance(linked_number := getattr(linked, "idnum", None), int):
                    listed.add(linked_number)
    return listed


def _unlisted_strings(found: Any) -> list[str]:
    """What a viewer showed of an annotation no page lists any more (a later save stopped listing it,
    neither defining it again nor freeing it)."""
    from pypdf.generic import DictionaryObject

    from secreview.extract.pdf_places import shown_text

    if not isinstance(found, DictionaryObject) or found.get("/Type") != "/Annot":
        return []
    return [text for name in _SHOWN_KEYS if name in found and (text := shown_text(found.get(name))).strip()]


def _is_object_stream(found: Any) -> bool:
    from pypdf.generic import StreamObject

    return isinstance(found, StreamObject) and found.get("/Type") == "/ObjStm"


def _compressed_strings(stream: Any, reader: Any, current: int | None, budget: int) -> tuple[list[str], int]:
    """The shown strings of the objects an object stream holds that are no longer current: all of them when
    the stream is an earlier definition (``current`` None), else those the cross-reference no longer
    finds in stream ``current`` (a later save defined them again or freed them); at most ``budget`` objects
    parsed. Returns the strings and how many objects were parsed."""
    from pypdf.generic import read_object

    raw = stream.get_data()
    first, count = int(stream["/First"]), int(stream["/N"])
    pairs = raw[:first].split()
    texts: list[str] = []
    read = 0
    for index in range(min(count, len(pairs) // 2)):
        number, offset = int(pairs[2 * index]), int(pairs[2 * index + 1])
        if current is not None and reader.xref_objStm.get(number) == (current, index):
            continue
        if read >= budget:
            break
        read += 1
        body = io.BytesIO(raw)
        body.seek(first + offset)
        try:
            texts += _shown_strings(read_object(body, reader), reader, (number, 0))
        except Exception:  # a damaged entry: pypdf raises many kinds
            continue
    return texts, read


def _shown_strings(earlier: Any, reader: Any, key: tuple[int, int]) -> list[str]:
    """The strings a viewer shows of an earlier annotation, form field, signature or document information
    dictionary (``_SHOWN_KEYS``) that the object's current definition does not hold."""
    from pypdf.generic import DictionaryObject

    from secreview.extract.pdf_places import shown_text

    if not isinstance(earlier, DictionaryObject):
        return []
    try:
        current = reader.get_object(key[0])
    except Exception:  # freed or damaged: nothing of it is current
        current = None
    now = current if isinstance(current, DictionaryObject) else {}
    texts = []
    for name in _SHOWN_KEYS:
        text = shown_text(earlier.get(name)) if name in earlier else ""
        if text.strip() and text != shown_text(now.get(name)):
            texts.append(text)
    return texts


def _content_pages(reader: Any) -> dict[int, tuple[Any, int]]:
    """Object number of each content stream of the final pages -> (the page, its number)."""
    found: dict[int, tuple[Any, int]] = {}
    for index, page in enumerate(reader.pages, start=1):
        contents: Any = page.raw_get("/Contents") if "/Contents" in page else None
        for item in contents if isinstance(contents, list) else [contents]:
            number = getattr(item, "idnum", None)
            if isinstance(number, int):
                found[number] = (page, index)
    return found


def _object_at(data: bytes, offset: int, reader: Any) -> Any:
    from pypdf.generic import read_object

    stream = io.BytesIO(data)
    stream.seek(offset)
    reader.read_object_header(stream)
    return read_object(stream, reader)


def _page_text(earlier: Any, reader: Any, owner: tuple[Any, int] | None) -> str | None:
    """The text an earlier page dictionary, or an earlier content stream of ``owner``, draws."""
    from pypdf import PageObject
    from pypdf.generic import NameObject, StreamObject

    page = PageObject(reader)
    if isinstance(earlier, StreamObject):
        if owner is None or b"BT" not in earlier.get_data():
            return None
        page.update({key: value for key, value in owner[0].items() if key != "/Contents"})
        page[NameObject("/Contents")] = earlier
    elif hasattr(earlier, "get") and earlier.get("/Type") == "/Page":
        page.update(earlier)
    else:
        return None
    return str(page.extract_text() or "")
