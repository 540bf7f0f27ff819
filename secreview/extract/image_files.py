"""Image files as documents: their suffixes and first bytes, and what one extracts to before the OCR pass
(``secreview.ocr.pages``) reads it. They are documents only where the ``ocr`` extra that reads them is
installed (``ocr_available``); the readers below OCR need no more of it than that.
"""

from __future__ import annotations

from functools import cache
from importlib.util import find_spec

from secreview.extract.base import ExtractedText
from secreview.models import UncheckedPart
from secreview.unchecked import NEEDS_OCR

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp")
IMAGE_PART = "image"  # the unchecked part of an image file, or of an attached image
IMAGE_FILE = f"图像文件({NEEDS_OCR})"  # why an image file is unchecked before OCR
_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*", b"BM")
_OCR_MODULES = ("rapidocr", "onnxruntime", "pypdfium2", "PIL")  # the ``ocr`` extra


@cache
def ocr_available() -> bool:
    """Whether the ``ocr`` extra is installed (nothing is imported or loaded)."""
    return all(find_spec(name) is not None for name in _OCR_MODULES)


def looks_like_image(data: bytes) -> bool:
    return data.startswith(_MAGIC)


def image_placeholder(reason: str = IMAGE_FILE) -> ExtractedText:
    """What an image extracts to before OCR (a file, or an attachment with its own ``reason``): no text,
    the whole image unchecked."""
    return ExtractedText("", [], None, [UncheckedPart(part=IMAGE_PART, reason=reason)])
