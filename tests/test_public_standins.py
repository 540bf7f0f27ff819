"""Hand-written stand-ins for the real published documents of ../shared, so that the README's claim — public
documents come out 主动公开 with no high or medium finding — is tested in every checkout.

The documents in tests/fixtures/public/ are of the same kinds as those of ../shared (an opinion in
traditional characters, a catalog entry with its 索引号 and 公开范围, a notice with its 文号 and 附注, a work
report, an annual report, rules on disclosure attributes full of secrecy vocabulary, an on-request procedure,
executive meeting minutes), written in our own words: no text of the real documents is kept here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from secreview import Attribute, Engine, FileReport, Severity

STANDINS = sorted((Path(__file__).resolve().parent / "fixtures" / "public").glob("*.txt"))
SECRECY_PREFIXES = ("CM", "WS", "PD", "EF", "IA", "SR", "TS", "SP")


def _secrecy_findings(report: FileReport) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in report.findings if f.rule.startswith(SECRECY_PREFIXES)]


def test_there_are_stand_ins_of_every_kind() -> None:
    assert len(STANDINS) >= 8


@pytest.mark.parametrize("path", STANDINS, ids=lambda path: path.name)
def test_public_document_is_proactive_without_findings(engine: Engine, path: Path) -> None:
    report = engine.check_file(path).files[0]
    assert report.error is None
    loud = [(f.rule, f.text) for f in report.findings if f.severity in (Severity.HIGH, Severity.MEDIUM)]
    assert loud == []
    assert report.attribute is Attribute.PROACTIVE
    assert report.reasons == []
    assert _secrecy_findings(report) == []


def test_no_line_of_a_public_document_is_a_marking_at_the_top_or_the_end(engine: Engine) -> None:
    loud: list[tuple[str, str, str]] = []
    for path in STANDINS:
        for line in filter(str.strip, path.read_text(encoding="utf-8").splitlines()):
            for text in (f"{line}\n正文。\n", f"标题\n正文。\n正文。\n{line}\n"):
                found = _secrecy_findings(engine.review_text(text))
                loud.extend((path.name, rule, match) for rule, match in found)
    assert loud == []


def test_declarations_of_public_documents_are_read(engine: Engine) -> None:
    declared = {path.name: engine.check_file(path).files[0].declared_attribute for path in STANDINS}
    assert declared["02-catalog-entry.txt"] is Attribute.PROACTIVE  # 公开范围:全部公开 in the catalog header
    assert declared["03-notice-with-number.txt"] is Attribute.PROACTIVE  # 附注 (此件公开发布)
    assert declared["08-meeting-minutes.txt"] is Attribute.PROACTIVE
