"""The images of OFD pages (GB/T 33190) that need OCR: each ``ImageObject`` of the page, its picture found
through the document's resource files (``MultiMedia`` → ``MediaFile``), placed by its ``Boundary`` in
millimetres. Pages are numbered as the OFD extractor numbers them: every page of every document body, in
order.
"""

from __future__ import annotations

import io
import posixpath
from functools import partial
from xml.etree.ElementTree import Element

from secreview.extract.glyphs import OCR_PREFIX
from secreview.extract.ofd import resolve
from secreview.extract.xmlsafe import child, children, descendants, parse_xml
from secreview.extract.ziputil import SafeZip, open_zip
from secreview.ocr.images import open_image
from secreview.ocr.scan import Scan
from secreview.unchecked import PAGE_PREFIX

MILLIMETRES = "mm"


def _parse(package: SafeZip, name: str) -> Element:
    return parse_xml(package.read(name), name)


def _boundary(element: Element) -> tuple[float, float, float, float] | None:
    try:
        values = [float(piece) for piece in (element.get("Boundary") or "").split()]
    except ValueError:
        return None
    return (values[0], values[1], values[2], values[3]) if len(values) == 4 else None


def _media(package: SafeZip, document_part: str, document: Element) -> dict[str, str]:
    """Resource ID → zip member of every picture the document's resource files name."""
    directory = posixpath.dirname(document_part)
    found: dict[str, str] = {}
    common = child(document, "CommonData")
    if common is None:
        return found
    for tag in ("PublicRes", "DocumentRes"):
        for reference in children(common, tag):
            res_part = resolve(directory, reference.text or "")
            if not (reference.text or "").strip() or res_part not in package:
                continue
            res = _parse(package, res_part)
            base = posixpath.join(posixpath.dirname(res_part), res.get("BaseLoc") or "")
            for media in descendants(res, "MultiMedia"):
                media_file = child(media, "MediaFile")
                identifier = media.get("ID")
                if identifier and media_file is not None and (media_file.text or "").strip():
                    found[identifier] = resolve(base, media_file.text or "")
    return found


def page_images(data: bytes) -> dict[int, list[tuple[str, tuple[float, float, float, float]]]]:
    """Page number → the (zip member, boundary in mm) of every picture on the page."""
    pages: dict[int, list[tuple[str, tuple[float, float, float, float]]]] = {}
    with open_zip(data, "ofd") as package:
        root = _parse(package, "OFD.xml")
        number = 0
        for body in children(root, "DocBody"):
            document_root = child(body, "DocRoot")
            if document_root is None or not (document_root.text or "").strip():
                continue
            document_part = resolve("", document_root.text or "")
            document = _parse(package, document_part)
            media = _media(package, document_part, document)
            directory = posixpath.dirname(document_part)
            for page in descendants(document, "Page"):
                location = page.get("BaseLoc")
                if not location:
                    continue
                number += 1
                content = _parse(package, resolve(directory, location))
                for image in descendants(content, "ImageObject"):
                    member, boundary = media.get(image.get("ResourceID") or ""), _boundary(image)
                    if member is not None and boundary is not None and member in package:
                        pages.setdefault(number, []).append((member, boundary))
    return pages


def _loaded(data: bytes, member: str) -> bytes:
    with open_zip(data, "ofd") as package:
        return package.read(member)


def ofd_scans(data: bytes, numbers: list[int]) -> list[Scan]:
    """A scan for every picture on the pages ``numbers``; boxes in millimetres of the page."""
    from PIL import Image as PillowImage

    images = page_images(data)
    scans = []
    for number in numbers:
        for member, (x, y, width, height) in images.get(number, []):
            content = _loaded(data, member)
            try:
                with PillowImage.open(io.BytesIO(content)) as probe:
                    pixels_wide, pixels_high = probe.size
            except Exception:
                pixels_wide, pixels_high = 1, 1
            scans.append(
                Scan(
                    f"{OCR_PREFIX}page {number}",
                    number,
                    f"{PAGE_PREFIX}{number}",
                    MILLIMETRES,
                    (width / max(pixels_wide, 1), height / max(pixels_high, 1)),
                    partial(open_image, content, member),
                    origin=(x, y),
                    source=member,
                )
            )
    return scans
