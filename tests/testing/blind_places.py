"""Places that session 10 closed, each hiding a private mobile number and an ID number where Excel or Word
shows it in a pane or dialog: comments' authors, threaded comments' persons, a shared workbook's user
name, the folder a workbook was saved in, slicers' and timelines' captions.

The values are taken from ``hidden_places`` when a file is built, so that a test may write them otherwise.
"""

from __future__ import annotations

import base64
import io
import json
import re
import struct
import zipfile
import zlib
from collections.abc import Callable

from tests.testing import hidden_places
from tests.testing.cfb import compound_file
from tests.testing.docx_builder import Xml, build_docx, paragraph
from tests.testing.hidden_places import CONTENT_TYPES, replace_in, rezipped
from tests.testing.xlsx_builder import raw_xlsx

_SHEET_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_OFFICE_REL = "http://schemas.microsoft.com/office/"
_X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"
_X15 = "http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"
_HEADINGS = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
_STRINGS = "<si><t>项目</t></si><si><t>说明</t></si>"


def _values() -> tuple[str, str]:
    return hidden_places.PHONE, hidden_places.ID_NUMBER


def _workbook() -> bytes:
    return raw_xlsx(
        _HEADINGS, shared_strings_xml=_STRINGS, extra={"[Content_Types].xml": CONTENT_TYPES.encode()}
    )


def _related(
    owner: str, kind: str, target: str, member: str, content: str
) -> Callable[[dict[str, bytes]], None]:
    """An edit adding ``member`` related to ``owner`` (the workbook or a sheet) as ``kind``."""

    def edit(found: dict[str, bytes]) -> None:
        directory, _, name = owner.rpartition("/")
        rels = f"{directory}/_rels/{name}.rels"
        entry = f'<Relationship Id="rId{60 + len(found)}" Type="{kind}" Target="{target}"/>'
        existing = found.get(
            rels,
            b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b"</Relationships>",
        )
        found[rels] = existing.decode().replace("</Relationships>", f"{entry}</Relationships>").encode()
        found[member] = content.encode()

    return edit


def _edited(*edits: Callable[[dict[str, bytes]], None]) -> bytes:
    data = _workbook()
    for edit in edits:
        data = rezipped(data, edit)
    return data


def _in_workbook(before_sheets: str) -> Callable[[dict[str, bytes]], None]:
    def edit(found: dict[str, bytes]) -> None:
        replace_in(found, "xl/workbook.xml", "<sheets>", f"{before_sheets}<sheets>", 1)

    return edit


def _comment_authors() -> bytes:
    """A note whose authors (the status bar and the note's header show them) hold the values."""
    phone, id_number = _values()
    comments = (
        f'<comments xmlns="{_SHEET_MAIN}"><authors><author>张三{phone}</author><author>{id_number}</author>'
        '</authors><commentList><comment ref="A1" authorId="0"><text><t>请核对</t></text></comment>'
        '<comment ref="B1" authorId="1"><text><t>已核</t></text></comment></commentList></comments>'
    )
    sheet = "xl/worksheets/sheet1.xml"
    return _edited(_related(sheet, f"{_REL}comments", "../comments1.xml", "xl/comments1.xml", comments))


def _threaded_persons() -> bytes:
    """The persons of threaded comments (the comment pane shows their names; the id is an address)."""
    phone, id_number = _values()
    persons = (
        '<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">'
        f'<person displayName="张三{phone}" id="{{1}}" userId="{id_number}@example.cn" providerId="None"/>'
        "</personList>"
    )
    kind = f"{_OFFICE_REL}2017/10/relationships/person"
    return _edited(_related("xl/workbook.xml", kind, "persons/person.xml", "xl/persons/person.xml", persons))


def _shared_user() -> bytes:
    """A workbook reserved by a user (the open dialog says who): ``fileSharing``'s user name."""
    phone, id_number = _values()
    return _edited(_in_workbook(f'<fileSharing readOnlyRecommended="1" userName="张三{phone} {id_number}"/>'))


def _saved_folder() -> bytes:
    """The folder the workbook was last saved in (``x15ac:absPath``, which Excel writes on saving)."""
    phone, id_number = _values()
    path = (
        '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<mc:Choice Requires="x15"><x15ac:absPath '
        'xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac" '
        f'url="D:\\名单\\{phone}\\{id_number}\\"/></mc:Choice></mc:AlternateContent>'
    )
    return _edited(_in_workbook(path))


def _slicer(caption: str, name: str = "项目") -> bytes:
    slicers = (
        f'<slicers xmlns="{_X14}"><slicer name="{name}" cache="Slicer_项目" caption="{caption}" '
        'rowHeight="241300"/></slicers>'
    )
    sheet = "xl/worksheets/sheet1.xml"
    kind = f"{_OFFICE_REL}2007/relationships/slicer"
    return _edited(_related(sheet, kind, "../slicers/slicer1.xml", "xl/slicers/slicer1.xml", slicers))


def _slicer_caption() -> bytes:
    """A slicer whose caption (its header, on the sheet) holds the values."""
    phone, id_number = _values()
    return _slicer(f"联系人{phone} 证件{id_number}")


def _timeline_caption() -> bytes:
    phone, id_number = _values()
    timelines = (
        f'<timelines xmlns="{_X15}"><timeline name="日期" cache="NativeTimeline_日期" '
        f'caption="联系人{phone} 证件{id_number}" level="2" selectionLevel="2"/></timelines>'
    )
    sheet = "xl/worksheets/sheet1.xml"
    kind = f"{_OFFICE_REL}2011/relationships/timeline"
    return _edited(
        _related(sheet, kind, "../timelines/timeline1.xml", "xl/timelines/timeline1.xml", timelines)
    )


def slicer_named_with_values() -> bytes:
    """A slicer whose name (formulas and the drawing use it) holds the values."""
    phone, id_number = _values()
    return _slicer("项目", f"电话{phone}证件{id_number}")


def _change_history() -> bytes:
    """A shared workbook's change history: a cell's old value (the mobile number) and a sheet's old name
    (the ID number), which Review > Track Changes lists."""
    phone, id_number = _values()
    revisions = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    headers = (
        f'<headers xmlns="{revisions}" xmlns:r="{_REL[:-1]}" guid="{{0}}" lastGuid="{{1}}" shared="1" '
        'history="1" revisionId="2" version="2"><header guid="{1}" dateTime="2024-01-01T00:00:00" '
        'maxSheetId="2" userName="李四" r:id="rId1"><sheetIdMap count="1"><sheetId val="1"/></sheetIdMap>'
        "</header></headers>"
    )
    log = (
        f'<revisions xmlns="{revisions}"><rcc rId="1" sId="1"><oc r="B2" t="inlineStr"><is><t>电话{phone}</t>'
        '</is></oc><nc r="B2" t="inlineStr"><is><t>已删除</t></is></nc></rcc>'
        f'<rsnm rId="2" sId="1" oldName="证件{id_number}" newName="表1"/></revisions>'
    )

    def add(found: dict[str, bytes]) -> None:
        kind = f"{_REL}revisionHeaders"
        _related(
            "xl/workbook.xml",
            kind,
            "revisions/revisionHeaders.xml",
            "xl/revisions/revisionHeaders.xml",
            headers,
        )(found)
        _related(
            "xl/revisions/revisionHeaders.xml",
            f"{_REL}revisionLog",
            "revisionLog1.xml",
            "xl/revisions/revisionLog1.xml",
            log,
        )(found)

    return _edited(add)


XLSX_BLIND: dict[str, tuple[Callable[[], bytes], str]] = {
    "shared workbook's change history": (_change_history, "revision"),
    "comments' authors": (_comment_authors, "author"),
    "threaded comments' persons": (_threaded_persons, "author"),
    "shared workbook's user name": (_shared_user, "author"),
    "folder the workbook was saved in": (_saved_folder, "folder"),
    "slicer's caption": (_slicer_caption, "slicer"),
    "timeline's caption": (_timeline_caption, "slicer"),
}


# --- .docx ----------------------------------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"


def _word_settings(settings: str, links: str) -> bytes:
    """A .docx whose settings part holds ``settings`` and relates to ``links`` (external targets)."""
    rels = (
        f'<Relationships xmlns="{_PACKAGE_RELS}">'
        f'<Relationship Id="rId90" Type="{_REL}settings" Target="settings.xml"/></Relationships>'
    )
    settings_part = f'<w:settings xmlns:w="{_W}" xmlns:r="{_R}">{settings}</w:settings>'
    settings_rels = f'<Relationships xmlns="{_PACKAGE_RELS}">{links}</Relationships>'
    return build_docx(
        [paragraph("关于开展工作的通知")],
        extra={
            "word/settings.xml": settings_part.encode(),
            "word/_rels/settings.xml.rels": settings_rels.encode(),
        },
        replace={"word/_rels/document.xml.rels": rels.encode()},
    )


def _attached_template() -> bytes:
    """The attached template's path (Developer > Document Template shows it): the author's user folder."""
    phone, id_number = _values()
    target = f"file:///C:\\Users\\{phone}\\{id_number}\\模板.dotm"
    link = f'<Relationship Id="rId1" Type="{_REL}attachedTemplate" Target="{target}" TargetMode="External"/>'
    return _word_settings('<w:attachedTemplate r:id="rId1"/>', link)


def _mail_merge() -> bytes:
    """A mail merge's data source (a path) and its query (Mailings > Edit Recipient List)."""
    phone, id_number = _values()
    target = f"file:///D:\\名单\\{id_number}.xlsx"
    link = f'<Relationship Id="rId2" Type="{_REL}mailMergeSource" Target="{target}" TargetMode="External"/>'
    merge = (
        '<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:dataType w:val="native"/>'
        f'<w:connectString w:val="Provider=Microsoft.ACE.OLEDB.12.0;User ID={phone};"/>'
        '<w:query w:val="SELECT * FROM `名单$`"/><w:dataSource r:id="rId2"/></w:mailMerge>'
    )
    return _word_settings(merge, link)


def _word_people() -> bytes:
    """A tracked insertion by an author named with the mobile number, and an editing exception (Restrict
    Editing) for a person whose address holds the ID number."""
    phone, id_number = _values()
    return build_docx(
        [
            paragraph("关于开展工作的通知"),
            Xml(
                f'<w:p><w:ins w:id="1" w:author="张三{phone}" w:date="2024-01-01T00:00:00Z"><w:r>'
                "<w:t>新增</w:t></w:r></w:ins></w:p>"
            ),
            Xml(
                f'<w:p><w:permStart w:id="2" w:ed="{id_number}@example.cn"/><w:r><w:t>可编辑</w:t></w:r>'
                '<w:permEnd w:id="2"/></w:p>'
            ),
        ]
    )


def _smart_tag() -> bytes:
    """A smart tag (Word marks a telephone number so) whose properties hold the values."""
    phone, id_number = _values()
    return build_docx(
        [
            paragraph("关于开展工作的通知"),
            Xml(
                '<w:p><w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="phone">'
                f'<w:smartTagPr><w:attr w:name="number" w:val="{phone}"/>'
                f'<w:attr w:name="id" w:val="{id_number}"/>'
                "</w:smartTagPr><w:r><w:t>联系电话</w:t></w:r></w:smartTag></w:p>"
            ),
        ]
    )


DOCX_BLIND: dict[str, tuple[Callable[[], bytes], str]] = {
    "smart tag's properties": (_smart_tag, "attribute"),
    "tracked change's author and an editing exception's person": (_word_people, "author"),
    "attached template's path": (_attached_template, "link"),
    "mail merge's data source and connection": (_mail_merge, "link"),
}


# --- Power Query ----------------------------------------------------------------------------------


def _sized(data: bytes) -> bytes:
    return struct.pack("<I", len(data)) + data


def data_mashup(entered: bool = False) -> bytes:
    """A workbook with a Power Query query whose M code holds the values as literals (or, ``entered``,
    a table typed into the editor: deflated JSON in base64), in a ``DataMashup`` custom XML part."""
    phone, id_number = _values()
    if entered:
        deflater = zlib.compressobj(wbits=-15)
        rows = json.dumps([["联系人", phone], ["证件", id_number]], ensure_ascii=False).encode()
        table = base64.b64encode(deflater.compress(rows) + deflater.flush()).decode()
        decoded = f'Binary.Decompress(Binary.FromText("{table}", BinaryEncoding.Base64), Compression.Deflate)'
        source = f"Table.FromRows(Json.Document({decoded}))"
    else:
        source = f'#table({{"电话", "证件"}}, {{{{"{phone}", "{id_number}"}}}})'
    code = f"section Section1;\r\n\r\nshared 名单 = let\r\n    源 = {source}\r\nin\r\n    源;"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        package.writestr("Config/Package.xml", "<Package/>")
        package.writestr("Formulas/Section1.m", code.encode("utf-8-sig"))
    metadata_xml = (
        b"<LocalPackageMetadataFile><Items><Item><ItemLocation><ItemType>Formula</ItemType>"
        b"<ItemPath>Section1/%E5%90%8D%E5%8D%95</ItemPath></ItemLocation><StableEntries>"
        b'<Entry Type="FillEnabled" Value="l1"/></StableEntries></Item></Items></LocalPackageMetadataFile>'
    )
    metadata = struct.pack("<I", 0) + _sized(metadata_xml) + _sized(b"")
    binary = (
        struct.pack("<I", 0)
        + _sized(buffer.getvalue())
        + _sized(b"<Permissions/>")
        + _sized(metadata)
        + _sized(b"")
    )
    item = (
        '<?xml version="1.0" encoding="utf-16"?><DataMashup xmlns="http://schemas.microsoft.com/DataMashup">'
        f"{base64.b64encode(binary).decode()}</DataMashup>"
    ).encode("utf-16")
    kind = f"{_REL}customXml"

    def add(found: dict[str, bytes]) -> None:
        _related("xl/workbook.xml", kind, "../customXml/item1.xml", "customXml/item1.xml", "")(found)
        found["customXml/item1.xml"] = item

    return _edited(add)


def _custom_xml_part() -> bytes:
    """A custom XML part in UTF-16 (a SharePoint library's columns: the document panel shows them)."""
    phone, id_number = _values()
    properties = (
        '<?xml version="1.0" encoding="utf-16"?>'
        '<p:properties xmlns:p="http://schemas.microsoft.com/office/2006/metadata/properties">'
        f"<documentManagement><联系电话>{phone}</联系电话><证件号>{id_number}</证件号></documentManagement>"
        "</p:properties>"
    )
    kind = f"{_REL}customXml"

    def add(found: dict[str, bytes]) -> None:
        _related("xl/workbook.xml", kind, "../customXml/item1.xml", "customXml/item1.xml", "")(found)
        found["customXml/item1.xml"] = properties.encode("utf-16")

    return _edited(add)


XLSX_BLIND["custom XML part"] = (_custom_xml_part, "custom-xml")


# --- VBA ------------------------------------------------------------------------------------------


def _compressed(data: bytes) -> bytes:
    """An MS-OVBA compressed container of literal tokens only (one chunk: up to 3,500 bytes)."""
    assert len(data) <= 3500
    tokens = b"".join(b"\x00" + data[start : start + 8] for start in range(0, len(data), 8))
    header = (len(tokens) + 2 - 3) | 0xB000
    return b"\x01" + struct.pack("<H", header) + tokens


def _record(kind: int, data: bytes) -> bytes:
    return struct.pack("<HI", kind, len(data)) + data


def vba_project(source: str, compiled: bytes = b"", forms: dict[str, bytes] | None = None) -> bytes:
    """A vbaProject.bin with one module whose source is ``source`` (after 8 bytes of compiled code, or
    ``compiled``), in code page 936, and the streams of ``forms`` (a form's designer streams)."""
    performance = compiled or bytes(8)
    directory = (
        _record(0x0003, struct.pack("<H", 936))
        + struct.pack("<HIIH", 0x0009, 4, 1, 0)  # PROJECTVERSION: its size says 4, 6 bytes follow
        + _record(0x000F, struct.pack("<H", 1))
        + _record(0x0019, b"Module1")
        + _record(0x001A, b"Module1")
        + _record(0x0032, "Module1".encode("utf-16-le"))
        + _record(0x0031, struct.pack("<I", len(performance)))
        + _record(0x002B, b"")
        + _record(0x0010, b"")
    )
    module = performance + _compressed(f'Attribute VB_Name = "Module1"\r\n{source}'.encode("gb18030"))
    streams = {"dir": _compressed(directory), "Module1": module, "PROJECT": b'Name="VBAProject"'}
    return compound_file({**streams, **(forms or {})})


def workbook_with_rows(rows: str, *edits: Callable[[dict[str, bytes]], None]) -> bytes:
    """The one-sheet workbook with ``rows`` added to its sheet, edited by ``edits``."""

    def add(found: dict[str, bytes]) -> None:
        replace_in(found, "xl/worksheets/sheet1.xml", "</sheetData>", f"{rows}</sheetData>")

    return _edited(add, *edits)


def workbook_with_macro(source: str, compiled: bytes = b"", rows: str = "") -> bytes:
    def add(found: dict[str, bytes]) -> None:
        kind = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"
        _related("xl/workbook.xml", kind, "vbaProject.bin", "xl/vbaProject.bin", "")(found)
        found["xl/vbaProject.bin"] = vba_project(source, compiled)

    return workbook_with_rows(rows, add)


def macro_source() -> str:
    phone, id_number = _values()
    return (
        f'\' 联系人 张三 {phone}\r\nSub 填写()\r\n    Range("B2").Value = "证件" & "{id_number}"\r\n'
        "End Sub\r\n"
    )


# --- CSV ------------------------------------------------------------------------------------------


def _csv_field(formula: str) -> str:
    return '"' + formula.replace('"', '""') + '"'


def csv_computed() -> bytes:
    """Fields a spreadsheet opens as formulas that build the values from characters' codes and calls."""
    phone, id_number = _values()
    phone_formula = f'=UNICHAR({ord(phone[0])})&CONCAT("{phone[1:5]}",T("{phone[5:]}"))'
    id_formula = (
        f'=CONCATENATE(UNICHAR({ord(id_number[0])}),("{id_number[1:9]}"&TEXT("{id_number[9:]}","@")))'
    )
    return f"项目,说明\n联系电话,{_csv_field(phone_formula)}\n证件,{_csv_field(id_formula)}\n".encode()


CSV_BLIND: dict[str, tuple[Callable[[], bytes], str]] = {
    "fields that compute characters and call text functions": (csv_computed, "formula"),
}


# --- HTML -----------------------------------------------------------------------------------------


def html_code() -> bytes:
    """A page whose style sheet selects by a class named with the mobile number and whose script names a
    variable with the ID number: code, outside strings and comments."""
    phone, id_number = _values()
    return (
        '<!doctype html><html><head><meta charset="utf-8"><title>通知</title>'
        f"<style>.u{phone} {{ color: #136e2a }}</style></head><body><p>关于开展工作的通知</p>"
        f"<script>var zp{id_number} = 1; var ratio = 0.13987654321;</script></body></html>"
    ).encode()


# --- Markdown -------------------------------------------------------------------------------------

MD_BLIND: dict[str, Callable[[], bytes]] = {
    "numbers run on into the next line (a soft break)": lambda: (
        f"# 通知\n\n联系电话{hidden_places.PHONE[:7]}\n{hidden_places.PHONE[7:]},"
        f"身份证{hidden_places.ID_NUMBER[:14]}\n{hidden_places.ID_NUMBER[14:]}。\n"
    ).encode(),
    "numbers split by hard breaks in a quote and a list": lambda: (
        f"# 通知\n\n> 联系电话{hidden_places.PHONE[:3]}  \n> {hidden_places.PHONE[3:]}\n\n"
        f"- 身份证{hidden_places.ID_NUMBER[:6]}\\\n  {hidden_places.ID_NUMBER[6:]}\n"
    ).encode(),
}


# --- PDF ------------------------------------------------------------------------------------------


def _saved_again(data: bytes, text: str) -> bytes:
    """``data`` with an incremental update appended, as a PDF editor writes it: a new content stream drawing
    ``text`` and the first page's dictionary again, pointing at it; the old content stays in the file."""
    from pypdf import PdfReader
    from pypdf.generic import IndirectObject, NameObject

    from tests.testing.pdf_builder import build_pdf

    reader = PdfReader(io.BytesIO(data))
    page = reader.pages[0]
    assert page.indirect_reference is not None
    number = int(reader.trailer["/Size"])
    content = PdfReader(io.BytesIO(build_pdf([["关于开展工作的通知", text]]))).pages[0].get_contents()
    assert content is not None
    drawn = content.get_data()
    page[NameObject("/Contents")] = IndirectObject(number, 0, reader)
    written = io.BytesIO()
    page.write_to_stream(written)
    stream_at = len(data)
    stream = (
        f"{number} 0 obj\n<< /Length {len(drawn)} >>\nstream\n".encode() + drawn + b"\nendstream\nendobj\n"
    )
    page_at = stream_at + len(stream)
    page_number = page.indirect_reference.idnum
    page_object = f"{page_number} 0 obj\n".encode() + written.getvalue() + b"\nendobj\n"
    xref_at = page_at + len(page_object)
    previous = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    root = reader.trailer.raw_get("/Root")
    xref = (
        f"xref\n0 1\n0000000000 65535 f \n{page_number} 1\n{page_at:010d} 00000 n \n"
        f"{number} 1\n{stream_at:010d} 00000 n \ntrailer\n<< /Size {number + 1} /Root {root.idnum} 0 R "
        f"/Prev {previous} >>\nstartxref\n{xref_at}\n%%EOF\n"
    )
    return data + stream + page_object + xref.encode()


def pdf_saved_many_times(saves: int = 5) -> bytes:
    """A PDF whose first save's page showed the values, saved again ``saves - 1`` times incrementally, each
    time with new text: the first save is further back than the earlier saves read alone."""
    from tests.testing.pdf_builder import build_pdf

    data = build_pdf([["关于开展工作的通知", hidden_places.SHOWN]])
    for save in range(1, saves):
        data = _saved_again(data, f"第{save}次修改")
    return data


PDF_BLIND: dict[str, tuple[Callable[[], bytes], str]] = {
    "a first save further back than the earlier saves read alone": (pdf_saved_many_times, "older-version"),
}


# --- ActiveX --------------------------------------------------------------------------------------


def activex_control(caption: str, value: str) -> str:
    """A Forms 2.0 text box saved as a property bag."""
    return (
        '<ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX" '
        'ax:classid="{8BD21D10-EC42-11CE-9E0D-00AA006002F3}" ax:persistence="persistPropertyBag">'
        f'<ax:ocxPr ax:name="Caption" ax:value="{caption}"/><ax:ocxPr ax:name="Value" ax:value="{value}"/>'
        '<ax:ocxPr ax:name="BackColor" ax:value="2147483653"/></ax:ocx>'
    )


def _sheet_activex() -> bytes:
    phone, id_number = _values()
    control = activex_control(f"联系人{phone}", id_number)
    return workbook_with_rows("", lambda found: found.update({"xl/activeX/activeX1.xml": control.encode()}))


def _page_activex() -> bytes:
    phone, id_number = _values()
    control = activex_control(f"联系人{phone}", id_number)
    return build_docx(
        [paragraph("关于开展工作的通知")], extra={"word/activeX/activeX1.xml": control.encode()}
    )


XLSX_BLIND["ActiveX control's caption and value"] = (_sheet_activex, "form-control")
DOCX_BLIND["ActiveX control's caption and value"] = (_page_activex, "form-field")


def _html_labels() -> bytes:
    """A list's option and group labels (the drop-down shows them), a download's file name, a track's
    label and a microdata property's content."""
    phone, id_number = _values()
    return (
        '<!doctype html><html><head><meta charset="utf-8"><title>通知</title></head><body>'
        f'<p>关于开展工作的通知</p><select><optgroup label="联系人{phone}"><option label="证件{id_number}" '
        'value="1">一</option></optgroup></select>'
        f'<a href="/f.pdf" download="电话{phone}.pdf">下载</a>'
        f'<video><track label="证件{id_number}" src="a.vtt"></video>'
        f'<span itemprop="telephone" content="{phone}">电话</span></body></html>'
    ).encode()


def _svg_cdata() -> bytes:
    """An SVG's text written as a CDATA section (a browser shows it as written)."""
    return (
        '<!doctype html><html><head><meta charset="utf-8"><title>通知</title></head><body>'
        f"<p>关于开展工作的通知</p><svg><text><![CDATA[{hidden_places.SHOWN}]]></text></svg></body></html>"
    ).encode()


HTML_BLIND: dict[str, tuple[Callable[[], bytes], str]] = {
    "an SVG's CDATA section": (_svg_cdata, "body"),
    "labels of options, groups and tracks, a download's name, microdata content": (
        _html_labels,
        "attribute+metadata",
    ),
}
