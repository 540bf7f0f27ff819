"""extract_docx: every part of a .docx comes out, with the right part name, and hostile files are refused."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from secreview.errors import ExtractionError
from secreview.extract import ziputil
from secreview.extract.base import (
    BODY,
    COMMENT,
    ENDNOTE,
    FOOTER,
    FOOTNOTE,
    HEADER,
    METADATA,
    REVISION,
    TABLE,
    TEXTBOX,
    ExtractedText,
)
from secreview.extract.docx import extract_docx
from tests.testing.docx_builder import (
    W_NS,
    Xml,
    build_docx,
    deleted,
    field_paragraph,
    inserted,
    paragraph,
    patch_central_entry,
    runs_paragraph,
    table,
    textbox_paragraph,
    watermark_paragraph,
    write_docx,
    zip_members,
)


def part_of(extracted: ExtractedText, marker: str) -> str:
    start = extracted.text.find(marker)
    assert start >= 0, f"{marker!r} missing from {extracted.text!r}"
    return extracted.part_at(start, start + len(marker))


def assert_refused(data: bytes, expected: str | None = None) -> ExtractionError:
    with pytest.raises(ExtractionError) as caught:
        extract_docx(data)
    message = str(caught.value)
    assert message
    assert "\n" not in message
    if expected is not None:
        assert expected in message
    return caught.value


def document_xml(body: str, prolog: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'{prolog}<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    ).encode()


@pytest.fixture(scope="module")
def every_part() -> ExtractedText:
    data = build_docx(
        [
            paragraph("正文 ID-BODY-0001"),
            runs_paragraph(["ID-SP", "LIT-", "0002"]),
            table([["表格 ID-TABLE-0003", table([["嵌套 ID-NESTED-0004"]])]]),
            runs_paragraph(["修订:", inserted("ID-INS-0005"), deleted("ID-DEL-0006"), "结束"]),
            textbox_paragraph("文本框 ID-BOX-0007", before="锚定段落前", after="锚定段落后"),
            field_paragraph('HYPERLINK "mailto:secret@example.cn"', "联系我们"),
            paragraph("隐藏 ID-HIDDEN-0008", hidden=True),
        ],
        headers=[[paragraph("页眉 ID-HEADER-0009"), watermark_paragraph("内部资料 ID-MARK-0010")]],
        footers=["页脚 ID-FOOTER-0011"],
        footnotes=["脚注 ID-FOOTNOTE-0012"],
        endnotes=["尾注 ID-ENDNOTE-0013"],
        comments=["批注 ID-COMMENT-0014"],
        title="标题 ID-TITLE-0015",
        creator="作者 ID-CREATOR-0016",
        company="单位 ID-COMPANY-0017",
    )
    return extract_docx(data)


@pytest.mark.parametrize(
    ("marker", "part"),
    [
        ("ID-BODY-0001", BODY),
        ("ID-SPLIT-0002", BODY),
        ("ID-TABLE-0003", TABLE),
        ("ID-NESTED-0004", TABLE),
        ("ID-INS-0005", REVISION),
        ("ID-DEL-0006", REVISION),
        ("ID-BOX-0007", TEXTBOX),
        ("ID-HIDDEN-0008", BODY),
        ("ID-HEADER-0009", HEADER),
        ("ID-MARK-0010", TEXTBOX),
        ("ID-FOOTER-0011", FOOTER),
        ("ID-FOOTNOTE-0012", FOOTNOTE),
        ("ID-ENDNOTE-0013", ENDNOTE),
        ("ID-COMMENT-0014", COMMENT),
        ("ID-TITLE-0015", METADATA),
        ("ID-CREATOR-0016", METADATA),
        ("ID-COMPANY-0017", METADATA),
    ],
)
def test_marker_comes_out_with_its_part(every_part: ExtractedText, marker: str, part: str) -> None:
    assert part_of(every_part, marker) == part
    assert every_part.text.count(marker) == 1


def test_parts_come_in_contract_order(every_part: ExtractedText) -> None:
    markers = ["BODY", "TABLE", "HEADER", "FOOTER", "FOOTNOTE", "ENDNOTE", "COMMENT", "TITLE"]
    positions = [every_part.text.index(f"ID-{marker}-") for marker in markers]
    assert positions == sorted(positions)


def test_text_box_follows_its_anchor_paragraph(every_part: ExtractedText) -> None:
    assert "锚定段落前锚定段落后\n文本框 ID-BOX-0007\n" in every_part.text


def test_tracked_changes_stay_inline(every_part: ExtractedText) -> None:
    assert "修订:ID-INS-0005ID-DEL-0006结束\n" in every_part.text
    assert part_of(every_part, "修订:") == BODY
    assert part_of(every_part, "结束") == BODY


def test_field_code_is_read_apart_and_result_kept(every_part: ExtractedText) -> None:
    """The result is in the text where it stands; the code (Alt+F9 shows it) is read after everything."""
    codes = [every_part.text[s.start : s.end] for s in every_part.segments if s.part == "field-code"]
    others = "".join(every_part.text[s.start : s.end] for s in every_part.segments if s.part != "field-code")
    assert any("HYPERLINK" in code and "mailto" in code for code in codes)
    assert "HYPERLINK" not in others
    assert "联系我们\n" in every_part.text


def test_separators_are_line_breaks_tabs_and_spaces_and_segments_are_sorted(
    every_part: ExtractedText,
) -> None:
    covered = [False] * len(every_part.text)
    previous_end = 0
    for segment in every_part.segments:
        assert previous_end <= segment.start < segment.end <= len(every_part.text)
        previous_end = segment.end
        covered[segment.start : segment.end] = [True] * (segment.end - segment.start)
    uncovered = {char for char, is_covered in zip(every_part.text, covered, strict=True) if not is_covered}
    # Lines end paragraphs and table rows; tabs part cells; a space parts paragraphs of one cell.
    assert uncovered <= {"\n", "\t", " "}
    assert every_part.encoding is None


def test_inline_characters() -> None:
    body = Xml(
        "<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t><w:cr/>"
        "<w:t>丁</w:t><w:noBreakHyphen/><w:t>戊</w:t><w:softHyphen/><w:t>己</w:t></w:r></w:p>"
    )
    extracted = extract_docx(build_docx(body))
    assert extracted.text.startswith("甲\t乙\n丙\n丁-戊己\n")
    assert part_of(extracted, "甲\t乙\n丙") == BODY


def test_wrappers_are_transparent() -> None:
    body = Xml(
        '<w:p><w:hyperlink r:id="rId99"><w:r><w:t>ID-</w:t></w:r></w:hyperlink>'
        '<w:smartTag w:uri="u" w:element="e"><w:r><w:t>WR</w:t></w:r></w:smartTag>'
        '<w:sdt><w:sdtPr><w:alias w:val="别名"/></w:sdtPr><w:sdtContent><w:r><w:t>AP</w:t></w:r>'
        "</w:sdtContent></w:sdt>"
        '<w:fldSimple w:instr=" PAGE "><w:r><w:t>-0018</w:t></w:r></w:fldSimple></w:p>'
        "<w:sdt><w:sdtContent><w:p><w:r><w:t>控件 ID-SDT-0019</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )
    extracted = extract_docx(build_docx(body))
    assert part_of(extracted, "ID-WRAP-0018") == BODY
    assert part_of(extracted, "ID-SDT-0019") == BODY
    assert part_of(extracted, "PAGE") == "field-code"  # the simple field's code, read apart


def test_text_box_in_header_keeps_textbox_part() -> None:
    extracted = extract_docx(build_docx("正文", headers=[textbox_paragraph("页眉文本框 ID-HBOX-0020")]))
    assert part_of(extracted, "ID-HBOX-0020") == TEXTBOX
    assert extracted.text.count("ID-HBOX-0020") == 1


def test_vml_only_text_box_is_read() -> None:
    body = Xml(
        "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>ID-VML-0021</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
    )
    extracted = extract_docx(build_docx(body))
    assert part_of(extracted, "ID-VML-0021") == TEXTBOX


def test_separator_footnotes_add_no_lines() -> None:
    extracted = extract_docx(build_docx("正文", footnotes=["脚注"]))
    assert extracted.text.startswith("正文\n脚注\n")


def test_utf16_document_part() -> None:
    xml = document_xml("<w:p><w:r><w:t>UTF-16 正文 ID-U16-0022</w:t></w:r></w:p>")
    utf16 = xml.replace(b'encoding="UTF-8"', b'encoding="UTF-16"').decode().encode("utf-16")
    extracted = extract_docx(build_docx("", replace={"word/document.xml": utf16}))
    assert part_of(extracted, "ID-U16-0022") == BODY


def test_strict_namespace_document() -> None:
    strict = document_xml("<w:p><w:r><w:t>严格格式 ID-STRICT-0023</w:t></w:r></w:p>").replace(
        W_NS.encode(), b"http://purl.oclc.org/ooxml/wordprocessingml/main"
    )
    extracted = extract_docx(build_docx("", replace={"word/document.xml": strict}))
    assert part_of(extracted, "ID-STRICT-0023") == BODY


def test_main_part_found_through_package_relationships() -> None:
    data = build_docx("ignored")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["_rels/.rels"] = members["_rels/.rels"].replace(b"word/document.xml", b"word/main.xml")
    members["word/main.xml"] = document_xml("<w:p><w:r><w:t>ID-MAIN-0024</w:t></w:r></w:p>")
    members["word/_rels/main.xml.rels"] = members.pop("word/_rels/document.xml.rels")
    extracted = extract_docx(zip_members(members))
    assert part_of(extracted, "ID-MAIN-0024") == BODY
    assert "ignored" not in extracted.text


def test_python_docx_document_extracts_in_order(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("第一段 ID-PD-0025")
    grid = document.add_table(rows=2, cols=2)
    for row_index, row in enumerate(grid.rows):
        for column_index, cell in enumerate(row.cells):
            cell.text = f"单元格 ID-CELL-{row_index}{column_index}"
    document.add_paragraph("最后一段 ID-PD-0026")
    document.core_properties.title = "python-docx 标题"
    path = tmp_path / "python-docx.docx"
    document.save(str(path))

    extracted = extract_docx(path.read_bytes())

    markers = ["ID-PD-0025", "ID-CELL-00", "ID-CELL-01", "ID-CELL-10", "ID-CELL-11", "ID-PD-0026"]
    positions = [extracted.text.index(marker) for marker in markers]
    assert positions == sorted(positions)
    assert part_of(extracted, "ID-PD-0025") == BODY
    assert part_of(extracted, "ID-CELL-11") == TABLE
    assert part_of(extracted, "python-docx 标题") == METADATA


def test_builder_output_opens_in_python_docx(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    path = write_docx(
        tmp_path / "built.docx",
        [paragraph("正文"), table([["甲", table([["乙"]])]]), textbox_paragraph("框")],
        headers=["页眉"],
        footers=["页脚"],
        footnotes=["脚注"],
        comments=["批注"],
        title="标题",
    )
    document = docx.Document(str(path))
    assert document.paragraphs[0].text == "正文"
    assert document.sections[0].header.paragraphs[0].text == "页眉"
    assert document.core_properties.title == "标题"


def test_builder_is_reproducible() -> None:
    assert build_docx(["甲", table([["乙"]])], headers=["丙"]) == build_docx(
        ["甲", table([["乙"]])], headers=["丙"]
    )


# --- refused files ----------------------------------------------------------


def test_not_a_zip() -> None:
    assert_refused(b"this is plain text, not a docx", "文件已损坏")


def test_empty_file() -> None:
    assert_refused(b"", "文件已损坏")


def test_truncated_zip() -> None:
    data = build_docx("正文")
    assert_refused(data[: len(data) // 2], "文件已损坏")


def test_cfb_container_is_encrypted_or_legacy() -> None:
    assert_refused(ziputil.CFB_SIGNATURE + b"\0" * 512, "文件已加密(受密码保护)或为旧版 .doc 格式")


def test_encrypted_member() -> None:
    data = patch_central_entry(build_docx("正文"), "word/document.xml", set_flags=0x1)
    assert_refused(data, "文件已加密")


def test_zip_without_document_part() -> None:
    assert_refused(zip_members({"hello.txt": b"hi"}), "缺少正文部件")


def test_duplicate_member_names() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive, pytest.warns(UserWarning):
        archive.writestr("word/document.xml", document_xml("<w:p><w:r><w:t>一</w:t></w:r></w:p>"))
        archive.writestr("word/document.xml", document_xml("<w:p><w:r><w:t>二</w:t></w:r></w:p>"))
    assert_refused(buffer.getvalue(), "文件已损坏")


def test_corrupt_xml() -> None:
    assert_refused(build_docx("", replace={"word/document.xml": b"<w:document><w:body>"}), "文档 XML 已损坏")


def test_not_a_word_document() -> None:
    assert_refused(build_docx("", replace={"word/document.xml": b"<workbook/>"}), "不是 Word 文档")


def test_external_entity_is_refused_and_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("ID-XXE-SECRET-0027", encoding="utf-8")
    xml = document_xml(
        "<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>",
        prolog=f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>\n',
    )
    error = assert_refused(build_docx("", replace={"word/document.xml": xml}), "DTD")
    assert "ID-XXE-SECRET-0027" not in str(error)


def test_billion_laughs_is_refused() -> None:
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    )
    xml = document_xml(
        "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>", prolog=f"<!DOCTYPE w:document [{entities}]>\n"
    )
    assert_refused(build_docx("", replace={"word/document.xml": xml}), "DTD")


def test_entity_in_header_part_is_refused() -> None:
    xml = f'<!DOCTYPE w:hdr [<!ENTITY e "x">]><w:hdr xmlns:w="{W_NS}"><w:p/></w:hdr>'.encode()
    assert_refused(build_docx("正文", headers=["页眉"], replace={"word/header1.xml": xml}), "DTD")


def test_zip_bomb_of_400_megabytes() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        info = zipfile.ZipInfo("word/document.xml", date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        zeros = bytes(1024 * 1024)
        with archive.open(info, "w", force_zip64=True) as member:
            for _ in range(400):
                member.write(zeros)
    assert_refused(buffer.getvalue(), "zip 炸弹")


def test_high_compression_ratio() -> None:
    assert_refused(build_docx("", replace={"word/document.xml": bytes(40 * 1024 * 1024)}), "zip 炸弹")


def test_declared_size_that_lies() -> None:
    data = build_docx("", replace={"word/document.xml": document_xml("<w:p/>" * 200_000)})
    assert_refused(patch_central_entry(data, "word/document.xml", file_size=1000), "文件已损坏")


def test_total_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ziputil, "MAX_TOTAL_SIZE", 3000)
    assert_refused(build_docx(["正文" * 300], headers=["页眉" * 300]), "zip 炸弹")


def test_member_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ziputil, "MAX_MEMBER_SIZE", 1000)
    assert_refused(build_docx(["正文" * 600]), "zip 炸弹")


def test_bomb_in_unread_member_does_not_matter() -> None:
    extracted = extract_docx(
        build_docx("正文 ID-OK-0028", extra={"word/media/zeros.bin": bytes(5 * 1024 * 1024)})
    )
    assert part_of(extracted, "ID-OK-0028") == BODY


def test_too_many_members() -> None:
    extra = {f"word/media/{index}.bin": b"" for index in range(ziputil.MAX_MEMBERS)}
    assert_refused(build_docx("正文", extra=extra), "文件过多")


def test_deep_nesting_is_refused() -> None:
    depth = 5000
    body = Xml("<w:sdt><w:sdtContent>" * depth + "<w:p/>" + "</w:sdtContent></w:sdt>" * depth)
    assert_refused(build_docx(body), "嵌套过深")
