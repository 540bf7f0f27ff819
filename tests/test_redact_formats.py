"""Redacted copies of .xlsx, .csv and .html files, docx pictures, and where a copy may be written."""

from __future__ import annotations

import hashlib
import io
import os
import struct
import zipfile
import zlib
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook
from openpyxl.comments import Comment

from secreview import Engine
from secreview.errors import ExtractionError
from secreview.extract import extract_bytes
from secreview.extract.htmlfile import extract_html, extract_html_sources
from secreview.models import Attribute
from secreview.redact import redact_bytes
from tests.testing.cli import run_in_process
from tests.testing.leftovers import places_of, readable_texts
from tests.testing.xlsx_builder import raw_xlsx, roster, workbook_bytes

ID_NUMBER = "430102199003071234"
OTHER_ID = "110101199003074477"
PHONE = "13912345678"
OTHER_PHONE = "13712345678"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml."
CONTENT_TYPES = (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_SHEET_TYPE}sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_SHEET_TYPE}worksheet+xml"/>'
    f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_SHEET_TYPE}sharedStrings+xml"/>'
    f'<Override PartName="/xl/calcChain.xml" ContentType="{_SHEET_TYPE}calcChain+xml"/></Types>'
).encode()


def _members(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name).decode("utf-8", "replace") for name in archive.namelist()}


def _nowhere(data: bytes, suffix: str, values: list[str], tmp_path: Path) -> None:
    path = tmp_path / f"copy{suffix}"
    path.write_bytes(data)
    texts = readable_texts(path)
    assert {value: places_of(value, texts) for value in values} == {value: [] for value in values}


# --- where a copy may be written ---------------------------------------------------------------


def test_output_of_another_type_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "list.txt"
    source.write_text(f"低保对象公示\n身份证号 {ID_NUMBER}\n", encoding="utf-8")
    result = run_in_process("redact", source, "-o", tmp_path / "list.docx")
    assert result.returncode == 2 and "扩展名" in result.stderr
    assert not (tmp_path / "list.docx").exists()


def test_output_that_is_the_input_through_another_path_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "list.txt"
    source.write_text(f"低保对象公示\n身份证号 {ID_NUMBER}\n", encoding="utf-8")
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    (tmp_path / "folder").mkdir()
    os.link(source, tmp_path / "folder" / "hard.txt")
    (tmp_path / "link.txt").symlink_to(source)
    for target in (source, tmp_path / "folder" / ".." / "list.txt", tmp_path / "folder" / "hard.txt"):
        result = run_in_process("redact", source, "-o", target, "--force")
        assert result.returncode == 2 and "相同" in result.stderr, target
    assert run_in_process("redact", source, "-o", tmp_path / "link.txt", "--force").returncode == 2
    assert hashlib.sha256(source.read_bytes()).hexdigest() == digest


def test_existing_output_needs_force(tmp_path: Path) -> None:
    source = tmp_path / "list.txt"
    source.write_text(f"低保对象公示\n身份证号 {ID_NUMBER}\n", encoding="utf-8")
    target = tmp_path / "out.txt"
    target.write_text("旧的删减稿", encoding="utf-8")
    refused = run_in_process("redact", source, "-o", target)
    assert refused.returncode == 2 and "--force" in refused.stderr
    assert target.read_text(encoding="utf-8") == "旧的删减稿"
    assert run_in_process("redact", source, "-o", target, "--force").returncode == 0
    assert "430102********1234" in target.read_text(encoding="utf-8")


# --- csv -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16-be-bom"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_copy_keeps_dialect_encoding_and_every_other_byte(
    engine: Engine, encoding: str, delimiter: str
) -> None:
    rows = [
        ["序号", "户主姓名", "身份证号码", "联系电话", "备注"],
        ["1", "某某", f'"{ID_NUMBER}"', PHONE, '"含""引号""的备注"'],
        ["2", "某某", OTHER_ID, '"139 8765 4321"', f'"两行{delimiter}\r\n备注"'],
    ]
    text = "\r\n".join(delimiter.join(row) for row in rows) + "\r\n"
    masked = (
        text.replace(ID_NUMBER, "430102********1234")
        .replace(OTHER_ID, "110101********4477")
        .replace(PHONE, "139****5678")
        .replace("139 8765 4321", "139 **** 4321")
    )
    if encoding == "utf-16-be-bom":
        data, expected = b"\xfe\xff" + text.encode("utf-16-be"), b"\xfe\xff" + masked.encode("utf-16-be")
    else:
        data, expected = text.encode(encoding), masked.encode(encoding)
    copy = redact_bytes(engine, data, ".csv", "list.csv")
    assert copy.data == expected
    assert copy.recheck.attribute is Attribute.PROACTIVE


def test_csv_the_csv_module_cannot_split_is_redacted_as_text(engine: Engine) -> None:
    text = "户主身份证号," + "x" * 200_000 + f"\n身份证号 {ID_NUMBER}\n"
    data = ('"' + text).encode("utf-8")
    copy = redact_bytes(engine, data, ".csv", "odd.csv")
    assert ID_NUMBER not in copy.data.decode("utf-8")
    assert copy.data.decode("utf-8") == ('"' + text).replace(ID_NUMBER, "430102********1234")


# --- xlsx ----------------------------------------------------------------------------------------


def _roster_with_everything() -> bytes:
    workbook = roster(
        [
            ["序号", "姓名", "身份证号码", "联系电话", "备注"],
            [1, "张伟", ID_NUMBER, PHONE, "无"],
            [2, "李娜", OTHER_ID, "13887654321", "无"],
        ],
        heading="2024年临时救助对象公示",
    )
    sheet = workbook.active
    assert sheet is not None
    sheet["E3"].comment = Comment(f"户主电话{OTHER_PHONE}", "经办人")
    sheet["A9"] = '=IF(E3="无","0731"&"12345678","")'
    sheet.row_dimensions[4].hidden = True
    sheet.oddHeader.center.text = f"联系电话 {OTHER_PHONE}"
    hidden = workbook.create_sheet("附表")
    hidden.sheet_state = "hidden"
    hidden.append(["姓名", "银行卡号"])
    hidden.append(["王芳", "6222021234567890128"])
    workbook.properties.creator = "经办人某某"
    return workbook_bytes(workbook)


def test_xlsx_every_cell_sheet_comment_and_header_is_redacted(engine: Engine, tmp_path: Path) -> None:
    data = _roster_with_everything()
    copy = redact_bytes(engine, data, ".xlsx", "list.xlsx")
    assert copy.recheck.attribute is Attribute.PROACTIVE and copy.remaining == []
    values = [ID_NUMBER, OTHER_ID, PHONE, OTHER_PHONE, "13887654321", "6222021234567890128", "张伟", "李娜"]
    _nowhere(copy.data, ".xlsx", [*values, "王芳", "经办人某某"], tmp_path)
    workbook = load_workbook(io.BytesIO(copy.data))
    sheet = workbook["名单"]
    assert [cell.value for cell in sheet[3]] == [1, "张*", "430102********1234", "139****5678", "无"]
    assert sheet["E3"].comment is not None and sheet["E3"].comment.text == "户主电话137****5678"
    assert sheet.row_dimensions[4].hidden and workbook["附表"].sheet_state == "hidden"
    assert sheet["A1"].value == "2024年临时救助对象公示"
    assert copy.notes == ("有 1 个公式含长数字或邮箱地址(检查不读公式文字),请人工核对",)


def _sheet_with_formulas() -> bytes:
    cells = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>联系电话'
        '</t></is></c><c r="C1" t="inlineStr"><is><t>身份证号码</t></is></c>'
        '<c r="D1" t="inlineStr"><is><t>序号</t></is></c>'
        '<c r="E1" t="inlineStr"><is><t>证件号码</t></is></c></row>'
        '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="str"><f>"139"&amp;"12345678"</f>'
        f"<v>{PHONE}</v></c>"
        '<c r="C2" t="str"><f t="shared" ref="C2:C3" si="0">E2&amp;""</f>'
        f'<v>{ID_NUMBER}</v></c><c r="D2"><f t="shared" ref="D2:D3" si="1">ROW()-1</f><v>1</v></c>'
        f'<c r="E2"><v>{ID_NUMBER}</v></c></row>'
        '<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" t="s"><v>2</v></c>'
        f'<c r="C3" t="str"><f t="shared" si="0"/><v>{OTHER_ID}</v></c>'
        '<c r="D3"><f t="shared" si="1"/><v>2</v></c>'
        f'<c r="E3" t="inlineStr"><is><t>{OTHER_ID}</t></is></c></row>'
    )
    strings = (
        "<si><t>张伟</t></si><si><r><t>李</t></r><r><rPr><b/></rPr><t>娜</t></r>"
        f'<rPh sb="0" eb="1"><t>li na</t></rPh></si><si><t>{OTHER_PHONE}</t></si><si><t>张伟</t></si>'
    )
    workbook_rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{REL}sharedStrings" Target="sharedStrings.xml"/>'
        f'<Relationship Id="rId3" Type="{REL}calcChain" Target="calcChain.xml"/></Relationships>'
    )
    chain = f'<calcChain xmlns="{MAIN}"><c r="B2" i="1"/></calcChain>'
    return raw_xlsx(
        cells,
        shared_strings_xml=strings,
        extra={
            "xl/_rels/workbook.xml.rels": workbook_rels.encode(),
            "xl/calcChain.xml": chain.encode(),
            "[Content_Types].xml": CONTENT_TYPES,
        },
    )


def test_xlsx_formulas_become_masked_values_and_unused_strings_are_emptied(
    engine: Engine, tmp_path: Path
) -> None:
    copy = redact_bytes(engine, _sheet_with_formulas(), ".xlsx", "f.xlsx")
    members = _members(copy.data)
    sheet = members["xl/worksheets/sheet1.xml"]
    assert '"139"' not in sheet and "E2&amp;" not in sheet and 't="shared" si="0"' not in sheet
    # A formula without personal data stays: a 序号 column's (a figure in a person's row goes with the row's
    # cut name and number unless its column is the office's: leak14, the figures policy in a workbook).
    assert "ROW()-1" in sheet and '<f t="shared" si="1"/>' in sheet
    assert copy.notes == ()
    assert "xl/calcChain.xml" not in members and "calcChain" not in members["xl/_rels/workbook.xml.rels"]
    assert (
        "calcChain" not in members["[Content_Types].xml"]
        and "sharedStrings" in members["[Content_Types].xml"]
    )
    assert "li na" not in members["xl/sharedStrings.xml"]
    _nowhere(copy.data, ".xlsx", [PHONE, ID_NUMBER, OTHER_ID, OTHER_PHONE, "张伟", "李娜"], tmp_path)
    cells = load_workbook(io.BytesIO(copy.data))["表1"]
    assert [cell.value for cell in cells[2]][:3] == ["张*", "139****5678", "430102********1234"]
    assert copy.recheck.attribute is Attribute.PROACTIVE


def test_xlsx_text_boxes_threaded_comments_and_pivot_caches(engine: Engine) -> None:
    drawing = (
        '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:sp><xdr:txBody>'
        "<a:p><a:r><a:t>说明</a:t></a:r></a:p><a:p><a:r><a:t>户主手机 139</a:t></a:r><a:r><a:t>12345678</a:t>"
        "</a:r></a:p></xdr:txBody></xdr:sp></xdr:wsDr>"
    )
    sheet_rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}drawing" Target="../drawings/drawing1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2017/10/relationships/'
        'threadedComment" '
        'Target="../threadedComments/threadedComment1.xml"/></Relationships>'
    )
    threaded = (
        f'<ThreadedComments><threadedComment ref="A1"><text>电话 {PHONE}</text></threadedComment>'
        "</ThreadedComments>"
    )
    extra = {
        "xl/drawings/drawing1.xml": drawing.encode(),
        "xl/worksheets/_rels/sheet1.xml.rels": sheet_rels.encode(),
        "xl/threadedComments/threadedComment1.xml": threaded.encode(),
    }
    data = raw_xlsx('<row r="1"><c r="A1" t="inlineStr"><is><t>临时救助公示</t></is></c></row>', extra=extra)
    copy = redact_bytes(engine, data, ".xlsx", "t.xlsx")
    members = _members(copy.data)
    assert "139****" in members["xl/drawings/drawing1.xml"] and PHONE not in "".join(members.values())
    assert "xl/threadedComments/threadedComment1.xml" not in members
    assert "threadedComment" not in members["xl/worksheets/_rels/sheet1.xml.rels"]
    assert any("threaded" in note for note in copy.notes)
    # A pivot cache (a copy of the source data) goes with its pivot tables; the sheets keep what they show.
    pivot = {**extra, "xl/pivotCache/pivotCacheRecords1.xml": b"<pivotCacheRecords/>"}
    copy = redact_bytes(
        engine,
        raw_xlsx('<row r="1"><c r="A1" t="inlineStr"><is><t>临时救助公示</t></is></c></row>', extra=pivot),
        ".xlsx",
        "p.xlsx",
    )
    assert not [name for name in _members(copy.data) if "pivot" in name.lower()]
    assert any("数据透视表" in note for note in copy.notes)


def test_xlsx_value_left_in_a_chart_cache_is_refused(engine: Engine) -> None:
    chart = f"<c:chartSpace><c:strCache><c:pt><c:v>{PHONE}</c:v></c:pt></c:strCache></c:chartSpace>"
    cells = f'<row r="1"><c r="A1" t="inlineStr"><is><t>户主电话 {PHONE}</t></is></c></row>'
    data = raw_xlsx(cells, extra={"xl/charts/chart1.xml": chart.encode()})
    # The identifier is scrubbed from every part: a chart cache copy of a long number goes too.
    copy = redact_bytes(engine, data, ".xlsx", "c.xlsx")
    assert PHONE not in "".join(_members(copy.data).values())
    named = "<c:chartSpace><c:v>张伟</c:v></c:chartSpace>"
    with_name = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row><row r="2"><c r="A2" '
        't="inlineStr"><is><t>张伟</t></is></c><c r="B2" t="inlineStr"><is><t>身份证号 430102199003071234'
        "</t></is></c></row>"
    )
    with pytest.raises(ExtractionError, match="图表"):
        redact_bytes(
            engine, raw_xlsx(with_name, extra={"xl/charts/chart1.xml": named.encode()}), ".xlsx", "n.xlsx"
        )


# --- html ----------------------------------------------------------------------------------------

PAGE = f"""<!DOCTYPE html><html><head><meta charset="{{charset}}"><title>临时救助对象公示 {PHONE}</title>
<meta name="description" content="户主张伟 身份证号{ID_NUMBER}"></head><body>
<!-- 经办人电话 {OTHER_PHONE} -->
<p>户主:张伟,身份证号:<b>430102</b>199003071234,电话&#49;3912345678。</p>
<p>另一户 139&nbsp;8765&nbsp;4321 &amp; 更多</p>
<img src="a.png" alt="身份证 {OTHER_ID}" title='联系 13612345678'>
<input type="hidden" value="13512345678">
<a href="mailto:zhangwei1990@163.com">zhangwei1990@163.com</a>
<script>var phone = "{PHONE}";</script>
</body></html>"""


@pytest.mark.parametrize("charset", ["utf-8", "gb2312"])
def test_html_text_attributes_comments_and_links_are_redacted_in_place(
    engine: Engine, charset: str, tmp_path: Path
) -> None:
    page = PAGE.replace("{charset}", charset)
    encoding = "gb18030" if charset == "gb2312" else charset
    copy = redact_bytes(engine, page.encode(encoding), ".html", "p.html")
    redacted = copy.data.decode(encoding)
    assert copy.recheck.attribute is Attribute.PROACTIVE
    values = [
        PHONE,
        ID_NUMBER,
        OTHER_PHONE,
        OTHER_ID,
        "13612345678",
        "13512345678",
        "13987654321",
        "zhangwei1990",
    ]
    _nowhere(copy.data, ".html", [*values, "张伟"], tmp_path)
    assert "<b>430102</b>********1234" in redacted and "电话&#49;39****5678" in redacted
    assert "139&nbsp;****&nbsp;4321 &amp; 更多" in redacted
    assert f'<meta charset="{charset}">' in redacted and "<!DOCTYPE html>" in redacted
    assert f'var phone = "{PHONE[:3]}****{PHONE[7:]}";' in redacted  # the script's string, masked in place
    assert not any("脚本" in note for note in copy.notes)  # scripts are read now: no note sends a person


def test_html_sources_trace_every_piece_back_to_the_page() -> None:
    page = PAGE.replace("{charset}", "utf-8").encode("utf-8")
    extracted, sources = extract_html_sources(page)
    assert extracted == extract_html(page)
    text = page.decode("utf-8")
    for source in sources:
        import html

        decoded = "".join(html.unescape(text[start:end]) for start, end, _ in source.units)
        assert decoded[source.skip :].startswith(extracted.text[source.start : source.end])


# --- docx pictures -------------------------------------------------------------------------------


def _png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\x00"))
        + chunk(b"IEND", b"")
    )


def test_docx_thumbnail_and_images_are_removed_and_said(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("临时救助对象公示")
    document.add_paragraph(f"户主身份证号 {ID_NUMBER},电话 {PHONE}。")
    document.add_picture(io.BytesIO(_png()))
    document.sections[0].header.paragraphs[0].add_run().add_picture(io.BytesIO(_png()))
    source = tmp_path / "notice.docx"
    document.save(str(source))
    before = _members(source.read_bytes())
    assert "docProps/thumbnail.jpeg" in before and any(name.startswith("word/media/") for name in before)
    target = tmp_path / "notice.redacted.docx"
    result = run_in_process("redact", source, "-o", target)
    assert result.returncode == 0, result.stderr
    assert "缩略图" in result.stderr and "图片" in result.stderr
    members = _members(target.read_bytes())
    assert not any(name.startswith(("word/media/", "docProps/thumbnail")) for name in members)
    assert "thumbnail" not in members["_rels/.rels"]
    assert "/image" not in "".join(text for name, text in members.items() if name.endswith(".rels"))
    assert "<w:drawing>" not in members["word/document.xml"] and "r:embed" not in "".join(members.values())
    reopened = docx.Document(str(target))
    assert "430102********1234" in "\n".join(paragraph.text for paragraph in reopened.paragraphs)
    assert reopened.inline_shapes.__len__() == 0


# --- a clean file --------------------------------------------------------------------------------

CLEAN = (
    "关于做好2024年政务公开工作的通知\n各单位:请按要求做好政府信息主动公开工作。\n监督电话:0731-85880114\n"
)


def _clean_files() -> dict[str, bytes]:
    document = docx.Document()
    for line in CLEAN.splitlines():
        document.add_paragraph(line)
    document.core_properties.author = "起草人某某"
    buffer = io.BytesIO()
    document.save(buffer)
    workbook = roster([["项目", "金额"], ["办公经费", 1200]], heading="2024年部门预算公开表")
    workbook.properties.creator = "起草人某某"
    return {
        ".txt": CLEAN.encode("gb18030"),
        ".csv": "项目,金额\r\n办公经费,1200\r\n".encode("utf-8-sig"),
        ".html": (
            f"<html><head><title>通知</title></head><body><p>{CLEAN}</p>"
            "<img alt='图' src='x.png'></body></html>"
        ).encode(),
        ".docx": buffer.getvalue(),
        ".xlsx": workbook_bytes(workbook),
    }


@pytest.mark.parametrize("suffix", [".txt", ".csv", ".html", ".docx", ".xlsx"])
def test_a_clean_file_is_copied_as_it_is_but_for_the_author(suffix: str, tmp_path: Path) -> None:
    data = _clean_files()[suffix]
    source = tmp_path / f"clean{suffix}"
    source.write_bytes(data)
    assert run_in_process("check", source).returncode == 0
    target = tmp_path / f"copy{suffix}"
    result = run_in_process("redact", source, "-o", target)
    assert result.returncode == 0, result.stderr
    assert "未发现需要删减的内容" in result.stderr and "已删除" not in result.stderr
    copied = target.read_bytes()
    if suffix not in (".docx", ".xlsx"):
        assert copied == data and "逐字节相同" in result.stderr
        return
    assert "已清除文档属性中的作者信息" in result.stderr
    before, after = _members(data), _members(copied)
    assert before.keys() == after.keys()
    assert {name for name in before if before[name] != after[name]} == {"docProps/core.xml"}
    assert "起草人某某" not in after["docProps/core.xml"]
    assert run_in_process("check", target).returncode == 0


def test_the_extraction_of_a_copy_matches_its_check(engine: Engine) -> None:
    data = _roster_with_everything()
    copy = redact_bytes(engine, data, ".xlsx", "list.xlsx")
    assert engine.review(extract_bytes(copy.data, ".xlsx"), "list.xlsx") == copy.recheck


def test_docx_chart_loses_its_embedded_workbook_and_the_reference_to_it(engine: Engine) -> None:
    document = docx.Document()
    document.add_paragraph("临时救助对象公示")
    document.add_paragraph(f"户主身份证号 {ID_NUMBER}")
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    chart_link = f'<Relationship Id="rId90" Type="{REL}chart" Target="charts/chart1.xml"/></Relationships>'
    rels = members["word/_rels/document.xml.rels"].decode().replace("</Relationships>", chart_link)
    members["word/_rels/document.xml.rels"] = rels.encode()
    members["word/charts/chart1.xml"] = (
        '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
        f'xmlns:r="{REL.rstrip("/")}"><c:chart/><c:externalData r:id="rId1"><c:autoUpdate val="0"/>'
        "</c:externalData></c:chartSpace>"
    ).encode()
    members["word/charts/_rels/chart1.xml.rels"] = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}package" Target="../embeddings/data.xlsx"/></Relationships>'
    ).encode()
    members["word/embeddings/data.xlsx"] = _roster_with_everything()
    background = (
        '<w:background w:color="FFFFFF"><v:background xmlns:v="urn:schemas-microsoft-com:vml">'
        '<v:fill r:id="rId91" type="frame"/></v:background></w:background><w:body>'
    )
    members["word/document.xml"] = (
        members["word/document.xml"].decode().replace("<w:body>", background).encode()
    )
    picture_link = f'<Relationship Id="rId91" Type="{REL}image" Target="media/scan.png"/></Relationships>'
    members["word/_rels/document.xml.rels"] = (
        members["word/_rels/document.xml.rels"].decode().replace("</Relationships>", picture_link).encode()
    )
    members["word/media/scan.png"] = _png()
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    copy = redact_bytes(engine, output.getvalue(), ".docx", "chart.docx")
    after = _members(copy.data)
    assert "word/embeddings/data.xlsx" not in after
    assert (
        "externalData" not in after["word/charts/chart1.xml"]
        and "<c:chart/>" in after["word/charts/chart1.xml"]
    )
    assert "embeddings" not in after["word/charts/_rels/chart1.xml.rels"]
    assert "word/media/scan.png" not in after and "background" not in after["word/document.xml"]
    assert "rId91" not in after["word/_rels/document.xml.rels"]
    docx.Document(io.BytesIO(copy.data))


def test_html_copy_changes_only_the_characters_of_findings(engine: Engine) -> None:
    page = f"<html><body><p>临时救助对象公示</p><p>a > b & c,户主电话 {PHONE} &lt;备注&gt;</p></body></html>"
    copy = redact_bytes(engine, page.encode("utf-8"), ".html", "p.html")
    assert copy.data.decode("utf-8") == page.replace(PHONE, "139****5678")
