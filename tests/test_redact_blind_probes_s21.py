"""Blind probes of session 21 (leak16): places a file keeps text that a viewer shows or a reader recovers,
and that a drafter fills without thinking of the published copy. Each probe is a draft of an office the
tuning parts do not write (a 气象局, a 档案馆, a 殡葬管理所, a 机关事务管理局 …), in my own words, with a
private person's phone, identity number, e-mail address or name in one such place. The report must find each
value, naming a place an officer can follow; the copy, in either style, must hold none of them in any part
of the file and in none of the forms a reader still reads (full-width, spaced, hyphenated, character
references). A .pdf has no copy: the copy is refused in one line."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

from secreview import Attribute, Engine
from secreview.engine import Document
from secreview.errors import ExtractionError
from secreview.masking import Style, must_redact
from secreview.redact import redact_bytes
from tests.testing.docx_builder import (
    Xml,
    build_docx,
    deleted,
    field_paragraph,
    inserted,
    paragraph,
    runs_paragraph,
)
from tests.testing.hidden_places import CONTENT_TYPES, pdf_edited
from tests.testing.leftovers import folded, places_of, readable_texts
from tests.testing.pdf_builder import build_pdf
from tests.testing.xlsx_builder import raw_xlsx

STYLES = pytest.mark.parametrize("style", [Style.MASK, Style.FULL], ids=["mask", "block"])

MOBILE = "13974105862"
MOBILE_TOO = "18907316245"
ID_NUMBER = "520102197908143020"
ID_TOO = "610103198602274151"
EMAIL = "tangxiaomei1986@163.com"
EMAIL_TOO = "liu_jianguo77@qq.com"


def _run(text: str, properties: str) -> Xml:
    return Xml(f'<w:r><w:rPr>{properties}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>')


def _docx(body: list[str | Xml], **parts: object) -> Callable[[], bytes]:
    return lambda: build_docx(body, **parts)  # type: ignore[arg-type]


def _vml_textbox(text: str) -> Xml:
    """A text box written by an older Word (or WPS) as VML alone, no DrawingML beside it."""
    return Xml(
        '<w:p><w:r><w:pict><v:shape id="_x0000_s1026" type="#_x0000_t202" style="width:160pt;height:40pt">'
        f'<v:textbox><w:txbxContent><w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
    )


def _picture(name: str, descr: str = "", title: str = "") -> Xml:
    """An inline picture whose alt text (descr, title) a screen reader speaks; no image part."""
    attributes = f'descr="{descr}"' if descr else ""
    attributes += f' title="{title}"' if title else ""
    return Xml(
        '<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        '<wp:extent cx="914400" cy="914400"/>'
        f'<wp:docPr id="7" name="{name}" {attributes}/>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:nvPicPr><pic:cNvPr id="0" name="{name}"/><pic:cNvPicPr/></pic:nvPicPr>'
        "<pic:blipFill><a:blip/></pic:blipFill><pic:spPr/></pic:pic>"
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
    )


def _second_section_first_header(text: str) -> Callable[[], bytes]:
    """Two sections; the first page of the first section has its own header (the fourth header part, which
    only that section's properties name)."""
    section = Xml(
        '<w:p><w:pPr><w:sectPr><w:headerReference w:type="first" r:id="rId13"/>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:titlePg/></w:sectPr></w:pPr></w:p>'
    )
    return _docx(
        [
            paragraph("关于殡葬服务收费情况的说明"),
            paragraph("本年度共办理惠民殡葬减免312例。"),
            section,
            paragraph("附：收费标准"),
        ],
        headers=["县殡葬管理所", "", "", text],
    )


_COMMENTS_EXTENDED = (
    '<w15:commentsEx xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">'
    '<w15:commentEx w15:paraId="1A2B3C4D" w15:done="0"/>'
    '<w15:commentEx w15:paraId="1A2B3C4E" w15:paraIdParent="1A2B3C4D" w15:done="0"/>'
    "</w15:commentsEx>"
)


def _comment_reply() -> bytes:
    return build_docx(
        [paragraph("关于档案查阅利用情况的报告"), paragraph("本季度接待查档群众1,206人次。")],
        comments=[
            [
                Xml(
                    '<w:p w14:paraId="1A2B3C4D" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">'
                    "<w:r><w:t>查档人信息是否删除？</w:t></w:r></w:p>"
                )
            ],
            [
                Xml(
                    '<w:p w14:paraId="1A2B3C4E" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">'
                    f"<w:r><w:t>回复：查档人身份证号{ID_NUMBER}，已核验</w:t></w:r></w:p>"
                )
            ],
        ],
        extra={"word/commentsExtended.xml": _COMMENTS_EXTENDED.encode()},
    )


def _core_properties() -> bytes:
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">'
        "<dc:title>气象灾害预警信息发布情况</dc:title>"
        f"<dc:description>来电群众手机{MOBILE}要求回访</dc:description>"
        f"<cp:keywords>回访 {EMAIL}</cp:keywords>"
        "</cp:coreProperties>"
    )
    return build_docx(
        [paragraph("关于气象灾害预警信息发布情况的通报"), paragraph("全年发布预警信号86期。")],
        replace={"docProps/core.xml": core.encode()},
    )


def _ole_title() -> bytes:
    """An embedded object whose picture's title (Word's o:title) names the attached scan."""
    shape = Xml(
        '<w:p><w:r><w:object><v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:60pt;height:40pt">'
        f'<v:imagedata o:title="联系人唐小梅手机{MOBILE}" xmlns:o="urn:schemas-microsoft-com:office:office"/>'
        "</v:shape></w:object></w:r></w:p>"
    )
    return build_docx([paragraph("关于公务用车使用登记情况的说明"), shape])


def _glossary() -> bytes:
    glossary = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:glossaryDocument xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:docParts><w:docPart><w:docPartPr><w:name w:val="回执"/></w:docPartPr><w:docPartBody>'
        f"<w:p><w:r><w:t>上次填写：来信人刘建国，电子邮箱{EMAIL_TOO}</w:t></w:r></w:p>"
        "</w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>"
    )
    relationship = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId90" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/glossaryDocument" '
        'Target="glossary/document.xml"/></Relationships>'
    )
    return build_docx(
        [paragraph("关于机关会议室预约使用的通知"), paragraph("各处室预约会议室请提前一天登记。")],
        replace={"word/_rels/document.xml.rels": relationship.encode()},
        extra={"word/glossary/document.xml": glossary.encode()},
    )


def _workbook(build: Callable[[Workbook], None]) -> Callable[[], bytes]:
    def made() -> bytes:
        workbook = Workbook()
        build(workbook)
        buffer = io.BytesIO()
        workbook.save(buffer)
        return buffer.getvalue()

    return made


def _sheet(workbook: Workbook, title: str) -> object:
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    return sheet


def _very_hidden(workbook: Workbook) -> None:
    shown = _sheet(workbook, "统计")
    shown.append(["月份", "受理件数"])  # type: ignore[attr-defined]
    shown.append(["10月", 48])  # type: ignore[attr-defined]
    hidden = workbook.create_sheet("底册")
    hidden.sheet_state = "veryHidden"
    hidden.append(["申请人", "身份证号", "手机"])
    hidden.append(["唐小梅", ID_NUMBER, MOBILE])


def _hidden_rows(workbook: Workbook) -> None:
    sheet = _sheet(workbook, "登记")
    sheet.append(["序号", "姓名", "联系电话", "事项"])  # type: ignore[attr-defined]
    sheet.append([1, "唐小梅", MOBILE, "骨灰寄存"])  # type: ignore[attr-defined]
    sheet.append([2, "刘建国", MOBILE_TOO, "墓位预约"])  # type: ignore[attr-defined]
    for row in (2, 3):
        sheet.row_dimensions[row].hidden = True  # type: ignore[attr-defined]


def _hidden_names(workbook: Workbook) -> None:
    shown = _sheet(workbook, "汇总")
    shown.append(["项目", "户数"])  # type: ignore[attr-defined]
    shown.append(["节地生态安葬奖补", 2])  # type: ignore[attr-defined]
    hidden = workbook.create_sheet("明细")
    hidden.sheet_state = "hidden"
    hidden.append(["序号", "逝者家属姓名", "安葬方式"])
    hidden.append([1, "周丽华", "树葬"])
    hidden.append([2, "唐小梅", "海葬"])


def _cell_note(workbook: Workbook) -> None:
    sheet = _sheet(workbook, "汇总")
    sheet.append(["项目", "户数"])  # type: ignore[attr-defined]
    sheet.append(["惠民殡葬", 312])  # type: ignore[attr-defined]
    sheet["B2"].comment = Comment(f"其中一户户主身份证号{ID_TOO}，待复核", "经办人")  # type: ignore[index]


def _defined_name(workbook: Workbook) -> None:
    sheet = _sheet(workbook, "汇总")
    sheet.append(["项目", "件数"])  # type: ignore[attr-defined]
    sheet.append(["查档", 1206])  # type: ignore[attr-defined]
    workbook.defined_names["回访电话"] = DefinedName("回访电话", attr_text=f'"唐小梅{MOBILE}"')


def _hidden_format(workbook: Workbook) -> None:
    """A cell whose number format (;;;) shows nothing: the value is in the file and in the formula bar."""
    sheet = _sheet(workbook, "汇总")
    sheet.append(["项目", "件数", "备注"])  # type: ignore[attr-defined]
    sheet.append(["预警发布", 86, f"来电人身份证号{ID_NUMBER}"])  # type: ignore[attr-defined]
    sheet["C2"].number_format = ";;;"  # type: ignore[index]


def _white_cell(workbook: Workbook) -> None:
    sheet = _sheet(workbook, "汇总")
    sheet.append(["项目", "车次"])  # type: ignore[attr-defined]
    sheet.append(["公务用车", 57])  # type: ignore[attr-defined]
    sheet["D9"] = f"驾驶员家属手机{MOBILE_TOO}"  # type: ignore[index]
    sheet["D9"].font = Font(color="FFFFFFFF", size=1)  # type: ignore[index]


def _validation_list(workbook: Workbook) -> None:
    sheet = _sheet(workbook, "回访")
    sheet.append(["事项", "回访对象"])  # type: ignore[attr-defined]
    sheet.append(["查档回访", None])  # type: ignore[attr-defined]
    rule = DataValidation(type="list", formula1=f'"唐小梅{MOBILE},刘建国{MOBILE_TOO}"')
    rule.add("B2")
    sheet.add_data_validation(rule)  # type: ignore[attr-defined]


def _unused_string() -> bytes:
    """A shared string no cell uses any more (a cleared cell's: Excel keeps it until saved again)."""
    rows = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
    strings = f"<si><t>会议室</t></si><si><t>已预约</t></si><si><t>预约人刘建国，邮箱{EMAIL}</t></si>"
    return raw_xlsx(rows, shared_strings_xml=strings, extra={"[Content_Types].xml": CONTENT_TYPES.encode()})


def _html(body: str, head: str = "") -> Callable[[], bytes]:
    return lambda: (
        f'<!doctype html><html><head><meta charset="utf-8"><title>办事指南</title>{head}</head>'
        f"<body><h1>关于节假日值班安排的通知</h1><p>值班时间为上午8时至下午6时。</p>{body}</body></html>"
    ).encode()


_ABOUT = "关于{}的情况说明"

# name: (suffix, build, values that must be found and gone)
PROBES: dict[str, tuple[str, Callable[[], bytes], tuple[str, ...]]] = {
    # 气象局: a complainant's mobile in a run Word hides (w:vanish)
    "docx-vanish": (
        ".docx",
        _docx(
            [
                paragraph(_ABOUT.format("预警短信投诉处理")),
                runs_paragraph(["已向投诉人回复。", _run(f"投诉人唐小梅，手机{MOBILE}", "<w:vanish/>")]),
            ]
        ),
        (MOBILE,),
    ),
    # 档案馆: an e-mail in a run hidden in web view (w:webHidden)
    "docx-web-hidden": (
        ".docx",
        _docx(
            [
                paragraph(_ABOUT.format("档案查阅预约")),
                runs_paragraph(["预约已确认。", _run(f"查档人邮箱{EMAIL}", "<w:webHidden/>")]),
            ]
        ),
        (EMAIL,),
    ),
    # 殡葬管理所: an identity number in white 1-point text
    "docx-white-tiny": (
        ".docx",
        _docx(
            [
                paragraph(_ABOUT.format("惠民殡葬减免")),
                runs_paragraph(
                    [
                        "本年度共减免312例。",
                        _run(f"逝者家属身份证号{ID_NUMBER}", '<w:color w:val="FFFFFF"/><w:sz w:val="2"/>'),
                    ]
                ),
            ]
        ),
        (ID_NUMBER,),
    ),
    # 机关事务管理局: a driver's relative's mobile in a VML text box (no DrawingML beside it)
    "docx-vml-textbox": (
        ".docx",
        _docx([paragraph(_ABOUT.format("公务用车调度")), _vml_textbox(f"紧急联系人刘建国 {MOBILE_TOO}")]),
        (MOBILE_TOO,),
    ),
    # 殡葬管理所: the first-page header of the first of two sections
    "docx-section-first-header": (
        ".docx",
        _second_section_first_header(f"经办：唐小梅 手机{MOBILE}"),
        (MOBILE,),
    ),
    # 档案馆: the even-page footer
    "docx-even-footer": (
        ".docx",
        _docx(
            [paragraph(_ABOUT.format("民生档案利用")), paragraph("本年度出具证明材料2,116件。")],
            footers=["第 1 页", "", f"查档人刘建国邮箱{EMAIL_TOO}"],
        ),
        (EMAIL_TOO,),
    ),
    # 气象局: an endnote
    "docx-endnote": (
        ".docx",
        _docx(
            [paragraph(_ABOUT.format("人工增雨作业")), paragraph("全年开展作业41次。")],
            endnotes=[[f"作业点土地承包户唐小梅，身份证号{ID_NUMBER}"]],
        ),
        (ID_NUMBER,),
    ),
    # 档案馆: a reply to a comment (commentsExtended)
    "docx-comment-reply": (".docx", _comment_reply, (ID_NUMBER,)),
    # 机关事务管理局: a tracked deletion (recoverable by rejecting it)
    "docx-deletion": (
        ".docx",
        _docx(
            [
                paragraph(_ABOUT.format("职工食堂满意度调查")),
                runs_paragraph(["收回问卷214份。", deleted(f"反映人刘建国，手机{MOBILE_TOO}。")]),
            ]
        ),
        (MOBILE_TOO,),
    ),
    # 气象局: a tracked insertion
    "docx-insertion": (
        ".docx",
        _docx(
            [
                paragraph(_ABOUT.format("雷电灾害调查")),
                runs_paragraph(["已完成现场勘查。", inserted(f"受灾户唐小梅，身份证号{ID_NUMBER}。")]),
            ]
        ),
        (ID_NUMBER,),
    ),
    # 殡葬管理所: a field's cached result (a DOCPROPERTY shown in the body)
    "docx-field-result": (
        ".docx",
        _docx(
            [
                paragraph(_ABOUT.format("骨灰堂寄存到期提醒")),
                field_paragraph("DOCPROPERTY 寄存人电话 \\* MERGEFORMAT", f"寄存人电话{MOBILE}"),
            ]
        ),
        (MOBILE,),
    ),
    # 机关事务管理局: a picture's alt text (description and title)
    "docx-alt-text": (
        ".docx",
        _docx(
            [
                paragraph(_ABOUT.format("机关开放日活动")),
                _picture("图片 7", descr=f"刘建国身份证{ID_TOO}正面", title=f"手机{MOBILE_TOO}"),
            ]
        ),
        (ID_TOO, MOBILE_TOO),
    ),
    # 气象局: the document's description and keywords (File > Info)
    "docx-core-properties": (".docx", _core_properties, (MOBILE, EMAIL)),
    # 机关事务管理局: an embedded object's picture title
    "docx-object-title": (".docx", _ole_title, (MOBILE,)),
    # 机关事务管理局: a building block in the glossary
    "docx-glossary": (".docx", _glossary, (EMAIL_TOO,)),
    # 气象局: a complainant's name alone, in a tracked deletion
    "docx-deleted-name": (
        ".docx",
        _docx(
            [
                paragraph(_ABOUT.format("预警信息传播投诉办理")),
                runs_paragraph(["已按程序办结。", deleted("投诉人周丽华反映其所在小区未收到预警短信。")]),
            ]
        ),
        ("周丽华",),
    ),
    # 档案馆: a petitioner's name alone, in a hidden run
    "docx-hidden-name": (
        ".docx",
        _docx(
            [
                paragraph(_ABOUT.format("婚姻档案查阅争议")),
                runs_paragraph(["已依法答复。", _run("申请人：周丽华", "<w:vanish/>")]),
            ]
        ),
        ("周丽华",),
    ),
    # 档案馆: a very hidden sheet (no Unhide lists it)
    "xlsx-very-hidden": (".xlsx", _workbook(_very_hidden), (ID_NUMBER, MOBILE)),
    # 殡葬管理所: hidden rows
    "xlsx-hidden-rows": (".xlsx", _workbook(_hidden_rows), (MOBILE, MOBILE_TOO)),
    # 殡葬管理所: a hidden sheet's names under a 姓名 heading, no number beside them
    "xlsx-hidden-names": (".xlsx", _workbook(_hidden_names), ("周丽华", "唐小梅")),
    # 殡葬管理所: a cell's note
    "xlsx-note": (".xlsx", _workbook(_cell_note), (ID_TOO,)),
    # 档案馆: a defined name's constant (Name Manager)
    "xlsx-defined-name": (".xlsx", _workbook(_defined_name), (MOBILE,)),
    # 气象局: a cell whose number format (;;;) shows nothing
    "xlsx-hidden-format": (".xlsx", _workbook(_hidden_format), (ID_NUMBER,)),
    # 机关事务管理局: white 1-point text far from the table
    "xlsx-white-cell": (".xlsx", _workbook(_white_cell), (MOBILE_TOO,)),
    # 档案馆: a data validation's list (the drop-down)
    "xlsx-validation-list": (".xlsx", _workbook(_validation_list), (MOBILE, MOBILE_TOO)),
    # 机关事务管理局: a shared string no cell uses
    "xlsx-unused-string": (".xlsx", _unused_string, (EMAIL,)),
    # 气象局: an element a style sheet hides
    "html-display-none": (
        ".html",
        _html(f'<div style="display:none">来电人唐小梅 {MOBILE}</div>'),
        (MOBILE,),
    ),
    # 档案馆: a comment in the page source
    "html-comment": (".html", _html(f"<!-- 查档人身份证号 {ID_NUMBER} 待删 -->"), (ID_NUMBER,)),
    # 殡葬管理所: a picture's alt and title
    "html-alt-title": (
        ".html",
        _html(f'<img src="a.png" alt="家属邮箱{EMAIL}" title="家属手机{MOBILE_TOO}">'),
        (EMAIL, MOBILE_TOO),
    ),
}


@STYLES
@pytest.mark.parametrize("name", list(PROBES))
def test_a_hidden_place_probe_is_found_and_cut_from_the_copy(
    engine: Engine, tmp_path: Path, style: Style, name: str
) -> None:
    suffix, build, values = PROBES[name]
    data = build()
    copy = redact_bytes(engine, data, suffix, f"probe{suffix}", style)
    assert copy.original.attribute is Attribute.REDACTED
    cut = [finding for finding in copy.original.findings if must_redact(finding)]
    for value in values:
        where = [f.part for f in cut if folded(value) in folded(f.text)]
        assert where, value  # found in the report
        assert all(where), value  # with a place an officer can follow
    assert copy.recheck.attribute is Attribute.PROACTIVE
    written = tmp_path / f"copy{suffix}"
    written.write_bytes(copy.data)
    texts = readable_texts(written)
    for value in values:
        assert places_of(value, texts) == [], value


# --- .pdf: found with its place, and no copy --------------------------------------------------------------


def _invisible_text() -> bytes:
    """Text drawn in render mode 3 (invisible), as an OCR layer or a hidden note is."""
    data = build_pdf(
        [["关于人工增雨作业情况的说明", "全年开展作业41次。", f"作业点承包户身份证号{ID_NUMBER}"]]
    )
    return data.replace(b"/F1 12 Tf", b"/F1 12 Tf 3 Tr", 1)


def _under_image() -> bytes:
    """A line a picture is drawn over: the text layer still holds it."""
    from tests.testing.pdf_builder import FULL_PAGE_IMAGE

    pages = [["关于档案数字化外包的说明", f"扫描员刘建国手机{MOBILE_TOO}"]]
    data = build_pdf(pages)
    return data.replace(b"ET\n", b"ET\n" + FULL_PAGE_IMAGE, 1) if b"ET\n" in data else data


def _annotation_note() -> bytes:
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, TextStringObject

    def edit(writer: object) -> None:
        note = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Text"),
                NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (10, 10, 30, 30)]),
                NameObject("/Contents"): TextStringObject(f"家属唐小梅手机{MOBILE}，已电话告知"),
            }
        )
        writer.add_annotation(0, note)  # type: ignore[attr-defined]

    return pdf_edited(edit)


def _form_field() -> bytes:
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        TextStringObject,
    )

    def edit(writer: object) -> None:
        field = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/T"): TextStringObject("申请人证件号"),
                NameObject("/V"): TextStringObject(ID_TOO),
                NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (50, 50, 250, 70)]),
            }
        )
        reference = writer._add_object(field)  # type: ignore[attr-defined]
        page = writer.pages[0]  # type: ignore[attr-defined]
        page[NameObject("/Annots")] = ArrayObject([reference])
        writer._root_object[NameObject("/AcroForm")] = DictionaryObject(  # type: ignore[attr-defined]
            {NameObject("/Fields"): ArrayObject([reference])}
        )

    return pdf_edited(edit)


def _metadata() -> bytes:
    return build_pdf(
        [["关于气象信息服务满意度调查的报告", "收回问卷538份。"]],
        info={"Title": "满意度调查", "Subject": f"回访对象邮箱{EMAIL}", "Keywords": f"回访 {MOBILE_TOO}"},
    )


def _earlier_save() -> bytes:
    from tests.testing.blind_places import _saved_again

    data = build_pdf([["关于骨灰堂寄存情况的说明", f"寄存人唐小梅身份证号{ID_NUMBER}"]])
    return _saved_again(data, "寄存人信息已删除")


PDF_PROBES: dict[str, tuple[Callable[[], bytes], tuple[str, ...]]] = {
    "pdf-invisible": (_invisible_text, (ID_NUMBER,)),
    "pdf-under-image": (_under_image, (MOBILE_TOO,)),
    "pdf-annotation": (_annotation_note, (MOBILE,)),
    "pdf-form-field": (_form_field, (ID_TOO,)),
    "pdf-metadata": (_metadata, (EMAIL, MOBILE_TOO)),
    "pdf-earlier-save": (_earlier_save, (ID_NUMBER,)),
}


@pytest.mark.parametrize("name", list(PDF_PROBES))
def test_a_pdf_probe_is_found_with_its_place_and_no_copy_is_made(engine: Engine, name: str) -> None:
    build, values = PDF_PROBES[name]
    data = build()
    report = engine.review(Document("probe.pdf", data, ".pdf"))
    cut = [finding for finding in report.findings if must_redact(finding)]
    for value in values:
        where = [f.part for f in cut if folded(value) in folded(f.text)]
        assert where and all(where), (value, [(f.rule, f.text, f.part) for f in report.findings])
    with pytest.raises(ExtractionError) as refused:
        redact_bytes(engine, data, ".pdf", "probe.pdf", Style.MASK)
    assert "\n" not in str(refused.value)
