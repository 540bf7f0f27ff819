"""The context edges of issue 16: columns decide for their cells (TC rules) in docx, xlsx, csv and html;
the person a reply speaks to; names a rule makes public (low, kept by redact unless configured)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from pathlib import Path

import pytest

from benchmarks.privacy.context import evaluate
from secreview import Attribute, Engine, Severity
from secreview.extract import extract_bytes
from secreview.recognizers.columns import column_category, staff_column, text_cells
from secreview.redact import RedactionRefused, redact_bytes
from tests.testing.cli import run_in_process
from tests.testing.context_documents import (
    COLUMN_DOCUMENTS,
    DOCUMENTS,
    PERSONAL,
    PUBLIC_DOCUMENTS,
    REPLY_DOCUMENTS,
    ContextDocument,
)


@pytest.mark.parametrize(
    ("heading", "category"),
    [
        ("姓名", "person_name"),
        ("户主姓名", "person_name"),
        ("姓 名", "person_name"),
        ("联系人姓名", None),
        ("身份证号码", "id_number"),
        ("公民身份号码", "id_number"),
        ("准考证号", None),
        ("联系电话(手机)", "phone"),
        ("办公电话", None),
        ("监督电话", None),
        ("一卡通账号", "bank_account"),
        ("对公账号", None),
        ("车牌号码", "vehicle_plate"),
        ("家庭住址", "address"),
        ("办公地址", None),
        ("致困原因", "sensitive_personal"),
        ("病种", "sensitive_personal"),
        ("残疾等级", "sensitive_personal"),
        ("发放金额(元)", None),
        ("性别", None),
    ],
)
def test_heading_vocabulary(heading: str, category: str | None) -> None:
    assert column_category(heading) == category


@pytest.mark.parametrize("heading", ["联系人", "职务", "拟任职务", "单位名称", "法定代表人", "监督电话"])
def test_staff_headings(heading: str) -> None:
    assert staff_column(heading)


def test_tab_separated_text_keeps_empty_cells_in_their_column() -> None:
    text = "标题\n姓名\t身份证号码\t联系电话\n张三\t\t13812345678\n"
    cells = text_cells(text)
    assert [(text[c.start : c.end], c.heading) for c in cells] == [
        ("张三", "姓名"),
        ("13812345678", "联系电话"),
    ]


def test_the_context_set_meets_the_targets_in_every_format(engine: Engine) -> None:
    scores = evaluate(engine, list(COLUMN_DOCUMENTS))
    for category in PERSONAL:
        row = scores[category]
        assert isinstance(row, dict)
        if row["gold"]:
            assert row["recall"] >= 0.99, (category, row)
    for category in ("person_name", "id_number", "address", "sensitive_personal", "bank_account"):
        row = scores[category]
        assert isinstance(row, dict) and row["precision"] == 1.0, (category, row)
    assert scores["official_flagged"] == "0/2"
    assert scores["not_personal_flagged"] == "0/3"


@pytest.mark.parametrize("document", COLUMN_DOCUMENTS, ids=lambda d: d.name)
def test_groups_list_the_personal_columns(engine: Engine, document: ContextDocument) -> None:
    report = engine.review(extract_bytes(document.data(), document.suffix), document.name)
    loud = {f.category.value for f in report.findings if f.severity is not Severity.LOW}
    if len(document.rows) > 3 and "person_name" in loud:
        (group,) = report.groups
        headings = set(document.rows[0])
        assert {column for column in group.columns if column in headings} >= {
            heading
            for heading in headings
            if column_category(heading) in loud and any(value for value in _column(document.rows, heading))
        }


def _column(rows: Sequence[Sequence[str]], heading: str) -> list[str]:
    index = rows[0].index(heading)
    return [row[index] for row in rows[1:] if index < len(row)]


def test_redact_masks_every_cell_of_a_personal_column(engine: Engine) -> None:
    (document,) = [d for d in COLUMN_DOCUMENTS if d.name == "temporary-relief-docx"]
    copy = redact_bytes(engine, document.data(), ".docx", "relief.docx")
    text = extract_bytes(copy.data, ".docx").text
    for label, value in document.gold:
        if label in PERSONAL:
            assert value not in text, value
    assert "0731-85880114" in text
    assert copy.remaining == []


def test_a_reply_speaks_of_its_addressee(engine: Engine) -> None:
    scores = evaluate(engine, list(REPLY_DOCUMENTS))
    for category in ("person_name", "id_number", "sensitive_personal"):
        row = scores[category]
        assert isinstance(row, dict) and row["recall"] == 1.0 and row["precision"] == 1.0, (category, row)


def test_names_a_rule_makes_public_are_low_and_name_their_rule(engine: Engine) -> None:
    scores = evaluate(engine, list(PUBLIC_DOCUMENTS))
    assert scores["published_flagged"] == "0/8"
    for category in ("person_name", "id_number"):
        row = scores[category]
        assert isinstance(row, dict) and row["recall"] == 1.0 and row["precision"] == 1.0, (category, row)
    rules = {}
    for document in PUBLIC_DOCUMENTS:
        report = engine.review(extract_bytes(document.data(), document.suffix), document.name)
        rules[document.name] = {f.rule for f in report.findings if f.category.value == "person_name"}
    assert rules == {
        "dibao-publicity-xlsx": {"PN003"},
        # a 表彰名单 in passing changes nothing (a notice before the decision: its party stays private)
        "penalty-mentions-award-docx": {"PN001"},
        "procurement-result-html": {"PN004"},
        "company-penalty-txt": {"PN005"},
    }


LIST = "石门镇2025年第二季度城乡低保对象公示\n户主姓名\t家庭人口\t身份证号码\n符春生\t4\t430102196811230017\n"


def test_redact_keeps_public_names_unless_configured(engine: Engine, tmp_path: Path) -> None:
    kept = redact_bytes(engine, LIST.encode(), ".txt", "list.txt").data.decode()
    assert "符春生" in kept and "430102196811230017" not in kept
    masked = redact_bytes(engine, LIST.encode(), ".txt", "list.txt", public_names=True).data.decode()
    assert "符春生" not in masked and "符**" in masked
    source = tmp_path / "list.txt"
    source.write_text(LIST, encoding="utf-8")
    (tmp_path / "secreview.toml").write_text("redact-public-names = true\n", encoding="utf-8")
    ran = run_in_process("redact", source, "-o", tmp_path / "out.txt")
    assert ran.returncode == 0, ran
    assert "符春生" not in (tmp_path / "out.txt").read_text(encoding="utf-8")


def test_a_name_found_once_is_found_where_it_stands_again(engine: Engine) -> None:
    text = "当事人:骆志强,男,1979年2月出生。\n经查,当事人骆志强销售过期食品。\n"
    names = [f.text for f in engine.check_text(text).files[0].findings if f.category.value == "person_name"]
    assert names == ["骆志强", "骆志强"]


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: d.name)
def test_no_labelled_value_is_left_in_the_redacted_copy(
    rules_alone: Engine, document: ContextDocument
) -> None:
    """The recognizers' cuts, by the rules alone: the learned signal may hold a draft cut at identifiers alone
    whole (``speaks_over``; session 20's retrain holds petition-reply-txt, a reply to one person about her
    illness, at 0.96), and then no copy is made at all."""
    copy = redact_bytes(rules_alone, document.data(), document.suffix, f"{document.name}{document.suffix}")
    assert _left(document, copy.data) == []
    assert copy.remaining == []


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: d.name)
def test_with_the_learned_signal_a_copy_is_clean_or_not_made(
    engine: Engine, document: ContextDocument
) -> None:
    """With the signal on, a draft it holds whole gets no copy (redact refuses it); any copy made is clean."""
    try:
        copy = redact_bytes(engine, document.data(), document.suffix, f"{document.name}{document.suffix}")
    except RedactionRefused as refused:
        assert refused.report.attribute is Attribute.WITHHELD
        assert any(finding.rule.startswith("JL") for finding in refused.report.findings)
        return
    assert _left(document, copy.data) == []


def _left(document: ContextDocument, data: bytes) -> list[str]:
    """The labelled personal values a copy still holds."""
    if document.suffix in (".docx", ".xlsx"):
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            searched = "".join(package.read(name).decode("utf-8", "replace") for name in package.namelist())
    else:
        searched = data.decode("utf-8")
    return [value for label, value in document.gold if label in PERSONAL and value in searched]


# --- the detection misses the redaction round trip found (hand-written shapes, each with a miss) --------


def _found(engine: Engine, text: str) -> set[tuple[str, str]]:
    return {(f.category, f.text) for f in engine.review_text(text).findings if f.severity != Severity.LOW}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("补贴发放情况说明\n代领人林\u00a0秀英,已签字确认。", ("person_name", "林\u00a0秀英")),
        ("领取情况\n代领人 宋\u3000国梁 身份证号见附件", ("person_name", "宋\u3000国梁")),
        ("某某补贴发放公示\n代领人邱文华,系户主之子。", ("person_name", "邱文华")),
    ],
)
def test_a_name_after_a_role_word_with_odd_spaces(
    engine: Engine, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _found(engine, text)


def test_a_two_character_name_stands_again_on_its_own(engine: Engine) -> None:
    text = (
        "姓名\t身份证号码\t联系电话\n葛平\t430102199003071234\t13812345678\n葛平监护人:葛建新 13017312288\n"
    )
    spans = [f for f in engine.review_text(text).findings if f.text == "葛平"]
    assert len(spans) == 2
    assert ("person_name", "葛平") not in _found(engine, "申请人:葛平安,男。\n葛平原地区降雨偏少。")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "复议申请人:唐秋菊,女。\n申请人称其在工作中受伤,经诊断为左小腿开放性骨折,住院治疗。",
            "经诊断为左小腿开放性骨折",
        ),
        ("当事人:程立强,男,1980年出生。\n当事人自述经鉴定为十级伤残。", "经鉴定为十级伤残"),
    ],
)
def test_a_diagnosis_of_the_person_a_role_word_names(engine: Engine, text: str, term: str) -> None:
    assert ("sensitive_personal", term) in _found(engine, text)


def test_a_diagnosis_without_a_named_person_is_no_finding(engine: Engine) -> None:
    text = "工伤认定办事指南\n申请人应提交医疗机构出具的诊断证明,如经诊断为骨折的,附影像资料。"
    assert not {c for c, _ in _found(engine, text)} & {"sensitive_personal"}


def test_an_ordinary_word_and_a_verb_are_no_name(engine: Engine) -> None:
    assert ("person_name", "原登记") not in _found(engine, "补充:原登记身份证号 430102197311053119 作废。")
    assert ("person_name", "原建国") in _found(engine, "补充:原建国身份证号 430102197311053119 作废。")


def test_the_rows_of_a_second_sheet_are_not_read_under_the_first_headings(engine: Engine) -> None:
    text = (
        "姓名\t身份证号码\t残疾类别\t残疾等级\t联系电话\n邓国富\t430122196305217325\t肢体\t二级\t13975180264\n"
        "姓名\t银行卡号\t家庭住址\n邓国富\t6222 0219 0100 1234 561\t高塘岭街道郭亮社区14组\n"
    )
    sensitive = {value for category, value in _found(engine, text) if category == "sensitive_personal"}
    assert sensitive == {"肢体", "二级"}


def test_a_disease_beside_a_masked_name_is_no_name(engine: Engine, tmp_path: Path) -> None:
    source = tmp_path / "list.csv"
    source.write_text(
        "序号,姓名,性别,所患疾病,家庭住址\n1,谢**,男,白血病,仰天湖社区\n2,龙**,女,尿毒症,西牌楼社区\n"
    )
    report = engine.review(source)
    assert report.error is None
    assert [f.text for f in report.findings if f.category == "person_name"] == []
