"""Documents inside documents (a PDF's or an OFD's attachments): read by the same readers with the same
limits, at most ``MAX_DEPTH`` levels deep, their text added under the part ``attachment:<name>``.

What cannot be read (a type secreview does not read, an image, a damaged file, a level too deep, more
than ``MAX_ATTACHMENTS`` in one document at every depth) is an unchecked part of the outer document, never
silently skipped. Where the OCR pass is on (``attachments_read_by``), an attachment's scanned pages and an
attached image are read by OCR, their glyph map joining the outer document's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import PurePosixPath

from secreview.errors import ExtractionError
from secreview.extract.base import ATTACHMENT_PREFIX, BODY, ExtractedText, TextBuilder
from secreview.extract.image_files import IMAGE_SUFFIXES, image_placeholder
from secreview.unchecked import NEEDS_OCR

# How a document is read from its bytes and suffix: ``secreview.extract.extract_bytes``, handed down by
# the reader of the outer document (importing it here would make an import circle).
Reader = Callable[[bytes, str], ExtractedText]
# How the OCR pass reads what an attached document left as "needs OCR": (its text, its bytes, its suffix)
# → its text with those parts read (``secreview.ocr.pages``); set by whoever runs the pass.
AttachmentOcr = Callable[[ExtractedText, bytes, str], ExtractedText]

MAX_DEPTH = 3
# Attachments read per outermost document, at every depth: each is read within its own format's limits,
# so this bounds the work a document full of attachments can cause.
MAX_ATTACHMENTS = 16
# An attached image: one OCR reads, or a GIF, which stays an unchecked image.
ATTACHED_IMAGE_SUFFIXES = frozenset({*IMAGE_SUFFIXES, ".gif"})
IMAGE_ATTACHMENT = f"附件是图像({NEEDS_OCR})"
_depth: ContextVar[int] = ContextVar("secreview_nesting_depth", default=0)
_read_count: ContextVar[list[int] | None] = ContextVar("secreview_attachments_read", default=None)
_ocr: ContextVar[AttachmentOcr | None] = ContextVar("secreview_attachment_ocr", default=None)


@contextmanager
def attachments_read_by(ocr: AttachmentOcr | None) -> Iterator[None]:
    """Within this, attachments' scanned pages and attached images are read by ``ocr``."""
    token = _ocr.set(ocr)
    try:
        yield
    finally:
        _ocr.reset(token)


def attachment_ocr() -> AttachmentOcr | None:
    """How attachments' scans are read where the OCR pass is on (None elsewhere), for other nested files
    (OLE objects in Office packages, ``secreview.extract.ole``)."""
    return _ocr.get()


@contextmanager
def attachment_scope() -> Iterator[None]:
    """The reading of one document: the outermost starts the count of attachments read, inner ones use it."""
    if _read_count.get() is not None:
        yield
        return
    token = _read_count.set([0])
    try:
        yield
    finally:
        _read_count.reset(token)


def attachment_part(name: str) -> str:
    return f"{ATTACHMENT_PREFIX}{name}"


def add_attachment(out: TextBuilder, name: str, data: bytes, read: Reader | None) -> None:
    """The text of the attached file ``name`` appended to ``out`` as ``attachment:<name>``, read by
    ``read`` (without one, the attachment is listed as not checked)."""
    part = attachment_part(name)
    suffix = PurePosixPath(name.replace("\\", "/")).suffix.lower()
    depth = _depth.get()
    if depth >= MAX_DEPTH:
        out.not_read(part, f"附件嵌套超过 {MAX_DEPTH} 层,未读取")
        return
    ocr = _ocr.get()
    if suffix in ATTACHED_IMAGE_SUFFIXES and ocr is None:
        out.not_read(part, IMAGE_ATTACHMENT)
        return
    if read is None:
        out.not_read(part, "附件未读取")
        return
    count = _read_count.get()
    if count is not None:
        if count[0] >= MAX_ATTACHMENTS:
            out.not_read(part, f"文档内附件超过 {MAX_ATTACHMENTS} 个,未读取")
            return
        count[0] += 1
    token = _depth.set(depth + 1)
    try:
        attached_image = suffix in ATTACHED_IMAGE_SUFFIXES
        inner = image_placeholder(IMAGE_ATTACHMENT) if attached_image else read(data, suffix)
        if ocr is not None:
            inner = ocr(inner, data, suffix)
    except ExtractionError as error:
        out.not_read(part, str(error))
        return
    finally:
        _depth.reset(token)
    position, offset = 0, out.length
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
    out.add_ocr(inner.ocr, offset, part)
    for item in inner.unchecked:
        out.not_read(f"{part} {item.part}", item.reason)
