"""Text of an .ofd file (GB/T 33190): a zip of XML read through the same safety layer as .docx.

OFD.xml names each document's Document.xml; its pages (Pages/Page_N/Content.xml) hold
TextObject/TextCode elements. Text is laid out line by line: text codes on one baseline
join without a separator, a new baseline starts a new line. Pages are ``body`` with
location ``page:<n>``; template pages (running heads, page numbers) are ``header``;
annotations (stamps' remarks, watermarks, notes) are ``comment``; DocInfo is ``metadata``.

What a viewer lists in its panes, read last: outline entries and bookmarks' names (``bookmark``), link
targets of actions (``tel:``/``mailto:``/``sms:``, and others holding a long number or an e-mail address;
``link``), attachments' names (``metadata``, located ``attachment``); an application's extension data
(``custom-tag``, located by its part) and the pages earlier versions list that the current document no
longer uses (``older-version``, located ``version <file>``); signatures' providers, seals and
signers' certificates where they hold a long number or an e-mail address (``metadata``, located
``signature``: ``ofd_signatures``).

Custom tags (CustomTags.xml and its tag files: structured data such as 发文机关, 联系人) are ``custom-tag``,
each value after its element name; attachments (Attachments.xml) are read by the same readers as
``attachment:<name>`` (``secreview.extract.nested``). A page with no text of its own but images, or with a
stray line of text on images covering half of it, is unchecked ("needs OCR"), and so is every page when no
page has text. A DocRoot that is missing, names a missing part or a part that is not a Document is an
error, never an empty clean document.
"""

from __future__ import annotations

import posixpath
from xml.etree.ElementTree import Element

from secreview.errors import ExtractionError
from secreview.extract.base import (
    BODY,
    BOOKMARK,
    COMMENT,
    CUSTOM_TAG,
    HEADER,
    LINK,
    METADATA,
    OLDER_VERSION,
    ExtractedText,
    TextBuilder,
    link_data,
)
from secreview.extract.nested import Reader, add_attachment, attachment_scope
from secreview.extract.ofd_signatures import LOCATION as SIGNATURE
from secreview.extract.ofd_signatures import signature_texts
from secreview.extract.pdf_layer import FEW_CHARACTERS, IMAGE_SHARE, visible_characters
from secreview.extract.xmlsafe import child, children, descendants, local_name, parse_xml
from secreview.extract.ziputil import SafeZip, open_zip
from secreview.unchecked import IMAGE_ONLY, MOSTLY_IMAGE, NO_TEXT_LAYER
from secreview.unchecked import page as page_part

_ROOT_PART = "OFD.xml"
_INFO_FIELDS = ("Title", "Author", "Subject", "Abstract", "Creator")
_SAME_LINE_TOLERANCE = 0.5  # millimetres between baselines of one line
_A4 = 210.0 * 297.0
_NOT_TAG_TEXT = frozenset({"ObjectRef", "SchemaLoc"})  # references to page objects, not text


def extract_ofd(data: bytes, read: Reader | None = None) -> ExtractedText:
    """The text of an .ofd file; ExtractionError (one Chinese line) if it cannot be read safely. Its
    attachments are read by ``read`` (``secreview.extract.extract_bytes``)."""
    with open_zip(data, "ofd") as package, attachment_scope():
        return _OfdReader(package, read).read()


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
    def __init__(self, package: SafeZip, read: Reader | None) -> None:
        self._package = package
        self._read = read
        self._out = TextBuilder()
        self._pages: list[tuple[int, str | None, bool]] = []  # number, why it is not read (if), has text
        self._listed: list[tuple[str, str, str | None]] = []  # (text, part, location), read last

    def _parse(self, part_name: str) -> Element:
        return parse_xml(self._package.read(part_name), part_name)

    def read(self) -> ExtractedText:
        if _ROOT_PART not in self._package:
            raise ExtractionError("文件不是有效的 .ofd 文件(缺少 OFD.xml),未检查")
        root = self._parse(_ROOT_PART)
        if local_name(root.tag) != "OFD":
            raise ExtractionError("文件不是有效的 .ofd 文件,未检查")
        bodies = list(children(root, "DocBody"))
        roots = [(child(body, "DocRoot")) for body in bodies]
        named = [(element.text or "").strip() for element in roots if element is not None]
        if not any(named):
            raise ExtractionError("OFD.xml 未指明文档(缺少 DocRoot),未检查")
        for location in named:
            if location:
                self._document(resolve("", location))
        if not self._pages:
            raise ExtractionError("OFD 文档没有页面,未检查")
        if not any(has_text for _, _, has_text in self._pages):
            # No page has text: a blank-looking page may be drawn as paths, so none passes as read.
            self._pages = [(number, why or NO_TEXT_LAYER, False) for number, why, _ in self._pages]
        for body in bodies:
            info = child(body, "DocInfo")
            if info is not None:
                self._info(info)
            signatures = child(body, "Signatures")
            if signatures is not None and (signatures.text or "").strip():
                index = resolve("", signatures.text or "")
                texts = signature_texts(self._package, index, self._parse, resolve)
                self._listed += [(text, METADATA, SIGNATURE) for text in texts]
        for listed, part, where in dict.fromkeys(self._listed):
            if listed.strip():
                self._out.add(listed, part, location=where)
                self._out.add("\n", None)
        for number, why, _ in self._pages:
            if why is not None:
                self._out.not_read(page_part(number), why)
        return self._out.build(encoding=None)

    def _document_root(self, document_part: str) -> Element:
        if document_part not in self._package:
            raise ExtractionError(f"OFD.xml 的 DocRoot 指向的“{document_part}”不存在,未检查")
        document = self._parse(document_part)
        if local_name(document.tag) != "Document":
            raise ExtractionError(f"OFD.xml 的 DocRoot 指向的“{document_part}”不是文档(Document),未检查")
        return document

    def _document(self, document_part: str) -> None:
        document = self._document_root(document_part)
        directory = posixpath.dirname(document_part)
        area = _page_area(document)
        for template in descendants(document, "TemplatePage"):
            location = template.get("BaseLoc")
            if location:
                self._page(resolve(directory, location), HEADER, "template")
        for page in descendants(document, "Page"):
            location = page.get("BaseLoc")
            if location:
                number = len(self._pages) + 1
                content = self._parse(resolve(directory, location))
                self._text_objects(content, BODY, f"page:{number}")
                self._listed += _link_targets(content, f"page:{number}")
                has_text = any((code.text or "").strip() for code in descendants(content, "TextCode"))
                self._pages.append((number, _unread_page(content, area), has_text))
        self._listed += _link_targets(document, None)
        current = {resolve(directory, page.get("BaseLoc") or "") for page in descendants(document, "Page")}
        for versions in descendants(document, "Versions"):
            for version in children(versions, "Version"):
                if (version.get("BaseLoc") or "").strip():
                    self._version(resolve(directory, version.get("BaseLoc") or ""), current)
        for outline in descendants(document, "OutlineElem"):
            self._listed.append((outline.get("Title") or "", BOOKMARK, "outline"))
        for bookmark in descendants(document, "Bookmark"):
            self._listed.append((bookmark.get("Name") or "", BOOKMARK, "bookmark"))
        for name, handler in (
            ("Annotations", self._annotations),
            ("CustomTags", self._custom_tags),
            ("Attachments", self._attachments),
            ("Extensions", self._extensions),
        ):
            element = child(document, name)
            if element is not None and (element.text or "").strip():
                handler(resolve(directory, element.text or ""))

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

    def _custom_tags(self, index_part: str) -> None:
        directory = posixpath.dirname(index_part)
        for file_location in descendants(self._parse(index_part), "FileLoc"):
            if (file_location.text or "").strip():
                tag_part = resolve(directory, file_location.text or "")
                self._tag_text(self._parse(tag_part), tag_part)

    def _tag_text(self, element: Element, tag_part: str) -> None:
        """Every value of a tag file, after its element's name (发文机关:, 联系人:) as context."""
        if local_name(element.tag) in _NOT_TAG_TEXT:
            return
        value = (element.text or "").strip()
        if value:
            self._out.add(f"{local_name(element.tag)}:", None)
            self._out.add(value, CUSTOM_TAG, location=tag_part)
            self._out.add("\n", None)
        for item in element:
            if isinstance(item.tag, str):
                self._tag_text(item, tag_part)

    def _attachments(self, index_part: str) -> None:
        directory = posixpath.dirname(index_part)
        for attachment in descendants(self._parse(index_part), "Attachment"):
            file_location = child(attachment, "FileLoc")
            if file_location is None or not (file_location.text or "").strip():
                continue
            member = resolve(directory, file_location.text or "")
            name = _attachment_name(attachment, member)
            self._listed.append((attachment.get("Name") or "", METADATA, "attachment"))
            if member not in self._package:
                self._out.not_read(f"attachment:{name}", f"附件文件“{member}”不存在")
                continue
            add_attachment(self._out, name, self._package.read(member), self._read)

    def _extensions(self, index_part: str) -> None:
        """An application's extension data (Extensions.xml: 公文 fields, properties), each value after its
        name, as custom tags are read."""
        for extension in descendants(self._parse(index_part), "Extension"):
            for item in extension:
                if isinstance(item.tag, str) and (item.text or "").strip():
                    self._out.add(f"{item.get('Name') or local_name(item.tag)}:", None)
                    self._out.add(item.text or "", CUSTOM_TAG, location=index_part)
                    self._out.add("\n", None)

    def _version(self, version_part: str, current: set[str]) -> None:
        """The pages an earlier version of the document (Versions: a reader shows it on request) lists that
        the current document no longer uses."""
        if version_part not in self._package:
            return
        directory = posixpath.dirname(version_part)
        for file in descendants(self._parse(version_part), "File"):
            member = resolve(directory, file.text or "")
            if member in current or member not in self._package or not (file.text or "").strip():
                continue
            content = self._parse(member)
            if local_name(content.tag) == "Page":
                self._text_objects(content, OLDER_VERSION, f"version {posixpath.basename(version_part)}")

    def _info(self, info: Element) -> None:
        values = [field.text or "" for name in _INFO_FIELDS if (field := child(info, name)) is not None]
        values += [keyword.text or "" for keyword in descendants(info, "Keyword")]
        values += [custom.text or "" for custom in descendants(info, "CustomData")]
        for value in values:
            if value.strip():
                self._out.add(value, METADATA)
                self._out.add("\n", None)


def _link_targets(container: Element, location: str | None) -> list[tuple[str, str, str | None]]:
    """The targets of the container's link actions that name an address or hold a long number or an
    e-mail address, decoded."""
    found = []
    for element in descendants(container, "URI"):
        if (target := link_data(element.get("URI") or "")) is not None:
            found.append((target, LINK, location))
    return found


def _attachment_name(attachment: Element, member: str) -> str:
    """The attachment's name with the extension its format or file says (the name may have none)."""
    name = (attachment.get("Name") or "").strip() or posixpath.basename(member)
    if not posixpath.splitext(name)[1]:
        extension = (attachment.get("Format") or "").strip().lstrip(".") or posixpath.splitext(member)[1][1:]
        name = f"{name}.{extension.lower()}" if extension else name
    return name


def _page_area(document: Element) -> float:
    """The default page area of a document (its PhysicalBox), in square millimetres."""
    box = next(descendants(document, "PhysicalBox"), None)
    values = _numbers(box.text if box is not None else None)
    return values[2] * values[3] if len(values) == 4 and values[2] * values[3] > 0 else _A4


def _unread_page(content: Element, default_area: float) -> str | None:
    """Why a page's text layer is not the page (only images, or a stray line on images), or None."""
    characters = sum(visible_characters(code.text or "") for code in descendants(content, "TextCode"))
    boxes = [_numbers(image.get("Boundary")) for image in descendants(content, "ImageObject")]
    if characters == 0:
        return IMAGE_ONLY if boxes else None
    if characters > FEW_CHARACTERS or not boxes:
        return None
    own = _numbers(next((box.text for box in descendants(content, "PhysicalBox")), None))
    area = own[2] * own[3] if len(own) == 4 and own[2] * own[3] > 0 else default_area
    covered = sum(box[2] * box[3] for box in boxes if len(box) == 4)
    return MOSTLY_IMAGE if covered >= IMAGE_SHARE * area else None
