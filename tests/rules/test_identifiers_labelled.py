"""The labelled documents of tests/testing/identifiers.py meet the precision and recall targets of issue 4.

A smaller set than the benchmark (benchmarks/identifiers/evaluate.py runs 250 documents) with another seed.
"""

from __future__ import annotations

import pytest

from secreview import Engine
from secreview.models import Severity
from tests.testing.identifiers import CATEGORIES, Span, labelled_documents, score

TARGETS = {  # category: (precision, recall)
    "id_number": (0.995, 1.0),
    "phone": (0.99, 0.99),
    "bank_account": (0.99, 0.99),
    "email": (0.99, 0.99),
    "vehicle_plate": (0.99, 0.99),
}


@pytest.fixture(scope="module")
def table() -> dict[str, dict[str, float]]:
    engine = Engine()
    documents = labelled_documents(seed=7, count=60)
    found: list[list[Span]] = []
    for document in documents:
        report = engine.review(document.extracted(), document.kind)
        found.append(
            [
                (f.start, f.end, f.category.value)
                for f in report.findings
                if f.category.value in CATEGORIES and f.severity is not Severity.LOW
            ]
        )
    return score(documents, found)


@pytest.mark.parametrize("category", CATEGORIES)
def test_category_meets_its_targets(table: dict[str, dict[str, float]], category: str) -> None:
    row = table[category]
    precision, recall = TARGETS[category]
    assert row["labels"] >= 10, "the generator must produce enough examples to measure"
    assert row["precision"] >= precision, row
    assert row["recall"] >= recall, row
    assert row["exact"] >= recall, row


def test_documents_are_reproducible() -> None:
    first, second = labelled_documents(3, 5), labelled_documents(3, 5)
    assert [d.text for d in first] == [d.text for d in second]
    assert all(d.text[label.start : label.end] for d in first for label in d.labels)
