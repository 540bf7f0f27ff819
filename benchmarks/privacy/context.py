"""Span recall and precision per personal category on the hand-written context set of issue 16.

    python benchmarks/privacy/context.py [--show-errors]

The documents (tests/testing/context_documents.py) are built as .docx, .xlsx, .csv, .html and .txt files
and checked as such. A gold span is recalled when a medium/high finding of its category overlaps it; a
medium/high finding of a personal category is a true positive when it overlaps a gold span of its own
category. Names published by rule must be found at low at most, officials' names and office contacts not
at all (counted separately).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from secreview import Engine, Severity  # noqa: E402
from secreview.extract import extract_bytes  # noqa: E402
from tests.testing.context_documents import (  # noqa: E402
    DOCUMENTS,
    NOT_PERSONAL,
    OFFICIAL,
    PERSONAL,
    PUBLISHED,
    ContextDocument,
)


def _spans(text: str, value: str) -> list[tuple[int, int]]:
    spans, start = [], text.find(value)
    while start >= 0:
        spans.append((start, start + len(value)))
        start = text.find(value, start + 1)
    return spans


def evaluate(
    engine: Engine, documents: list[ContextDocument], show_errors: bool = False
) -> dict[str, object]:
    counts: Counter[str] = Counter()
    for document in documents:
        extracted = extract_bytes(document.data(), document.suffix)
        report = engine.review(extracted, f"{document.name}{document.suffix}")
        text = extracted.text
        findings = [f for f in report.findings if f.category.value in PERSONAL and f.suppressed_by is None]
        loud = [f for f in findings if f.severity is not Severity.LOW]
        gold: dict[str, list[tuple[int, int]]] = {}
        for label, value in document.gold:
            spans = _spans(text, value)
            assert spans, f"{document.name}: {value!r} not in the extracted text"
            gold.setdefault(label, []).extend(spans)
        for category in PERSONAL:
            own = [f for f in loud if f.category.value == category]
            for finding in own:
                hit = any(
                    finding.start < end and start < finding.end for start, end in gold.get(category, [])
                )
                counts[f"{category}:tp" if hit else f"{category}:fp"] += 1
                if not hit and show_errors:
                    print(f"FP {category} [{document.name}] {finding.rule} {finding.text!r}")
            for start, end in gold.get(category, []):
                recalled = any(f.start < end and start < f.end for f in own)
                counts[f"{category}:recalled" if recalled else f"{category}:missed"] += 1
                if not recalled and show_errors:
                    print(f"FN {category} [{document.name}] {text[start:end]!r}")
        for label, pool in ((PUBLISHED, loud), (OFFICIAL, findings), (NOT_PERSONAL, loud)):
            for start, end in gold.get(label, []):
                flagged = [f for f in pool if f.start < end and start < f.end]
                counts[f"{label}:flagged" if flagged else f"{label}:ok"] += 1
                if flagged and show_errors:
                    print(f"FLAGGED {label} [{document.name}] {text[start:end]!r} by {flagged[0].rule}")
    scores: dict[str, object] = {}
    for category in PERSONAL:
        tp, fp = counts[f"{category}:tp"], counts[f"{category}:fp"]
        recalled, missed = counts[f"{category}:recalled"], counts[f"{category}:missed"]
        scores[category] = {
            "precision": round(tp / (tp + fp), 4) if tp + fp else None,
            "recall": round(recalled / (recalled + missed), 4) if recalled + missed else None,
            "gold": recalled + missed,
        }
    for label in (PUBLISHED, OFFICIAL, NOT_PERSONAL):
        scores[f"{label}_flagged"] = (
            f"{counts[f'{label}:flagged']}/{counts[f'{label}:flagged'] + counts[f'{label}:ok']}"
        )
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-errors", action="store_true")
    arguments = parser.parse_args()
    scores = evaluate(Engine(), list(DOCUMENTS), arguments.show_errors)
    kinds = Counter(document.kind for document in DOCUMENTS)
    print(f"{len(DOCUMENTS)} documents ({', '.join(f'{kind} {n}' for kind, n in sorted(kinds.items()))})")
    for category in PERSONAL:
        row = scores[category]
        assert isinstance(row, dict)
        print(
            f"{category:20s} precision {row['precision']}  recall {row['recall']}  ({row['gold']} gold spans)"
        )
    for label in (PUBLISHED, OFFICIAL, NOT_PERSONAL):
        print(f"{label} flagged: {scores[f'{label}_flagged']}")


if __name__ == "__main__":
    main()
