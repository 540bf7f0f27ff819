"""Identifiers as an evader or a sloppy typist writes them (tests/testing/spellings.py): each spelling a
reader recognises is flagged with the right category and cut from the redacted copy, which re-checks
clean; the digit runs beside them a reader would not take for a person's number stay quiet."""

from __future__ import annotations

import pytest

from secreview import Engine
from secreview.engine import Document
from secreview.masking import Style
from secreview.models import Finding, Severity
from secreview.redact import redact_bytes
from tests.testing.spellings import LEFT, QUIET, Spelling, half_masked, read, spellings

IDENTIFIERS = {"phone", "id_number", "bank_account", "email", "vehicle_plate"}
SPELLINGS = spellings() + half_masked()


def _draft(sentence: str) -> str:
    return (
        "临时救助对象公示\n"
        "经审核,下列人员符合临时救助条件,现予公示:\n"
        f"户主张伟,{sentence}\n"
        "公示时间:2024年3月7日至3月13日。\n"
        "某镇人民政府\n"
    )


def _identifier_findings(engine: Engine, text: str) -> list[Finding]:
    report = engine.review(Document("公示.txt", text.encode()))
    return [
        finding
        for finding in report.findings
        if finding.category.value in IDENTIFIERS and finding.severity in (Severity.HIGH, Severity.MEDIUM)
    ]


def _core(spelling: Spelling, text: str) -> set[int]:
    """The offsets of the characters of the value itself: its digits (any script) or, for a plate or a
    mailbox, every letter and digit; not the letters it is glued to, nor separators or brackets."""
    start = text.index(spelling.written, text.index("户主"))
    if spelling.form == "half-masked":
        start = text.index(spelling.written, start + 1) if text.count(spelling.written) > 1 else start
    offsets = set()
    for offset in range(start, start + len(spelling.written)):
        char = text[offset]
        if spelling.kind in ("plate", "mailbox"):
            if not char.isspace() and char not in "()[]【】“”「」" and not ("\u4e00" <= char <= "\u9fff"):
                offsets.add(offset)
        elif read(char).isdigit():
            offsets.add(offset)
    if spelling.kind == "plate":
        offsets.add(start + spelling.written.index("湘"))  # the province
    return offsets


def _label(spelling: Spelling) -> str:
    return f"{spelling.kind}-{spelling.form}"


@pytest.mark.parametrize("spelling", SPELLINGS, ids=_label)
def test_a_spelling_a_reader_recognises_is_found_whole(engine: Engine, spelling: Spelling) -> None:
    text = _draft(spelling.sentence)
    core = _core(spelling, text)
    covered = {
        offset
        for finding in _identifier_findings(engine, text)
        if finding.category.value == spelling.category
        for offset in range(finding.start, finding.end)
    }
    if spelling.found:
        assert core <= covered, f"not found: {sorted(core - covered)} of {spelling.written!r}"
    else:
        assert not core <= covered, f"now found, take it out of LEFT: {LEFT[(spelling.kind, spelling.form)]}"


@pytest.mark.parametrize("style", [Style.MASK, Style.FULL])
@pytest.mark.parametrize("spelling", [spelling for spelling in SPELLINGS if spelling.found], ids=_label)
def test_the_redacted_copy_holds_no_spelling_and_rechecks_clean(
    engine: Engine, spelling: Spelling, style: Style
) -> None:
    copy = redact_bytes(engine, _draft(spelling.sentence).encode(), ".txt", "公示.txt", style)
    written = copy.data.decode()
    assert spelling.value not in read(written)
    assert [finding.rule for finding in copy.remaining] == []
    assert _identifier_findings(engine, written) == []


@pytest.mark.parametrize("sentence", QUIET)
def test_a_number_a_reader_would_not_take_for_a_persons_stays_quiet(engine: Engine, sentence: str) -> None:
    assert [(finding.rule, finding.text) for finding in _identifier_findings(engine, _draft(sentence))] == []
