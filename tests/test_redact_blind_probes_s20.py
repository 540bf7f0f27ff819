"""Blind probes of session 20 (leak15): drafts of offices the tuning parts do not write, each hiding private
data in a place a drafter puts it without thinking of the copy (a footnote, the 抄送 line, an annex list, a
header, a comment, a text box, a hidden sheet or column, a number broken or spelled otherwise). Every value
must be found in the report and gone from the copy, in either style, in every part of the file and in the
forms a reader still reads (full-width, spaced, hyphenated). The twins at the end are public and stay."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from secreview import Attribute, Engine
from secreview.masking import Style, must_redact
from secreview.redact import redact_bytes
from tests.testing.docx_builder import build_docx, paragraph, table, textbox_paragraph
from tests.testing.leftovers import folded, places_of, readable_texts

STYLES = pytest.mark.parametrize("style", [Style.MASK, Style.FULL], ids=["mask", "block"])

MOBILE = "13907312846"
MOBILE_TOO = "15874129063"
LANDLINE = "0731-84561237"
ID_NUMBER = "450302197811052045"
ID_TOO = "360102198506121536"
CARD = "6222021234567890128"
EMAIL = "fengli1988@163.com"
PLATE = "湘A7K2M9"


def _text(body: str) -> Callable[[], bytes]:
    return lambda: body.encode("utf-8")


def _docx(**parts: object) -> Callable[[], bytes]:
    return lambda: build_docx(**parts)  # type: ignore[arg-type]


def _workbook(build: Callable[[Workbook], None]) -> Callable[[], bytes]:
    def made() -> bytes:
        workbook = Workbook()
        build(workbook)
        buffer = io.BytesIO()
        workbook.save(buffer)
        return buffer.getvalue()

    return made


def _hidden_sheet(workbook: Workbook) -> None:
    shown = workbook.active
    assert shown is not None
    shown.title = "汇总"
    shown.append(["项目", "户数"])
    shown.append(["危房改造补助", 12])
    hidden = workbook.create_sheet("核对")
    hidden.sheet_state = "hidden"
    hidden.append(["户主", "身份证号", "联系电话"])
    hidden.append(["蒙德华", ID_NUMBER, MOBILE])


def _hidden_column(workbook: Workbook) -> None:
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "名单"
    sheet.append(["序号", "姓名", "村组", "手机号码", "补助金额(元)"])
    sheet.append([1, "蒙德华", "枫木村4组", MOBILE, 3000])
    sheet.append([2, "覃秀英", "枫木村6组", MOBILE_TOO, 3000])
    sheet.column_dimensions["D"].hidden = True


_TITLE = "关于{}的情况说明\n\n"
_SIGNED = "\n\n某县{}\n2026年11月20日\n"

PROBES: dict[str, tuple[str, Callable[[], bytes], tuple[str, ...]]] = {
    # 水利局: a mobile in full-width digits after its cue
    "full-width": (
        ".txt",
        _text(
            _TITLE.format("河道采砂投诉处理")
            + "投诉人覃某反映河道夜间采砂扰民,联系电话：１３９０７３１２８４６。"
            + _SIGNED.format("水利局")
        ),
        (MOBILE,),
    ),
    # 林业局: a mobile after a name in brackets, no cue
    "name-brackets": (
        ".txt",
        _text(
            _TITLE.format("林木采伐许可")
            + "经营者覃月娥（13907312846）申请采伐杉木12立方米,已现场核实。"
            + _SIGNED.format("林业局")
        ),
        (MOBILE,),
    ),
    # 信访局: the 抄送 line names the complainant with her mobile
    "copied-to": (
        ".txt",
        _text(
            _TITLE.format("来信转办")
            + "现将来信转你局办理。\n\n抄送：县纪委监委，来信人黄某某（电话 139-0731-2846）。"
            + _SIGNED.format("信访局")
        ),
        (MOBILE,),
    ),
    # 民政局: an annex list of persons with identity numbers and a landline
    "annex-list": (
        ".txt",
        _text(
            _TITLE.format("临时救助发放")
            + "本月共救助4户,发放资金1.2万元。\n\n附件：救助对象名单\n1. 冯某某 "
            + ID_NUMBER
            + " 龙潭村 家庭电话"
            + LANDLINE
            + "\n2. 韦某某 "
            + ID_TOO
            + " 花桥村"
            + _SIGNED.format("民政局")
        ),
        (ID_NUMBER, ID_TOO, LANDLINE),
    ),
    # 人社局: a bank card grouped by fours after a name, no cue
    "card-grouped": (
        ".txt",
        _text(
            _TITLE.format("就业补贴发放")
            + "补贴已打入申请人邓某某的银行卡（6222 0212 3456 7890 128）。"
            + _SIGNED.format("人力资源和社会保障局")
        ),
        (CARD,),
    ),
    # 公安交警: a plate with spaces inside
    "plate-spaced": (
        ".txt",
        _text(
            _TITLE.format("交通事故处理")
            + "当事人韦某驾驶湘 A 7K2M9 号小型轿车与行人发生碰撞,造成一人轻伤。"
            + _SIGNED.format("公安局交通警察大队")
        ),
        (PLATE,),
    ),
    # 住建局: a mobile broken over a line in a name list, grouped
    "list-broken": (
        ".txt",
        _text(
            _TITLE.format("公租房分配")
            + "一、轮候家庭\n1. 蒙德华，男，139-0731-\n2846，枫木村\n2. 覃秀英，女，158 7412\n9063，枫木村"
            + _SIGNED.format("住房和城乡建设局")
        ),
        (MOBILE, MOBILE_TOO),
    ),
    # 市场监管局: an e-mail broken over a line after its cue
    "email-broken": (
        ".txt",
        _text(
            _TITLE.format("消费投诉处理")
            + "投诉人电子邮箱：fengli\n1988@163.com，已书面告知处理结果。"
            + _SIGNED.format("市场监督管理局")
        ),
        (EMAIL,),
    ),
    # 自然资源局: a landline beside a postcode in a person's own line
    "postcode-line": (
        ".txt",
        _text(
            _TITLE.format("不动产登记更正申请")
            + "申请人蒙德华，通讯地址：某县城关镇南门路12号，邮编414000，联系电话"
            + LANDLINE
            + "，申请更正宗地面积。"
            + _SIGNED.format("自然资源局")
        ),
        (LANDLINE,),
    ),
    # 卫健委: the mobile in a footnote
    "footnote": (
        ".docx",
        _docx(
            body=[paragraph("关于医疗纠纷调解情况的通报"), paragraph("经调解,双方达成一致意见。")],
            footnotes=[["患者家属联系电话：" + MOBILE]],
        ),
        (MOBILE,),
    ),
    # 教育局: the e-mail in a header, the identity number in a footer
    "header-footer": (
        ".docx",
        _docx(
            body=[paragraph("关于学生资助申请审核情况的说明"), paragraph("共受理申请36份。")],
            headers=[["学生家长邮箱：" + EMAIL]],
            footers=[["家长身份证号：" + ID_NUMBER]],
        ),
        (EMAIL, ID_NUMBER),
    ),
    # 城管局: the identity number in a comment
    "comment": (
        ".docx",
        _docx(
            body=[paragraph("关于占道经营整治情况的报告"), paragraph("本月共劝离占道摊点42处。")],
            comments=[["当事人身份证号" + ID_TOO + ",请核实"]],
        ),
        (ID_TOO,),
    ),
    # 交通运输局: the plate in a text box
    "text-box": (
        ".docx",
        _docx(
            body=[
                paragraph("关于超限运输车辆查处情况的通报"),
                textbox_paragraph("车主：韦某，车牌号" + PLATE),
            ]
        ),
        (PLATE,),
    ),
    # 农业农村局: a mobile split over two paragraphs of one table cell
    "cell-lines": (
        ".docx",
        _docx(
            body=[
                paragraph("关于农机购置补贴申请情况的说明"),
                table(
                    [
                        ["姓名", "村组", "联系电话"],
                        ["蒙德华", "枫木村4组", [paragraph("1390731"), paragraph("2846")]],
                    ]
                ),
            ]
        ),
        (MOBILE,),
    ),
    # 住建局: a hidden sheet of the household list
    "hidden-sheet": (".xlsx", _workbook(_hidden_sheet), (ID_NUMBER, MOBILE)),
    # 乡镇: a hidden column of mobiles
    "hidden-column": (".xlsx", _workbook(_hidden_column), (MOBILE, MOBILE_TOO)),
}


@STYLES
@pytest.mark.parametrize("name", list(PROBES))
def test_a_blind_probe_is_cut_from_the_copy(engine: Engine, tmp_path: Path, style: Style, name: str) -> None:
    suffix, build, values = PROBES[name]
    data = build()
    copy = redact_bytes(engine, data, suffix, f"probe{suffix}", style)
    assert copy.original.attribute is Attribute.REDACTED
    assert copy.recheck.attribute is Attribute.PROACTIVE
    cut = [folded(finding.text) for finding in copy.original.findings if must_redact(finding)]
    for value in values:
        assert any(folded(value) in text for text in cut), value  # found in the report
    written = tmp_path / f"copy{suffix}"
    written.write_bytes(copy.data)
    texts = readable_texts(written)
    for value in values:
        assert places_of(value, texts) == [], value
