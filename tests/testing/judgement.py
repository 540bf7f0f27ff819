"""What the judgement tests (tests/rules/test_judgement_*.py) ask of one draft: its report, the findings
that weigh in the decision, whether a category was found, the paragraphs cut and the redacted copy."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from secreview import Attribute, Engine
from secreview.models import Category, FileReport, Finding, Severity
from secreview.redact import redact_bytes


def report_of(engine: Engine, text: str) -> FileReport:
    return engine.check_text(text).files[0]


def weighing(report: FileReport) -> list[Finding]:
    """The findings of medium severity or above: the ones the decision weighs."""
    return [f for f in report.findings if f.severity.rank >= Severity.MEDIUM.rank]


def attribute_and_categories(engine: Engine, text: str) -> tuple[Attribute | None, set[Category]]:
    """The draft's attribute and the categories of the findings that weigh in it."""
    report = report_of(engine, text)
    return report.attribute, {f.category for f in weighing(report)}


def attribute_and_found(engine: Engine, text: str, category: Category) -> tuple[Attribute | None, bool]:
    """The draft's attribute, and whether a finding of ``category`` weighs in it."""
    attribute, categories = attribute_and_categories(engine, text)
    return attribute, category in categories


def found_and_public(found: Sequence[str], attribute: Attribute, public: Sequence[str]) -> list[object]:
    """One table for :func:`attribute_and_found` of drafts and their near twins: each of ``found`` is given
    ``attribute`` with the category found in it (ids found-N), each of ``public`` stays 主动公开 without it
    (ids public-N)."""
    return [
        *(pytest.param(text, (attribute, True), id=f"found-{index}") for index, text in enumerate(found)),
        *(
            pytest.param(text, (Attribute.PROACTIVE, False), id=f"public-{index}")
            for index, text in enumerate(public)
        ),
    ]


def assert_still_found(engine: Engine, text: str, category: Category) -> None:
    """A near twin: ``category`` is found and the draft is not published as it is."""
    attribute, found = attribute_and_found(engine, text, category)
    assert found and attribute is not Attribute.PROACTIVE


def assert_cut(report: FileReport, category: Category) -> list[Finding]:
    """The draft is 删减后公开 and every finding of ``category`` (there is one at least) is a severable
    passage; returns those findings."""
    assert report.attribute is Attribute.REDACTED
    cut = [f for f in report.findings if f.category is category]
    assert cut and all(f.severable for f in cut)
    return cut


def assert_withheld_whole(report: FileReport, category: Category) -> None:
    """The draft is withheld and a finding of ``category`` holds the whole of it (it is not severable)."""
    assert report.attribute is Attribute.WITHHELD
    assert any(f.category is category and not f.severable for f in report.findings)


def assert_cut_out(engine: Engine, text: str, category: Category, gone: list[str], kept: list[str]) -> None:
    """The draft's ``category`` passages are cut (:func:`assert_cut`), and its redacted copy has lost each
    of ``gone`` and still holds each of ``kept``."""
    assert_cut(report_of(engine, text), category)
    copy = redacted_copy(engine, text)
    assert [piece for piece in gone if piece in copy] == []
    assert [piece for piece in kept if piece not in copy] == []


def redacted_copy(engine: Engine, text: str) -> str:
    """The text of the draft's redacted copy, as the CLI's redact would write it for a .txt file."""
    return redact_bytes(engine, text.encode("utf-8"), ".txt", "draft.txt").data.decode("utf-8")


def assert_case_attribute(engine: Engine, name: str, lines: list[str], expected: str) -> None:
    """A table's case, its draft given as lines and named ``name``.txt, is given the attribute whose value
    is ``expected``; the decision's trace is shown when it is not."""
    report = engine.check_text("\n".join(lines) + "\n", f"{name}.txt").files[0]
    assert report.attribute is not None
    assert report.attribute.value == expected, [step.message for step in report.trace]
