"""Per-category precision and recall of the secrecy and exemption rules on a labelled set of documents.

    python benchmarks/secrecy/evaluate.py [--per-category 25] [--seed 5] [--write] [--show-errors]

The set comes from tests/testing/secrecy_documents.py: for each of the eight categories (state_secret,
work_secret, process_info, enforcement_file, internal_affairs, security_risk, trade_secret,
specific_recipient) ``--per-category`` documents that must be flagged with it, and as many public documents
that are full of secrecy vocabulary and must be flagged with none of them. The same seed gives the same
set; ``--write`` stores it as benchmarks/secrecy/labelled_set.jsonl, which is read instead of regenerating
when present (and checked against the generator); the hand-written cases of the same module are scored
apart. A document counts as flagged with a category when a
finding of that category is at least medium (low findings are advisory and do not move the attribute).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import asdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from secreview import Engine  # noqa: E402
from secreview.models import Severity  # noqa: E402
from tests.testing.secrecy_documents import (  # noqa: E402
    CATEGORIES,
    HAND_WRITTEN,
    LabelledDocument,
    labelled_documents,
)

STORED = Path(__file__).resolve().parent / "labelled_set.jsonl"


def flagged(engine: Engine, text: str) -> set[str]:
    report = engine.review_text(text)
    return {
        finding.category.value
        for finding in report.findings
        if finding.category.value in CATEGORIES and finding.severity is not Severity.LOW
    }


def load_or_generate(per_category: int, seed: int, write: bool) -> list[LabelledDocument]:
    documents = labelled_documents(per_category=per_category, seed=seed)
    if write:
        STORED.write_text(
            "".join(json.dumps(asdict(document), ensure_ascii=False) + "\n" for document in documents),
            encoding="utf-8",
        )
    elif STORED.is_file():
        stored = [
            LabelledDocument(**json.loads(line)) for line in STORED.read_text(encoding="utf-8").splitlines()
        ]
        if stored != documents:
            print(
                f"note: {STORED.name} differs from the generator's output for these settings; using the file"
            )
        return stored
    return documents


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-category", type=int, default=25)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--write", action="store_true", help="store the generated set as labelled_set.jsonl")
    parser.add_argument(
        "--show-errors", action="store_true", help="print every missed or wrongly flagged document"
    )
    args = parser.parse_args()

    documents = load_or_generate(args.per_category, args.seed, args.write)
    engine = Engine()
    began = time.perf_counter()
    predictions = [flagged(engine, document.text) for document in documents]
    elapsed = time.perf_counter() - began

    true_pos: Counter[str] = Counter()
    false_pos: Counter[str] = Counter()
    false_neg: Counter[str] = Counter()
    for document, predicted in zip(documents, predictions, strict=True):
        expected = {document.category} if document.category else set()
        for category in predicted & expected:
            true_pos[category] += 1
        for category in predicted - expected:
            false_pos[category] += 1
            if args.show_errors:
                print(f"FP {category:18} {document.name} ({document.kind}): {document.text[:60]!r}")
        for category in expected - predicted:
            false_neg[category] += 1
            if args.show_errors:
                print(f"FN {category:18} {document.name} ({document.kind}): {document.text[:60]!r}")

    public = sum(1 for document in documents if document.category is None)
    clean = sum(
        1
        for document, predicted in zip(documents, predictions, strict=True)
        if not document.category and not predicted
    )
    print(f"{len(documents) - public} labelled documents, {public} public documents, {elapsed:.2f} s")
    print(f"{'category':20} {'docs':>5} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>8}")
    worst = 1.0
    for category in CATEGORIES:
        tp, fp, fn = true_pos[category], false_pos[category], false_neg[category]
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        worst = min(worst, precision, recall)
        print(f"{category:20} {tp + fn:5} {tp:4} {fp:4} {fn:4} {precision:10.3f} {recall:8.3f}")
    print(f"public documents with no finding of these categories: {clean}/{public}")
    right = sum(
        flagged(engine, text) == ({category} if category else set()) for category, text in HAND_WRITTEN
    )
    print(f"hand-written documents judged exactly right: {right}/{len(HAND_WRITTEN)}")
    return 0 if worst >= 0.95 else 1


if __name__ == "__main__":
    raise SystemExit(main())
