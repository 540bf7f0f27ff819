"""Span precision and recall on the hand-written edge documents (tests/testing/edge_identifiers.py).

    python benchmarks/identifiers/edges.py [--show-errors]

A medium or high finding is a true positive when it overlaps a label of its category, a false positive
otherwise; a label is recalled when such a finding overlaps it. "extra" counts findings beyond the first
on one label: one thing should be one finding.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from secreview import Engine  # noqa: E402
from secreview.models import Severity  # noqa: E402
from tests.testing.edge_identifiers import CATEGORIES, EdgeDocument, edge_documents  # noqa: E402


def evaluate(
    engine: Engine, documents: list[EdgeDocument], show_errors: bool = False
) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = {category: Counter() for category in CATEGORIES}
    for document in documents:
        findings = [
            (f.start, f.end, f.category.value, f.rule)
            for f in engine.review(document.extracted(), document.kind).findings
            if f.category.value in CATEGORIES and f.severity is not Severity.LOW
        ]
        for start, end, category, rule in findings:
            hits = [s for s, e, c in document.labels if c == category and s < end and start < e]
            counts[category]["tp" if hits else "fp"] += 1
            if not hits and show_errors:
                print(f"FP {category} {rule} {document.text[start:end]!r} [{document.kind}]")
        for start, end, category in document.labels:
            overlapping = [f for f in findings if f[2] == category and f[0] < end and start < f[1]]
            counts[category]["labels"] += 1
            counts[category]["recalled"] += bool(overlapping)
            counts[category]["extra"] += max(0, len(overlapping) - 1)
            if not overlapping and show_errors:
                print(f"FN {category} {document.text[start:end]!r} [{document.kind}]")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-errors", action="store_true")
    arguments = parser.parse_args()
    documents = edge_documents()
    counts = evaluate(Engine(), documents, arguments.show_errors)
    print(f"{len(documents)} hand-written documents")
    print(f"{'category':<20}{'labels':>7}{'findings':>9}{'precision':>10}{'recall':>8}{'extra':>6}")
    for category, count in counts.items():
        findings = count["tp"] + count["fp"]
        precision = f"{count['tp'] / findings:.2%}" if findings else "n/a"
        recall = f"{count['recalled'] / count['labels']:.2%}" if count["labels"] else "n/a"
        print(f"{category:<20}{count['labels']:>7}{findings:>9}{precision:>10}{recall:>8}{count['extra']:>6}")


if __name__ == "__main__":
    main()
