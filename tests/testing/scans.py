"""Small scanned pages for the OCR tests: lines of our own text rendered with a CJK font into an image,
saved as PNG or as a PDF page that is only that image (no text layer)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

import pytest

from secreview.extract.image_files import ocr_available

FONTS = (
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc",
)
DPI = 200


def font_or_skip() -> Path:
    """The CJK font to render with; skips the test (saying why) where the OCR extra or a font is missing."""
    if not ocr_available():
        pytest.skip("the ocr extra is not installed: pip install '.[ocr]'")
    font = next((Path(path) for path in FONTS if Path(path).is_file()), None)
    if font is None:
        pytest.skip("no CJK font installed: apt-get install fonts-noto-cjk")
    return font


def page_image(lines: Sequence[str], width: int = 1200) -> object:
    """A white page with ``lines`` in 16-point type at 200 dpi."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(font_or_skip()), 44, index=2)
    step = 80
    image = Image.new("RGB", (width, 60 + step * len(lines)), "white")
    draw = ImageDraw.Draw(image)
    for number, line in enumerate(lines):
        draw.text((40, 30 + step * number), line, fill="black", font=font)
    return image


def png_bytes(lines: Sequence[str]) -> bytes:
    out = io.BytesIO()
    page_image(lines).save(out, "PNG")  # type: ignore[attr-defined]
    return out.getvalue()


def scanned_pdf(pages: Sequence[Sequence[str]]) -> bytes:
    """A PDF of image-only pages, one per list of lines."""
    images = [page_image(lines) for lines in pages]
    out = io.BytesIO()
    first, *rest = images
    first.save(out, "PDF", resolution=DPI, save_all=True, append_images=rest)  # type: ignore[attr-defined]
    return out.getvalue()


_OFD_NS = "http://www.ofdspec.org/2016"


def scanned_ofd(lines: Sequence[str]) -> bytes:
    """An .ofd of one A4 page that is only a picture (a PNG resource) of ``lines``."""
    import zipfile

    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    members = {
        "OFD.xml": f'{head}<ofd:OFD xmlns:ofd="{_OFD_NS}" Version="1.0" DocType="OFD"><ofd:DocBody>'
        "<ofd:DocInfo><ofd:DocID>scan</ofd:DocID></ofd:DocInfo>"
        "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        "Doc_0/Document.xml": f'{head}<ofd:Document xmlns:ofd="{_OFD_NS}"><ofd:CommonData>'
        "<ofd:MaxUnitID>100</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>"
        "</ofd:PageArea><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes></ofd:CommonData>"
        '<ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>',
        "Doc_0/DocumentRes.xml": f'{head}<ofd:Res xmlns:ofd="{_OFD_NS}" BaseLoc="Res"><ofd:MultiMedias>'
        '<ofd:MultiMedia ID="77" Type="Image"><ofd:MediaFile>scan.png</ofd:MediaFile></ofd:MultiMedia>'
        "</ofd:MultiMedias></ofd:Res>",
        "Doc_0/Pages/Page_0/Content.xml": f'{head}<ofd:Page xmlns:ofd="{_OFD_NS}"><ofd:Content>'
        '<ofd:Layer ID="2"><ofd:ImageObject ID="3" Boundary="0 0 210 297" CTM="210 0 0 297 0 0" '
        'ResourceID="77"/></ofd:Layer></ofd:Content></ofd:Page>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, text in members.items():
            package.writestr(name, text.encode("utf-8"))
        package.writestr("Doc_0/Res/scan.png", png_bytes(lines))
    return out.getvalue()


def text_page_with_picture(text_lines: Sequence[str], picture_lines: Sequence[str]) -> bytes:
    """A PDF page with a text layer (``text_lines``) over a picture of ``picture_lines``."""
    from pypdf import PdfReader, PdfWriter

    from tests.testing.pdf_builder import build_pdf

    picture = PdfReader(io.BytesIO(scanned_pdf([picture_lines]))).pages[0]
    writer = PdfWriter(clone_from=io.BytesIO(build_pdf([text_lines])))
    writer.pages[0].merge_page(picture)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def tiff_bytes(pages: Sequence[Sequence[str]]) -> bytes:
    """A multi-page TIFF, one frame per list of lines."""
    first, *rest = [page_image(lines) for lines in pages]
    out = io.BytesIO()
    first.save(out, "TIFF", save_all=True, append_images=rest)  # type: ignore[attr-defined]
    return out.getvalue()
