"""Text of an .ofd file (GB/T 33190): a zip of XML read through the same safety layer as .docx.

OFD.xml names each document's Document.xml; its pages (Pages/Page_N/Content.xml) hold
TextObject/TextCode elements. Text is laid out line by line: text codes on one baseline
join without a separator, a new baseline starts a new line. Pages are ``body`` with
location ``page:<n>``; template pages (running heads, page numbers) are ``header``;
annotations (stamps' remarks, watermarks, notes) are ``comment``; DocInfo is ``metadata``.
"""

from __future__ import annotations

import posixpath
from xml.etree.ElementTree import Element

from secreview.errors import ExtractionError
from secreview.extract.base import BODY, COMMENT, HEADER, METADATA, ExtractedText, TextBuilder
from secreview.extract.xmlsafe import child, children, descendants, local_name, parse_xml
from secreview.extract.ziputil import SafeZip, open_zip

_ROOT_PART = "OFD.xml"
_INFO_FIELDS = ("Title", "Author", "Subject", "Abstract", "Creator")
_SAME_LINE_TOLERANCE = 0.5  # millimetres between baselines of one line


def extract_ofd(data: bytes) -> ExtractedText:
    """The text of an .ofd file; ExtractionError (one Chinese line) if it cannot be read safely."""
    with open_zip(data, "ofd") as package:
        return _OfdReader(package).read()


def resolve(base_directory: str, location: str) -> str:
    """The zip member a BaseLoc/FileLoc names: absolute from the package root, else relative."""
    location = location.strip().replace("\\", "/")
    joined = location if location.startswith("/") else posixpath.join("/", base_directory, location)
    return posixpath.normpath(joined).lstrip("/")


def _numbers(text: str | None) -> list[float]:
    values = []
    for piece in (text or "").split():
        try:
            values.append(float(piece))
        except ValueError:
            return []
    return values


class _OfdReader:
    def __init__(self, package: SafeZip) -> None:
        self._package = package
        self._out = TextBuilder()

    def _parse(self, part_name: str) -> Element:
        return parse_xml(self._package.read(part_name), part_name)

    def read(self) -> ExtractedText:
        if _ROOT_PART not in self._package:
            raise ExtractionError("文件不是有效的 .ofd 文件(缺少 OFD.xml),未检查")
        root = self._parse(_ROOT_PART)
        if local_name(root.tag) != "OFD":
            raise ExtractionError("文件不是有效的 .ofd 文件,未检查")
        bodies = list(children(root, "DocBody"))
        page_number = 0
        for body in bodies:
            document_root = child(body, "DocRoot")
            if document_root is None or not (document_root.text or "").strip():
                continue
            page_number = self._document(resolve("", document_root.text or ""), page_number)
        for body in bodies:
            info = child(body, "DocInfo")
            if info is not None:
                self._info(info)
        return self._out.build(encoding=None)

    def _document(self, document_part: str, page_number: int) -> int:
        document = self._parse(document_part)
        directory = posixpath.dirname(document_part)
        for template in descendants(document, "TemplatePage"):
            location = template.get("BaseLoc")
            if location:
                self._page(resolve(directory, location), HEADER, "template")
        for page in descendants(document, "Page"):
            location = page.get("BaseLoc")
            if location:
                page_number += 1
                self._page(resolve(directory, location), BODY, f"page:{page_number}")
        annotations = child(document, "Annotations")
        if annotations is not None and (annotations.text or "").strip():
            self._annotations(resolve(directory, annotations.text or ""))
        return page_number

    def _page(self, part_name: str, part: str, location: str) -> None:
        self._text_objects(self._parse(part_name), part, location)

    def _text_objects(self, container: Element, part: str, location: str) -> None:
        baseline: float | None = None
        for text_object in descendants(container, "TextObject"):
            boundary = _numbers(text_object.get("Boundary"))
            top = boundary[1] if len(boundary) == 4 else 0.0
            y: float | None = None
            for code in children(text_object, "TextCode"):
                offsets = _numbers(code.get("Y"))
                y = top + offsets[0] if offsets else (y if y is not None else top)
                if baseline is not None and abs(y - baseline) > _SAME_LINE_TOLERANCE:
                    self._out.add("\n", None)
                baseline = y
                self._out.add(code.text or "", part, location=location)
        if baseline is not None:
            self._out.add("\n", None)

    def _annotations(self, index_part: str) -> None:
        directory = posixpath.dirname(index_part)
        for file_location in descendants(self._parse(index_part), "FileLoc"):
            if not (file_location.text or "").strip():
                continue
            annotation_part = resolve(directory, file_location.text or "")
            for annotation in descendants(self._parse(annotation_part), "Annot"):
                remark = child(annotation, "Remark")
                if remark is not None and (remark.text or "").strip():
                    self._out.add(remark.text or "", COMMENT, location=annotation.get("Type"))
                    self._out.add("\n", None)
                self._text_objects(annotation, COMMENT, annotation.get("Type") or "annotation")

    def _info(self, info: Element) -> None:
        values = [field.text or "" for name in _INFO_FIELDS if (field := child(info, name)) is not None]
        values += [keyword.text or "" for keyword in descendants(info, "Keyword")]
        values += [custom.text or "" for custom in descendants(info, "CustomData")]
        for value in values:
            if value.strip():
                self._out.add(value, METADATA)
                self._out.add("\n", None)
