""".docx and .xlsx files with a person's name, ID number and mobile in one of the places a viewer shows
besides the main text (issue 22): altChunk, charts, SmartArt, embedded packages, alternative text;
pivot caches, defined names, data validation, formulas, hyperlinks. Our own text, built here."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator
from xml.sax.saxutils import escape, quoteattr

from openpyxl import Workbook
from openpyxl.worksheet.datavalidation import DataValidation

from tests.testing.docx_builder import R_NS, Xml, build_docx, paragraph
from tests.testing.xlsx_builder import resident_id, roster, workbook_bytes

NAME = "张建国"
ID_NUMBER = resident_id(123, "19850612")
MOBILE = "13912345678"
SENTENCE = f"申请人{NAME},身份证号{ID_NUMBER},手机{MOBILE}"
PLANTED = (NAME, ID_NUMBER, MOBILE)
ORDINARY = "关于开展2024年度农村公路养护检查的通知"

_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DML = "http://schemas.openxmlformats.org/drawingml/2006/main"
_CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart"
_DIAGRAM_NS = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
_WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


def _relationships(entries: list[tuple[str, str, str]], *, external: bool = False) -> bytes:
    mode = ' TargetMode="External"' if external else ""
    body = "".join(
        f'<Relationship Id="{rid}" Type="{_REL}{kind}" Target={quoteattr(target)}{mode}/>'
        for rid, kind, target in entries
    )
    return f'<Relationships xmlns="{_PACKAGE_RELS}">{body}</Relationships>'.encode()


def _content_types(defaults: dict[str, str], overrides: dict[str, str]) -> bytes:
    base = {
        "rels": "application/vnd.openxmlformats-package.relationships+xml",
        "xml": "application/xml",
        **defaults,
    }
    entries = "".join(f'<Default Extension="{ext}" ContentType="{kind}"/>' for ext, kind in base.items())
    entries += "".join(
        f'<Override PartName="{part}" ContentType="{kind}"/>' for part, kind in overrides.items()
    )
    return f'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">{entries}</Types>'.encode()


_DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _docx(
    body: list[str], rels: list[tuple[str, str, str]], extra: dict[str, bytes], defaults: dict[str, str]
) -> bytes:
    overrides = {"/word/document.xml": _DOCUMENT_TYPE}
    if any(name.startswith("word/charts/chart") and name.endswith(".xml") for name in extra):
        overrides["/word/charts/chart1.xml"] = (
            "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
        )
    return build_docx(
        [paragraph(ORDINARY), *(Xml(block) for block in body)],
        replace={
            "word/_rels/document.xml.rels": _relationships(rels),
            "[Content_Types].xml": _content_types(defaults, overrides),
        },
        extra=extra,
    )


def _inline_drawing(graphic: str, *, description: str = "") -> str:
    descr = f" descr={quoteattr(description)}" if description else ""
    return (
        f'<w:p><w:r><w:drawing><wp:inline xmlns:wp="{_WP_NS}"><wp:extent cx="5486400" cy="3200400"/>'
        f'<wp:docPr id="1" name="图表 1"{descr}/>'
        f'<a:graphic xmlns:a="{_DML}"><a:graphicData>{graphic}</a:graphicData></a:graphic>'
        "</wp:inline></w:drawing></w:r></w:p>"
    )


def chart_xml(title: str, categories: list[str]) -> bytes:
    points = "".join(
        f'<c:pt idx="{i}"><c:v>{escape(value)}</c:v></c:pt>' for i, value in enumerate(categories)
    )
    return (
        f'<c:chartSpace xmlns:c="{_CHART_NS}" xmlns:a="{_DML}" xmlns:r="{R_NS}"><c:chart>'
        f"<c:title><c:tx><c:rich><a:p><a:r><a:t>{escape(title)}</a:t></a:r></a:p></c:rich></c:tx></c:title>"
        "<c:plotArea><c:barChart><c:ser><c:cat><c:strRef><c:f>Sheet1!$A$2:$A$3</c:f>"
        f'<c:strCache><c:ptCount val="{len(categories)}"/>{points}</c:strCache></c:strRef></c:cat>'
        "<c:val><c:numRef><c:f>Sheet1!$B$2:$B$3</c:f><c:numCache><c:formatCode>General</c:formatCode>"
        '<c:ptCount val="1"/><c:pt idx="0"><c:v>42</c:v></c:pt></c:numCache></c:numRef></c:val>'
        "</c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>"
    ).encode()


def _chart_graphic() -> str:
    return f'<c:chart xmlns:c="{_CHART_NS}" xmlns:r="{R_NS}" r:id="rId50"/>'


# --- .docx places -------------------------------------------------------------------------------


def docx_altchunk_html() -> bytes:
    page = f'<html><head><meta charset="utf-8"></head><body><p>{SENTENCE}</p></body></html>'.encode()
    return _altchunk("afchunk1.htm", page, "text/html")


def docx_altchunk_mht() -> bytes:
    """A web page chunk as Word writes it: MHTML, the page base64-encoded in GB2312."""
    from email.message import EmailMessage

    page = f"<html><body><p>{SENTENCE}</p></body></html>".encode("gb2312")
    archive = EmailMessage()
    archive["MIME-Version"] = "1.0"
    archive.make_related()
    archive.add_related(page, maintype="text", subtype="html", cte="base64", params={"charset": "gb2312"})
    archive.set_boundary("office-places")
    return _altchunk("afchunk1.mht", archive.as_bytes(), "message/rfc822")


def docx_altchunk_rtf() -> bytes:
    encoded = "".join(f"\\u{ord(char)}?" if ord(char) > 127 else char for char in SENTENCE)
    rtf = ("{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0 SimSun;}}\\f0 " + encoded + "\\par}").encode("ascii")
    return _altchunk("afchunk1.rtf", rtf, "application/rtf")


def docx_altchunk_docx() -> bytes:
    return _altchunk("afchunk1.docx", build_docx([paragraph(SENTENCE)]), _DOCX_PACKAGE)


_DOCX_PACKAGE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_XLSX_PACKAGE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _altchunk(name: str, content: bytes, content_type: str) -> bytes:
    extension = name.rpartition(".")[2]
    return _docx(
        ['<w:altChunk r:id="rId50"/>'],
        [("rId50", "aFChunk", name)],
        {f"word/{name}": content},
        {extension: content_type},
    )


def docx_chart() -> bytes:
    return _docx(
        [_inline_drawing(_chart_graphic())],
        [("rId50", "chart", "charts/chart1.xml")],
        {"word/charts/chart1.xml": chart_xml("联系人统计", [SENTENCE, "其他"])},
        {},
    )


def docx_chart_workbook() -> bytes:
    """A chart whose cache is harmless but whose embedded workbook (the chart's data) holds the person."""
    workbook = workbook_bytes(roster([["事项", "说明"], ["联系", SENTENCE]]))
    return _docx(
        [_inline_drawing(_chart_graphic())],
        [("rId50", "chart", "charts/chart1.xml")],
        {
            "word/charts/chart1.xml": chart_xml("养护统计", ["路段"]).replace(
                b"</c:chartSpace>", b'<c:externalData r:id="rId1"/></c:chartSpace>'
            ),
            "word/charts/_rels/chart1.xml.rels": _relationships(
                [("rId1", "package", "../embeddings/Microsoft_Excel_Worksheet.xlsx")]
            ),
            "word/embeddings/Microsoft_Excel_Worksheet.xlsx": workbook,
        },
        {"xlsx": _XLSX_PACKAGE},
    )


def docx_smartart(*, text_in_data: bool = True) -> bytes:
    """SmartArt with its text in the data model (and Word's drawing copy); or only in the drawing."""
    data = (
        f'<dgm:dataModel xmlns:dgm="{_DIAGRAM_NS}" xmlns:a="{_DML}"><dgm:ptLst>'
        f'<dgm:pt modelId="1"><dgm:t><a:bodyPr/><a:p><a:r><a:t>{escape(SENTENCE)}</a:t></a:r></a:p>'
        "</dgm:t></dgm:pt>"
        "</dgm:ptLst></dgm:dataModel>"
    ).encode()
    if not text_in_data:
        data = f'<dgm:dataModel xmlns:dgm="{_DIAGRAM_NS}"><dgm:ptLst/></dgm:dataModel>'.encode()
    drawing = (
        '<dsp:drawing xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" '
        f'xmlns:a="{_DML}"><dsp:spTree><dsp:sp><dsp:txBody><a:p><a:r><a:t>{escape(SENTENCE)}</a:t></a:r>'
        "</a:p></dsp:txBody></dsp:sp></dsp:spTree></dsp:drawing>"
    ).encode()
    graphic = (
        f'<dgm:relIds xmlns:dgm="{_DIAGRAM_NS}" xmlns:r="{R_NS}" '
        'r:dm="rId50" r:lo="rId51" r:qs="rId52" r:cs="rId53"/>'
    )
    return _docx(
        [_inline_drawing(graphic)],
        [
            ("rId50", "diagramData", "diagrams/data1.xml"),
            ("rId51", "diagramLayout", "diagrams/layout1.xml"),
            ("rId52", "diagramQuickStyle", "diagrams/quickStyle1.xml"),
            ("rId53", "diagramColors", "diagrams/colors1.xml"),
            ("rId54", "diagramDrawing", "diagrams/drawing1.xml"),
        ],
        {
            "word/diagrams/data1.xml": data,
            "word/diagrams/drawing1.xml": drawing,
            "word/diagrams/layout1.xml": f'<dgm:layoutDef xmlns:dgm="{_DIAGRAM_NS}"/>'.encode(),
            "word/diagrams/quickStyle1.xml": f'<dgm:styleDef xmlns:dgm="{_DIAGRAM_NS}"/>'.encode(),
            "word/diagrams/colors1.xml": f'<dgm:colorsDef xmlns:dgm="{_DIAGRAM_NS}"/>'.encode(),
        },
        {},
    )


def docx_alt_text() -> bytes:
    """A chart (kept by redaction, unlike pictures) whose drawing carries the sentence as alt text."""
    return _docx(
        [_inline_drawing(_chart_graphic(), description=SENTENCE)],
        [("rId50", "chart", "charts/chart1.xml")],
        {"word/charts/chart1.xml": chart_xml("养护统计", ["路段"])},
        {},
    )


def _object_paragraph() -> str:
    return (
        '<w:p><w:r><w:object><v:shape id="ole1" style="width:80pt;height:40pt"/>'
        '<o:OLEObject xmlns:o="urn:schemas-microsoft-com:office:office" Type="Embed" '
        'ProgID="Word.Document.12" '
        'ShapeID="ole1" r:id="rId50"/></w:object></w:r></w:p>'
    )


def docx_embedded_docx() -> bytes:
    inner = build_docx([paragraph(SENTENCE)])
    return _embedded("Microsoft_Word_Document.docx", inner, "package", {"docx": _DOCX_PACKAGE})


def docx_embedded_xlsx() -> bytes:
    inner = workbook_bytes(roster([["事项", "说明"], ["联系", SENTENCE]]))
    return _embedded("Microsoft_Excel_Worksheet.xlsx", inner, "package", {"xlsx": _XLSX_PACKAGE})


def docx_embedded_ole() -> bytes:
    ole = _OLE_HEADER + SENTENCE.encode("utf-16-le")
    return _embedded(
        "oleObject1.bin", ole, "oleObject", {"bin": "application/vnd.openxmlformats-officedocument.oleObject"}
    )


def docx_nested_too_deep() -> bytes:
    """A .docx in a .docx in a .docx in the document: the innermost is beyond the depth limit."""
    inner = build_docx([paragraph(SENTENCE)])
    for _ in range(3):
        inner = _embedded("Microsoft_Word_Document.docx", inner, "package", {"docx": _DOCX_PACKAGE})
    return inner


def _embedded(name: str, content: bytes, kind: str, defaults: dict[str, str]) -> bytes:
    return _docx(
        [_object_paragraph()],
        [("rId50", kind, f"embeddings/{name}")],
        {f"word/embeddings/{name}": content},
        defaults,
    )


DOCX_PLACES: dict[str, tuple[Callable[[], bytes], str]] = {
    "altchunk-html": (docx_altchunk_html, "altchunk"),
    "altchunk-rtf": (docx_altchunk_rtf, "altchunk"),
    "altchunk-mht": (docx_altchunk_mht, "altchunk"),
    "altchunk-docx": (docx_altchunk_docx, "altchunk"),
    "chart": (docx_chart, "chart"),
    "chart-workbook": (docx_chart_workbook, "embedded:Microsoft_Excel_Worksheet.xlsx"),
    "smartart": (docx_smartart, "smartart"),
    "smartart-drawing": (lambda: docx_smartart(text_in_data=False), "smartart"),
    "alt-text": (docx_alt_text, "alt-text"),
    "embedded-docx": (docx_embedded_docx, "embedded:Microsoft_Word_Document.docx"),
    "embedded-xlsx": (docx_embedded_xlsx, "embedded:Microsoft_Excel_Worksheet.xlsx"),
}


def nested_texts(data: bytes, where: str = "") -> Iterator[tuple[str, str]]:
    """(where, text) of every member of a zip, decoded, and of every zip nested in it, at any depth."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            content = archive.read(name)
            if content.startswith(b"PK\x03\x04"):
                yield from nested_texts(content, f"{where}{name}/")
            else:
                yield f"{where}{name}", content.decode("utf-8", "replace")
                if content.startswith(_OLE_HEADER[:8]):
                    yield f"{where}{name} (utf-16)", content.decode("utf-16-le", "replace")


# --- .xlsx places -------------------------------------------------------------------------------


def _plain_workbook() -> Workbook:
    return roster([["路段", "里程"], ["S201", 12], ["X005", 7]], title="养护")


def _patched(
    workbook: Workbook, edits: dict[str, Callable[[bytes], bytes]], extra: dict[str, bytes]
) -> bytes:
    data = workbook_bytes(workbook)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    for name, edit in edits.items():
        members[name] = edit(members[name])
    members.update(extra)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


_SPREADSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml."


def xlsx_pivot_cache() -> bytes:
    """A pivot cache whose source sheet was deleted: the records still hold the source rows."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    definition = (
        f'<pivotCacheDefinition xmlns="{main}" xmlns:r="{R_NS}" r:id="rId1" recordCount="2">'
        '<cacheSource type="worksheet"><worksheetSource ref="A1:C3" sheet="源数据"/></cacheSource>'
        '<cacheFields count="3"><cacheField name="事项"><sharedItems/></cacheField>'
        f'<cacheField name="身份证号"><sharedItems><s v="{ID_NUMBER}"/><s v="无"/></sharedItems></cacheField>'
        '<cacheField name="金额"><sharedItems containsNumber="1"/></cacheField></cacheFields>'
        "</pivotCacheDefinition>"
    ).encode()
    records = (
        f'<pivotCacheRecords xmlns="{main}" count="2">'
        f'<r><s v="{escape(SENTENCE)}"/><x v="0"/><n v="1200"/></r><r><s v="养护"/><x v="1"/><n v="800"/></r>'
        "</pivotCacheRecords>"
    ).encode()

    def workbook_xml(content: bytes) -> bytes:
        caches = f'<pivotCaches><pivotCache xmlns:r="{R_NS}" cacheId="1" r:id="rId90"/></pivotCaches>'
        return content.replace(b"</workbook>", caches.encode() + b"</workbook>")

    def workbook_rels(content: bytes) -> bytes:
        entry = (
            f'<Relationship Id="rId90" Type="{_REL}pivotCacheDefinition" '
            'Target="pivotCache/pivotCacheDefinition1.xml"/>'
        )
        return content.replace(b"</Relationships>", entry.encode() + b"</Relationships>")

    def content_types(content: bytes) -> bytes:
        overrides = (
            '<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" '
            f'ContentType="{_SPREADSHEET}pivotCacheDefinition+xml"/>'
            '<Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" '
            f'ContentType="{_SPREADSHEET}pivotCacheRecords+xml"/>'
        )
        return content.replace(b"</Types>", overrides.encode() + b"</Types>")

    return _patched(
        _plain_workbook(),
        {
            "xl/workbook.xml": workbook_xml,
            "xl/_rels/workbook.xml.rels": workbook_rels,
            "[Content_Types].xml": content_types,
        },
        {
            "xl/pivotCache/pivotCacheDefinition1.xml": definition,
            "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels": _relationships(
                [("rId1", "pivotCacheRecords", "pivotCacheRecords1.xml")]
            ),
            "xl/pivotCache/pivotCacheRecords1.xml": records,
        },
    )


def xlsx_defined_name() -> bytes:
    from openpyxl.workbook.defined_name import DefinedName

    workbook = _plain_workbook()
    literal = SENTENCE.replace('"', '""')
    workbook.defined_names["联系人"] = DefinedName("联系人", attr_text=f'"{literal}"')
    return workbook_bytes(workbook)


def xlsx_data_validation() -> bytes:
    workbook = _plain_workbook()
    sheet = workbook.active
    assert sheet is not None
    validation = DataValidation(type="list", formula1=f'"申请人{NAME},身份证号{ID_NUMBER},手机{MOBILE}"')
    validation.add("C2:C3")
    sheet.add_data_validation(validation)
    return workbook_bytes(workbook)


def xlsx_validation_prompt() -> bytes:
    workbook = _plain_workbook()
    sheet = workbook.active
    assert sheet is not None
    validation = DataValidation(type="whole", operator="greaterThan", formula1="0", showInputMessage=True)
    validation.promptTitle = "填写说明"
    validation.prompt = SENTENCE
    validation.add("B2:B3")
    sheet.add_data_validation(validation)
    return workbook_bytes(workbook)


def _split_literals(text: str, size: int = 7) -> str:
    return "&".join(f'"{text[i : i + size]}"' for i in range(0, len(text), size))


def xlsx_formula_concatenation() -> bytes:
    """A formula without a cached value that joins literals: Excel shows the sentence, the file never
    holds it in one piece."""
    workbook = _plain_workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["C2"] = "=" + _split_literals(SENTENCE)
    return workbook_bytes(workbook)


def xlsx_formula_text() -> bytes:
    workbook = _plain_workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["C2"] = f'=IF(B2>10,"{SENTENCE}","")'
    return workbook_bytes(workbook)


def xlsx_hyperlink() -> bytes:
    from openpyxl.worksheet.hyperlink import Hyperlink

    workbook = _plain_workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["C2"] = "查询"
    sheet["C2"].hyperlink = Hyperlink(
        ref="C2",
        target=f"https://example.gov.cn/query?sfzh={ID_NUMBER}&tel={MOBILE}",
        tooltip=f"申请人{NAME}",
    )
    return workbook_bytes(workbook)


def xlsx_hyperlink_formula() -> bytes:
    workbook = _plain_workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["C2"] = f'=HYPERLINK("https://example.gov.cn/query?sfzh={ID_NUMBER}&tel={MOBILE}","申请人{NAME}")'
    return workbook_bytes(workbook)


def xlsx_chart_cache() -> bytes:
    from openpyxl.chart import BarChart, Reference

    workbook = _plain_workbook()
    sheet = workbook.active
    assert sheet is not None
    chart = BarChart()
    chart.add_data(Reference(sheet, min_col=2, min_row=1, max_row=3), titles_from_data=True)
    sheet.add_chart(chart, "E2")
    return _patched(
        workbook, {"xl/charts/chart1.xml": lambda _: chart_xml("养护统计", [SENTENCE, "其他"])}, {}
    )


def xlsx_chart_sheet() -> bytes:
    """A chart on a chart sheet (a sheet without cells)."""
    from openpyxl.chart import BarChart, Reference

    workbook = _plain_workbook()
    sheet = workbook.active
    assert sheet is not None
    chart = BarChart()
    chart.add_data(Reference(sheet, min_col=2, min_row=1, max_row=3), titles_from_data=True)
    workbook.create_chartsheet("图表").add_chart(chart)
    return _patched(workbook, {"xl/charts/chart1.xml": lambda _: chart_xml(SENTENCE, ["S201", "X005"])}, {})


def xlsx_embedded(name: str = "Microsoft_Word_Document.docx", content: bytes | None = None) -> bytes:
    """A document embedded in a sheet as an OLE object (by default a .docx holding the sentence)."""
    inner = build_docx([paragraph(SENTENCE)]) if content is None else content
    objects = (
        f'<oleObjects><oleObject xmlns:r="{R_NS}" progId="Word.Document.12" shapeId="1025" r:id="rId9"/>'
        "</oleObjects></worksheet>"
    )
    rels = _relationships(
        [("rId9", "package" if inner.startswith(b"PK") else "oleObject", f"../embeddings/{name}")]
    )
    return _patched(
        _plain_workbook(),
        {"xl/worksheets/sheet1.xml": lambda sheet: sheet.replace(b"</worksheet>", objects.encode())},
        {"xl/worksheets/_rels/sheet1.xml.rels": rels, f"xl/embeddings/{name}": inner},
    )


XLSX_PLACES: dict[str, tuple[Callable[[], bytes], str]] = {
    "pivot-cache": (xlsx_pivot_cache, "pivot-cache"),
    "defined-name": (xlsx_defined_name, "defined-name"),
    "data-validation": (xlsx_data_validation, "data-validation"),
    "validation-prompt": (xlsx_validation_prompt, "data-validation"),
    "formula-concatenation": (xlsx_formula_concatenation, "formula"),
    "formula-text": (xlsx_formula_text, "formula"),
    "hyperlink": (xlsx_hyperlink, "hyperlink"),
    "hyperlink-formula": (xlsx_hyperlink_formula, "hyperlink"),
    "chart-cache": (xlsx_chart_cache, "chart"),
    "chart-sheet": (xlsx_chart_sheet, "chart"),
    "embedded-docx": (xlsx_embedded, "embedded:Microsoft_Word_Document.docx"),
}
