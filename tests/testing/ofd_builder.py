"""Build small .ofd files (GB/T 33190) for tests: OFD.xml → Doc_0/Document.xml → page Content.xml.

Each page is a list of lines; a line is a string (one TextObject) or a list of strings (one
TextObject per piece on the same baseline, as producers that place characters one by one
write them). Templates and annotations are optional. Member order and timestamps are fixed.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from xml.sax.saxutils import escape, quoteattr

from tests.testing.docx_builder import zip_members

OFD_NS = "http://www.ofdspec.org/2016"
_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
Line = str | Sequence[str]


def _text_objects(lines: Sequence[Line], first_id: int) -> str:
    objects = []
    object_id = first_id
    for number, line in enumerate(lines):
        pieces = [line] if isinstance(line, str) else list(line)
        x = 25.0
        for piece in pieces:
            top = 30.0 + 8.0 * number
            objects.append(
                f'<ofd:TextObject ID="{object_id}" Boundary="{x} {top} 160 8" Font="3" Size="5.6">'
                f'<ofd:FillColor Value="0 0 0"/>'
                f'<ofd:TextCode X="0" Y="5.6" DeltaX="g {max(len(piece) - 1, 0)} 5.6">{escape(piece)}'
                f"</ofd:TextCode></ofd:TextObject>"
            )
            object_id += 1
            x += 5.6 * len(piece)
    return "".join(objects)


FULL_PAGE_IMAGE = '<ofd:ImageObject ID="{id}" Boundary="0 0 210 297" CTM="210 0 0 297 0 0" ResourceID="77"/>'


def _page(lines: Sequence[Line], first_id: int, template_id: int | None = None, image: bool = False) -> str:
    template = f'<ofd:Template TemplateID="{template_id}"/>' if template_id is not None else ""
    scan = FULL_PAGE_IMAGE.format(id=first_id + 900) if image else ""
    return (
        f'{_HEAD}<ofd:Page xmlns:ofd="{OFD_NS}">{template}<ofd:Content><ofd:Layer ID="{first_id}">'
        f"{scan}{_text_objects(lines, first_id + 1)}</ofd:Layer></ofd:Content></ofd:Page>"
    )


def build_ofd(
    pages: Sequence[Sequence[Line]],
    *,
    title: str | None = None,
    author: str | None = None,
    keywords: Sequence[str] = (),
    template: Sequence[Line] | None = None,
    annotations: Mapping[int, Sequence[tuple[str, str]]] | None = None,
    replace: Mapping[str, bytes] | None = None,
    extra: Mapping[str, bytes] | None = None,
    images: Collection[int] = (),
    attachments: Mapping[str, bytes] | None = None,
    custom_tags: Mapping[str, str] | None = None,
) -> bytes:
    """An .ofd with the given pages; ``annotations`` maps a 0-based page to (type, remark) pairs; the
    pages of ``images`` (0-based) are drawn over a full-page image (a scan); ``attachments`` maps a file
    name to its bytes; ``custom_tags`` maps a tag file name to its XML elements."""
    info = "".join(
        f"<ofd:{tag}>{escape(value)}</ofd:{tag}>"
        for tag, value in (("Title", title), ("Author", author))
        if value is not None
    )
    if keywords:
        info += "<ofd:Keywords>" + "".join(f"<ofd:Keyword>{escape(k)}</ofd:Keyword>" for k in keywords)
        info += "</ofd:Keywords>"
    members: dict[str, str] = {
        "OFD.xml": (
            f'{_HEAD}<ofd:OFD xmlns:ofd="{OFD_NS}" Version="1.0" DocType="OFD"><ofd:DocBody>'
            f"<ofd:DocInfo><ofd:DocID>0C2D4E0A9B</ofd:DocID>{info}</ofd:DocInfo>"
            "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
        )
    }
    template_xml = ""
    if template is not None:
        template_xml = '<ofd:TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml"/>'
        members["Doc_0/Tpls/Tpl_0/Content.xml"] = _page(template, 900)
    page_entries = "".join(
        f'<ofd:Page ID="{100 + index}" BaseLoc="Pages/Page_{index}/Content.xml"/>'
        for index in range(len(pages))
    )
    for index, lines in enumerate(pages):
        members[f"Doc_0/Pages/Page_{index}/Content.xml"] = _page(
            lines, 1000 * (index + 1), 2 if template is not None else None, index in images
        )
    extra_xml = ""
    if custom_tags:
        extra_xml += "<ofd:CustomTags>Tags/CustomTags.xml</ofd:CustomTags>"
        entries = "".join(
            f'<ofd:CustomTag NameSpace="urn:example:{n}">'
            f"<ofd:FileLoc>{escape(name)}</ofd:FileLoc></ofd:CustomTag>"
            for n, name in enumerate(custom_tags)
        )
        members["Doc_0/Tags/CustomTags.xml"] = (
            f'{_HEAD}<ofd:CustomTags xmlns:ofd="{OFD_NS}">{entries}</ofd:CustomTags>'
        )
        for name, body in custom_tags.items():
            members[f"Doc_0/Tags/{name}"] = f"{_HEAD}<标签>{body}</标签>"
    attached: dict[str, bytes] = {}
    if attachments:
        extra_xml += "<ofd:Attachments>Attachs/Attachments.xml</ofd:Attachments>"
        entries = "".join(
            f'<ofd:Attachment ID="{700 + n}" Name={quoteattr(name)} Size="1">'
            f"<ofd:FileLoc>{escape(name)}</ofd:FileLoc></ofd:Attachment>"
            for n, name in enumerate(attachments)
        )
        members["Doc_0/Attachs/Attachments.xml"] = (
            f'{_HEAD}<ofd:Attachments xmlns:ofd="{OFD_NS}">{entries}</ofd:Attachments>'
        )
        attached = {f"Doc_0/Attachs/{name}": data for name, data in attachments.items()}
    annotations_xml = ""
    if annotations:
        annotations_xml = "<ofd:Annotations>Annots/Annotations.xml</ofd:Annotations>"
        index_entries = "".join(
            f'<ofd:Page PageID="{100 + page}">'
            f"<ofd:FileLoc>Page_{page}/Annotation.xml</ofd:FileLoc></ofd:Page>"
            for page in annotations
        )
        members["Doc_0/Annots/Annotations.xml"] = (
            f'{_HEAD}<ofd:Annotations xmlns:ofd="{OFD_NS}">{index_entries}</ofd:Annotations>'
        )
        for page, notes in annotations.items():
            entries = "".join(
                f'<ofd:Annot ID="{5000 + n}" Type={quoteattr(kind)} Creator="builder">'
                f'<ofd:Remark>{escape(remark)}</ofd:Remark><ofd:Appearance Boundary="0 0 50 50"/>'
                "</ofd:Annot>"
                for n, (kind, remark) in enumerate(notes)
            )
            members[f"Doc_0/Annots/Page_{page}/Annotation.xml"] = (
                f'{_HEAD}<ofd:PageAnnot xmlns:ofd="{OFD_NS}">{entries}</ofd:PageAnnot>'
            )
    members["Doc_0/Document.xml"] = (
        f'{_HEAD}<ofd:Document xmlns:ofd="{OFD_NS}"><ofd:CommonData><ofd:MaxUnitID>9999</ofd:MaxUnitID>'
        "<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>"
        f"{template_xml}</ofd:CommonData><ofd:Pages>{page_entries}</ofd:Pages>{annotations_xml}"
        f"{extra_xml}</ofd:Document>"
    )
    encoded = {name: xml.encode("utf-8") for name, xml in members.items()}
    encoded.update(attached)
    encoded.update(replace or {})
    encoded.update(extra or {})
    return zip_members(encoded)
