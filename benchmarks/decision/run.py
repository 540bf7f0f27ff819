"""Attribute accuracy of the whole engine on generated, labelled 公文: per class and a confusion matrix.

    python benchmarks/decision/run.py [--per-kind 10] [--seed 20261123] [--show-errors]

Target (issue 7): at least 95% overall, and never a document that should be withheld or redacted
recommended as proactive. Exit status 1 when either is missed.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks.decision.documents import ATTRIBUTES, labelled_documents  # noqa: E402
from secreview import Engine  # noqa: E402

TARGET = 0.95
NEVER_PROACTIVE = ("withheld", "redacted")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-kind", type=int, default=10)
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()

    engine = Engine()
    documents = labelled_documents(args.per_kind, args.seed)
    confusion: Counter[tuple[str, str]] = Counter()
    wrong_kinds: Counter[tuple[str, str, str]] = Counter()
    for document in documents:
        report = engine.review_text(document.text)
        predicted = report.attribute.value if report.attribute else "error"
        confusion[(document.attribute, predicted)] += 1
        if predicted != document.attribute:
            wrong_kinds[(document.kind, document.attribute, predicted)] += 1
            if args.show_errors:
                print(f"--- {document.kind}: expected {document.attribute}, got {predicted}")
                print(document.text)
                print([(f.rule, f.category.value, f.severity.value, f.text) for f in report.findings])

    print(f"{len(documents)} documents, seed {args.seed}\n")
    print(f"{'expected→got':<16}" + "".join(f"{name:>12}" for name in ATTRIBUTES) + f"{'accuracy':>10}")
    for expected in ATTRIBUTES:
        row = [confusion[(expected, got)] for got in ATTRIBUTES]
        total = sum(confusion[(expected, got)] for got in (*ATTRIBUTES, "error"))
        accuracy = confusion[(expected, expected)] / total if total else 0.0
        print(f"{expected:<16}" + "".join(f"{count:>12}" for count in row) + f"{accuracy:>10.1%}")
    correct = sum(confusion[(name, name)] for name in ATTRIBUTES)
    overall = correct / len(documents)
    leaked = sum(confusion[(expected, "proactive")] for expected in NEVER_PROACTIVE)
    print(f"\noverall accuracy {overall:.1%} (target {TARGET:.0%})")
    print(f"withheld or redacted documents judged proactive: {leaked} (target 0)")
    for (kind, expected, got), count in sorted(wrong_kinds.items()):
        print(f"  {kind}: {count} × expected {expected}, got {got}")
    return 0 if overall >= TARGET and leaked == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
