"""What a PDF viewer shows on request or reads aloud, read last so that the offsets of everything else stay
put: the structure elements' alternative text (``/Alt``, a figure's description a screen reader speaks and
Acrobat shows), replacement text (``/ActualText``), expansions of abbreviations (``/E``) and titles
(``/T``), as part ``attribute`` located ``structure``; links' descriptions (``/Contents`` of a link, its
tooltip and spoken name; ``attribute`` located ``page:<n> link``); the options of list and combo boxes
(``/Opt``: the drop-down lists them; ``form-field`` located ``<field> options``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from secreview.extract.base import ATTRIBUTE, FORM_FIELD, TextBuilder
from secreview.extract.pdf_places import (
    add_pdf_line,
    field_name,
    page_annotations,
    shown_text,
    terminal_fields,
    walked,
)

_SHOWN_KEYS = ("/Alt", "/ActualText", "/E", "/T")
# Structure elements visited at most: a page of a tagged document has a few hundred.
MAX_STRUCTURE_ELEMENTS = 100_000


def add_pdf_structure(reader: Any, out: TextBuilder) -> None:
    """The texts of the structure tree; one that cannot be walked is listed as not read."""
    texts = walked(out, lambda: _texts(reader), "structure", "PDF 的结构树(替代文字)结构异常,无法读取")
    if texts is None:
        return
    for text in texts:
        add_pdf_line(out, text, ATTRIBUTE, "structure")
    shown = walked(
        out, lambda: _links_and_options(reader), "options", "PDF 的链接说明或列表选项结构异常,无法读取"
    )
    for part, location, text in shown or ():
        add_pdf_line(out, text, part, location)


def _links_and_options(reader: Any) -> Iterator[tuple[str, str, str]]:
    """(part, location, text) of links' descriptions and of choice fields' options."""
    for number, page in enumerate(reader.pages, start=1):
        for annotation in page_annotations(page):
            if annotation.get("/Subtype") == "/Link":
                yield ATTRIBUTE, f"page:{number} link", shown_text(annotation.get("/Contents"))
    form = reader.trailer["/Root"].get_object().get("/AcroForm")
    fields = list(terminal_fields(form.get_object().get("/Fields") if form is not None else None))
    for field in fields:
        options = field.get("/Opt")
        if field.get("/FT") != "/Ch" or options is None:
            continue
        location = f"{field_name(field)} options".strip()
        for option in options.get_object():
            # An option is its text, or [export value, text]: both are read (shown_text joins a pair).
            yield FORM_FIELD, location, shown_text(option)


def _texts(reader: Any) -> Iterator[str]:
    root = reader.trailer["/Root"].get_object().get("/StructTreeRoot")
    pending = [root] if root is not None else []
    seen: set[int] = set()
    while pending and len(seen) < MAX_STRUCTURE_ELEMENTS:
        item = pending.pop()
        number = getattr(item, "idnum", None)
        item = item.get_object()
        key = number if isinstance(number, int) else id(item)
        if key in seen:
            continue
        seen.add(key)
        if isinstance(item, list):
            pending += reversed(item)
            continue
        if not hasattr(item, "get"):
            continue  # a marked-content identifier (a number)
        for name in _SHOWN_KEYS:
            text = shown_text(item.get(name)) if name in item else ""
            if text.strip():
                yield text
        kids = item.get("/K")
        if kids is not None:
            pending.append(kids)
