"""Secrecy and exemption packs (CM WS PD EF IA SR TS SP): markings fire, talk about secrecy does not."""

from __future__ import annotations

import datetime
import json
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secreview import Attribute, Engine, Severity
from secreview.extract.base import BODY, FOOTER, HEADER, ExtractedText, Segment
from secreview.models import FileReport
from secreview.validators import REGISTRY, Verdict, secrecy_term_expired
from tests.conftest import CORPUS, SEEDS, shared_files
from tests.testing.docx_builder import paragraph, table, watermark_paragraph, write_docx
from tests.testing.secrecy_documents import (
    BAIT,
    CATEGORIES,
    FILLER,
    HAND_WRITTEN,
    LabelledDocument,
    labelled_documents,
)

SECRECY_PREFIXES = ("CM", "WS", "PD", "EF", "IA", "SR", "TS", "SP")
REAL_FILES = shared_files(SEEDS) + shared_files(CORPUS)
STORED_SET = Path(__file__).resolve().parents[2] / "benchmarks" / "secrecy" / "labelled_set.jsonl"


def _secrecy_findings(report: FileReport) -> list[tuple[str, str]]:
    return [
        (finding.rule, finding.text)
        for finding in report.findings
        if finding.rule.startswith(SECRECY_PREFIXES)
    ]


def _with_parts(*pieces: tuple[str, str]) -> ExtractedText:
    text, segments = "", []
    for part, piece in pieces:
        segments.append(Segment(len(text), len(text) + len(piece), part))
        text += piece + "\n"
    return ExtractedText(text, segments)


@pytest.mark.parametrize(
    ("mark", "today", "verdict"),
    [
        ("秘密★2020年12月31日前", datetime.date(2024, 1, 1), Verdict.VALID),
        ("秘密★2020年12月31日前", datetime.date(2020, 12, 30), Verdict.INVALID),
        ("保密期限:至2021年6月30日", datetime.date(2021, 7, 1), Verdict.VALID),
        ("机密★2023年2月30日前", datetime.date(2024, 1, 1), Verdict.INVALID),
        ("机密★5年", datetime.date(2024, 1, 1), Verdict.INVALID),
    ],
)
def test_secrecy_term_expired_compares_the_stated_date(
    mark: str, today: datetime.date, verdict: Verdict
) -> None:
    assert secrecy_term_expired(mark, today) is verdict


def test_secrecy_term_validator_is_registered() -> None:
    assert REGISTRY["secrecy_term_expired"] is secrecy_term_expired


def test_expired_term_is_advisory_and_the_mark_still_withholds(engine: Engine) -> None:
    report = engine.check_text("秘密★2020年12月31日前\n关于某事项的通知\n正文。\n").files[0]
    severities = {finding.rule: finding.severity for finding in report.findings}
    assert severities["CM005"] is Severity.LOW
    assert severities["CM001"] is Severity.HIGH
    assert report.attribute is Attribute.WITHHELD


def test_marking_in_a_header_counts_and_the_same_words_in_the_body_do_not(engine: Engine) -> None:
    marked = engine.review(
        _with_parts((HEADER, "内部资料 注意保存"), (BODY, "关于某事项的通知\n" + "正文。\n" * 12)),
        "marked.docx",
    )
    assert [finding.rule for finding in marked.findings if finding.category.value == "work_secret"] == [
        "WS001"
    ]
    assert marked.findings[0].part == HEADER
    talk = "\n".join(
        [
            "关于加强保密管理的通知",
            *("正文。" for _ in range(8)),
            "内部资料 注意保存",
            *("正文。" for _ in range(10)),
        ]
    )
    assert _secrecy_findings(engine.review_text(talk)) == []


def test_footer_restriction_is_found(engine: Engine) -> None:
    report = engine.review(
        _with_parts((BODY, "关于某事项的通知\n" + "正文。\n" * 12), (FOOTER, "(此件不得翻印)")), "x"
    )
    assert [finding.part for finding in report.findings if finding.rule == "WS001"] == [FOOTER]


def test_docx_markings_in_header_watermark_footer_and_table_are_found(engine: Engine, tmp_path: Path) -> None:
    body = [paragraph("关于某事项的通知"), *(paragraph("正文。") for _ in range(10))]
    marked = write_docx(
        tmp_path / "marked.docx",
        body,
        headers=[[watermark_paragraph("内部资料"), paragraph("秘密★1年")]],
        footers=["(此件不得翻印)"],
    )
    found = {(finding.rule, finding.part) for finding in engine.check_file(marked).files[0].findings}
    assert {("CM001", "header"), ("WS004", "textbox"), ("WS001", "footer")} <= found
    field = write_docx(tmp_path / "field.docx", [table([["密级", "机密"], ["份号", "000012"]]), *body])
    report = engine.check_file(field).files[0]
    assert [(finding.rule, finding.part) for finding in report.findings] == [("CM003", "table")]
    assert report.attribute is Attribute.WITHHELD


def test_public_comment_draft_is_proactive_and_internal_draft_is_withheld(engine: Engine) -> None:
    internal = (
        "某区停车管理办法(征求意见稿)\n第一条 为规范停车管理,制定本办法。\n请各单位于10日内反馈修改意见。\n"
    )
    public = internal + "现向社会公开征求意见,反馈截止日期为2024年5月1日。\n"
    withheld = engine.review_text(internal)
    assert withheld.attribute is Attribute.WITHHELD
    assert [reason.basis for reason in withheld.reasons] == [
        "《中华人民共和国政府信息公开条例》第十六条第二款"
    ]
    assert engine.review_text(public).attribute is Attribute.PROACTIVE


def test_reply_to_one_unit_is_on_request_unless_it_approves_a_project(engine: Engine) -> None:
    reply = (
        "关于同意调整某社区办公地点的批复\n某街道办事处:\n你处《关于调整办公地点的请示》收悉。同意调整。\n"
    )
    project = "关于某污水处理厂工程可行性研究报告的批复\n某县发展改革局:\n同意该项目建设。\n"
    assert engine.review_text(reply).attribute is Attribute.ON_REQUEST
    assert engine.review_text(project).attribute is Attribute.PROACTIVE


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(BAIT + FILLER), min_size=3, max_size=14))
def test_sentences_about_secrecy_work_are_never_findings(engine: Engine, sentences: list[str]) -> None:
    text = "\n".join(
        ["某县人民政府关于做好政务公开工作的通知", "各乡镇人民政府,县政府各部门:", *sentences, "某县人民政府"]
    )
    assert _secrecy_findings(engine.review_text(text)) == []


@pytest.mark.parametrize(("category", "text"), HAND_WRITTEN, ids=lambda value: str(value)[:12])
def test_hand_written_document_gets_exactly_its_category(
    engine: Engine, category: str | None, text: str
) -> None:
    found = {
        finding.category.value
        for finding in engine.review_text(text).findings
        if finding.category.value in CATEGORIES and finding.severity is not Severity.LOW
    }
    assert found == ({category} if category else set())


@pytest.mark.parametrize(
    "text",
    [
        "讨论稿\n" * 4000,
        "(征求意见稿)" * 4000,
        "关于某局办公用房的批复\n某局:\n你局《关于调整办公用房的请示》收悉。\n" * 800,
    ],
    ids=["marking-lines", "marking-run", "replies"],
)
def test_a_text_full_of_markings_is_still_checked_completely(engine: Engine, text: str) -> None:
    report = engine.review_text(text)
    assert report.error is None
    assert report.attribute is not Attribute.PROACTIVE


def test_generator_is_reproducible() -> None:
    first = labelled_documents(per_category=3, seed=11)
    assert first == labelled_documents(per_category=3, seed=11)
    assert first != labelled_documents(per_category=3, seed=12)
    expected: dict[str | None, int] = {**dict.fromkeys(CATEGORIES, 3), None: 24}
    assert Counter(document.category for document in first) == Counter(expected)


def test_stored_labelled_set_is_the_generators_output() -> None:
    stored = [
        LabelledDocument(**json.loads(line)) for line in STORED_SET.read_text(encoding="utf-8").splitlines()
    ]
    assert stored == labelled_documents()


def test_labelled_set_precision_and_recall(engine: Engine) -> None:
    true_pos: Counter[str] = Counter()
    false_pos: Counter[str] = Counter()
    false_neg: Counter[str] = Counter()
    for document in labelled_documents(per_category=20, seed=5):
        found = {
            finding.category.value
            for finding in engine.review_text(document.text).findings
            if finding.category.value in CATEGORIES and finding.severity is not Severity.LOW
        }
        expected = {document.category} if document.category else set()
        true_pos.update(found & expected)
        false_pos.update(found - expected)
        false_neg.update(expected - found)
    for category in CATEGORIES:
        assert true_pos[category] / (true_pos[category] + false_pos[category]) >= 0.95, category
        assert true_pos[category] / (true_pos[category] + false_neg[category]) >= 0.95, category


@pytest.mark.skipif(not REAL_FILES, reason="../shared not present")
@pytest.mark.parametrize("path", REAL_FILES, ids=lambda path: path.name)
def test_real_documents_have_no_secrecy_finding_at_any_severity(engine: Engine, path: Path) -> None:
    assert _secrecy_findings(engine.check_file(path).files[0]) == []


@pytest.mark.skipif(not REAL_FILES, reason="../shared not present")
def test_no_line_of_a_real_document_is_a_marking_even_at_the_top_or_the_end(engine: Engine) -> None:
    """Position alone never makes a finding: each published line is tried as a title and as a 附注."""
    loud: list[tuple[str, str, str]] = []
    for path in REAL_FILES:
        for line in filter(str.strip, path.read_text(encoding="utf-8").splitlines()):
            for text in (f"{line}\n正文。\n", f"标题\n正文。\n正文。\n{line}\n"):
                loud.extend(
                    (path.name, rule, found) for rule, found in _secrecy_findings(engine.review_text(text))
                )
    assert loud == []
