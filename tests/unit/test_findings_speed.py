"""Findings, groups and the decision built the fast way are those of the plain procedure: line and column
counted as the text goes, rows of a list as bits, severities ranked by table."""

from __future__ import annotations

import random
from bisect import bisect_right
from itertools import pairwise

import pytest

from secreview import Engine
from secreview.aggregate import _CELL, _IDENTIFYING, _PERSONAL, MIN_ROWS, list_groups
from secreview.categories import label
from secreview.decide import Decider
from secreview.extract.base import BODY, TABLE, ExtractedText, Segment
from secreview.models import Category, Finding, FindingGroup, Severity, TraceRole
from secreview.nesting import outermost
from secreview.redact import mask
from secreview.rulepack import load_policy
from secreview.rulepack.schema import DecisionSettings
from secreview.weighed import Weighed
from tests.testing import identifiers


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _plain_findings(extracted: ExtractedText, weighed: list[Weighed]) -> list[Finding]:
    kept = sorted(
        (item for item in weighed if item.kept),
        key=lambda item: (item.start, -item.end, item.rule.rule.id),
    )
    kept = outermost(kept)
    newlines = [index for index, char in enumerate(extracted.text) if char == "\n"]
    findings: list[Finding] = []
    seen: set[tuple[int, int, str]] = set()
    for item in kept:
        rule = item.rule.rule
        assert rule.category is not None and item.severity is not None
        key = (item.start, item.end, rule.category.value)
        if key in seen:
            continue
        seen.add(key)
        line = bisect_right(newlines, item.start - 1)
        line_start = newlines[line - 1] + 1 if line else 0
        original = extracted.text[item.start : item.end]
        findings.append(
            Finding(
                rule=rule.id,
                category=rule.category,
                severity=item.severity,
                start=item.start,
                end=item.end,
                text=original,
                part=item.part,
                message=item.message,
                replacement=mask(original, rule.mask) if rule.mask is not None else None,
                location=item.location,
                line=line + 1,
                column=item.start - line_start + 1,
            )
        )
    return findings


def _texts() -> list[ExtractedText]:
    rng = random.Random(11)
    documents = [document.extracted() for document in identifiers.labelled_documents(seed=5, count=16)]
    number = identifiers.resident_id(rng)
    phone = identifiers.mobile(rng)
    for text in (
        number,  # line 1, column 1
        f"\n\n{number}\n{phone}\n",
        f"身份证号:{number}\r\n手机:{phone}",
        "x" * 5000 + f" {number} " + "y" * 5000 + f"\n{phone}",
        "\n".join(f"{index}\t{identifiers.person_name(rng)}\t{number}\t{phone}" for index in range(60)),
    ):
        documents.append(ExtractedText(text, [Segment(0, len(text), BODY)]))
    return documents


@pytest.mark.parametrize("extracted", _texts())
def test_findings_are_those_of_the_plain_procedure(engine: Engine, extracted: ExtractedText) -> None:
    weighed, _ = engine.weigh_all(extracted)
    findings = engine._findings(extracted, weighed)
    assert findings == _plain_findings(extracted, weighed)
    for finding in findings:
        text = extracted.text
        assert finding.line == text.count("\n", 0, finding.start) + 1
        assert finding.column == finding.start - text.rfind("\n", 0, finding.start)


def _plain_groups(findings: list[Finding], extracted: ExtractedText) -> list[FindingGroup]:
    rows: dict[str, dict[str, set[Category]]] = {}
    columns: dict[str, dict[str, None]] = {}
    for finding in findings:
        if finding.category not in _PERSONAL or finding.severity is Severity.LOW:
            continue
        segment = extracted.segment_at(finding.start)
        cell = _CELL.match(finding.location or "")
        if cell is not None:
            area, row = f"{finding.part}/{cell['sheet'] or ''}", cell["row"]
            column = segment.label if segment is not None and segment.label else f"{cell['column']} 列"
        else:
            area, row = finding.part, str(finding.line)
            column = segment.label if segment is not None and segment.label else label(finding.category)
        rows.setdefault(area, {}).setdefault(row, set()).add(finding.category)
        columns.setdefault(area, {})[column] = None
    groups = []
    for area, by_row in rows.items():
        persons = sum(1 for categories in by_row.values() if categories & _IDENTIFYING)
        if persons < MIN_ROWS:
            continue
        categories = sorted({c for found in by_row.values() for c in found}, key=list(Category).index)
        names = "、".join(label(category) for category in categories)
        column_names = list(columns[area])
        groups.append(
            FindingGroup(
                part=area.split("/", 1)[0],
                persons=persons,
                categories=categories,
                columns=column_names,
                severity=Severity.HIGH,
                message=f"名单含 {persons} 名自然人的{names},须删除或遮盖:{'、'.join(column_names)}",
            )
        )
    return groups


_PARTS = (BODY, TABLE, "sheet:名单")
_LOCATIONS = (None, "", "B7", "C3", "名单!B3", "名单!AA7", "其他!C3", "其他!B9", "第2页", "a")


def _random_table(rng: random.Random) -> tuple[list[Finding], ExtractedText]:
    length = 2000
    cuts = sorted({0, length, *(rng.randrange(length) for _ in range(40))})
    segments = [
        Segment(
            start, end, rng.choice((BODY, TABLE, "sheet:名单")), label=rng.choice((None, "", "姓名", "电话"))
        )
        for start, end in pairwise(cuts)
        if rng.random() < 0.8
    ]
    findings = []
    for _ in range(rng.randint(0, 150)):
        start = rng.randrange(length - 5)
        findings.append(
            Finding(
                rule="XX001",
                category=rng.choice(list(Category)),
                severity=rng.choice(list(Severity)),
                start=start,
                end=start + 5,
                text="12345",
                part=rng.choice((BODY, TABLE, "sheet:名单", "a/")),
                message="",
                replacement=None,
                location=rng.choice(_LOCATIONS),
                line=rng.randint(1, 20),
                column=1,
            )
        )
    return findings, ExtractedText(" " * length, segments)


@pytest.mark.parametrize("seed", range(60))
def test_groups_are_those_of_the_plain_procedure(seed: int) -> None:
    findings, extracted = _random_table(random.Random(seed))
    assert list_groups(findings, extracted) == _plain_groups(findings, extracted)


def test_the_random_tables_make_groups() -> None:
    made = [list_groups(*_random_table(random.Random(seed))) for seed in range(60)]
    assert sum(len(groups) for groups in made) >= 30
    assert any(len(groups) > 1 for groups in made)


@pytest.mark.parametrize("threshold", list(Severity))
def test_advisory_findings_below_the_threshold(threshold: Severity) -> None:
    policy = load_policy(None)
    decider = Decider(policy.model_copy(update={"decision": DecisionSettings(min_severity=threshold)}))
    findings, _ = _random_table(random.Random(3))
    decision = decider.decide(findings)
    advisory = sum(step.count for step in decision.trace if step.role is TraceRole.ADVISORY)
    assert advisory == sum(1 for finding in findings if finding.severity.rank < threshold.rank)
    assert advisory == sum(1 for finding in findings if not decider.actionable(finding))
