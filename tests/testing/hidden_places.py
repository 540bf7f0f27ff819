"""Documents that hide a private mobile number and an ID number in one place each, where Word, Excel, a
viewer or a search engine shows it but the page does not: field codes, content controls and the custom
XML they bind to, building blocks, document variables, list numbering, link targets, separators, fallbacks,
custom properties (as numbers too), sheet names, threaded comments, unused shared strings; a PDF's link
targets, comment details, bookmarks, XMP metadata and the pages of an earlier save.

``DOCX_PLACES`` / ``XLSX_PLACES`` / ``PDF_PLACES``: name -> (what builds the file, the parts the findings
name, "+" between).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from typing import Any
from urllib.parse import quote
from xml.sax.saxutils import escape

from tests.testing.docx_builder import Xml, build_docx, field_paragraph, paragraph, zip_members
from tests.testing.pdf_builder import build_pdf
from tests.testing.xlsx_builder import raw_xlsx, resident_id

PHONE = "13987654321"
ID_NUMBER = resident_id(417)
VALUES = (PHONE, ID_NUMBER)
SHOWN = f"电话{PHONE} 身份证{ID_NUMBER}"

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_BODY = paragraph("关于开展工作的通知")


def _references(value: str) -> str:
    """``value`` written as numeric character references."""
    return "".join(f"&#{ord(char)};" for char in value)


def _relationships(entries: str) -> bytes:
    return (
        f'{_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f"{entries}</Relationships>"
    ).encode()


def _related(kind: str, target: str, member: bytes, blocks: list[str | Xml] | None = None) -> bytes:
    """A .docx whose main part relates to ``target`` (a part of ``kind`` holding ``member``)."""
    rels = _relationships(f'<Relationship Id="rId90" Type="{_REL}{kind}" Target="{target}"/>')
    return build_docx(
        blocks or [_BODY], extra={f"word/{target}": member}, replace={"word/_rels/document.xml.rels": rels}
    )


def _word_part(root: str, content: str) -> bytes:
    return f'{_DECLARATION}<w:{root} xmlns:w="{_W}">{content}</w:{root}>'.encode()


def _split_field_code() -> bytes:
    pieces = [f' HYPERLINK "tel:{PHONE[:4]}', f'{PHONE[4:]}" \\o "{ID_NUMBER[:10]}', f'{ID_NUMBER[10:]}" ']
    code = "".join(f'<w:r><w:instrText xml:space="preserve">{piece}</w:instrText></w:r>' for piece in pieces)
    return build_docx(
        [
            _BODY,
            Xml(
                f'<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>{code}'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>联系我们</w:t></w:r>'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
            ),
        ]
    )


def _simple_field() -> bytes:
    instruction = f" HYPERLINK &quot;tel:{_references(PHONE)}&quot; \\o &quot;{ID_NUMBER}&quot; "
    return build_docx(
        [
            _BODY,
            Xml(f'<w:p><w:fldSimple w:instr="{instruction}"><w:r><w:t>点此</w:t></w:r></w:fldSimple></w:p>'),
        ]
    )


def _legacy_form_field() -> bytes:
    data = (
        f'<w:ffData><w:name w:val="T1"/><w:textInput><w:default w:val="{PHONE}"/></w:textInput>'
        f'<w:helpText w:type="text" w:val="{ID_NUMBER}"/></w:ffData>'
    )
    return build_docx(
        [
            _BODY,
            Xml(
                f'<w:p><w:r><w:fldChar w:fldCharType="begin">{data}</w:fldChar></w:r>'
                "<w:r><w:instrText> FORMTEXT </w:instrText></w:r>"
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>填写</w:t></w:r>'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
            ),
        ]
    )


def _content_control_list() -> bytes:
    control = (
        f'<w:sdt><w:sdtPr><w:comboBox><w:listItem w:displayText="{PHONE}" w:value="{ID_NUMBER}"/>'
        "</w:comboBox></w:sdtPr><w:sdtContent><w:p><w:r><w:t>请选择</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )
    return build_docx([_BODY, Xml(control)])


def _bound_custom_xml() -> bytes:
    """A content control bound to a custom XML part (Word shows the part's value when it opens)."""
    store = "{11111111-2222-3333-4444-555555555555}"
    control = (
        f'<w:sdt><w:sdtPr><w:dataBinding w:xpath="/root[1]/phone[1]" w:storeItemID="{store}"/></w:sdtPr>'
        "<w:sdtContent><w:p><w:r><w:t>电话见附件</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )
    item = (
        '<?xml version="1.0" encoding="UTF-16"?>'
        f"<root><phone>{PHONE}</phone><id>{_references(ID_NUMBER)}</id></root>"
    )
    return build_docx([_BODY, Xml(control)], extra={"customXml/item1.xml": item.encode("utf-16")})


def _glossary() -> bytes:
    part = (
        '<w:docParts><w:docPart><w:docPartPr><w:name w:val="DefaultPlaceholder"/></w:docPartPr>'
        f"<w:docPartBody><w:p><w:r><w:t>{SHOWN}</w:t></w:r></w:p></w:docPartBody></w:docPart></w:docParts>"
    )
    return _related("glossaryDocument", "glossary/document.xml", _word_part("glossaryDocument", part))


def _document_variables() -> bytes:
    variables = (
        f'<w:docVars><w:docVar w:name="phone" w:val="{PHONE}"/>'
        f'<w:docVar w:name="id" w:val="{ID_NUMBER}"/></w:docVars>'
    )
    field = field_paragraph(" DOCVARIABLE phone ", "见变量")
    return _related("settings", "settings.xml", _word_part("settings", variables), [_BODY, field])


def _numbering() -> bytes:
    levels = (
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        f'<w:lvlText w:val="{PHONE} {ID_NUMBER} %1"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    item = Xml(
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        "<w:r><w:t>条目</w:t></w:r></w:p>"
    )
    return _related("numbering", "numbering.xml", _word_part("numbering", levels), [_BODY, item])


def _link_target() -> bytes:
    encoded = quote(PHONE)
    rels = _relationships(
        f'<Relationship Id="rId99" Type="{_REL}hyperlink" Target="tel:%2B86{encoded}" TargetMode="External"/>'
    )
    link = Xml(
        f'<w:p><w:hyperlink r:id="rId99" w:tooltip="{ID_NUMBER}">'
        "<w:r><w:t>联系我们</w:t></w:r></w:hyperlink></w:p>"
    )
    return build_docx([_BODY, link], replace={"word/_rels/document.xml.rels": rels})


def _web_link() -> bytes:
    rels = _relationships(
        f'<Relationship Id="rId99" Type="{_REL}hyperlink" Target="https://example.cn/cx?sfzh={ID_NUMBER}'
        f'&amp;dh={PHONE}" TargetMode="External"/>'
    )
    link = Xml('<w:p><w:hyperlink r:id="rId99"><w:r><w:t>查询结果</w:t></w:r></w:hyperlink></w:p>')
    return build_docx([_BODY, link], replace={"word/_rels/document.xml.rels": rels})


def _footnote_separator() -> bytes:
    notes = _word_part(
        "footnotes",
        f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:t>{SHOWN}</w:t></w:r>'
        "<w:r><w:separator/></w:r></w:p></w:footnote>",
    )
    return build_docx([_BODY], footnotes=["脚注"], replace={"word/footnotes.xml": notes})


def _fallback() -> bytes:
    """Content whose mc:Fallback (what older readers and text extractors show) is not its mc:Choice."""
    alternate = (
        '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:t>见附件</w:t></mc:Choice>'
        f"<mc:Fallback><w:t>{SHOWN}</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )
    return build_docx([_BODY, Xml(alternate)])


def _custom_properties() -> str:
    return (
        f"{_DECLARATION}<Properties "
        'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="联系电话">'
        f"<vt:i8>{PHONE}</vt:i8></property>"
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="证件">'
        f"<vt:lpwstr>{escape(ID_NUMBER)}</vt:lpwstr></property></Properties>"
    )


def _number_properties() -> bytes:
    return build_docx([_BODY], extra={"docProps/custom.xml": _custom_properties().encode()})


DOCX_PLACES: dict[str, tuple[Callable[[], bytes], str]] = {
    "field code split over runs": (_split_field_code, "field-code"),
    "simple field's code, as references": (_simple_field, "field-code"),
    "legacy form field default and help": (_legacy_form_field, "form-field"),
    "content control list items": (_content_control_list, "content-control"),
    "custom XML bound to a content control": (_bound_custom_xml, "custom-xml"),
    "glossary document (building blocks)": (_glossary, "glossary"),
    "document variables": (_document_variables, "document-variable"),
    "list numbering text": (_numbering, "numbering"),
    "link target and tooltip": (_link_target, "link+attribute"),
    "web link's query string": (_web_link, "link"),
    "footnote separator": (_footnote_separator, "footnote"),
    "fallback of alternate content": (_fallback, "body"),
    "custom property as a number": (_number_properties, "metadata"),
}


# --- workbooks ------------------------------------------------------------------------------------

_SHEET_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml."
CONTENT_TYPES = (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_SHEET_TYPE}sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_SHEET_TYPE}worksheet+xml"/>'
    f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_SHEET_TYPE}sharedStrings+xml"/></Types>'
)
_HEADINGS = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'


def _workbook(extra: dict[str, str], sheet_relationships: str = "", strings: str = "") -> bytes:
    """A one-sheet workbook (表1: 项目, 说明) with ``extra`` members and relationships of the sheet."""
    members = {name: text.encode() for name, text in extra.items()}
    members["[Content_Types].xml"] = CONTENT_TYPES.encode()
    if sheet_relationships:
        members["xl/worksheets/_rels/sheet1.xml.rels"] = (
            f'<Relationships xmlns="{_PACKAGE_RELATIONSHIPS}">{sheet_relationships}</Relationships>'
        ).encode()
    return raw_xlsx(
        _HEADINGS, shared_strings_xml=f"<si><t>项目</t></si><si><t>说明</t></si>{strings}", extra=members
    )


def _unused_shared_string() -> bytes:
    return _workbook({}, strings=f"<si><t>{SHOWN}</t></si>")


def _threaded_comment() -> bytes:
    comments = (
        '<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">'
        '<threadedComment ref="A1" dT="2024-01-01T00:00:00" personId="{1}" id="{2}">'
        f"<text>{SHOWN}</text></threadedComment></ThreadedComments>"
    )
    link = (
        '<Relationship Id="rId7" Type="http://schemas.microsoft.com/office/2017/10/relationships/'
        'threadedComment" Target="../threadedComments/threadedComment1.xml"/>'
    )
    return _workbook({"xl/threadedComments/threadedComment1.xml": comments}, link)


def _table_columns() -> bytes:
    table = (
        f'<table xmlns="{_SHEET_MAIN}" id="1" name="T1" displayName="T1" ref="A1:B2">'
        f'<tableColumns count="2"><tableColumn id="1" name="{PHONE}"/>'
        f'<tableColumn id="2" name="{ID_NUMBER}"/>'
        "</tableColumns></table>"
    )
    link = f'<Relationship Id="rId8" Type="{_REL}table" Target="../tables/table1.xml"/>'
    return _workbook({"xl/tables/table1.xml": table}, link)


def _external_link() -> bytes:
    """Another workbook's values, cached for a formula that refers to it; the link is the workbook's."""
    cache = (
        f'<externalLink xmlns="{_SHEET_MAIN}"><externalBook><sheetNames><sheetName val="名单"/></sheetNames>'
        '<sheetDataSet><sheetData sheetId="0"><row r="1">'
        f'<cell r="A1" t="str"><v>{ID_NUMBER}</v></cell><cell r="B1"><v>{PHONE}</v></cell>'
        "</row></sheetData></sheetDataSet></externalBook></externalLink>"
    )
    data = _workbook({"xl/externalLinks/externalLink1.xml": cache})

    def link(found: dict[str, bytes]) -> None:
        entry = (
            f'<Relationship Id="rId9" Type="{_REL}externalLink" Target="externalLinks/externalLink1.xml"/>'
        )
        replace_in(found, "xl/_rels/workbook.xml.rels", "</Relationships>", f"{entry}</Relationships>")

    return rezipped(data, link)


def _defined_name_comment() -> bytes:
    def name(found: dict[str, bytes]) -> None:
        defined = (
            f'<definedNames><definedName name="联系" comment="{PHONE}" description="{ID_NUMBER}">'
            "表1!$A$1</definedName></definedNames>"
        )
        workbook = found["xl/workbook.xml"].decode().replace("</sheets>", f"</sheets>{defined}")
        found["xl/workbook.xml"] = workbook.encode()

    return rezipped(_workbook({}), name)


def _form_controls() -> bytes:
    """A label drawn in VML (not well-formed: ``<br>``) and a drop-down list's items."""
    label = (
        '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:x="urn:schemas-microsoft-com:office:excel">'
        f'<v:shape id="_x0000_s1025" type="#_x0000_t202"><v:textbox><div><font>电话{PHONE}<br>'
        '</font></div></v:textbox><x:ClientData ObjectType="Label"/></v:shape></xml>'
    )
    items = (
        '<formControlPr xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" '
        f'objectType="Drop"><itemLst><item val="{ID_NUMBER}"/></itemLst></formControlPr>'
    )
    links = (
        f'<Relationship Id="rId9" Type="{_REL}vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>'
        f'<Relationship Id="rId10" Type="{_REL}ctrlProp" Target="../ctrlProps/ctrlProp1.xml"/>'
    )
    return _workbook({"xl/drawings/vmlDrawing1.vml": label, "xl/ctrlProps/ctrlProp1.xml": items}, links)


def _scenario() -> bytes:
    """A what-if scenario (the Scenario Manager shows its comment and values)."""

    def scenario(found: dict[str, bytes]) -> None:
        scenarios = (
            f'<scenarios current="0"><scenario name="方案一" count="1" comment="联系人电话{PHONE}">'
            f'<inputCells r="B1" val="{ID_NUMBER}"/></scenario></scenarios>'
        )
        sheet = found["xl/worksheets/sheet1.xml"].decode().replace("</sheetData>", f"</sheetData>{scenarios}")
        found["xl/worksheets/sheet1.xml"] = sheet.encode()

    return rezipped(_workbook({}), scenario)


def _number_property_workbook() -> bytes:
    return _workbook({"docProps/custom.xml": _custom_properties()})


def sheet_named_with_a_phone() -> bytes:
    return rezipped(
        _workbook({}),
        lambda found: found.update(
            {"xl/workbook.xml": found["xl/workbook.xml"].replace("表1".encode(), f"张三{PHONE}".encode())}
        ),
    )


XLSX_PLACES: dict[str, tuple[Callable[[], bytes], str]] = {
    "shared string no cell uses": (_unused_shared_string, "unused-string"),
    "threaded comment without a note": (_threaded_comment, "threaded-comment"),
    "table column names": (_table_columns, "table-column"),
    "external link cache": (_external_link, "external-link"),
    "custom property as a number": (_number_property_workbook, "metadata"),
    "defined name's comment": (_defined_name_comment, "defined-name"),
    "form control label and list items": (_form_controls, "form-control"),
    "what-if scenario": (_scenario, "scenario"),
}


def rezipped(data: bytes, edit: Callable[[dict[str, bytes]], None]) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        found = {name: archive.read(name) for name in archive.namelist()}
    edit(found)
    return zip_members(found)


def replace_in(found: dict[str, bytes], member: str, old: str, new: str, count: int = -1) -> None:
    """In the text of the archive member ``member`` (of :func:`rezipped`'s ``found``), ``old`` becomes
    ``new`` (every one, or the first ``count``): a probe's markup put beside an element the package has."""
    found[member] = found[member].decode().replace(old, new, count).encode()


# --- PDF ------------------------------------------------------------------------------------------


def pdf_edited(edit: Callable[[Any], None]) -> bytes:
    """A one-page PDF edited by ``edit`` (given a pypdf writer)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(build_pdf([["关于开展工作的通知", "正文"]]))))
    edit(writer)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def _name(value: str) -> Any:
    from pypdf.generic import NameObject

    return NameObject(value)


def _annotation(writer: Any, entries: dict[str, Any]) -> Any:
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject

    rect = ArrayObject([FloatObject(value) for value in (0, 0, 10, 10)])
    fields = {_name("/Type"): _name("/Annot"), _name("/Rect"): rect}
    return writer._add_object(DictionaryObject({**fields, **{_name(k): v for k, v in entries.items()}}))


def _pdf_links() -> bytes:
    from pypdf.generic import ArrayObject, DictionaryObject, TextStringObject

    def edit(writer: Any) -> None:
        links = [
            _annotation(
                writer,
                {
                    "/Subtype": _name("/Link"),
                    "/A": DictionaryObject(
                        {_name("/S"): _name("/URI"), _name("/URI"): TextStringObject(target)}
                    ),
                },
            )
            for target in (f"tel:{PHONE}", f"mailto:office@example.cn?subject={ID_NUMBER}")
        ]
        writer.pages[0][_name("/Annots")] = ArrayObject(links)

    return pdf_edited(edit)


def _pdf_comment_details() -> bytes:
    from pypdf.generic import ArrayObject, TextStringObject

    def edit(writer: Any) -> None:
        note = {
            "/Subtype": _name("/Text"),
            "/Contents": TextStringObject("见附件"),
            "/T": TextStringObject(f"联系人{PHONE}"),
            "/RC": TextStringObject(f"<body><p>身份证{ID_NUMBER}</p></body>"),
        }
        writer.pages[0][_name("/Annots")] = ArrayObject([_annotation(writer, note)])

    return pdf_edited(edit)


def _pdf_stamp() -> bytes:
    """A stamp whose appearance draws the values (no /Contents: only what it draws shows them)."""
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject

    def edit(writer: Any) -> None:
        page = writer.pages[0]
        font = page["/Resources"]["/Font"]["/F1"]
        drawn = "".join(f"{ord(char):04X}" for char in SHOWN)
        appearance = DecodedStreamObject()
        appearance.set_data(f"BT /F1 10 Tf 2 5 Td <{drawn}> Tj ET".encode())
        box = ArrayObject([FloatObject(value) for value in (0, 0, 250, 20)])
        resources = DictionaryObject({_name("/Font"): DictionaryObject({_name("/F1"): font})})
        appearance.update(
            {_name("/Type"): _name("/XObject"), _name("/Subtype"): _name("/Form"), _name("/BBox"): box}
        )
        appearance[_name("/Resources")] = resources
        shown = DictionaryObject({_name("/N"): writer._add_object(appearance)})
        stamp = _annotation(writer, {"/Subtype": _name("/Stamp"), "/AP": shown})
        page[_name("/Annots")] = ArrayObject([stamp])

    return pdf_edited(edit)


def _pdf_bookmarks() -> bytes:
    def edit(writer: Any) -> None:
        for title in (f"电话{PHONE}", f"身份证{ID_NUMBER}"):
            writer.add_outline_item(title=title, page_number=0)

    return pdf_edited(edit)


def _pdf_xmp() -> bytes:
    from pypdf.generic import DecodedStreamObject

    packet = (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:xmp="http://ns.adobe.com/xap/1.0/"><xmp:CreateDate>2024-01-01T12:00:00+08:00</xmp:CreateDate>'
        f"<dc:creator><rdf:Seq><rdf:li>{PHONE}</rdf:li></rdf:Seq></dc:creator>"
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{ID_NUMBER}</rdf:li></rdf:Alt>'
        "</dc:description>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
    )

    def edit(writer: Any) -> None:
        stream = DecodedStreamObject()
        stream.set_data(packet.encode())
        stream.update({_name("/Type"): _name("/Metadata"), _name("/Subtype"): _name("/XML")})
        writer._root_object[_name("/Metadata")] = writer._add_object(stream)

    return pdf_edited(edit)


def _pdf_panes() -> bytes:
    """A layer named with the phone number, and an attached file named with the ID number."""
    from pypdf.generic import ArrayObject, DictionaryObject, TextStringObject

    def edit(writer: Any) -> None:
        layer = DictionaryObject(
            {_name("/Type"): _name("/OCG"), _name("/Name"): TextStringObject(f"电话{PHONE}")}
        )
        group = writer._add_object(layer)
        shown = DictionaryObject({_name("/ON"): ArrayObject([group])})
        properties = {_name("/OCGs"): ArrayObject([group]), _name("/D"): shown}
        writer._root_object[_name("/OCProperties")] = DictionaryObject(properties)
        writer.add_attachment(f"身份证{ID_NUMBER}.txt", "附件".encode())

    return pdf_edited(edit)


def _pdf_other_information() -> bytes:
    return build_pdf([["关于开展工作的通知"]], info={"Contact": PHONE, "Creator": ID_NUMBER})


def _pdf_older_version() -> bytes:
    """A PDF saved again incrementally: the page's new text replaces the old, which stays in the file."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject

    original = build_pdf([["关于开展工作的通知", SHOWN]])
    writer = PdfWriter(io.BytesIO(original), incremental=True)
    replacement = PdfReader(io.BytesIO(build_pdf([["关于开展工作的通知", "已删除"]])))
    content = DecodedStreamObject()
    content.set_data(replacement.pages[0].get_contents().get_data())
    writer.pages[0][_name("/Contents")] = writer._add_object(content)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


PDF_PLACES: dict[str, tuple[Callable[[], bytes], str]] = {
    "link targets": (_pdf_links, "link"),
    "comment author and rich text": (_pdf_comment_details, "annotation"),
    "bookmarks": (_pdf_bookmarks, "bookmark"),
    "stamp's appearance": (_pdf_stamp, "annotation"),
    "XMP metadata": (_pdf_xmp, "metadata"),
    "layer and attachment names": (_pdf_panes, "metadata"),
    "document information beyond title and author": (_pdf_other_information, "metadata"),
    "older version of an incremental save": (_pdf_older_version, "older-version"),
}


# --- HTML -----------------------------------------------------------------------------------------


def _html(body: Callable[[], str], head: Callable[[], str] = str) -> Callable[[], bytes]:
    """A page builder; ``body`` and ``head`` make their markup when the page is built (with the values
    of the moment: a test may write them otherwise)."""

    def build() -> bytes:
        return (
            f'<!doctype html><html><head><meta charset="utf-8"><title>通知</title>{head()}</head>'
            f"<body><p>关于开展工作的通知</p>{body()}</body></html>"
        ).encode()

    return build


HTML_PLACES: dict[str, tuple[Callable[[], bytes], str]] = {
    "template content": (_html(lambda: f"<template><p>{SHOWN}</p></template>"), "body"),
    "iframe srcdoc": (_html(lambda: f'<iframe srcdoc="&lt;p&gt;{SHOWN}&lt;/p&gt;"></iframe>'), "attribute"),
    "data attributes": (
        _html(lambda: f'<div data-phone="{PHONE}" data-id="{_references(ID_NUMBER)}">联系</div>'),
        "attribute",
    ),
    "style sheet content": (
        _html(lambda: '<p class="x">联系</p>', lambda: f'<style>.x::after {{ content: "{SHOWN}"; }}</style>'),
        "attribute",
    ),
    "URL query string and image path": (
        _html(
            lambda: (
                f'<a href="/cx?sfzh={quote(ID_NUMBER)}&amp;dh={quote(PHONE)}">查询</a>'
                f'<img src="/zp/{PHONE}.jpg" alt="照片">'
            )
        ),
        "link",
    ),
    "Open Graph description": (
        _html(str, lambda: f'<meta property="og:description" content="{SHOWN}">'),
        "metadata",
    ),
}
