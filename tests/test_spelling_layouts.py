"""Identifiers in the layouts a drafting officer produces (tests/testing/spelling_layouts.py): split over the
cells of a Word or spreadsheet table, broken inside a cell, in a header, a footer or a text box, and two
partial masks of one number. Each is found where it is written (the findings point at the extracted
characters), and the redacted copy, in both styles, neither holds the number nor lets its masks rebuild it,
and re-checks clean; the near twins stay quiet."""

from __future__ import annotations

from itertools import combinations

import pytest
import regex

from secreview import Engine
from secreview.engine import Document
from secreview.masking import Style
from secreview.models import Finding, Severity
from secreview.redact import redact_bytes
from tests.testing.spelling_layouts import Layout, layouts
from tests.testing.spellings import read

IDENTIFIERS = {"phone", "id_number", "bank_account", "email", "vehicle_plate"}
LAYOUTS = layouts()


def _label(layout: Layout) -> str:
    return layout.name


def _counted(findings: list[Finding]) -> list[Finding]:
    return [
        finding
        for finding in findings
        if finding.category.value in IDENTIFIERS
        and finding.severity in (Severity.HIGH, Severity.MEDIUM)
        and finding.suppressed_by is None
    ]


def _core(text: str, layout: Layout) -> set[int]:
    """The offsets of the characters of the pieces, found in order in the extracted text."""
    offsets: set[int] = set()
    position = 0
    for piece in layout.pieces:
        start = text.index(piece, position)
        offsets.update(offset for offset in range(start, start + len(piece)) if not text[offset].isspace())
        position = start + len(piece)
    return offsets


def _rebuilt(text: str, value: str) -> bool:
    """Whether ``text`` holds the value, or two masked values that together give it."""
    shown = regex.sub(r"[xX×]{2,}", lambda run: "*" * len(run.group()), read(text))
    if value in shown:
        return True
    tokens = set(regex.findall(rf"(?<![0-9*])[0-9*]{{{len(value)}}}(?![0-9*])", shown))
    for first, second in combinations(tokens, 2):
        joined = "".join(one if one != "*" else other for one, other in zip(first, second, strict=True))
        if joined == value:
            return True
    return False


@pytest.mark.parametrize("layout", LAYOUTS, ids=_label)
def test_a_layout_is_found_where_it_is_written_or_stays_quiet(engine: Engine, layout: Layout) -> None:
    document = Document(f"公示{layout.suffix}", layout.build())
    reviewed = engine.review_with_text(document)
    text = reviewed.text
    findings = reviewed.report.findings
    assert all(text[finding.start : finding.end] == finding.text for finding in findings)
    core = _core(text, layout)
    covered = {
        offset
        for finding in _counted(findings)
        if finding.category.value == layout.category
        for offset in range(finding.start, finding.end)
    }
    if layout.found:
        assert core <= covered, f"not found: {[text[offset] for offset in sorted(core - covered)]}"
    else:
        assert not core & covered, [(f.rule, f.text) for f in findings]


@pytest.mark.parametrize("style", [Style.MASK, Style.FULL])
@pytest.mark.parametrize("layout", [layout for layout in LAYOUTS if layout.found], ids=_label)
def test_the_copy_of_a_layout_neither_holds_nor_rebuilds_the_number(
    engine: Engine, layout: Layout, style: Style
) -> None:
    data = layout.build()
    copy = redact_bytes(engine, data, layout.suffix, f"公示{layout.suffix}", style)
    written = engine.review_with_text(Document(f"公示{layout.suffix}", copy.data))
    assert not _rebuilt(written.text, layout.value)
    assert [finding.rule for finding in copy.remaining] == []
    assert _counted(written.report.findings) == []


def test_the_masks_of_a_layout_rebuild_the_number_in_the_original() -> None:
    """The partial-mask layouts are leaks in the original: the check above would pass on no leak at all."""
    for layout in LAYOUTS:
        if layout.masks:
            text = " 和 ".join(layout.pieces)
            assert _rebuilt(text, layout.value), layout.name
