"""The OCR pass: the parts an extractor could not read because they are images ("needs OCR") are read by
OCR, and their text joins the offset map, each line with its own part (``ocr:page 3``, ``ocr:image
word/media/image2.png``) and its glyph map (where each character was seen).

Read by OCR: the pages a PDF or OFD extractor listed as needing OCR, standalone image files, and the
images inside .docx/.xlsx packages and OFD pages. Without the ``ocr`` extra, or with OCR turned off, the
parts stay unchecked and their reason says how to have them read; pages beyond the page limit stay
unchecked too.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import partial
from statistics import fmean
from typing import TYPE_CHECKING

from secreview.errors import ExtractionError
from secreview.extract.base import ExtractedText, Segment
from secreview.extract.glyphs import OCR_PREFIX, PIXELS, POINTS, Box, OcrLine, OcrPage, OcrText, union
from secreview.extract.image_files import IMAGE_PART, IMAGE_SUFFIXES, ocr_available
from secreview.models import UncheckedPart
from secreview.ocr.images import frame_count, open_image, render_pdf_page
from secreview.ocr.options import DPI, OcrOptions
from secreview.ocr.reader import INSTALL_HINT, RecognisedLine, recognise
from secreview.ocr.scan import Scan
from secreview.unchecked import NEEDS_OCR, PAGE_PREFIX

if TYPE_CHECKING:
    pass

PAGE_PART = "page "  # a page of a PDF or OFD, a frame of a multi-page TIFF: ``ocr:page 3``
OFF_HINT = "OCR 已关闭(--no-ocr 或配置 ocr = false)"
MEDIA_FOLDERS = ("word/media/", "xl/media/")
CELL_SEPARATOR = "\t"  # between lines read side by side, as extractors separate the cells of a table row
MIN_EMBEDDED_SIDE = 24  # pixels: smaller embedded images (icons, bullets) hold no readable line


def wants_ocr(extracted: ExtractedText, suffix: str) -> bool:
    """Whether the pass has anything to do for this document (ordinary documents cost nothing)."""
    return any(NEEDS_OCR in item.reason for item in extracted.unchecked) or suffix.lower() in (
        ".pdf",  # images drawn on pages that have text
        ".docx",
        ".xlsx",
        ".xlsm",
    )


def _pdf_scans(data: bytes, numbers: list[int]) -> Iterator[Scan]:
    for number in numbers:
        yield Scan(
            f"{OCR_PREFIX}{PAGE_PART}{number}",
            number,
            f"{PAGE_PREFIX}{number}",
            POINTS,
            (72 / DPI, 72 / DPI),
            partial(render_pdf_page, data, number, DPI),
        )


def _media_scans(data: bytes) -> Iterator[Scan]:
    from secreview.extract.ziputil import open_zip

    with open_zip(data, "docx") as package:
        names = [name for name in package.names() if name.lower().startswith(MEDIA_FOLDERS)]
        images = [(name, package.read(name)) for name in sorted(names) if _image_name(name)]
    for name, content in images:
        yield Scan(
            f"{OCR_PREFIX}image {name}",
            None,
            None,
            PIXELS,
            (1.0, 1.0),
            partial(open_image, content, name),
            source=name,
        )


def _image_scans(data: bytes) -> list[Scan]:
    """An image file: one scan, or one per frame of a multi-page TIFF (part ``ocr:page N``), the first of
    which settles the file's "needs OCR"; frames past the page limit are listed as not checked."""
    frames = frame_count(data)
    if frames == 1:
        whole = partial(open_image, data, "图像")
        return [Scan(f"{OCR_PREFIX}{IMAGE_PART}", None, IMAGE_PART, PIXELS, (1.0, 1.0), whole)]
    return [
        Scan(
            f"{OCR_PREFIX}{PAGE_PART}{number}",
            number,
            IMAGE_PART if number == 1 else None,
            PIXELS,
            (1.0, 1.0),
            partial(open_image, data, f"图像第 {number} 帧", number - 1),
        )
        for number in range(1, frames + 1)
    ]


def _image_name(name: str) -> bool:
    return name.lower().endswith(IMAGE_SUFFIXES)


def _scans(extracted: ExtractedText, data: bytes, suffix: str) -> list[Scan]:
    suffix = suffix.lower()
    wanted = [item.part for item in extracted.unchecked if NEEDS_OCR in item.reason]
    if suffix in IMAGE_SUFFIXES:
        return _image_scans(data)
    pages = [int(part[len(PAGE_PREFIX) :]) for part in wanted if part[len(PAGE_PREFIX) :].isdigit()]
    if suffix == ".pdf":
        from secreview.ocr.pdf_images import embedded_scans

        return [*_pdf_scans(data, pages), *embedded_scans(data, set(pages))]
    if suffix == ".ofd":
        from secreview.ocr.ofd_pages import ofd_scans

        return ofd_scans(data, pages)
    if suffix in (".docx", ".xlsx", ".xlsm"):
        return list(_media_scans(data))
    return []


class _Progress:
    def __init__(self, name: str, total: int, shown: bool) -> None:
        self._name, self._total = name, total
        self._shown = shown and total > 0 and sys.stderr.isatty()

    def step(self, index: int) -> None:
        if self._shown:
            sys.stderr.write(f"\rOCR {self._name}: {index}/{self._total} 页")
            sys.stderr.flush()

    def done(self) -> None:
        if self._shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


def read_scans(
    extracted: ExtractedText, data: Callable[[], bytes], suffix: str, options: OcrOptions, name: str = ""
) -> ExtractedText:
    """``extracted`` with the parts that need OCR read by OCR (or their reason saying why they were not)."""
    if not options.enabled or not ocr_available():
        hint = OFF_HINT if not options.enabled else INSTALL_HINT
        return _with_unchecked(extracted, [_hinted(item, hint) for item in extracted.unchecked])
    scans = _scans(extracted, data(), suffix)
    if not scans:
        return extracted
    room = max(0, options.page_limit - options.already_read)
    read, over = scans[:room], scans[room:]
    builder = _OcrBuilder(extracted)
    progress = _Progress(name, len(read), options.progress)
    settled: set[str] = set()
    failed: list[UncheckedPart] = []
    for index, scan in enumerate(read, start=1):
        progress.step(index)
        try:
            image = scan.load()
        except ExtractionError as error:
            failed.append(UncheckedPart(part=scan.part.removeprefix(OCR_PREFIX), reason=str(error)))
            continue
        if scan.settles is not None:
            settled.add(scan.settles)
        if image.width < MIN_EMBEDDED_SIDE or image.height < MIN_EMBEDDED_SIDE:
            continue
        builder.add(scan, recognise(image))
    progress.done()
    limit = f"超过每个文件 OCR 页数上限({options.page_limit}),未识别"
    unchecked = [item for item in extracted.unchecked if item.part not in settled]
    unchecked += failed
    unchecked += [
        UncheckedPart(part=scan.part.removeprefix(OCR_PREFIX), reason=limit)
        for scan in over
        if scan.settles is None
    ]
    unchecked = [
        UncheckedPart(part=item.part, reason=limit)
        if any(scan.settles == item.part for scan in over)
        else item
        for item in unchecked
    ]
    return builder.build(unchecked)


class _AttachmentReader:
    """Reads the scans of a document's attachments (``secreview.extract.nested``) within the page limit
    of the document: the pages read in attachments count towards it."""

    def __init__(self, options: OcrOptions) -> None:
        self.options = options

    def __call__(self, extracted: ExtractedText, data: bytes, suffix: str) -> ExtractedText:
        if not wants_ocr(extracted, suffix) and suffix.lower() not in IMAGE_SUFFIXES:
            return extracted
        read = read_scans(extracted, lambda: data, suffix, replace(self.options, progress=False))
        pages = len(read.ocr.pages) - len(extracted.ocr.pages)
        self.options = replace(self.options, already_read=self.options.already_read + pages)
        return read


def read_document(
    extract: Callable[[], ExtractedText],
    data: Callable[[], bytes],
    suffix: str,
    options: OcrOptions,
    name: str = "",
) -> ExtractedText:
    """What ``extract`` gives, with the parts that need OCR read by OCR: the document's own pages and
    images, and those of its attachments (read while it is extracted)."""
    from secreview.extract.nested import attachments_read_by

    attachments = _AttachmentReader(options) if options.enabled and ocr_available() else None
    with attachments_read_by(attachments):
        extracted = extract()
    if not wants_ocr(extracted, suffix):
        return extracted
    return read_scans(extracted, data, suffix, attachments.options if attachments else options, name)


def _hinted(item: UncheckedPart, hint: str) -> UncheckedPart:
    if NEEDS_OCR not in item.reason:
        return item
    return UncheckedPart(part=item.part, reason=f"{item.reason};{hint}")


def _with_unchecked(extracted: ExtractedText, unchecked: list[UncheckedPart]) -> ExtractedText:
    return ExtractedText(extracted.text, extracted.segments, extracted.encoding, unchecked, ocr=extracted.ocr)


def rows(lines: list[RecognisedLine]) -> list[list[RecognisedLine]]:
    """Lines side by side (the cells of a table row, the two columns of a page) as one row, left to right:
    a line joins the row whose vertical middle its own middle falls within."""
    placed = sorted(lines, key=lambda line: union(line.boxes).y)
    grouped: list[tuple[Box, list[RecognisedLine]]] = []
    for line in placed:
        box = union(line.boxes)
        middle = box.y + box.h / 2
        for index, (band, members) in enumerate(grouped):
            if band.y <= middle <= band.bottom and abs(band.h - box.h) <= max(band.h, box.h) / 2:
                members.append(line)
                grouped[index] = (union([band, box]), members)
                break
        else:
            grouped.append((box, [line]))
    return [sorted(members, key=lambda line: union(line.boxes).x) for _, members in grouped]


class _OcrBuilder:
    """Appends OCR lines after the extracted text, recording their segments and glyph map."""

    def __init__(self, extracted: ExtractedText) -> None:
        self._extracted = extracted
        self._pieces = [extracted.text]
        self._length = len(extracted.text)
        self._segments = list(extracted.segments)
        self._ocr = OcrText(list(extracted.ocr.lines), list(extracted.ocr.pages))

    def _separate(self) -> None:
        if self._length and not self._pieces[-1].endswith("\n"):
            self._pieces.append("\n")
            self._length += 1

    def add(self, scan: Scan, recognised: list[RecognisedLine]) -> None:
        location = f"page:{scan.page}" if scan.page is not None else None
        for row in rows(recognised):
            self._separate()
            for column, line in enumerate(row):
                if column:
                    self._pieces.append(CELL_SEPARATOR)
                    self._length += len(CELL_SEPARATOR)
                self._line(scan, line, location)
        confidence = fmean(line.confidence for line in recognised) if recognised else 1.0
        self._ocr.pages.append(OcrPage(scan.part, scan.page, confidence, len(recognised)))

    def _line(self, scan: Scan, line: RecognisedLine, location: str | None) -> None:
        start = self._length
        self._pieces.append(line.text)
        self._length += len(line.text)
        self._segments.append(Segment(start, self._length, scan.part, location))
        boxes = tuple(scan.placed(box) for box in line.boxes)
        self._ocr.lines.append(
            OcrLine(
                start,
                self._length,
                scan.part,
                scan.page,
                scan.unit,
                boxes,
                line.confidences,
                line.boxes,
                scan.source,
            )
        )

    def build(self, unchecked: list[UncheckedPart]) -> ExtractedText:
        self._separate()
        extracted = self._extracted
        text = "".join(self._pieces)
        return ExtractedText(text, self._segments, extracted.encoding, unchecked, ocr=self._ocr)
