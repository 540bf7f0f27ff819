"""Text layer of a .pdf file, through pypdf.

Pages in order, part ``body`` (so rules about the first lines of a document apply to the
first page), location ``page:<n>``; the document information (title, author, subject,
keywords) follows as ``metadata``; form fields, annotations and attachments come before it
(``pdf_places``), links, comments' details, bookmarks, other metadata and earlier saves after it
(``pdf_hidden``), then scripts and named destinations (``pdf_scripts``). A page that shows only an
image, a page that is mostly image with a stray line of text, and a page whose text layer is unreliable
(``pdf_layer``) are listed as unchecked ("needs OCR"), so the document is never passed as clean; when no
page has text, every page is. An encrypted PDF
opens only if it needs no password to read (permissions-only encryption).
"""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from secreview.errors import ExtractionError
from secreview.extract.base import BODY, METADATA, ExtractedText, TextBuilder
from secreview.extract.nested import Reader, attachment_scope
from secreview.extract.pdf_hidden import add_older_versions, add_pdf_hidden
from secreview.extract.pdf_layer import (
    FEW_CHARACTERS,
    IMAGE_SHARE,
    contradicting_font,
    garbled_characters,
    image_share,
    visible_characters,
)
from secreview.extract.pdf_places import add_annotations, add_attachments, add_form_fields
from secreview.extract.pdf_revisions import add_earlier_pages
from secreview.extract.pdf_scripts import add_pdf_scripts
from secreview.extract.pdf_signatures import add_pdf_signatures
from secreview.extract.pdf_structure import add_pdf_structure
from secreview.unchecked import IMAGE_ONLY, MOSTLY_IMAGE, NO_TEXT_LAYER, UNRELIABLE_LAYER
from secreview.unchecked import page as page_part

_INFO_FIELDS = ("/Title", "/Author", "/Subject", "/Keywords")
ENCRYPTED_MESSAGE = "文件已加密,未检查"
_CORRUPT_MESSAGE = "PDF 文件已损坏或无法解析,未检查"

# pypdf reports recoverable damage through logging; the file's verdict is ours to give.
logging.getLogger("pypdf").addHandler(logging.NullHandler())


@contextmanager
def _pypdf_errors() -> Iterator[None]:
    """Any failure inside pypdf on hostile bytes becomes one Chinese line.

    pypdf raises its own errors but also KeyError, TypeError, AssertionError… on malformed
    input, so everything but our own ExtractionError is caught here.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    except ExtractionError:
        raise
    except RecursionError as error:
        raise ExtractionError("PDF 结构嵌套过深,未检查") from error
    except MemoryError as error:
        raise ExtractionError("PDF 内容过大,未检查") from error
    except Exception as error:
        raise ExtractionError(_CORRUPT_MESSAGE) from error


def extract_pdf(data: bytes, read: Reader | None = None) -> ExtractedText:
    """The text of a PDF; its attachments are read by ``read`` (``secreview.extract.extract_bytes``)."""
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError

    if not data.lstrip()[:1024].count(b"%PDF"):
        raise ExtractionError("文件不是 PDF(缺少 %PDF 文件头),未检查")
    out = TextBuilder()
    unread: list[tuple[int, str]] = []
    blank: list[int] = []
    with _pypdf_errors():
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except DependencyError as error:
                raise ExtractionError(ENCRYPTED_MESSAGE) from error
            if opened is PasswordType.NOT_DECRYPTED:
                raise ExtractionError(ENCRYPTED_MESSAGE)
        pages = len(reader.pages)
        fonts: dict[int, bool] = {}
        page_texts: list[str] = []
        for number, page in enumerate(reader.pages, start=1):
            text = page.extract_text() or ""
            page_texts.append(text)
            if text.strip():
                out.add(text, BODY, location=f"page:{number}")
                out.add("\n", None)
                if garbled_characters(text) or contradicting_font(page, fonts):
                    unread.append((number, UNRELIABLE_LAYER))
                elif visible_characters(text) <= FEW_CHARACTERS and image_share(page, reader) >= IMAGE_SHARE:
                    unread.append((number, MOSTLY_IMAGE))
            elif _has_image(page):
                unread.append((number, IMAGE_ONLY))
            else:
                blank.append(number)
        add_form_fields(reader, out)
        add_annotations(reader, out)
        with attachment_scope():
            add_attachments(reader, out, read)
        info: Mapping[str, Any] = reader.metadata or {}
        for key in _INFO_FIELDS:
            value = info.get(key)
            if isinstance(value, str) and value.strip():
                out.add(value, METADATA)
                out.add("\n", None)
        add_pdf_hidden(reader, out, _INFO_FIELDS)
        if data.count(b"%%EOF") > 1:
            known = add_older_versions(data, reader, out, page_texts)
            add_earlier_pages(data, reader, out, known)
        add_pdf_scripts(reader, out)
        add_pdf_signatures(reader, out)
        add_pdf_structure(reader, out)
    if not pages:
        raise ExtractionError("PDF 没有页面(文件可能已损坏),未检查")
    if len(unread) + len(blank) == pages:
        # No page has text: a blank-looking page may be text drawn as curves, so none passes as read.
        unread.extend((number, NO_TEXT_LAYER) for number in blank)
    for number, reason in sorted(unread):
        out.not_read(page_part(number), reason)
    return out.build(encoding=None)


def _has_image(page: Any) -> bool:
    resources = page.get("/Resources")
    resources = resources.get_object() if resources is not None else None
    objects = resources.get("/XObject") if resources is not None else None
    if objects is None:
        return False
    objects = objects.get_object()
    return any(objects[key].get_object().get("/Subtype") in ("/Image", "/Form") for key in objects)
