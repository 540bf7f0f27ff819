"""Images drawn on PDF pages that have a text layer (a photo of an ID card, a scanned table pasted into a
typed notice): each read by OCR in its own pixels, part ``ocr:image page 3 Im1.png``. Pages that are read
whole by OCR are left out: their images are already read on the rendered page.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING, Any

from secreview.errors import ExtractionError
from secreview.extract.glyphs import OCR_PREFIX, PIXELS
from secreview.ocr.images import MAX_PIXELS
from secreview.ocr.scan import Scan

if TYPE_CHECKING:
    from PIL.Image import Image

EMBEDDED_PREFIX = f"{OCR_PREFIX}image page "


def _decoded(page: Any, key: Any, name: str) -> Image:
    """The image ``key`` of ``page``, decoded only now (pypdf caps what a stream inflates to)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            image: Image = page.images[key].image
            if image.width * image.height > MAX_PIXELS:
                raise ExtractionError(f"{name}像素过多,未识别")
            return image.convert("RGB")
    except ExtractionError:
        raise
    except Exception as error:  # pypdf and Pillow raise many kinds on odd image data
        raise ExtractionError(f"{name}无法解码,未识别") from error


def embedded_scans(data: bytes, read_whole: set[int]) -> Iterator[Scan]:
    """A scan for every image of every page not in ``read_whole``."""
    from pypdf import PdfReader

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                reader.decrypt("")
            pages = list(reader.pages)
    except Exception:  # the extractor already said what is wrong with this file
        return
    for number, page in enumerate(pages, start=1):
        if number in read_whole:
            continue
        try:
            keys = list(page.images.keys())  # names only: nothing is decoded yet
        except Exception:
            continue
        for key in keys:
            label = "/".join(key) if isinstance(key, list | tuple) else str(key)
            label = label.lstrip("/")
            name = f"第 {number} 页图像 {label}"
            load = partial(_decoded, page, key, name)
            yield Scan(f"{EMBEDDED_PREFIX}{number} {label}", number, None, PIXELS, (1.0, 1.0), load)
