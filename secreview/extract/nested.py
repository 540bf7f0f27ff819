"""Documents inside documents (a PDF's or an OFD's attachments): read by the same readers with the same
limits, at most ``MAX_DEPTH`` levels deep, their text added under the part ``attachment:<name>``.

What cannot be read (a type secreview does not read, an image, a damaged file, a level too deep) is an
unchecked part of the outer document, never silently skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from pathlib import PurePosixPath

from secreview.errors import ExtractionError
from secreview.extract.base import BODY, ExtractedText, TextBuilder

# How a document is read from its bytes and suffix: ``secreview.extract.extract_bytes``, handed down by
# the reader of the outer document (importing it here would make an import circle).
Reader = Callable[[bytes, str], ExtractedText]

MAX_DEPTH = 3
ATTACHMENT = "attachment:"
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".gif"})
_depth: ContextVar[int] = ContextVar("secreview_nesting_depth", default=0)


def attachment_part(name: str) -> str:
    return f"{ATTACHMENT}{name}"


def add_attachment(out: TextBuilder, name: str, data: bytes, read: Reader | None) -> None:
    """The text of the attached file ``name`` appended to ``out`` as ``attachment:<name>``, read by
    ``read`` (without one, the attachment is listed as not checked)."""
    part = attachment_part(name)
    suffix = PurePosixPath(name.replace("\\", "/")).suffix.lower()
    depth = _depth.get()
    if depth >= MAX_DEPTH:
        out.not_read(part, f"附件嵌套超过 {MAX_DEPTH} 层,未读取")
        return
    if suffix in IMAGE_SUFFIXES:
        out.not_read(part, "附件是图像(需要 OCR)")
        return
    if read is None:
        out.not_read(part, "附件未读取")
        return
    token = _depth.set(depth + 1)
    try:
        inner = read(data, suffix)
    except ExtractionError as error:
        out.not_read(part, str(error))
        return
    finally:
        _depth.reset(token)
    position = 0
    for segment in inner.segments:
        out.add(inner.text[position : segment.start], None)
        where = [segment.part] if segment.part != BODY else []
        where += [segment.location] if segment.location else []
        location = " ".join(where) or None
        out.add(inner.text[segment.start : segment.end], part, location=location, label=segment.label)
        position = segment.end
    out.add(inner.text[position:], None)
    if not out.ends_with_newline():
        out.add("\n", None)
    for item in inner.unchecked:
        out.not_read(f"{part} {item.part}", item.reason)
