"""Images as OCR reads them: standalone files, PDF pages rendered, OFD page images, images inside packages.

Every image is opened through Pillow within a pixel limit (a small file that decompresses into a huge
bitmap is refused), and every failure becomes one Chinese line.
"""

from __future__ import annotations

import io
import warnings
from typing import TYPE_CHECKING

from secreview.errors import ExtractionError

if TYPE_CHECKING:
    from PIL.Image import Image

MAX_PIXELS = 60_000_000  # about an A0 sheet at 150 dpi; more is refused as an image bomb


def open_image(data: bytes, name: str = "图像", frame: int = 0) -> Image:
    """Frame ``frame`` (0: the first) of the image in ``data``, decoded, in RGB."""
    from PIL import Image as PillowImage

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PillowImage.DecompressionBombWarning)
            image = PillowImage.open(io.BytesIO(data))
            if frame:
                image.seek(frame)
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise ExtractionError(f"{name}像素过多({width}×{height}),未识别")
            image.load()
            return image.convert("RGB")
    except ExtractionError:
        raise
    except (PillowImage.DecompressionBombError, PillowImage.DecompressionBombWarning) as error:
        raise ExtractionError(f"{name}像素过多(疑似图像炸弹),未识别") from error
    except Exception as error:  # Pillow raises many kinds on damaged data
        raise ExtractionError(f"{name}已损坏或格式无法识别,未检查") from error


def frame_count(data: bytes) -> int:
    """How many frames (pages) the image in ``data`` holds: a multi-page TIFF more than one."""
    from PIL import Image as PillowImage

    try:
        with PillowImage.open(io.BytesIO(data)) as image:
            return int(getattr(image, "n_frames", 1))
    except Exception:
        return 1


def render_pdf_page(data: bytes, number: int, dpi: int) -> Image:
    """Page ``number`` (1-based) of the PDF as displayed (rotation applied), at ``dpi``."""
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(data)
        try:
            page = document[number - 1]
            width, height = page.get_size()
            if width * height * (dpi / 72) ** 2 > MAX_PIXELS:
                raise ExtractionError(f"第 {number} 页尺寸过大,未识别")
            bitmap = page.render(scale=dpi / 72)
            image: Image = bitmap.to_pil().convert("RGB")
            return image
        finally:
            document.close()
    except ExtractionError:
        raise
    except Exception as error:
        raise ExtractionError(f"PDF 第 {number} 页无法渲染,未识别") from error
