"""What a PDF reader shows besides the page content: form field values, annotations, attachments.

- AcroForm fields (a filled-in 申请表): each field's value ``/V`` as part ``form-field``, located by the
  field's name and preceded by its caption (``/TU``, else ``/T``) as a separator of no part, so that
  ``申请人姓名:`` is context for the value as the printed form shows it; a field without a value is read
  from its widgets' appearance streams (what the viewer draws).
- Annotations: comments (``/Text``), ``/FreeText`` boxes, popups, markup notes: their ``/Contents`` as part
  ``annotation`` located by page.
- Attachments: the document's ``/EmbeddedFiles`` and file-attachment annotations, read by the same readers
  (``secreview.extract.nested``) as ``attachment:<name>``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from secreview.errors import ExtractionError
from secreview.extract.base import ANNOTATION, FORM_FIELD, TextBuilder
from secreview.extract.nested import Reader, add_attachment

_MAX_FIELD_DEPTH = 16
_Item = TypeVar("_Item")
_NOT_ANNOTATION_TEXT = frozenset({"/Widget", "/Link", "/FileAttachment"})


def shown_text(value: Any) -> str:
    """A field value or annotation text as shown: strings, and the strings of an array (a choice list);
    not names (a check box's /Yes)."""
    from pypdf.generic import NameObject

    value = value.get_object() if hasattr(value, "get_object") else value
    if isinstance(value, str) and not isinstance(value, NameObject):
        return value
    if isinstance(value, list):
        return "\n".join(text for item in value if (text := shown_text(item)).strip())
    return ""


def walked(
    out: TextBuilder, walk: Callable[[], Iterable[_Item]], place: str, reason: str
) -> list[_Item] | None:
    """What ``walk`` yields; ``None``, with ``place`` listed as not read for ``reason``, when the structure it
    walks is damaged (a limit, a recursion or memory error still ends the document's reading)."""
    try:
        return list(walk())
    except (ExtractionError, RecursionError, MemoryError):
        raise
    except Exception:
        out.not_read(place, reason)
        return None


def add_pdf_line(out: TextBuilder, text: str, part: str, location: str | None, caption: str = "") -> None:
    text = text.strip()
    if text:
        out.add(f"{caption.strip()}:" if caption.strip() else "", None)
        out.add(text, part, location=location)
        out.add("\n", None)


def appearance_text(page: Any, widget: Any) -> str:
    """The text a widget's normal appearance stream draws (a value flattened into the appearance)."""
    appearance = widget.get("/AP")
    normal = appearance.get_object().get("/N") if appearance is not None else None
    if normal is None:
        return ""
    normal = normal.get_object()
    streams = [normal] if hasattr(normal, "get_data") else [state.get_object() for state in normal.values()]
    texts = []
    for stream in streams:
        if hasattr(stream, "get_data"):
            texts.append(page.extract_xform_text(stream) or "")
    return "\n".join(text for text in texts if text.strip())


def _widgets(reader: Any) -> Iterator[tuple[Any, Any]]:
    """(page, widget annotation) of every form widget, in page order."""
    for page in reader.pages:
        for annotation in page_annotations(page):
            if annotation.get("/Subtype") == "/Widget":
                yield page, annotation


def page_annotations(page: Any) -> list[Any]:
    annotations = page.get("/Annots")
    if annotations is None:
        return []
    return [annotation.get_object() for annotation in annotations.get_object()]


def field_name(field: Any) -> str:
    names = []
    while field is not None:
        field = field.get_object()
        title = field.get("/T")
        if isinstance(title, str):
            names.append(title)
        field = field.get("/Parent")
    return ".".join(reversed(names))


def terminal_fields(fields: Any, depth: int = 0) -> Iterator[Any]:
    """The fields of an /AcroForm /Fields tree that hold values (their kids, if any, are widgets)."""
    for reference in fields.get_object() if fields is not None else []:
        field = reference.get_object()
        kids = [kid.get_object() for kid in field.get("/Kids", [])]
        if depth < _MAX_FIELD_DEPTH and any("/T" in kid for kid in kids):
            yield from terminal_fields(field["/Kids"], depth + 1)
        else:
            yield field


def add_form_fields(reader: Any, out: TextBuilder) -> None:
    """Each field's value; a field without one, the text its widgets' appearance streams draw; then the
    values of fields that no page shows (in the form, not on a page)."""
    seen: set[str] = set()
    for page, widget in _widgets(reader):
        field = widget if "/T" in widget or "/Parent" not in widget else widget["/Parent"].get_object()
        name = field_name(widget)
        caption = field.get("/TU")
        label = caption if isinstance(caption, str) and caption.strip() else name.rsplit(".", 1)[-1]
        value = shown_text(field.get("/V")) if "/V" in field else ""
        key = f"{name}\0{value}"
        if value.strip():
            if key in seen:
                continue  # one value shown by several widgets
            seen.add(key)
        elif (field.get("/FT") or widget.get("/FT")) != "/Btn":  # a check box draws a tick, not text
            value = appearance_text(page, widget)
        add_pdf_line(out, value, FORM_FIELD, name or None, label)
    form = reader.trailer["/Root"].get_object().get("/AcroForm")
    for field in terminal_fields(form.get_object().get("/Fields") if form is not None else None):
        name, value = field_name(field), shown_text(field.get("/V"))
        if value.strip() and f"{name}\0{value}" not in seen:
            seen.add(f"{name}\0{value}")
            caption = field.get("/TU")
            label = caption if isinstance(caption, str) and caption.strip() else name.rsplit(".", 1)[-1]
            add_pdf_line(out, value, FORM_FIELD, name or None, label)


def add_annotations(reader: Any, out: TextBuilder) -> None:
    """Comments, free text, popups and markup notes of every page, by page."""
    for number, page in enumerate(reader.pages, start=1):
        shown: set[str] = set()
        for annotation in page_annotations(page):
            if annotation.get("/Subtype") in _NOT_ANNOTATION_TEXT:
                continue
            text = shown_text(annotation.get("/Contents"))
            if text.strip() and text not in shown:  # a popup repeats its parent's text
                shown.add(text)
                add_pdf_line(out, text, ANNOTATION, f"page:{number}")


def add_attachments(reader: Any, out: TextBuilder, read: Reader | None) -> None:
    """The embedded files of the document and of file-attachment annotations, read by ``read``."""
    for name, contents in reader.attachments.items():
        for data in contents:
            add_attachment(out, str(name), bytes(data), read)
    for page in reader.pages:
        for annotation in page_annotations(page):
            if annotation.get("/Subtype") != "/FileAttachment" or "/FS" not in annotation:
                continue
            specification = annotation["/FS"].get_object()
            name = specification.get("/UF") or specification.get("/F") or "attachment"
            embedded = specification.get("/EF")
            stream = embedded.get_object().get("/F") if embedded is not None else None
            if stream is not None:
                add_attachment(out, str(name), stream.get_object().get_data(), read)
