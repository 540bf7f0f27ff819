"""Build small, reproducible .docx files from WordprocessingML snippets, for tests.

Snippet helpers return ``Xml`` (markup, inserted as is); plain ``str`` given
where content is expected is wrapped in a paragraph. Example::

    data = build_docx(
        [paragraph("正文"), table([["甲", "乙"], [table([["嵌套"]])]])],
        headers=["页眉文字"],
        footnotes=["脚注文字"],
        title="标题",
    )

The zip has fixed timestamps and member order, so equal arguments give equal bytes.
``patch_central_entry`` tampers with a built zip (flags, declared size) for error tests.
"""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr


class Xml(str):
    """A markup snippet, as opposed to text to be put in a paragraph."""


Content = str | Xml | Sequence[str | Xml]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NAMESPACES = (
    f'xmlns:w="{W_NS}" xmlns:r="{R_NS}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'mc:Ignorable="wps"'
)
_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)
_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_HEADER_FOOTER_TYPES = ("default", "first", "even")


# --- snippets -------------------------------------------------------------


def run(text: str, *, hidden: bool = False) -> Xml:
    """One run; ``hidden`` sets w:vanish."""
    properties = "<w:rPr><w:vanish/></w:rPr>" if hidden else ""
    return Xml(f'<w:r>{properties}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>')


def paragraph(text: str = "", *, hidden: bool = False) -> Xml:
    return Xml(f"<w:p>{run(text, hidden=hidden) if text else ''}</w:p>")


def runs_paragraph(runs: Sequence[str | Xml]) -> Xml:
    """A paragraph whose text is split over runs; ``Xml`` items are inserted as they are."""
    return Xml("<w:p>" + "".join(_as_run(item) for item in runs) + "</w:p>")


def table(rows: Sequence[Sequence[Content]]) -> Xml:
    """A table; each cell is text, an ``Xml`` block (e.g. a nested table) or a list of them."""
    columns = max((len(row) for row in rows), default=1)
    grid = "".join('<w:gridCol w:w="2000"/>' for _ in range(columns))
    body = "".join("<w:tr>" + "".join(_cell(cell) for cell in row) + "</w:tr>" for row in rows)
    return Xml(
        '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>"
    )


def inserted(text: str, *, revision_id: int = 101) -> Xml:
    """A tracked insertion (run-level)."""
    return Xml(
        f'<w:ins w:id="{revision_id}" w:author="审阅人" w:date="2024-01-01T00:00:00Z">{run(text)}</w:ins>'
    )


def deleted(text: str, *, revision_id: int = 102) -> Xml:
    """A tracked deletion: the text stays in the file as w:delText."""
    return Xml(
        f'<w:del w:id="{revision_id}" w:author="审阅人" w:date="2024-01-01T00:00:00Z">'
        f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'
    )


def field_paragraph(instruction: str, result: str) -> Xml:
    """A complex field: the code (w:instrText) is hidden, the result is shown."""
    return Xml(
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve">{escape(instruction)}</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'{run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )


def textbox_run(box_paragraphs: Sequence[str | Xml]) -> Xml:
    """A run holding a text box the way Word 2010+ writes it: DrawingML with a VML duplicate."""
    content = "<w:txbxContent>" + "".join(_as_block(p) for p in box_paragraphs) + "</w:txbxContent>"
    drawing = (
        '<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        'relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="1828800" cy="457200"/><wp:wrapNone/>'
        '<wp:docPr id="1" name="文本框 1"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx>{content}</wps:txbx>'
        "<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
    )
    vml = (
        '<w:pict><v:shape id="文本框 1" type="#_x0000_t202" style="width:144pt;height:36pt">'
        f"<v:textbox>{content}</v:textbox></v:shape></w:pict>"
    )
    return Xml(
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps">'
        f"{drawing}</mc:Choice><mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>"
    )


def textbox_paragraph(box_text: str, *, before: str = "", after: str = "") -> Xml:
    """A paragraph ``before`` + text box + ``after``; the box holds one paragraph ``box_text``."""
    runs: list[str | Xml] = [before] if before else []
    runs.append(textbox_run([box_text]))
    runs.extend([after] if after else [])
    return runs_paragraph(runs)


def watermark_paragraph(text: str) -> Xml:
    """A VML WordArt shape, as Word writes a text watermark into a header."""
    return Xml(
        '<w:p><w:r><w:pict><v:shape id="PowerPlusWaterMarkObject" type="#_x0000_t136">'
        f'<v:textpath style="font-family:&quot;宋体&quot;" string={quoteattr(text)}/>'
        "</v:shape></w:pict></w:r></w:p>"
    )


# --- package --------------------------------------------------------------


def build_docx(
    body: Content,
    *,
    headers: Sequence[Content] = (),
    footers: Sequence[Content] = (),
    footnotes: Sequence[Content] = (),
    endnotes: Sequence[Content] = (),
    comments: Sequence[Content] = (),
    title: str | None = None,
    creator: str | None = None,
    company: str | None = None,
    replace: Mapping[str, bytes] | None = None,
    extra: Mapping[str, bytes] | None = None,
) -> bytes:
    """The bytes of a .docx; ``replace`` overrides generated members, ``extra`` adds members.

    Up to three headers and footers are referenced from the section (default, first, even).
    """
    members = _Package()
    for index, content in enumerate(headers, start=1):
        members.add_story("header", f"header{index}.xml", _story("hdr", content))
    for index, content in enumerate(footers, start=1):
        members.add_story("footer", f"footer{index}.xml", _story("ftr", content))
    if footnotes:
        members.add_story("footnotes", "footnotes.xml", _notes("footnote", footnotes))
    if endnotes:
        members.add_story("endnotes", "endnotes.xml", _notes("endnote", endnotes))
    if comments:
        members.add_story("comments", "comments.xml", _comments(comments))
    section = _section(members.ids("header"), members.ids("footer"))
    document = f"<w:document {_NAMESPACES}><w:body>{_blocks(body)}{section}</w:body></w:document>"
    members.set_main(document)
    members.set_properties(title=title, creator=creator, company=company)
    return members.to_zip(replace or {}, extra or {})


def write_docx(path: Path, body: Content, **options: Any) -> Path:
    """``build_docx`` written to ``path``; returns ``path``."""
    path.write_bytes(build_docx(body, **options))
    return path


def zip_members(members: Mapping[str, bytes]) -> bytes:
    """A deterministic zip of the given members, in the given order."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def patch_central_entry(data: bytes, name: str, *, set_flags: int = 0, file_size: int | None = None) -> bytes:
    """Rewrite ``name``'s central-directory entry: OR ``set_flags`` into its flags, lie about its size."""
    patched = bytearray(data)
    encoded = name.encode("utf-8")
    offset = patched.find(b"PK\x01\x02")
    while offset != -1:
        name_length = struct.unpack_from("<H", patched, offset + 28)[0]
        if bytes(patched[offset + 46 : offset + 46 + name_length]) == encoded:
            flags = struct.unpack_from("<H", patched, offset + 8)[0]
            struct.pack_into("<H", patched, offset + 8, flags | set_flags)
            if file_size is not None:
                struct.pack_into("<I", patched, offset + 24, file_size)
            return bytes(patched)
        offset = patched.find(b"PK\x01\x02", offset + 4)
    raise KeyError(name)


# --- internals ------------------------------------------------------------


class _Package:
    def __init__(self) -> None:
        self._stories: list[tuple[str, str, str]] = []  # (kind, file name, xml)
        self._main = ""
        self._properties = ""
        self._company: str | None = None

    def add_story(self, kind: str, file_name: str, xml: str) -> None:
        self._stories.append((kind, file_name, xml))

    def ids(self, kind: str) -> list[str]:
        return [f"rId{i}" for i, story in enumerate(self._stories, start=10) if story[0] == kind]

    def set_main(self, xml: str) -> None:
        self._main = xml

    def set_properties(self, *, title: str | None, creator: str | None, company: str | None) -> None:
        fields = "".join(
            f"<dc:{tag}>{escape(value)}</dc:{tag}>"
            for tag, value in (("title", title), ("creator", creator))
            if value is not None
        )
        self._properties = (
            "<cp:coreProperties "
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"{fields}</cp:coreProperties>"
        )
        self._company = company

    def to_zip(self, replace: Mapping[str, bytes], extra: Mapping[str, bytes]) -> bytes:
        members = {
            "[Content_Types].xml": self._content_types(),
            "_rels/.rels": _package_relationships(),
            "word/document.xml": self._main,
            "word/_rels/document.xml.rels": self._document_relationships(),
            **self._story_members(),
            "docProps/core.xml": self._properties,
            "docProps/app.xml": _app_properties(self._company),
        }
        encoded = {name: (_DECLARATION + xml).encode("utf-8") for name, xml in members.items()}
        encoded.update(replace)
        encoded.update(extra)
        return zip_members(encoded)

    def _content_types(self) -> str:
        overrides = [
            ("/word/document.xml", _CONTENT_TYPE + "document.main+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ]
        overrides += [(f"/word/{name}", _CONTENT_TYPE + f"{kind}+xml") for kind, name, _ in self._stories]
        entries = "".join(
            f'<Override PartName="{part}" ContentType="{content_type}"/>' for part, content_type in overrides
        )
        return (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f"{entries}</Types>"
        )

    def _document_relationships(self) -> str:
        entries = "".join(
            f'<Relationship Id="rId{i}" Type="{_REL_TYPE}{kind}" Target="{name}"/>'
            for i, (kind, name, _) in enumerate(self._stories, start=10)
        )
        return _relationships_xml(entries)

    def _story_members(self) -> dict[str, str]:
        return {f"word/{name}": xml for _, name, xml in self._stories}


def _package_relationships() -> str:
    return _relationships_xml(
        f'<Relationship Id="rId1" Type="{_REL_TYPE}officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" '
        'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
        'Target="docProps/core.xml"/>'
        f'<Relationship Id="rId3" Type="{_REL_TYPE}extended-properties" Target="docProps/app.xml"/>'
    )


def _relationships_xml(entries: str) -> str:
    return f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{entries}</Relationships>'


def _app_properties(company: str | None) -> str:
    company_xml = f"<Company>{escape(company)}</Company>" if company is not None else ""
    return (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        f"<Application>docx_builder</Application>{company_xml}</Properties>"
    )


def _section(header_ids: list[str], footer_ids: list[str]) -> str:
    references = [
        f'<w:headerReference w:type="{kind}" r:id="{rid}"/>'
        for kind, rid in zip(_HEADER_FOOTER_TYPES, header_ids, strict=False)
    ]
    references += [
        f'<w:footerReference w:type="{kind}" r:id="{rid}"/>'
        for kind, rid in zip(_HEADER_FOOTER_TYPES, footer_ids, strict=False)
    ]
    title_page = "<w:titlePg/>" if len(header_ids) > 1 or len(footer_ids) > 1 else ""
    return (
        f"<w:sectPr>{''.join(references)}"
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" '
        'w:header="851" w:footer="992" w:gutter="0"/>'
        f"{title_page}</w:sectPr>"
    )


def _story(root: str, content: Content) -> str:
    return f"<w:{root} {_NAMESPACES}>{_blocks(content)}</w:{root}>"


def _notes(kind: str, notes: Sequence[Content]) -> str:
    separators = (
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
        f'<w:{kind} w:type="continuationSeparator" w:id="0">'
        f"<w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>"
    )
    entries = "".join(
        f'<w:{kind} w:id="{index}">{_blocks(content)}</w:{kind}>'
        for index, content in enumerate(notes, start=1)
    )
    return f"<w:{kind}s {_NAMESPACES}>{separators}{entries}</w:{kind}s>"


def _comments(comments: Sequence[Content]) -> str:
    entries = "".join(
        f'<w:comment w:id="{index}" w:author="审阅人" w:date="2024-01-01T00:00:00Z" w:initials="审">'
        f"{_blocks(content)}</w:comment>"
        for index, content in enumerate(comments)
    )
    return f"<w:comments {_NAMESPACES}>{entries}</w:comments>"


def _blocks(content: Content) -> str:
    if isinstance(content, str):
        return _as_block(content)
    return "".join(_as_block(item) for item in content)


def _as_block(item: str | Xml) -> str:
    return item if isinstance(item, Xml) else paragraph(item)


def _as_run(item: str | Xml) -> str:
    return item if isinstance(item, Xml) else run(item)


def _cell(content: Content) -> str:
    blocks = _blocks(content)
    # A cell must end with a paragraph.
    if not blocks.endswith("</w:p>"):
        blocks += "<w:p/>"
    return f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>{blocks}</w:tc>'
