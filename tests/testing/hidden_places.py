"""Documents that hide a private mobile number and an ID number in one place each, where Word, Excel, a
viewer or a search engine shows it but the page does not: field codes, content controls and the custom
XML they bind to, building blocks, document variables, list numbering, link targets, separators, fallbacks,
custom properties (as numbers too), sheet names, threaded comments, unused shared strings.

``DOCX_PLACES`` / ``XLSX_PLACES``: name -> (what builds the file, the parts the findings name, "+" between).
"""

from __future__ import annotations

from collections.abc import Callable
from xml.sax.saxutils import escape

from tests.testing.docx_builder import Xml, build_docx, field_paragraph, paragraph
from tests.testing.xlsx_builder import resident_id

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
    encoded = "".join(f"%{ord(char):02X}" for char in PHONE)
    rels = _relationships(
        f'<Relationship Id="rId99" Type="{_REL}hyperlink" Target="tel:%2B86{encoded}" TargetMode="External"/>'
    )
    link = Xml(
        f'<w:p><w:hyperlink r:id="rId99" w:tooltip="{ID_NUMBER}">'
        "<w:r><w:t>联系我们</w:t></w:r></w:hyperlink></w:p>"
    )
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


def _number_properties() -> bytes:
    custom = (
        f"{_DECLARATION}<Properties "
        'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="联系电话">'
        f"<vt:i8>{PHONE}</vt:i8></property>"
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="证件">'
        f"<vt:lpwstr>{escape(ID_NUMBER)}</vt:lpwstr></property></Properties>"
    )
    return build_docx([_BODY], extra={"docProps/custom.xml": custom.encode()})


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
    "footnote separator": (_footnote_separator, "footnote"),
    "fallback of alternate content": (_fallback, "body"),
    "custom property as a number": (_number_properties, "metadata"),
}
