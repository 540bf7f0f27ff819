"""What a tagged PDF says of its content for assistive technology, read last so that the offsets of
everything else stay put: the structure elements' alternative text (``/Alt``, a figure's description a
screen reader speaks and Acrobat shows), replacement text (``/ActualText``), expansions of abbreviations
(``/E``) and titles (``/T``), as part ``attribute`` located ``structure``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from secreview.errors import ExtractionError
from secreview.extract.base import ATTRIBUTE, TextBuilder
from secreview.extract.pdf_places import add_pdf_line, shown_text

_SHOWN_KEYS = ("/Alt", "/ActualText", "/E", "/T")
# Structure elements visited at most: a page of a tagged document has a few hundred.
MAX_STRUCTURE_ELEMENTS = 100_000


def add_pdf_structure(reader: Any, out: TextBuilder) -> None:
    """The texts of the structure tree; one that cannot be walked is listed as not read."""
    try:
        texts = list(_texts(reader))
    except (ExtractionError, RecursionError, MemoryError):
        raise
    except Exception:
        out.not_read("structure", "PDF 的结构树(替代文字)结构异常,无法读取")
        return
    for text in texts:
        add_pdf_line(out, text, ATTRIBUTE, "structure")


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
