"""Per-category precision and recall of the privacy rules (person_name, address, sensitive_personal).

    python benchmarks/privacy/evaluate.py [--count 180] [--seed 6] [--show-errors] [--write]

The labelled set comes from tests/testing/privacy_documents.py (公示 lists, 处罚决定书, 信访 replies,
任免通知, 表彰决定, 录用名单, policy notices, minutes; about a fifth in traditional characters). A finding
of medium or high severity is a true positive when it overlaps a gold span of its category, a false
positive otherwise; a gold span is recalled when a medium/high finding of its category overlaps it.
Two guarantees are counted separately: officials' names (任免通知, minutes, contact persons) must have no
finding at all, and names published by law (表彰, 录用) must be at most ``low``.
``--write`` stores the numbers in benchmarks/results/privacy.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from secreview import Engine  # noqa: E402
from secreview.models import Finding, Severity  # noqa: E402
from tests.testing.privacy_documents import (  # noqa: E402
    ADDRESS,
    OFFICIAL,
    PERSON_NAME,
    PUBLISHED,
    SENSITIVE,
    LabelledDocument,
    documents,
)

CATEGORIES = (PERSON_NAME, ADDRESS, SENSITIVE)
RESULTS = REPO / "benchmarks" / "results" / "privacy.json"


def _overlaps(finding: Finding, span: tuple[int, int]) -> bool:
    return finding.start < span[1] and span[0] < finding.end


def evaluate(engine: Engine, labelled: list[LabelledDocument], show_errors: bool) -> dict[str, object]:
    counts: Counter[str] = Counter()
    for document in labelled:
        findings = [f for f in engine.review_text(document.text).findings if f.category.value in CATEGORIES]
        loud = [f for f in findings if f.severity is not Severity.LOW]
        for category in CATEGORIES:
            gold = document.gold(category)
            own = [f for f in loud if f.category.value == category]
            for finding in own:
                hit = any(_overlaps(finding, span) for span in gold)
                counts[f"{category}:tp" if hit else f"{category}:fp"] += 1
                if not hit and show_errors:
                    print(f"FP {category} [{document.kind}] {finding.rule} {finding.text!r}")
            for span in gold:
                recalled = any(_overlaps(finding, span) for finding in own)
                counts[f"{category}:recalled" if recalled else f"{category}:missed"] += 1
                if not recalled and show_errors:
                    context = document.text[max(0, span[0] - 20) : span[1] + 20].replace("\n", "⏎")
                    missed = document.text[span[0] : span[1]]
                    print(f"FN {category} [{document.kind}] {missed!r} in {context!r}")
        for span in document.gold(OFFICIAL):
            flagged = any(_overlaps(finding, span) for finding in findings)
            counts["official:flagged" if flagged else "official:clean"] += 1
        for span in document.gold(PUBLISHED):
            loud_hit = any(_overlaps(finding, span) for finding in loud)
            counts["published:loud" if loud_hit else "published:ok"] += 1
    scores: dict[str, object] = {}
    for category in CATEGORIES:
        tp, fp = counts[f"{category}:tp"], counts[f"{category}:fp"]
        recalled, missed = counts[f"{category}:recalled"], counts[f"{category}:missed"]
        scores[category] = {
            "precision": round(tp / (tp + fp), 4) if tp + fp else None,
            "recall": round(recalled / (recalled + missed), 4) if recalled + missed else None,
            "findings": tp + fp,
            "gold": recalled + missed,
        }
    officials = counts["official:flagged"] + counts["official:clean"]
    published = counts["published:loud"] + counts["published:ok"]
    scores["officials_flagged"] = f"{counts['official:flagged']}/{officials}"
    scores["published_above_low"] = f"{counts['published:loud']}/{published}"
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=180)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--write", action="store_true")
    arguments = parser.parse_args()
    labelled = documents(arguments.count, seed=arguments.seed)
    engine = Engine()
    began = time.perf_counter()
    scores = evaluate(engine, labelled, arguments.show_errors)
    elapsed = time.perf_counter() - began
    kinds = Counter(document.kind for document in labelled)
    print(f"{len(labelled)} documents ({', '.join(f'{kind} {n}' for kind, n in sorted(kinds.items()))})")
    for category in CATEGORIES:
        row = scores[category]
        assert isinstance(row, dict)
        print(
            f"{category:20s} precision {row['precision']}  recall {row['recall']}"
            f"  ({row['findings']} findings, {row['gold']} gold spans)"
        )
    print(f"officials flagged: {scores['officials_flagged']}")
    print(f"published names above low: {scores['published_above_low']}")
    print(f"{elapsed:.1f} s")
    if arguments.write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        payload = {"documents": len(labelled), "seed": arguments.seed, "scores": scores}
        RESULTS.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
