"""The hand-written edge documents: every labelled identifier found, nothing else, one finding per thing."""

from __future__ import annotations

import pytest

from benchmarks.identifiers.edges import evaluate
from secreview import Engine
from tests.testing.edge_identifiers import CATEGORIES, edge_documents
from tests.testing.personal import loud_personal

# Sensitive details next to a pronoun person (本人患…) are the person recognizers' part; only precision here.
RECALLED = tuple(category for category in CATEGORIES if category != "sensitive_personal")


@pytest.fixture(scope="module")
def counts() -> dict[str, dict[str, int]]:
    return {category: dict(count) for category, count in evaluate(Engine(), edge_documents()).items()}


@pytest.mark.parametrize("category", CATEGORIES)
def test_no_false_finding(counts: dict[str, dict[str, int]], category: str) -> None:
    assert counts[category].get("fp", 0) == 0


@pytest.mark.parametrize("category", RECALLED)
def test_every_label_found(counts: dict[str, dict[str, int]], category: str) -> None:
    count = counts[category]
    assert count["labels"] > 0
    assert count["recalled"] / count["labels"] >= 0.99


@pytest.mark.parametrize("category", CATEGORIES)
def test_one_finding_per_label(counts: dict[str, dict[str, int]], category: str) -> None:
    assert counts[category].get("extra", 0) == 0


def test_office_contacts_are_not_personal_findings() -> None:
    """Documents without labels (notices, drafts and reports with their offices' contacts, numbers that
    are not identifiers) have no personal finding above low, names of contact persons included."""
    engine = Engine()
    unlabelled = [document for document in edge_documents() if not document.labels]
    assert len(unlabelled) >= 5
    for document in unlabelled:
        assert loud_personal(engine, document.text) == [], document.kind
