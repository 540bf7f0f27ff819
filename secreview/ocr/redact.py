"""Redaction of scans: a black box over every finding's characters, drawn on the image OCR read, and the
page rebuilt from that image alone — no text layer, no original image underneath.

- PDF: each page with a finding is rendered (as OCR read it), boxed, and replaced by a page holding only
  that image; the other pages are copied as they are; the document information, outline, forms and
  attachments are not copied. A finding outside the OCR text (a text layer, a form field) is refused:
  it cannot be removed safely by drawing.
- Images: the image is boxed and saved in its own format, without its metadata (EXIF thumbnails too);
  every frame of a multi-page TIFF, each boxed where OCR read its findings.
- OFD: each page picture with a finding is replaced in the package by the boxed picture; refused when a
  finding lies outside the OCR text of page pictures.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from typing import TYPE_CHECKING

from secreview.errors import ExtractionError
from secreview.extract.base import ExtractedText
from secreview.extract.glyphs import OCR_PREFIX, Box, OcrLine, union
from secreview.extract.image_files import IMAGE_SUFFIXES
from secreview.masking import must_redact
from secreview.models import Finding
from secreview.ocr.images import frame_count, open_image, render_pdf_page
from secreview.ocr.options import DPI
from secreview.ocr.pdf_images import EMBEDDED_PREFIX
from secreview.redact_edits import FormatRedaction

if TYPE_CHECKING:
    from PIL.Image import Image

SCAN_SUFFIXES = (".pdf", ".ofd", *IMAGE_SUFFIXES)
PADDING = 0.15  # of a line's height, around each box, so that no stroke of a character shows
_PILLOW_FORMATS = {
    ".jpg": "JPEG",
    ".jpeg": "JPEG",
    ".png": "PNG",
    ".tif": "TIFF",
    ".tiff": "TIFF",
    ".bmp": "BMP",
}
PDF_NOTE = (
    "扫描页中的发现已涂黑,这些页已重新生成为纯图像页(无文字层、无原图);文档属性、书签、表单和附件未保留"
)
IMAGE_NOTE = "图像中的发现已涂黑,图像元数据(EXIF 等)未保留"
OFD_NOTE = "OFD 页面图像中的发现已涂黑(原图像已替换)"


class UnsafeRedaction(ExtractionError):
    """A finding lies where drawing cannot remove it: no copy is made."""


def _outside(findings: Sequence[Finding], what: str) -> None:
    stray = [finding for finding in findings if not finding.part.startswith(OCR_PREFIX)]
    if stray:
        where = "、".join(dict.fromkeys(finding.part for finding in stray))
        raise UnsafeRedaction(f"{what}中 OCR 识别以外的内容({where})有需删除的发现,无法安全删减,未生成删减稿")


Targets = dict[tuple[str, str | None], list[Box]]


def _targets(extracted: ExtractedText, findings: Sequence[Finding]) -> Targets:
    """(part, package member) → the pixel rectangles to black out: one per line a finding touches."""
    targets: Targets = {}
    for finding in findings:
        per_line: dict[int, tuple[OcrLine, list[Box]]] = {}
        for line, index in extracted.ocr.glyphs(finding.start, finding.end):
            per_line.setdefault(line.start, (line, []))[1].append(line.pixels[index])
        for line, boxes in per_line.values():
            targets.setdefault((line.part, line.source), []).append(union(boxes))
    return targets


def _boxed(image: Image, boxes: Sequence[Box]) -> Image:
    from PIL import ImageDraw

    draw = ImageDraw.Draw(image)
    for box in boxes:
        across, down = max(2.0, box.h * PADDING / 2), max(2.0, box.h * PADDING)
        rectangle = (box.x - across, box.y - down, box.right + across, box.bottom + down)
        draw.rectangle(rectangle, fill=(0, 0, 0), outline=(0, 0, 0))
    return image


def redact_scan(
    data: bytes, suffix: str, extracted: ExtractedText, findings: Sequence[Finding]
) -> FormatRedaction:
    """The copy of a scanned PDF, an image or an OFD with every finding that must go blacked out."""
    chosen = [finding for finding in findings if must_redact(finding)]
    suffix = suffix.lower()
    if suffix == ".pdf":
        _outside(chosen, "PDF 文字层或表单")
        embedded = [finding for finding in chosen if finding.part.startswith(EMBEDDED_PREFIX)]
        if embedded:
            where = "、".join(dict.fromkeys(finding.part.removeprefix(OCR_PREFIX) for finding in embedded))
            raise UnsafeRedaction(
                f"PDF 有文字层的页面上的图像({where})中有需删除的发现,无法安全删减,未生成删减稿"
            )
        return _redact_pdf(data, _targets(extracted, chosen), len(chosen))
    if suffix == ".ofd":
        _outside(chosen, "OFD 文字")
        return _redact_ofd(data, _targets(extracted, chosen), len(chosen))
    _outside(chosen, "图像")
    targets = _targets(extracted, chosen)
    frames = frame_count(data)
    if frames > 1:
        return FormatRedaction(_redact_frames(data, frames, targets), len(chosen), (IMAGE_NOTE,))
    boxes = [box for group in targets.values() for box in group]
    image = _boxed(open_image(data), boxes)
    out = io.BytesIO()
    image.save(out, _PILLOW_FORMATS[suffix])
    return FormatRedaction(out.getvalue(), len(chosen), (IMAGE_NOTE,))


def _redact_frames(data: bytes, frames: int, targets: Targets) -> bytes:
    """A multi-page TIFF with each frame boxed where its findings are (frame N is ``ocr:page N``), written
    one frame at a time."""
    from PIL import TiffImagePlugin

    pages = {_page_number(part): boxes for (part, _), boxes in targets.items()}
    out = io.BytesIO()
    with TiffImagePlugin.AppendingTiffWriter(out) as writer:
        for number in range(1, frames + 1):
            image = _boxed(open_image(data, f"图像第 {number} 帧", number - 1), pages.get(number, []))
            image.save(writer, "TIFF")
            writer.newFrame()
    return out.getvalue()


def _page_number(part: str) -> int:
    return int(part.removeprefix(f"{OCR_PREFIX}page "))


def _redact_pdf(data: bytes, targets: Targets, count: int) -> FormatRedaction:
    from pypdf import PdfReader, PdfWriter

    pages = {_page_number(part): boxes for (part, _), boxes in targets.items()}
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        reader.decrypt("")
    writer = PdfWriter()
    for number, page in enumerate(reader.pages, start=1):
        if number not in pages:
            writer.add_page(page)
            continue
        image = _boxed(render_pdf_page(data, number, DPI), pages[number])
        flat = io.BytesIO()
        image.save(flat, "PDF", resolution=DPI)
        writer.add_page(PdfReader(io.BytesIO(flat.getvalue())).pages[0])
    out = io.BytesIO()
    writer.write(out)
    return FormatRedaction(out.getvalue(), count, (PDF_NOTE,))


def _redact_ofd(data: bytes, targets: Targets, count: int) -> FormatRedaction:
    from secreview.extract.ziputil import open_zip

    members: dict[str, list[Box]] = {}
    for (_, source), boxes in targets.items():
        if source is None:
            raise UnsafeRedaction("OFD 中的发现不在页面图像上,无法安全删减,未生成删减稿")
        members.setdefault(source, []).extend(boxes)
    replaced: dict[str, bytes] = {}
    with open_zip(data, "ofd") as package:
        for member, boxes in members.items():
            original = package.read(member)
            kind = "PNG" if original.startswith(b"\x89PNG") else "JPEG"
            image = _boxed(open_image(original, member), boxes)
            out = io.BytesIO()
            image.save(out, kind)
            replaced[member] = out.getvalue()
    copy = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as original_zip,
        zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in original_zip.infolist():
            content = replaced.get(info.filename)
            target.writestr(info, content if content is not None else original_zip.read(info.filename))
    return FormatRedaction(copy.getvalue(), count, (OFD_NOTE,))
