"""Places that session 11 closed, each hiding a private mobile number and an ID number where Excel, Word, a
PDF or OFD reader or a browser shows it: shapes' names (the Selection Pane), conditional formats, filters'
criteria and custom sort lists, protected ranges' titles, custom views' names; a PDF signature's signer
fields and certificate, an earlier save's annotation, form value and document information; an OFD
signature's provider and seal; a script's URL, a meta refresh's target, a closed dialog after a ruby's
text; Markdown escapes and soft hyphens between the digits of a number.

``*_VIEWS``: name -> (what builds the file, the parts the findings name, "+" between). The values are taken
from ``hidden_places`` when a file is built, so that a test may write them otherwise.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable

from tests.testing import hidden_places
from tests.testing.blind_places import vba_project, workbook_with_rows
from tests.testing.docx_builder import Xml, build_docx, paragraph
from tests.testing.hidden_places import _related, _word_part, pdf_edited, replace_in, rezipped

_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
_SPREADSHEET_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main"
_SHEET_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
Places = dict[str, tuple[Callable[[], bytes], str]]


def _values() -> tuple[str, str]:
    return hidden_places.PHONE, hidden_places.ID_NUMBER


# --- workbooks ------------------------------------------------------------------------------------


def _after_cells(xml: str) -> Callable[[dict[str, bytes]], None]:
    def edit(found: dict[str, bytes]) -> None:
        replace_in(found, "xl/worksheets/sheet1.xml", "</sheetData>", f"</sheetData>{xml}")

    return edit


def _relationships(identifier: str, kind: str, target: str) -> bytes:
    return (
        f'<Relationships xmlns="{_PACKAGE_RELATIONSHIPS}"><Relationship Id="{identifier}" '
        f'Type="{_REL}/{kind}" Target="{target}"/></Relationships>'
    ).encode()


def _sheet_part(found: dict[str, bytes], element: str, identifier: str, kind: str, part: str) -> None:
    """The sheet refers by ``element`` (after its cells, ``r:id`` = ``identifier``) to ``part`` (under
    ``xl/``), a relationship of ``kind``; the caller writes the part."""
    sheet = found["xl/worksheets/sheet1.xml"].decode()
    sheet = sheet.replace("<worksheet ", f'<worksheet xmlns:r="{_REL}" ', 1)
    found["xl/worksheets/sheet1.xml"] = sheet.replace("</sheetData>", f"</sheetData>{element}").encode()
    found["xl/worksheets/_rels/sheet1.xml.rels"] = _relationships(identifier, kind, f"../{part}")


def _relationship_added(found: dict[str, bytes], rels: str, identifier: str, kind: str, target: str) -> None:
    """A relationship of the full type ``kind`` added to the part ``rels``."""
    entry = f'<Relationship Id="{identifier}" Type="{kind}" Target="{target}"/>'
    found[rels] = found[rels].decode().replace("</Relationships>", f"{entry}</Relationships>").encode()


def _shape_names() -> bytes:
    """A picture and a shape over the sheet named with the values (Home > Find & Select > Selection Pane)."""
    phone, id_number = _values()

    def shape(number: int, name: str) -> str:
        return (
            "<xdr:twoCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>"
            "<xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff>"
            "<xdr:row>3</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp><xdr:nvSpPr>"
            f'<xdr:cNvPr id="{number}" name="{name}"/><xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr/></xdr:sp>'
            "<xdr:clientData/></xdr:twoCellAnchor>"
        )

    def add(found: dict[str, bytes]) -> None:
        _sheet_part(found, '<drawing r:id="rId9"/>', "rId9", "drawing", "drawings/drawing1.xml")
        found["xl/drawings/drawing1.xml"] = (
            f'<xdr:wsDr xmlns:xdr="{_SPREADSHEET_DRAWING}" xmlns:a="{_DRAWING}">'
            f"{shape(2, f'联系人 {phone}')}{shape(3, f'证件{id_number}')}{shape(4, '矩形 3')}</xdr:wsDr>"
        ).encode()

    return workbook_with_rows("", add)


def _conditional_format() -> bytes:
    """A rule that highlights cells holding a value (Home > Conditional Formatting > Manage Rules)."""
    phone, id_number = _values()
    return workbook_with_rows(
        "",
        _after_cells(
            '<conditionalFormatting sqref="A1:B9"><cfRule type="containsText" priority="1" '
            f'operator="containsText" text="{phone}"><formula>NOT(ISERROR(SEARCH("{phone}",A1)))</formula>'
            '</cfRule><cfRule type="expression" priority="2"><formula>B1="证件'
            f'{id_number}"</formula></cfRule></conditionalFormatting>'
        ),
    )


def _filter_criteria() -> bytes:
    """A column filtered by a typed criterion and by a list of values, and a custom sort list (the filter's
    menu, Data > Sort)."""
    phone, id_number = _values()
    return workbook_with_rows(
        "",
        _after_cells(
            '<autoFilter ref="A1:B9"><filterColumn colId="0"><customFilters><customFilter val="*'
            f'{phone}*"/></customFilters></filterColumn><filterColumn colId="1"><filters><filter val="'
            f'{id_number}"/></filters></filterColumn><sortState ref="A2:B9"><sortCondition ref="A2:A9" '
            f'customList="甲,{phone},乙"/></sortState></autoFilter>'
        ),
    )


def _protected_ranges() -> bytes:
    """Ranges others may edit, titled with the values (Review > Allow Edit Ranges)."""
    phone, id_number = _values()
    return workbook_with_rows(
        "",
        _after_cells(
            f'<protectedRanges><protectedRange sqref="A2" name="联系人{phone}"/>'
            f'<protectedRange sqref="B2" name="证件{id_number}"/></protectedRanges>'
        ),
    )


def _custom_views() -> bytes:
    """Custom views named with the values (View > Custom Views)."""
    phone, id_number = _values()
    views = "".join(
        f'<customWorkbookView name="{name}" guid="{{00000000-0000-0000-0000-00000000000{number}}}" '
        'windowWidth="100" windowHeight="100" activeSheetId="1"/>'
        for number, name in enumerate((f"联系人{phone}", f"证件{id_number}"), start=1)
    )

    def add(found: dict[str, bytes]) -> None:
        replace_in(
            found,
            "xl/workbook.xml",
            "</sheets>",
            f"</sheets><customWorkbookViews>{views}</customWorkbookViews>",
        )

    return workbook_with_rows("", add)


def _table_filter() -> bytes:
    """A table (Insert > Table) filtered by a typed criterion and by a list of values."""
    phone, id_number = _values()

    def add(found: dict[str, bytes]) -> None:
        table = '<tableParts count="1"><tablePart r:id="rId7"/></tableParts>'
        _sheet_part(found, table, "rId7", "table", "tables/table1.xml")
        found["xl/tables/table1.xml"] = (
            f'<table xmlns="{_SHEET_MAIN}" id="1" name="表格1" displayName="表格1" ref="A1:B2">'
            '<autoFilter ref="A1:B2"><filterColumn colId="0"><customFilters><customFilter val="'
            f'{phone}"/></customFilters></filterColumn><filterColumn colId="1"><filters><filter val="'
            f'{id_number}"/></filters></filterColumn></autoFilter><tableColumns count="2">'
            '<tableColumn id="1" name="项目"/><tableColumn id="2" name="说明"/></tableColumns></table>'
        ).encode()

    return workbook_with_rows("", add)


def _picture_in_cell() -> bytes:
    """A picture placed in a cell (Excel 365) whose alternative text holds the values."""
    rich = "http://schemas.microsoft.com/office/spreadsheetml/2017/richdata"

    def add(found: dict[str, bytes]) -> None:
        found["xl/richData/rdrichvalue.xml"] = (
            f'<rvData xmlns="{rich}" count="1"><rv s="0"><v>0</v><v>5</v>'
            f"<v>{hidden_places.SHOWN}</v></rv></rvData>"
        ).encode()
        found["xl/richData/rdrichvaluestructure.xml"] = (
            f'<rvStructures xmlns="{rich}" count="1"><s t="_localImage"><k n="_rvRel:LocalImageIdentifier" '
            't="i"/><k n="CalcOrigin" t="i"/><k n="Text" t="s"/></s></rvStructures>'
        ).encode()

    return workbook_with_rows("", add)


def svg_picture() -> bytes:
    """An SVG picture (Insert > Icons, or an .svg inserted) whose text, title and description hold the
    values; it names a DTD, as drawing programs write."""
    phone, id_number = _values()
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
        '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg xmlns="http://www.w3.org/2000/svg" '
        f'width="300" height="60"><title>名片</title><desc>证件{id_number}</desc><text x="0" y="20">联系人'
        f"<tspan>{phone[:7]}</tspan>{phone[7:]}</text></svg>"
    ).encode()


def _workbook_svg() -> bytes:
    """A picture over the sheet whose SVG (beside its PNG fallback) draws the values."""
    picture = (
        "<xdr:oneCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>"
        '<xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="1" cy="1"/><xdr:pic><xdr:nvPicPr>'
        '<xdr:cNvPr id="2" name="图片 1"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId1"/>'
        "</xdr:blipFill><xdr:spPr/></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>"
    )

    def add(found: dict[str, bytes]) -> None:
        _sheet_part(found, '<drawing r:id="rId9"/>', "rId9", "drawing", "drawings/drawing1.xml")
        found["xl/drawings/drawing1.xml"] = (
            f'<xdr:wsDr xmlns:xdr="{_SPREADSHEET_DRAWING}" xmlns:a="{_DRAWING}" xmlns:r="{_REL}">{picture}'
            "</xdr:wsDr>"
        ).encode()
        found["xl/drawings/_rels/drawing1.xml.rels"] = _relationships("rId1", "image", "../media/image1.svg")
        found["xl/media/image1.svg"] = svg_picture()

    return workbook_with_rows("", add)


def _external_workbook_path() -> bytes:
    """An external link to a workbook whose path holds the values (Data > Edit Links shows it)."""
    phone, id_number = _values()
    kind = f"{_REL}/externalLink"

    def add(found: dict[str, bytes]) -> None:
        target = "externalLinks/externalLink1.xml"
        _relationship_added(found, "xl/_rels/workbook.xml.rels", "rId70", kind, target)
        found["xl/externalLinks/externalLink1.xml"] = (
            f'<externalLink xmlns="{_SHEET_MAIN}" xmlns:r="{_REL}"><externalBook r:id="rId1"><sheetNames>'
            '<sheetName val="表1"/></sheetNames></externalBook></externalLink>'
        ).encode()
        found["xl/externalLinks/_rels/externalLink1.xml.rels"] = (
            f'<Relationships xmlns="{_PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="{kind}Path" '
            f'Target="file:///C:/名单/证件{id_number}_电话{phone}.xlsx" TargetMode="External"/>'
            "</Relationships>"
        ).encode()

    return workbook_with_rows("", add)


_X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"
_XM = "http://schemas.microsoft.com/office/excel/2006/main"


def _extension(uri: str, content: str) -> Callable[[dict[str, bytes]], None]:
    """The sheet with ``content`` in an extension (``extLst``), as Excel 2010 writes its own forms."""

    def edit(found: dict[str, bytes]) -> None:
        sheet = found["xl/worksheets/sheet1.xml"].decode()
        extension = f'<extLst><ext uri="{uri}" xmlns:x14="{_X14}">{content}</ext></extLst>'
        found["xl/worksheets/sheet1.xml"] = sheet.replace("</worksheet>", f"{extension}</worksheet>").encode()

    return edit


def _x14_validation() -> bytes:
    """A drop-down list in Excel 2010's form (its formula in an ``xm:f`` child)."""
    phone, id_number = _values()
    validation = (
        f'<x14:dataValidations xmlns:xm="{_XM}" count="1"><x14:dataValidation type="list" allowBlank="1">'
        f'<x14:formula1><xm:f>"{phone},{id_number}"</xm:f></x14:formula1><xm:sqref>A2</xm:sqref>'
        "</x14:dataValidation></x14:dataValidations>"
    )
    return workbook_with_rows("", _extension("{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}", validation))


def _x14_conditional_format() -> bytes:
    """A conditional format in Excel 2010's form (``x14:cfRule`` with ``xm:f`` formulas)."""
    phone, id_number = _values()
    rule = (
        f'<x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="{_XM}"><x14:cfRule '
        'type="containsText" priority="1" operator="containsText" '
        'id="{00000000-0000-0000-0000-000000000001}">'
        f'<xm:f>NOT(ISERROR(SEARCH("{phone}",A1)))</xm:f><xm:f>"{id_number}"</xm:f></x14:cfRule>'
        "<xm:sqref>A1</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings>"
    )
    return workbook_with_rows("", _extension("{78C0D931-6437-407d-A8EE-F0AAD7539E65}", rule))


def _web_publish_items() -> bytes:
    """A sheet's range and the workbook's sheet published as web pages titled and named with the values
    (File > Save As > Web Page > Publish lists them; the published page shows the title)."""
    phone, id_number = _values()

    def add(found: dict[str, bytes]) -> None:
        found["xl/worksheets/_rels/sheet1.xml.rels"] = _relationships(
            "rId9", "webPublishItems", "../webPublishItems1.xml"
        )
        found["xl/webPublishItems1.xml"] = (
            f'<webPublishItems xmlns="{_SHEET_MAIN}" count="1"><webPublishItem id="1" divId="fb_1" '
            f'sourceType="range" sourceRef="A1:B2" destinationFile="D:\\fb\\{id_number}.htm" '
            f'title="联系人{phone}"/></webPublishItems>'
        ).encode()
        replace_in(
            found,
            "xl/workbook.xml",
            "</workbook>",
            '<webPublishObjects count="1"><webPublishObject id="2" divId="fb_2" sourceObject="表1" '
            f'destinationFile="D:\\fb\\{phone}.htm" title="证件{id_number}"/></webPublishObjects></workbook>',
        )

    return workbook_with_rows("", add)


def sheet_with_code_names() -> bytes:
    """A sheet's and the workbook's VBA code names holding the values (the VBA editor's Properties window
    shows them; macros refer to the sheet by its code name)."""
    phone, id_number = _values()

    def add(found: dict[str, bytes]) -> None:
        sheet = found["xl/worksheets/sheet1.xml"].decode()
        found["xl/worksheets/sheet1.xml"] = re.sub(
            r"(<worksheet\b[^>]*>)", rf'\1<sheetPr codeName="联系人{phone}"/>', sheet, count=1
        ).encode()
        replace_in(found, "xl/workbook.xml", "<sheets>", f'<workbookPr codeName="证件{id_number}"/><sheets>')

    return workbook_with_rows("", add)


XLSX_VIEWS: Places = {
    "web pages published from the workbook": (_web_publish_items, "web-publish"),
    "a drop-down list in Excel 2010's form": (_x14_validation, "data-validation"),
    "a conditional format in Excel 2010's form": (_x14_conditional_format, "conditional-format"),
    "an external workbook's path": (_external_workbook_path, "external-link"),
    "an SVG picture's text": (_workbook_svg, "alt-text"),
    "a table's filter criteria": (_table_filter, "filter"),
    "a picture in a cell's alternative text": (_picture_in_cell, "alt-text"),
    "shapes' names": (_shape_names, "shape-name"),
    "conditional formats' text and literals": (_conditional_format, "conditional-format"),
    "filters' criteria and a custom sort list": (_filter_criteria, "filter"),
    "protected ranges' titles": (_protected_ranges, "protected-range"),
    "custom views' names": (_custom_views, "custom-view"),
}


def form_streams() -> dict[str, bytes]:
    """A UserForm's designer streams (the compound file test writer keeps streams at the root): its caption
    as source text, a control's caption in UTF-16 and a list item in one byte per character."""
    phone, id_number = _values()
    frame = (
        "VERSION 5.00\r\nBegin {C62A69F0-16DC-11CE-9E98-00AA00574A4F} UserForm1\r\n"
        '   Caption = "登记表"\r\nEnd\r\n'
    )
    controls = (
        b"\x00\x02\x30\x00\x05\x80\x00\x00"
        + f"联系人{phone}".encode("utf-16-le")
        + b"\x00\x00\x12\x80\x00\x00"
        + f"ID {id_number}".encode("ascii")
        + bytes(5)
    )
    return {"\x03VBFrame": frame.encode("gb18030"), "f": b"\x00\x04\x18\x00" + bytes(20), "o": controls}


def workbook_with_form() -> bytes:
    """A .xlsm whose macro's only form holds the values (its module holds none)."""

    kind = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"
    source = "Sub 显示()\r\n    UserForm1.Show\r\nEnd Sub\r\n"

    def add(found: dict[str, bytes]) -> None:
        _relationship_added(found, "xl/_rels/workbook.xml.rels", "rId60", kind, "vbaProject.bin")
        found["xl/vbaProject.bin"] = vba_project(source, forms=form_streams())

    return workbook_with_rows("", add)


# --- .docx ----------------------------------------------------------------------------------------


def _docx_shape_names() -> bytes:
    """A picture and a text box named with the values (the Selection Pane lists them)."""
    phone, id_number = _values()

    def drawn(number: int, name: str) -> str:
        return (
            '<w:p><w:r><w:drawing><wp:inline><wp:extent cx="1" cy="1"/>'
            f'<wp:docPr id="{number}" name="{name}"/><a:graphic><a:graphicData uri="x"/></a:graphic>'
            "</wp:inline></w:drawing></w:r></w:p>"
        )

    return build_docx(
        [
            paragraph("关于开展工作的通知"),
            Xml(drawn(1, f"图片 {phone}") + drawn(2, f"证件{id_number}") + drawn(3, "图片 3")),
        ]
    )


def _docx_symbols() -> bytes:
    """Digits inserted as symbols (Insert > Symbol: ``w:sym``), in a text font and in Symbol's private-use
    codes, which Word draws as the digits."""
    phone, id_number = _values()

    def symbols(text: str, font: str, offset: int) -> str:
        codes = [ord(c) + offset if ord(c) < 0x100 else ord(c) for c in text]  # Symbol's codes are bytes
        return "".join(f'<w:r><w:sym w:font="{font}" w:char="{code:04X}"/></w:r>' for code in codes)

    return build_docx(
        [
            paragraph("关于开展工作的通知"),
            Xml(
                f'<w:p><w:r><w:t>电话</w:t></w:r>{symbols(phone, "宋体", 0)}<w:r><w:t xml:space="preserve">'
                f" 身份证</w:t></w:r>{symbols(id_number, 'Symbol', 0xF000)}</w:p>"
            ),
        ]
    )


def _document_svg() -> bytes:
    """A picture whose SVG draws the values (the copy leaves pictures out)."""
    picture = (
        '<w:p><w:r><w:drawing><wp:inline><wp:extent cx="1" cy="1"/><wp:docPr id="3" name="图片 3"/>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill>'
        f'<a:blip xmlns:r="{_REL}" r:embed="rId77"/></pic:blipFill></pic:pic></a:graphicData></a:graphic>'
        "</wp:inline></w:drawing></w:r></w:p>"
    )
    data = build_docx([paragraph("关于开展工作的通知"), Xml(picture)])

    def add(found: dict[str, bytes]) -> None:
        _relationship_added(
            found, "word/_rels/document.xml.rels", "rId77", f"{_REL}/image", "media/image1.svg"
        )
        found["word/media/image1.svg"] = svg_picture()

    return rezipped(data, add)


def _caption_labels() -> bytes:
    """Caption labels named with the values (References > Insert Caption lists them)."""
    phone, id_number = _values()
    labels = (
        f'<w:captions><w:caption w:name="联系人{phone}" w:pos="below" w:numFmt="decimal"/>'
        f'<w:caption w:name="证件{id_number}"/><w:caption w:name="图"/></w:captions>'
    )
    return _related("settings", "settings.xml", _word_part("settings", labels))


def _web_frames() -> bytes:
    """A frames page's frames named and titled with the values (Word shows them when the document is a web
    page's frameset, and the page saved from it writes them)."""
    phone, id_number = _values()
    frames = (
        f'<w:frameset><w:frame><w:name w:val="联系人{phone}"/><w:title w:val="证件{id_number}"/></w:frame>'
        '<w:frame><w:name w:val="Frame2"/></w:frame></w:frameset>'
    )
    return _related("webSettings", "webSettings.xml", _word_part("webSettings", frames))


DOCX_VIEWS: Places = {
    "an SVG picture's text": (_document_svg, "alt-text"),
    "caption labels": (_caption_labels, "metadata"),
    "a web page's frames' names and titles": (_web_frames, "metadata"),
    "shapes' and pictures' names": (_docx_shape_names, "shape-name"),
    "digits inserted as symbols": (_docx_symbols, "body"),
}


# --- HTML -----------------------------------------------------------------------------------------


def _page(head: str = "", body: str = "") -> bytes:
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>通知</title>{head}</head><body>'
        f"<p>关于开展工作的通知</p>{body}</body></html>"
    ).encode()


def _script_and_refresh() -> bytes:
    """A script loaded with the values in its URL's query, and a meta refresh going to a URL holding them
    (the address bar shows it)."""
    phone, id_number = _values()
    return _page(
        f'<meta http-equiv="refresh" content="30;url=/cx?sfz={id_number}&amp;dh={phone}">'
        f'<script src="/tj.js?sfz={id_number}&amp;dh={phone}"></script>'
    )


def _dialog_after_ruby() -> bytes:
    """A ruby's annotation (shown above the text) followed by a dialog: the browser shows each apart."""
    phone, id_number = _values()
    return _page(body=f"<ruby>电话<rt>{phone}</rt></ruby><dialog>{id_number} 已核对</dialog>")


def _svg_link_ping_and_preload() -> bytes:
    """An SVG link's ``xlink:href`` (``tel:``), a link's ``ping`` and a preload's ``imagesrcset`` (the page
    loads them)."""
    phone, id_number = _values()
    return _page(
        f'<link rel="preload" as="image" imagesrcset="/zp/{id_number}_{phone}.jpg 2x">',
        f'<svg xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="tel:{phone}"><text>电话</text></a>'
        f'</svg><a href="/x" ping="/tj?sfz={id_number}&amp;dh={phone}">查询</a>',
    )


def css_escaped(text: str) -> str:
    """``text`` with each digit written as a CSS escape: its hex code, ended by a space or by six digits."""
    return "".join(
        (f"\\{ord(char):x} " if index % 2 else f"\\{ord(char):06x}") if char.isdigit() else char
        for index, char in enumerate(text)
    )


def _css_escapes_in_content() -> bytes:
    """A style sheet's ``content:`` strings writing the digits as CSS escapes (``"\\31 39…"``): the browser
    shows the number before and after the elements."""
    phone, id_number = _values()
    return _page(
        f'<style>.lx::after {{ content: "电话{css_escaped(phone)}"; }}\n'
        f".zj::before {{ content: '证件{css_escaped(id_number)}\\\n'; }}</style>",
        '<p class="lx">联系人</p><p class="zj">核对</p>',
    )


def html_code_attributes() -> bytes:
    """An element's ``id`` and ``class`` and a field's ``pattern`` holding the values: the page's code (its
    styles and scripts select by them), published with its source."""
    phone, id_number = _values()
    return _page(
        body=f'<p id="u{phone}" class="box zj{id_number}">已核对</p>'
        f'<input name="sfz" pattern="{id_number}|{phone}">'
    )


def html_joined_literals() -> bytes:
    """A script writing the values on the page from string literals joined by ``+``, the digits of one
    written as escapes: no literal holds a value alone."""
    phone, id_number = _values()
    escaped = "".join(f"\\u{ord(char):04x}" for char in phone[:3])
    return _page(
        body=f'<p id="lx"></p><script>document.getElementById("lx").textContent = "电话{escaped}" + '
        f'\'{phone[3:7]}\'\n    + "{phone[7:]}";\ndocument.write("证件" + "{id_number[:6]}" + '
        f'"{id_number[6:14]}" + "{id_number[14:]}");</script>'
    )


HTML_VIEWS: Places = {
    "CSS escapes in a style sheet's content strings": (_css_escapes_in_content, "attribute"),
    "an SVG link's target, a ping and a preload's image set": (_svg_link_ping_and_preload, "link"),
    "a script's URL and a meta refresh's target": (_script_and_refresh, "link"),
    "a closed dialog after a ruby's annotation": (_dialog_after_ruby, "body"),
}


def markdown_escaped_hyphens() -> bytes:
    """Hyphens escaped between a number's digits: the viewer shows ``139-8765-4321``."""
    phone, id_number = _values()
    dashed = "\\-".join((phone[:3], phone[3:7], phone[7:]))
    id_dashed = "\\-".join((id_number[:6], id_number[6:14], id_number[14:]))
    return f"# 通知\n\n联系电话 {dashed},身份证 {id_dashed}\n".encode()


def markdown_soft_hyphens() -> bytes:
    """Soft hyphens written as references inside a number: the viewer shows the number whole."""
    phone, id_number = _values()
    line = f"联系电话 {phone[:3]}&shy;{phone[3:]},身份证 {id_number[:6]}&shy;{id_number[6:]}"
    return f"# 通知\n\n{line}\n".encode()


def markdown_table_pieces() -> bytes:
    """A table whose adjacent cells each hold a piece of one number: the viewer shows the pieces side by
    side (``139 │ 8765 │ 4321``), and a reader reads the number across."""
    phone, id_number = _values()
    return (
        "# 通知\n\n| 项目 | 号码 | | |\n|---|---:|---|:-:|\n"
        f"| 联系电话 | {phone[:3]} | {phone[3:7]} | {phone[7:]} |\n"
        f"身份证 | {id_number[:6]} | {id_number[6:14]} | {id_number[14:]}\n"
    ).encode()


MD_VIEWS = {
    "a number's pieces in adjacent table cells": markdown_table_pieces,
    "hyphens escaped between digits": markdown_escaped_hyphens,
    "soft hyphens written as references inside a number": markdown_soft_hyphens,
}


# --- PDF ------------------------------------------------------------------------------------------


def der(tag: int, content: bytes) -> bytes:
    """One DER element."""
    size = len(content)
    length = bytes([size]) if size < 0x80 else bytes([0x82]) + size.to_bytes(2, "big")
    return bytes([tag]) + length + content


def certificate_like(*texts: tuple[int, str]) -> bytes:
    """A PKCS #7 / certificate-shaped DER structure whose subject holds ``(string tag, text)`` values (a
    BMPString, 0x1E, in UTF-16), inside an OCTET STRING as a seal's certificate list holds a certificate."""
    common_name = der(0x06, b"\x55\x04\x03")
    encoded = [(tag, text.encode("utf-16-be" if tag == 0x1E else "utf-8")) for tag, text in texts]
    names = b"".join(der(0x31, der(0x30, common_name + der(tag, text))) for tag, text in encoded)
    inner = der(0x30, der(0x02, b"\x01") + der(0x30, names))
    return der(0x30, der(0x06, b"\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02") + der(0x04, inner))


def _pdf_signature() -> bytes:
    """A signature field whose signature dictionary names the signer, reason, location and contact (the
    signature panel shows them)."""
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, NumberObject
    from pypdf.generic import TextStringObject as Text

    phone, id_number = _values()

    def edit(writer: object) -> None:
        signature = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Sig"),
                NameObject("/Filter"): NameObject("/Adobe.PPKLite"),
                NameObject("/Name"): Text("张三"),
                NameObject("/Reason"): Text(f"核对身份证{id_number}"),
                NameObject("/Location"): Text("北京"),
                NameObject("/ContactInfo"): Text(f"电话{phone}"),
            }
        )
        field = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Sig"),
                NameObject("/T"): Text("签名1"),
                NameObject("/V"): writer._add_object(signature),  # type: ignore[attr-defined]
                NameObject("/Rect"): ArrayObject([FloatObject(0)] * 4),
                NameObject("/F"): NumberObject(132),
            }
        )
        reference = writer._add_object(field)  # type: ignore[attr-defined]
        writer.pages[0][NameObject("/Annots")] = ArrayObject([reference])  # type: ignore[attr-defined]
        writer._root_object[NameObject("/AcroForm")] = DictionaryObject(  # type: ignore[attr-defined]
            {NameObject("/Fields"): ArrayObject([reference]), NameObject("/SigFlags"): NumberObject(3)}
        )

    return pdf_edited(edit)


def _pdf_certificate() -> bytes:
    """A signature whose certificate (``/Contents``, PKCS #7) holds the values: an e-mail-like subject and a
    serial number (Chinese certificates put an ID number there)."""
    from pypdf.generic import ByteStringObject, DictionaryObject, NameObject

    phone, id_number = _values()
    contents = certificate_like((0x0C, f"张三 {phone}"), (0x13, id_number))

    def edit(writer: object) -> None:
        signature = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Sig"),
                NameObject("/Filter"): NameObject("/Adobe.PPKLite"),
                NameObject("/Name"): ByteStringObject(b"signer"),
                NameObject("/Contents"): ByteStringObject(contents + bytes(64)),
            }
        )
        permissions = DictionaryObject({NameObject("/DocMDP"): writer._add_object(signature)})  # type: ignore[attr-defined]
        writer._root_object[NameObject("/Perms")] = permissions  # type: ignore[attr-defined]

    return pdf_edited(edit)


def _redefined(data: bytes, number: int, dictionary: str) -> bytes:
    """``data`` with an incremental update appended that defines object ``number`` again as ``dictionary``
    (a PDF editor's save after an annotation, a form value or the document information changed)."""
    previous = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    size, root = re.findall(rb"/Size (\d+)", data)[-1], re.findall(rb"/Root (\d+) 0 R", data)[-1]
    info = re.findall(rb"/Info (\d+) 0 R", data)
    at = len(data) + 1
    update = f"\n{number} 0 obj\n{dictionary}\nendobj\n".encode()
    xref_at = at + len(update) - 1
    trailer = f"/Size {size.decode()} /Root {root.decode()} 0 R /Prev {previous}"
    trailer += f" /Info {info[-1].decode()} 0 R" if info else ""
    xref = f"xref\n0 1\n0000000000 65535 f \n{number} 1\n{at:010d} 00000 n \ntrailer\n<< {trailer} >>\n"
    return data + update + f"{xref}startxref\n{xref_at}\n%%EOF\n".encode()


def _object_number(data: bytes, pattern: bytes) -> int:
    return int(re.findall(rb"(\d+) 0 obj\s*<<[^>]*?" + pattern, data)[0])


def _hex(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _pdf_earlier_annotation() -> bytes:
    """A comment whose text a later save replaced: the earlier definition stays in the file."""
    from tests.testing.pdf_builder import build_pdf, with_places

    data = with_places(build_pdf([["关于开展工作的通知"]]), comments=[("/Text", hidden_places.SHOWN)])
    number = _object_number(data, rb"/Subtype\s*/Text")
    return _redefined(
        data, number, f"<< /Type /Annot /Subtype /Text /Rect [0 0 1 1] /Contents {_hex('已处理')} >>"
    )


def _pdf_in_object_stream(annotation: str) -> bytes:
    """A one-page PDF saved with object streams (a cross-reference stream, as Acrobat saves): its comment
    (object 6, ``annotation``) is compressed into object stream 7; nothing is filtered."""
    objects = {
        1: "<< /Type /Catalog /Pages 2 0 R >>",
        2: "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Annots [6 0 R] "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        5: "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    }
    content = b"BT /F1 12 Tf 20 100 Td (Notice) Tj ET"
    packed = f"6 0 {annotation}".encode()
    header = b"6 0 "
    body = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for number in (1, 2, 3):
        offsets[number] = len(body)
        body += f"{number} 0 obj\n{objects[number]}\nendobj\n".encode()
    offsets[4] = len(body)
    body += f"4 0 obj\n<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream\nendobj\n"
    offsets[5] = len(body)
    body += f"5 0 obj\n{objects[5]}\nendobj\n".encode()
    stream = header + packed[len(header) :]
    offsets[7] = len(body)
    body += (
        f"7 0 obj\n<< /Type /ObjStm /N 1 /First {len(header)} /Length {len(stream)} >>\nstream\n".encode()
        + stream
        + b"\nendstream\nendobj\n"
    )
    offsets[8] = len(body)
    rows = bytearray(b"\x00\x00\x00\x00\x00\xff\xff")
    for number in range(1, 9):
        if number == 6:
            rows += b"\x02" + (7).to_bytes(4, "big") + (0).to_bytes(2, "big")
        else:
            rows += b"\x01" + offsets[number].to_bytes(4, "big") + (0).to_bytes(2, "big")
    body += (
        f"8 0 obj\n<< /Type /XRef /Size 9 /Root 1 0 R /W [1 4 2] /Index [0 9] /Length {len(rows)} >>\n"
        "stream\n"
    ).encode()
    body += bytes(rows) + f"\nendstream\nendobj\nstartxref\n{offsets[8]}\n%%EOF\n".encode()
    return bytes(body)


def _pdf_earlier_compressed_annotation() -> bytes:
    """A comment compressed into an object stream whose text a later save replaced, four saves before the
    last: that save cannot be read alone (beyond the three latest), the earlier definition stays in the
    object stream."""
    shown = f"<< /Type /Annot /Subtype /Text /Rect [0 0 1 1] /Contents {_hex(hidden_places.SHOWN)} >>"
    data = _pdf_in_object_stream(shown)
    for _ in range(5):
        data = _redefined(
            data, 6, f"<< /Type /Annot /Subtype /Text /Rect [0 0 1 1] /Contents {_hex('已处理')} >>"
        )
    return data


def _pdf_earlier_form_value() -> bytes:
    """A form field whose value a later save replaced."""
    from tests.testing.pdf_builder import build_pdf, with_places

    data = with_places(build_pdf([["关于开展工作的通知"]]), fields={"联系方式": hidden_places.SHOWN})
    number = _object_number(data, rb"/FT\s*/Tx")
    return _redefined(
        data,
        number,
        f"<< /Type /Annot /Subtype /Widget /FT /Tx /T (field0) /Rect [0 0 1 1] /V {_hex('无')} >>",
    )


def _pdf_earlier_information() -> bytes:
    """Document information (File > Properties) whose subject a later save replaced."""

    def edit(writer: object) -> None:
        writer.add_metadata({"/Subject": hidden_places.SHOWN})  # type: ignore[attr-defined]

    data = pdf_edited(edit)
    number = int(re.findall(rb"/Info (\d+) 0 R", data)[-1])
    return _redefined(data, number, f"<< /Subject {_hex('通知')} >>")


def _pdf_alternative_text() -> bytes:
    """A tagged PDF whose figure's alternative text and a span's replacement text hold the values (a screen
    reader speaks them; Acrobat shows them in the tags and on hover)."""
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

    phone, id_number = _values()

    def edit(writer: object) -> None:
        def element(kind: str, key: str, text: str) -> object:
            entries = {NameObject("/Type"): NameObject("/StructElem"), NameObject("/S"): NameObject(kind)}
            entries[NameObject(key)] = TextStringObject(text)
            return writer._add_object(DictionaryObject(entries))  # type: ignore[attr-defined]

        kids = [
            element("/Figure", "/Alt", f"联系人{phone}"),
            element("/Span", "/ActualText", f"证件{id_number}"),
        ]
        tree = DictionaryObject(
            {NameObject("/Type"): NameObject("/StructTreeRoot"), NameObject("/K"): ArrayObject(kids)}
        )
        writer._root_object[NameObject("/StructTreeRoot")] = writer._add_object(tree)  # type: ignore[attr-defined]

    return pdf_edited(edit)


def _pdf_choice_options() -> bytes:
    """A combo box whose options (the drop-down lists them) hold the values; its value is another."""
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, NumberObject
    from pypdf.generic import TextStringObject as Text

    phone, id_number = _values()

    def edit(writer: object) -> None:
        options = ArrayObject(
            [Text("请选择"), Text(f"电话{phone}"), ArrayObject([Text("2"), Text(f"证件{id_number}")])]
        )
        field = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Ch"),
                NameObject("/Ff"): NumberObject(131072),
                NameObject("/T"): Text("联系人"),
                NameObject("/Opt"): options,
                NameObject("/V"): Text("请选择"),
                NameObject("/Rect"): ArrayObject([FloatObject(0)] * 4),
            }
        )
        reference = writer._add_object(field)  # type: ignore[attr-defined]
        writer.pages[0][NameObject("/Annots")] = ArrayObject([reference])  # type: ignore[attr-defined]
        writer._root_object[NameObject("/AcroForm")] = DictionaryObject(  # type: ignore[attr-defined]
            {NameObject("/Fields"): ArrayObject([reference])}
        )

    return pdf_edited(edit)


def _pdf_link_description() -> bytes:
    """A link whose description (its tooltip, what a screen reader says of it) holds the values."""
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject
    from pypdf.generic import TextStringObject as Text

    def edit(writer: object) -> None:
        action = DictionaryObject(
            {NameObject("/S"): NameObject("/URI"), NameObject("/URI"): Text("https://www.gov.cn/")}
        )
        link = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Link"),
                NameObject("/Contents"): Text(hidden_places.SHOWN),
                NameObject("/Rect"): ArrayObject([FloatObject(0)] * 4),
                NameObject("/A"): action,
            }
        )
        reference = writer._add_object(link)  # type: ignore[attr-defined]
        writer.pages[0][NameObject("/Annots")] = ArrayObject([reference])  # type: ignore[attr-defined]

    return pdf_edited(edit)


def _pdf_unlisted_annotation() -> bytes:
    """A comment a later save stopped listing on its page (neither defined again nor freed): the earlier
    save, which a viewer shows as the signed or previous version, still has it."""
    from pypdf import PdfReader
    from pypdf.generic import NameObject

    from tests.testing.pdf_builder import build_pdf, with_places

    data = with_places(build_pdf([["关于开展工作的通知"]]), comments=[("/Text", hidden_places.SHOWN)])
    page = PdfReader(io.BytesIO(data)).pages[0]
    assert page.indirect_reference is not None
    del page[NameObject("/Annots")]
    written = io.BytesIO()
    page.write_to_stream(written)
    return _redefined(data, page.indirect_reference.idnum, written.getvalue().decode("latin-1"))


def _pdf_long_unlisted_annotation() -> bytes:
    """A comment a later save stopped listing, four saves before the last (each writing the page again):
    the save that listed it cannot be read alone (beyond the three latest)."""
    data = _pdf_unlisted_annotation()
    page = int(re.findall(rb"\n(\d+) 0 obj\n", data)[-1])
    dictionary = re.findall(rb"\n\d+ 0 obj\n(.*?)\nendobj", data, re.DOTALL)[-1].decode("latin-1")
    for _ in range(4):
        data = _redefined(data, page, dictionary)
    return data


PDF_VIEWS: Places = {
    "an annotation a save that cannot be read alone stopped listing": (
        _pdf_long_unlisted_annotation,
        "older-version",
    ),
    "an annotation a later save stopped listing": (_pdf_unlisted_annotation, "older-version"),
    "an object stream's comment a save that cannot be read alone replaced": (
        _pdf_earlier_compressed_annotation,
        "older-version",
    ),
    "a combo box's options": (_pdf_choice_options, "form-field"),
    "a link's description": (_pdf_link_description, "attribute"),
    "a tagged figure's alternative text and a span's replacement text": (_pdf_alternative_text, "attribute"),
    "a signature's signer fields": (_pdf_signature, "form-field"),
    "a signature's certificate": (_pdf_certificate, "form-field"),
    "an earlier save's annotation": (_pdf_earlier_annotation, "older-version"),
    "an earlier save's form value": (_pdf_earlier_form_value, "older-version"),
    "an earlier save's document information": (_pdf_earlier_information, "older-version"),
}


# --- OFD ------------------------------------------------------------------------------------------

_OFD_NS = "http://www.ofdspec.org/2016"


def _ofd_signed(provider: str, seal: bytes) -> bytes:
    from tests.testing.ofd_builder import build_ofd

    data = build_ofd([["关于开展工作的通知"]])

    def edit(found: dict[str, bytes]) -> None:
        found["Doc_0/Signs/Signatures.xml"] = (
            f'<ofd:Signatures xmlns:ofd="{_OFD_NS}"><ofd:Signature ID="1" BaseLoc="Sign_0/Signature.xml"/>'
            "</ofd:Signatures>"
        ).encode()
        found["Doc_0/Signs/Sign_0/Signature.xml"] = (
            f'<ofd:Signature xmlns:ofd="{_OFD_NS}"><ofd:SignedInfo>{provider}'
            "<ofd:SignatureMethod>1.2.156.10197.1.501</ofd:SignatureMethod>"
            '<ofd:StampAnnot ID="1" PageRef="1" Boundary="0 0 40 40"/>'
            "<ofd:Seal><ofd:BaseLoc>Seal.esl</ofd:BaseLoc></ofd:Seal></ofd:SignedInfo>"
            "<ofd:SignedValue>SignedValue.dat</ofd:SignedValue></ofd:Signature>"
        ).encode()
        found["Doc_0/Signs/Sign_0/Seal.esl"] = seal
        found["Doc_0/Signs/Sign_0/SignedValue.dat"] = certificate_like((0x0C, "签名值"))
        replace_in(
            found,
            "OFD.xml",
            "</ofd:DocRoot>",
            "</ofd:DocRoot><ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures>",
        )

    return rezipped(data, edit)


def _ofd_provider() -> bytes:
    """The signature's provider (the reader's signature properties show it)."""
    phone, id_number = _values()
    provider = f'<ofd:Provider ProviderName="联系人{phone}" Company="证件{id_number}" Version="1.0"/>'
    return _ofd_signed(provider, certificate_like((0x0C, "某某单位专用章")))


def _ofd_seal() -> bytes:
    """A GB/T 38540 seal whose certificate holds the values (the seal's properties show them)."""
    phone, id_number = _values()
    provider = '<ofd:Provider ProviderName="某签章软件" Version="2.0"/>'
    return _ofd_signed(provider, certificate_like((0x0C, f"经办人电话{phone}"), (0x13, id_number)))


def _ofd_edited(edit: Callable[[dict[str, bytes]], None]) -> bytes:
    from tests.testing.ofd_builder import build_ofd

    return rezipped(build_ofd([["关于开展工作的通知"]]), edit)


def _ofd_extensions() -> bytes:
    """An application's extension data (Extensions.xml), as a drafting system writes its fields."""
    phone, id_number = _values()

    def edit(found: dict[str, bytes]) -> None:
        replace_in(
            found,
            "Doc_0/Document.xml",
            "</ofd:Document>",
            "<ofd:Extensions>Extensions.xml</ofd:Extensions></ofd:Document>",
        )
        found["Doc_0/Extensions.xml"] = (
            f'<ofd:Extensions xmlns:ofd="{_OFD_NS}"><ofd:Extension AppName="公文" RefId="1">'
            f'<ofd:Property Name="联系电话">{phone}</ofd:Property><ofd:Data>{id_number}</ofd:Data>'
            "</ofd:Extension></ofd:Extensions>"
        ).encode()

    return _ofd_edited(edit)


def _ofd_version() -> bytes:
    """An earlier version of the document (Versions) whose page, no longer the current one, showed the
    values."""

    def edit(found: dict[str, bytes]) -> None:
        page = found["Doc_0/Pages/Page_0/Content.xml"].decode()
        found["Doc_0/Pages/Page_0/Content_v0.xml"] = page.replace(
            "关于开展工作的通知", hidden_places.SHOWN
        ).encode()
        replace_in(
            found,
            "Doc_0/Document.xml",
            "</ofd:Document>",
            '<ofd:Versions><ofd:Version ID="1" Index="0" Current="false" BaseLoc="Versions/Version_0.xml"/>'
            "</ofd:Versions></ofd:Document>",
        )
        found["Doc_0/Versions/Version_0.xml"] = (
            f'<ofd:DocVersion xmlns:ofd="{_OFD_NS}" ID="v0" Version="1"><ofd:FileList>'
            '<ofd:File ID="1">/Doc_0/Pages/Page_0/Content_v0.xml</ofd:File></ofd:FileList>'
            "<ofd:DocRoot>/Doc_0/Document.xml</ofd:DocRoot></ofd:DocVersion>"
        ).encode()

    return _ofd_edited(edit)


OFD_VIEWS: Places = {
    "an application's extension data": (_ofd_extensions, "custom-tag"),
    "an earlier version's page": (_ofd_version, "older-version"),
    "a signature's provider": (_ofd_provider, "metadata"),
    "a seal's certificate": (_ofd_seal, "metadata"),
}
