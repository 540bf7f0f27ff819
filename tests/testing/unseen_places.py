"""More places that hide a private mobile number and an ID number where Word, Excel or a viewer shows them
only in a dialog or pane (session 9): a .docx's bookmark names and extended properties; a workbook's cell
and table styles' names, data connections, query tables, phonetic guides, defined names' own names and
the list of its parts in ``docProps/app.xml``.

The values are taken from ``hidden_places`` when a file is built, so that a test may write them otherwise.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

from tests.testing import hidden_places
from tests.testing.docx_builder import Xml, build_docx, paragraph
from tests.testing.hidden_places import CONTENT_TYPES, ID_NUMBER, PHONE, pdf_edited, replace_in, rezipped
from tests.testing.xlsx_builder import raw_xlsx

_SHEET_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_APP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"


def _values() -> tuple[str, str]:
    return hidden_places.PHONE, hidden_places.ID_NUMBER


def _app_properties(entries: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="{_APP}" '
        f'xmlns:vt="{_VT}">{entries}</Properties>'
    ).encode()


# --- .docx ----------------------------------------------------------------------------------------


def _bookmarks() -> bytes:
    """Bookmarks named with the values (Insert > Bookmark lists them), one used by an internal link."""
    phone, id_number = _values()
    return build_docx(
        [
            paragraph("关于开展工作的通知"),
            Xml(
                f'<w:p><w:bookmarkStart w:id="1" w:name="电话{phone}"/><w:r><w:t>联系方式</w:t></w:r>'
                f'<w:bookmarkEnd w:id="1"/><w:bookmarkStart w:id="2" w:name="证件{id_number}"/>'
                '<w:bookmarkEnd w:id="2"/><w:bookmarkStart w:id="3" w:name="_Toc123456789"/>'
                '<w:bookmarkEnd w:id="3"/></w:p>'
            ),
            Xml(f'<w:p><w:hyperlink w:anchor="电话{phone}"><w:r><w:t>见上文</w:t></w:r></w:hyperlink></w:p>'),
        ]
    )


def _extended_properties() -> bytes:
    """The titles of the parts and the hyperlinks Word keeps in ``docProps/app.xml`` (File > Info and
    Windows show them), and a template named with the ID number."""
    phone, id_number = _values()
    entries = (
        f"<Template>{id_number}.dotm</Template>"
        '<TitlesOfParts><vt:vector size="1" baseType="lpstr">'
        f"<vt:lpstr>联系人电话{phone}</vt:lpstr></vt:vector></TitlesOfParts>"
        '<HLinks><vt:vector size="6" baseType="variant"><vt:variant><vt:i4>6553674</vt:i4></vt:variant>'
        "<vt:variant><vt:i4>0</vt:i4></vt:variant><vt:variant><vt:i4>0</vt:i4></vt:variant>"
        "<vt:variant><vt:i4>5</vt:i4></vt:variant>"
        f"<vt:variant><vt:lpwstr>tel:{phone}</vt:lpwstr></vt:variant>"
        f"<vt:variant><vt:lpwstr>sfzh{id_number}</vt:lpwstr></vt:variant></vt:vector></HLinks>"
    )
    return build_docx([paragraph("关于开展工作的通知")], extra={"docProps/app.xml": _app_properties(entries)})


DOCX_UNSEEN: dict[str, tuple[Callable[[], bytes], str]] = {
    "bookmark names": (_bookmarks, "bookmark"),
    "extended properties: template, titles of parts, hyperlinks": (_extended_properties, "metadata"),
}


# --- workbooks ------------------------------------------------------------------------------------

_HEADINGS = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
_STRINGS = "<si><t>项目</t></si><si><t>说明</t></si>"


def _with_part(data: bytes, kind: str, target: str, content: str) -> bytes:
    """``data`` with ``xl/<target>`` related to the workbook as ``kind``."""

    def add(found: dict[str, bytes]) -> None:
        entry = f'<Relationship Id="rId{50 + len(found)}" Type="{_REL}{kind}" Target="{target}"/>'
        rels = found["xl/_rels/workbook.xml.rels"].decode()
        rels = rels.replace("</Relationships>", f"{entry}</Relationships>")
        found["xl/_rels/workbook.xml.rels"] = rels.encode()
        found[f"xl/{target}"] = content.encode()

    return rezipped(data, add)


def _workbook(rows: str = "", strings: str = "") -> bytes:
    types = {"[Content_Types].xml": CONTENT_TYPES.encode()}
    return raw_xlsx(f"{_HEADINGS}{rows}", shared_strings_xml=f"{_STRINGS}{strings}", extra=types)


def _style_names() -> bytes:
    """A cell style (Home > Cell Styles) and a table style named with the values."""
    phone, id_number = _values()
    styles = (
        f'<styleSheet xmlns="{_SHEET_MAIN}"><fonts count="1"><font/></fonts>'
        '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
        '<cellXfs count="1"><xf xfId="0"/></cellXfs><cellStyles count="2">'
        f'<cellStyle name="Normal" xfId="0" builtinId="0"/><cellStyle name="联系人{phone}" xfId="0"/>'
        f'</cellStyles><tableStyles count="1" defaultTableStyle="TableStyleMedium2">'
        f'<tableStyle name="证件{id_number}" count="0"/></tableStyles></styleSheet>'
    )
    return _with_part(_workbook(), "styles", "styles.xml", styles)


def _connection() -> bytes:
    """A data connection (Data > Connections > Properties shows its description and connection string)."""
    phone, id_number = _values()
    connections = (
        f'<connections xmlns="{_SHEET_MAIN}"><connection id="1" name="名单查询" '
        f'description="联系人{phone}" type="1" refreshedVersion="6">'
        f'<dbPr connection="DSN=rk;UID={id_number}" command="SELECT * FROM t"/></connection></connections>'
    )
    return _with_part(_workbook(), "connections", "connections.xml", connections)


def _query_table() -> bytes:
    """A query table named with the ID number and a field named with the mobile number."""
    phone, id_number = _values()
    query = (
        f'<queryTable xmlns="{_SHEET_MAIN}" name="查询{id_number}" connectionId="1">'
        '<queryTableRefresh nextId="2"><queryTableFields count="1">'
        f'<queryTableField id="1" name="电话{phone}" tableColumnId="1"/></queryTableFields>'
        "</queryTableRefresh></queryTable>"
    )
    member = "xl/queryTables/queryTable1.xml"
    return rezipped(_workbook(), lambda found: found.update({member: query.encode()}))


def _phonetic_guides() -> bytes:
    """Phonetic guides (Home > Show Phonetic Field) over a shared string and an inline string."""
    phone, id_number = _values()
    rows = (
        '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="inlineStr"><is><t>备注</t>'
        f'<rPh sb="0" eb="2"><t>{id_number}</t></rPh></is></c></row>'
    )
    guide = f'<si><t>说明文字</t><rPh sb="0" eb="2"><t>电话{phone}</t></rPh><phoneticPr fontId="0"/></si>'
    return _workbook(rows, guide)


def _titles_of_parts() -> bytes:
    """``docProps/app.xml`` listing a sheet and a name the workbook no longer has."""
    phone, id_number = _values()
    entries = (
        '<TitlesOfParts><vt:vector size="3" baseType="lpstr"><vt:lpstr>表1</vt:lpstr>'
        f"<vt:lpstr>张三{phone}</vt:lpstr><vt:lpstr>表1!证件{id_number}</vt:lpstr></vt:vector></TitlesOfParts>"
    )
    return rezipped(_workbook(), lambda found: found.update({"docProps/app.xml": _app_properties(entries)}))


XLSX_UNSEEN: dict[str, tuple[Callable[[], bytes], str]] = {
    "cell and table style names": (_style_names, "style-name"),
    "data connection": (_connection, "connection"),
    "query table": (_query_table, "connection"),
    "phonetic guides": (_phonetic_guides, "phonetic"),
    "titles of parts in docProps/app.xml": (_titles_of_parts, "metadata"),
}


def range_named_with_values() -> bytes:
    """A defined name named with the mobile number (formulas use it by that name) and one with the ID."""
    phone, id_number = _values()

    def name(found: dict[str, bytes]) -> None:
        defined = (
            f'<definedNames><definedName name="电话{phone}">表1!$A$1</definedName>'
            f'<definedName name="证件{id_number}">表1!$B$1</definedName></definedNames>'
        )
        workbook = found["xl/workbook.xml"].decode().replace("</sheets>", f"</sheets>{defined}")
        found["xl/workbook.xml"] = workbook.encode()

    return rezipped(_workbook(), name)


# --- HTML -----------------------------------------------------------------------------------------


def _page(head: Callable[[], str] = str, body: Callable[[], str] = str) -> Callable[[], bytes]:
    def build() -> bytes:
        return (
            f'<!doctype html><html><head><meta charset="utf-8"><title>通知</title>{head()}</head>'
            f"<body><p>关于开展工作的通知</p>{body()}</body></html>"
        ).encode()

    return build


def _escaped(value: str) -> str:
    """``value`` with its first character written as a JavaScript escape."""
    return f"\\u{ord(value[0]):04x}{value[1:]}"


def _script_strings() -> str:
    phone, id_number = _values()
    return (
        f"<script>var tip = '联系电话' + \"{_escaped(phone)}\";\n"
        f"if (/[\"']/.test(tip)) {{ document.write(`<p>身份证${{tip}}{id_number}</p>`); }}</script>"
    )


def _script_comment() -> str:
    phone, id_number = _values()
    return f"<script>// 联系人 {phone}\nvar shown = 1; /* 证件 {id_number} */</script>"


def _style_sheet() -> str:
    phone, id_number = _values()
    return (
        f'<style>/* 联系人 {phone} */ q {{ quotes: "身份证{id_number}" "»"; }}</style>'
        f"<style>.zp {{ background: url(/zp/{phone}.jpg) }}</style>"
    )


def _data_urls() -> str:
    page = base64.b64encode(f"<p>{hidden_places.SHOWN}</p>".encode()).decode()
    svg = f"<svg xmlns='http://www.w3.org/2000/svg'><text>{hidden_places.SHOWN}</text></svg>"
    return (
        f'<img src="data:image/svg+xml;utf8,{svg}" alt="图">'
        f'<iframe src="data:text/html;base64,{page}"></iframe>'
    )


def _srcset_and_background() -> str:
    phone, id_number = _values()
    return (
        f'<img srcset="/zp/{id_number}_{phone}.jpg 2x" alt="照片">'
        f'<table><tr><td background="/bg/{id_number}_{phone}.png">底图</td></tr></table>'
    )


HTML_UNSEEN: dict[str, tuple[Callable[[], bytes], str]] = {
    "script's string and template literals": (_page(body=_script_strings), "script-data"),
    "script's comments": (_page(head=_script_comment), "script-data"),
    "script holding an HTML template": (
        _page(body=lambda: f'<script type="text/template"><p>{hidden_places.SHOWN}</p></script>'),
        "script-data",
    ),
    "style sheet's strings, comments and URLs": (_page(head=_style_sheet), "attribute"),
    "data: URLs of an SVG and of a page (base64)": (_page(body=_data_urls), "attribute"),
    "srcset and background attributes": (_page(body=lambda: _srcset_and_background()), "link"),
    "style attribute's url()": (
        _page(body=lambda: "<div style=\"background:url('/zp/{}_{}.jpg')\">照片</div>".format(*_values())),
        "link",
    ),
}


# --- PDF ------------------------------------------------------------------------------------------


def _pdf_document_javascript() -> bytes:
    """A named document script (run on opening: an alert shows its string) and a comment in it."""
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

    phone, id_number = _values()

    def edit(writer: Any) -> None:
        script = f'app.alert("联系电话{phone}"); // 证件 {id_number}\n'
        action = DictionaryObject(
            {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject(script)}
        )
        tree = DictionaryObject(
            {NameObject("/Names"): ArrayObject([TextStringObject("init"), writer._add_object(action)])}
        )
        names = DictionaryObject({NameObject("/JavaScript"): writer._add_object(tree)})
        writer._root_object[NameObject("/Names")] = writer._add_object(names)

    return pdf_edited(edit)


def _pdf_field_script() -> bytes:
    """A form field whose format script writes the values (a stream, as Acrobat stores long scripts)."""
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject, TextStringObject

    phone, id_number = _values()

    def edit(writer: Any) -> None:
        stream = DecodedStreamObject()
        stream.set_data(f"event.value = '{phone}' + \"/{id_number}\";".encode())
        action = DictionaryObject(
            {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): writer._add_object(stream)}
        )
        field = DictionaryObject(
            {
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/T"): TextStringObject("联系"),
                NameObject("/AA"): DictionaryObject({NameObject("/F"): action}),
            }
        )
        form = DictionaryObject({NameObject("/Fields"): ArrayObject([writer._add_object(field)])})
        writer._root_object[NameObject("/AcroForm")] = writer._add_object(form)

    return pdf_edited(edit)


def _pdf_destinations() -> bytes:
    """Named destinations (Acrobat's Destinations pane lists their names)."""
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NullObject, TextStringObject

    phone, id_number = _values()

    def edit(writer: Any) -> None:
        target = ArrayObject([writer.pages[0].indirect_reference, NameObject("/XYZ"), NullObject()])
        pairs = [TextStringObject(f"电话{phone}"), target, TextStringObject(f"证件{id_number}"), target]
        tree = DictionaryObject({NameObject("/Names"): ArrayObject(pairs)})
        names = DictionaryObject({NameObject("/Dests"): writer._add_object(tree)})
        writer._root_object[NameObject("/Names")] = writer._add_object(names)

    return pdf_edited(edit)


def _pdf_web_link() -> bytes:
    """A web link whose query string holds the values (the status bar shows it on hover)."""
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, TextStringObject

    phone, id_number = _values()

    def edit(writer: Any) -> None:
        uri = TextStringObject(f"https://example.cn/cx?sfzh={id_number}&dh={phone}")
        action = DictionaryObject({NameObject("/S"): NameObject("/URI"), NameObject("/URI"): uri})
        link = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Link"),
                NameObject("/Rect"): ArrayObject([FloatObject(value) for value in (0, 0, 10, 10)]),
                NameObject("/A"): action,
            }
        )
        writer.pages[0][NameObject("/Annots")] = ArrayObject([writer._add_object(link)])

    return pdf_edited(edit)


PDF_UNSEEN: dict[str, tuple[Callable[[], bytes], str]] = {
    "document JavaScript": (_pdf_document_javascript, "script-data"),
    "form field's format script": (_pdf_field_script, "script-data"),
    "named destinations": (_pdf_destinations, "bookmark"),
    "web link's query string": (_pdf_web_link, "link"),
}


# --- OFD ------------------------------------------------------------------------------------------


def _ofd(
    document_extra: Callable[[], str] = str, page_extra: Callable[[], str] = str, **options: Any
) -> bytes:
    """A one-page .ofd with ``document_extra`` at the end of its Document.xml and ``page_extra`` at the
    end of its page's Page element."""
    from tests.testing.ofd_builder import build_ofd

    data = build_ofd([["关于开展工作的通知"]], **options)

    def edit(found: dict[str, bytes]) -> None:
        replace_in(found, "Doc_0/Document.xml", "</ofd:Document>", f"{document_extra()}</ofd:Document>")
        replace_in(found, "Doc_0/Pages/Page_0/Content.xml", "</ofd:Page>", f"{page_extra()}</ofd:Page>")

    return rezipped(data, edit)


def _ofd_outline() -> bytes:
    phone, id_number = _values()
    return _ofd(
        lambda: (
            f'<ofd:Outlines><ofd:OutlineElem Title="联系人{phone}"><ofd:OutlineElem Title="证件{id_number}"/>'
            "</ofd:OutlineElem></ofd:Outlines>"
        )
    )


def _ofd_bookmarks() -> bytes:
    phone, id_number = _values()
    return _ofd(
        lambda: (
            f'<ofd:Bookmarks><ofd:Bookmark Name="电话{phone}"><ofd:Dest Type="XYZ" PageID="100"/>'
            f'</ofd:Bookmark><ofd:Bookmark Name="证件{id_number}"><ofd:Dest Type="XYZ" PageID="100"/>'
            "</ofd:Bookmark></ofd:Bookmarks>"
        )
    )


def _ofd_link() -> bytes:
    phone, id_number = _values()
    return _ofd(
        page_extra=lambda: (
            '<ofd:Actions><ofd:Action Event="CLICK"><ofd:Region><ofd:Area Start="0 0">'
            f'<ofd:Line Point1="1 1"/></ofd:Area></ofd:Region><ofd:URI URI="https://example.cn/cx?sfzh={id_number}&amp;dh={phone}"/>'
            "</ofd:Action></ofd:Actions>"
        )
    )


def _ofd_attachment_name() -> bytes:
    phone, id_number = _values()
    return _ofd(attachments={f"电话{phone}身份证{id_number}.txt": "附件".encode()})


OFD_UNSEEN: dict[str, tuple[Callable[[], bytes], str]] = {
    "outline entries": (_ofd_outline, "bookmark"),
    "bookmarks": (_ofd_bookmarks, "bookmark"),
    "link action's target": (_ofd_link, "link"),
    "attachment's name": (_ofd_attachment_name, "metadata"),
}


def _number_format(escaped: bool = False) -> bytes:
    """A number format whose literal text every cell of its style shows (``"电话…"@``; ``escaped``: each
    character of the values escaped, ``\\1\\3…``)."""
    phone, id_number = _values()
    literal = f"&quot;电话{phone} 证件{id_number}&quot;"
    if escaped:
        literal = "".join(f"\\{char}" for char in f"{phone} {id_number}")
    styles = (
        f'<styleSheet xmlns="{_SHEET_MAIN}"><numFmts count="1"><numFmt numFmtId="164" '
        f'formatCode="{literal}@"/></numFmts><fonts count="1"><font/></fonts>'
        '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
        '<cellXfs count="2"><xf xfId="0"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
    )
    rows = '<row r="2"><c r="A2" s="1" t="s"><v>2</v></c></row>'
    return _with_part(_workbook(rows, "<si><t>备注</t></si>"), "styles", "styles.xml", styles)


def escaped_number_format() -> bytes:
    return _number_format(escaped=True)


def named_member(suffix: str) -> bytes:
    """A .docx or .xlsx with a member whose name holds the mobile number and the ID number."""
    phone, id_number = _values()
    data = build_docx([paragraph("关于开展工作的通知")]) if suffix == ".docx" else _workbook()
    name = f"customXml/电话{phone}身份证{id_number}.xml"
    return rezipped(data, lambda found: found.update({name: b"<a/>"}))


XLSX_UNSEEN["number format's literal text"] = (_number_format, "number-format")


# --- CSV ------------------------------------------------------------------------------------------


def csv_formula() -> bytes:
    """Fields a spreadsheet opens as formulas joining literals: it shows the values whole."""
    phone, id_number = _values()
    halves = (phone[:3], phone[3:]), (id_number[:6], id_number[6:])
    joined = [f'"=""{first}""&""{second}"""' for first, second in halves]
    return f"项目,说明\n联系电话,{joined[0]}\n证件,{joined[1]}\n".encode()


CSV_UNSEEN: dict[str, tuple[Callable[[], bytes], str]] = {
    "fields that are formulas joining literals": (csv_formula, "formula"),
}


def _pdf_xfa() -> bytes:
    """An XFA form (Adobe Reader shows it instead of the AcroForm): a value in its data and a default in
    its template."""
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject, TextStringObject

    phone, id_number = _values()
    packets = {
        "template": (
            '<template xmlns="http://www.xfa.org/schema/xfa-template/3.3/"><subform name="form1">'
            '<field name="zj"><caption><value><text>证件</text></value></caption>'
            f"<value><text>{id_number}</text></value></field></subform></template>"
        ),
        "datasets": (
            '<xfa:datasets xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/"><xfa:data><form1>'
            f"<dh>{phone}</dh></form1></xfa:data></xfa:datasets>"
        ),
        "config": '<config xmlns="http://www.xfa.org/schema/xci/3.1/"><present><pdf/></present></config>',
    }

    def edit(writer: Any) -> None:
        entries: list[Any] = []
        for name, xml in packets.items():
            stream = DecodedStreamObject()
            stream.set_data(xml.encode())
            entries += [TextStringObject(name), writer._add_object(stream)]
        form = DictionaryObject(
            {NameObject("/Fields"): ArrayObject(), NameObject("/XFA"): ArrayObject(entries)}
        )
        writer._root_object[NameObject("/AcroForm")] = writer._add_object(form)

    return pdf_edited(edit)


PDF_UNSEEN["XFA form's data and template"] = (_pdf_xfa, "form-field")


def _pdf_field_name() -> bytes:
    """Form fields named with the values behind a tooltip (form editing shows the names)."""
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

    def edit(writer: Any) -> None:
        fields = [
            DictionaryObject(
                {
                    NameObject("/FT"): NameObject("/Tx"),
                    NameObject("/T"): TextStringObject(name),
                    NameObject("/TU"): TextStringObject("联系方式"),
                    NameObject("/V"): TextStringObject("已填"),
                }
            )
            for name in (f"电话{_values()[0]}", f"证件{_values()[1]}")
        ]
        form = DictionaryObject({NameObject("/Fields"): ArrayObject([writer._add_object(f) for f in fields])})
        writer._root_object[NameObject("/AcroForm")] = writer._add_object(form)

    return pdf_edited(edit)


PDF_UNSEEN["form fields' names"] = (_pdf_field_name, "form-field")


# --- Markdown -------------------------------------------------------------------------------------


def _references(value: str) -> str:
    return "".join(f"&#{ord(char)};" for char in value)


MD_UNSEEN: dict[str, Callable[[], bytes]] = {
    "tags and a comment inside the numbers": lambda: (
        f"# 通知\n\n电话{PHONE[:3]}<span></span>{PHONE[3:7]}<!-- 分隔 -->{PHONE[7:]},"
        f"身份证{ID_NUMBER[:6]}<b>{ID_NUMBER[6:]}</b>。\n"
    ).encode(),
    "character references": lambda: (
        f"# 通知\n\n电话{_references(PHONE[:4])}{PHONE[4:]},"
        f"身份证&#x{ord(ID_NUMBER[0]):x};{ID_NUMBER[1:]}。\n"
    ).encode(),
    "percent-encoded link targets": lambda: (
        f"# 通知\n\n[联系我们](tel:{''.join(f'%{ord(char):02X}' for char in PHONE)}) "
        f"[查询](https://example.cn/cx?sfzh=%{ord(ID_NUMBER[0]):02X}{ID_NUMBER[1:]})\n"
    ).encode(),
    "emphasis inside the numbers": lambda: (
        f"# 通知\n\n电话{PHONE[:3]}*{PHONE[3:7]}*{PHONE[7:]},身份证{ID_NUMBER[:6]}~~{ID_NUMBER[6:14]}~~"
        f"{ID_NUMBER[14:]}。\n"
    ).encode(),
}


def _word_styles_and_controls() -> bytes:
    """A paragraph style named with the mobile number (its id the name, as Word writes a new style's) and a
    content control tagged with the ID number."""
    phone, id_number = _values()
    style = f"电话{phone}"
    styles = (
        '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f'<w:style w:type="paragraph" w:styleId="{style}"><w:name w:val="{style}"/></w:style></w:styles>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId91" Type="{_REL}styles" Target="styles.xml"/></Relationships>'
    )
    blocks = [
        paragraph("关于开展工作的通知"),
        Xml(f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>正文</w:t></w:r></w:p>'),
        Xml(
            f'<w:sdt><w:sdtPr><w:tag w:val="证件{id_number}"/></w:sdtPr><w:sdtContent><w:p><w:r>'
            "<w:t>请填写</w:t></w:r></w:p></w:sdtContent></w:sdt>"
        ),
    ]
    return build_docx(
        blocks,
        extra={"word/styles.xml": styles.encode()},
        replace={"word/_rels/document.xml.rels": rels.encode()},
    )


DOCX_UNSEEN["style names and content control tags"] = (
    _word_styles_and_controls,
    "style-name+content-control",
)
