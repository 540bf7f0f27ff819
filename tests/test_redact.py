"""The redacted copy of a plain-text document: every personal finding replaced, the original untouched."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.decision.documents import LabelledDocument
from benchmarks.decision.documents import labelled_documents as decision_documents
from secreview import Engine
from secreview.errors import ConfigError
from secreview.models import Attribute, Category, Finding, Severity
from secreview.redact import (
    BLOCK_CHAR,
    RedactionRefused,
    Replacement,
    Style,
    apply,
    must_redact,
    redact_bytes,
    redact_file,
    replacements,
)
from tests.testing.cli import run_in_process
from tests.testing.findings import made_finding
from tests.testing.identifiers import labelled_documents, mobile, resident_id

LABELLED = labelled_documents(seed=7, count=40)
MARKED = "000001\n机密★1年\n关于某专项工作的通知\n"


def _finding(start: int, end: int, text: str, replacement: str | None, category: Category) -> Finding:
    return made_finding(category, text=text, start=start, end=end, replacement=replacement, column=start + 1)


def test_replacements_use_the_mask_or_a_block_and_merge_overlaps() -> None:
    text = "身份证 430102199003071234 电话13912345678"
    identity = _finding(4, 22, text[4:22], "430102********1234", Category.ID_NUMBER)
    phone = _finding(25, 36, text[25:36], "139****5678", Category.PHONE)
    overlapping = _finding(18, 22, text[18:22], None, Category.BANK_ACCOUNT)
    state = _finding(0, 3, text[0:3], None, Category.STATE_SECRET)
    assert apply(text, replacements([phone, identity, state])) == "身份证 430102********1234 电话139****5678"
    assert replacements([identity, overlapping]) == [Replacement(4, 22, BLOCK_CHAR * 18)]
    full = apply(text, replacements([identity, phone], Style.FULL))
    assert full == f"身份证 {BLOCK_CHAR * 18} 电话{BLOCK_CHAR * 11}"


def test_low_findings_are_not_redacted() -> None:
    low = _finding(0, 2, "张三", "张*", Category.PERSON_NAME).model_copy(update={"severity": Severity.LOW})
    assert replacements([low]) == []


@pytest.mark.parametrize("document", LABELLED, ids=lambda document: document.kind)
def test_every_labelled_document_is_clean_once_redacted(engine: Engine, document: object) -> None:
    text = document.text  # type: ignore[attr-defined]
    copy = redact_bytes(engine, text.encode("utf-8"), ".txt", "doc.txt")
    if copy.original.attribute is Attribute.WITHHELD:
        pytest.skip("withheld documents are refused")
    loud = [f for f in copy.recheck.findings if f.severity is not Severity.LOW]
    assert copy.remaining == []
    if copy.original.attribute is Attribute.REDACTED:
        assert loud == []
        assert copy.recheck.attribute is Attribute.PROACTIVE
    redacted = copy.data.decode("utf-8")
    for finding in copy.original.findings:
        if must_redact(finding):
            assert redacted[finding.start : finding.end] != finding.text


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=0, max_value=10**6), st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]))
def test_encoding_and_everything_else_survive(engine: Engine, seed: int, encoding: str) -> None:
    rng = random.Random(seed)
    number, phone = resident_id(rng), mobile(rng)
    text = f"补贴发放名单公示\r\n户主:某某,身份证号:{number},电话:{phone}。\r\n共计 3 户。\r\n"
    copy = redact_bytes(engine, text.encode(encoding), ".txt", "list.txt")
    redacted = copy.data.decode(encoding)
    assert copy.data.startswith(b"\xef\xbb\xbf") == (encoding == "utf-8-sig")
    masked_number = number[:6] + "#" * 8 + number[14:]
    masked_phone = phone[:3] + "####" + phone[7:]  # not replace(phone[3:7]): 18338633863 holds it twice
    assert redacted.replace("*", "#") == text.replace(number, masked_number).replace(phone, masked_phone)
    assert copy.recheck.attribute is Attribute.PROACTIVE


def test_full_style_blocks_whole_values(engine: Engine) -> None:
    text = "名单公示\n身份证号:430102199003071234\n"
    copy = redact_bytes(engine, text.encode(), ".txt", "a.txt", Style.FULL)
    assert copy.data.decode() == f"名单公示\n身份证号:{BLOCK_CHAR * 18}\n"


def test_withheld_document_is_refused(engine: Engine) -> None:
    with pytest.raises(RedactionRefused) as refused:
        redact_bytes(engine, (MARKED + "身份证号 430102199003071234\n").encode(), ".txt", "a.txt")
    assert refused.value.report.attribute is Attribute.WITHHELD
    assert refused.value.report.reasons


def test_output_must_differ_from_input(engine: Engine, tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("身份证号 430102199003071234\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        redact_file(engine, source, tmp_path / "." / "a.txt")


def test_cli_writes_the_copy_and_never_touches_the_original(tmp_path: Path) -> None:
    source = tmp_path / "list.txt"
    source.write_text(
        "低保对象公示\n户主某某,身份证号 430102199003071234,电话 13912345678。\n", encoding="utf-8"
    )
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    target = tmp_path / "list.redacted.txt"
    result = run_in_process("redact", source, "-o", target)
    assert result.returncode == 0, result.stderr
    assert "430102********1234" in target.read_text(encoding="utf-8")
    assert hashlib.sha256(source.read_bytes()).hexdigest() == digest
    assert run_in_process("check", target).returncode == 0


def test_cli_refuses_withheld_and_same_path(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(MARKED, encoding="utf-8")
    result = run_in_process("redact", secret, "-o", tmp_path / "out.txt")
    assert result.returncode == 1
    assert "不公开" in result.stderr and "理由" in result.stderr
    assert not (tmp_path / "out.txt").exists()
    assert run_in_process("redact", secret, "-o", secret).returncode == 2
    listed = tmp_path / "list.txt"
    listed.write_text("身份证号 430102199003071234\n", encoding="utf-8")
    unwritable = run_in_process("redact", listed, "-o", tmp_path / "missing" / "out.txt")
    assert unwritable.returncode == 2 and "无法写入" in unwritable.stderr
    assert run_in_process("redact", tmp_path / "a.pdfx", "-o", tmp_path / "b.pdfx").returncode == 2


DECISION_SET = [
    document for document in decision_documents(per_kind=3, seed=5) if document.attribute == "redacted"
]


@pytest.mark.parametrize("document", DECISION_SET, ids=lambda document: document.kind)
def test_every_redacted_decision_document_is_proactive_once_redacted(
    engine: Engine, document: LabelledDocument
) -> None:
    copy = redact_bytes(engine, document.text.encode("utf-8"), ".txt", "doc.txt")
    assert copy.original.attribute is Attribute.REDACTED
    assert copy.recheck.attribute is Attribute.PROACTIVE
    assert [f for f in copy.recheck.findings if f.severity is not Severity.LOW] == []
