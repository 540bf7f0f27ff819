"""Precision and recall of secreview's identifier rules on a generated, labelled set of documents.

    python benchmarks/identifiers/evaluate.py [--seed 20261123] [--count 250] [--jionlp PYTHON]

The documents (公示名单, 行政处罚决定书, 答复书, 通知, 表彰决定) come from tests/testing/identifiers.py
and are the same for the same seed. A finding is a true positive when a label of the same category
overlaps it; the "exact" column counts labels whose span was found to the character. With --jionlp,
JioNLP's extractors run on the same documents in the Python given (a separate virtual environment) and
are scored the same way.
The documents and both tools' spans are written to benchmarks/results/identifiers/ (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from secreview import Engine  # noqa: E402
from secreview.models import Severity  # noqa: E402
from secreview.rulepack import load_packs  # noqa: E402
from tests.testing.identifiers import CATEGORIES, Document, Span, labelled_documents, score  # noqa: E402

IDENTIFIER_PACKS = {"PI", "PB"}
RESULTS = REPO / "benchmarks" / "results" / "identifiers"


def secreview_spans(documents: list[Document], engine: Engine) -> tuple[list[list[Span]], float]:
    for document in documents[:5]:  # load lazily built models (word segmenter, tagger) before timing
        engine.review(document.extracted(), document.kind)
    began = time.perf_counter()
    spans: list[list[Span]] = []
    for document in documents:
        report = engine.review(document.extracted(), document.kind)
        spans.append(
            [
                (finding.start, finding.end, str(finding.category.value))
                for finding in report.findings
                if finding.category.value in CATEGORIES and finding.severity is not Severity.LOW
            ]
        )
    return spans, time.perf_counter() - began


def jionlp_spans(documents: list[Document], python: str) -> tuple[list[list[Span]], float]:
    RESULTS.mkdir(parents=True, exist_ok=True)
    texts = RESULTS / "texts.json"
    texts.write_text(
        json.dumps([document.text for document in documents], ensure_ascii=False), encoding="utf-8"
    )
    adapter = Path(__file__).with_name("jionlp_adapter.py")
    completed = subprocess.run(
        [python, str(adapter), str(texts)], capture_output=True, text=True, check=True, encoding="utf-8"
    )
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    return [[tuple(span) for span in spans] for spans in result["spans"]], float(result["seconds"])


def print_table(name: str, table: dict[str, dict[str, float]], seconds: float, characters: int) -> None:
    print(f"\n{name}: {seconds:.2f} s, {characters / seconds / 1000:.0f} k characters/s")
    print(f"{'category':<14}{'labels':>8}{'reported':>10}{'precision':>11}{'recall':>9}{'exact':>8}")
    for category, row in table.items():
        precision = f"{row['precision']:.2%}" if row["reported"] else "n/a"
        print(
            f"{category:<14}{row['labels']:>8.0f}{row['reported']:>10.0f}"
            f"{precision:>11}{row['recall']:>9.2%}{row['exact']:>8.2%}"
        )


def errors(documents: list[Document], found: list[list[Span]], limit: int = 15) -> list[str]:
    lines = []
    for document, spans in zip(documents, found, strict=True):
        labels = [(label.start, label.end, label.category) for label in document.labels]
        text = document.text
        for start, end, category in spans:
            if not any(c == category and s < end and start < e for s, e, c in labels):
                lines.append(f"FP {category} {text[start:end]!r} in …{text[max(0, start - 20) : end + 10]!r}")
        for start, end, category in labels:
            if not any(c == category and s < end and start < e for s, e, c in spans):
                lines.append(f"FN {category} {text[start:end]!r} in …{text[max(0, start - 20) : end + 10]!r}")
    return lines[:limit]


def random_shapes(seed: int, per_shape: int = 2000) -> dict[str, tuple[int, Counter[str]]]:
    """How often random digit strings of identifier shapes, in a neutral sentence without context words,
    become findings: the false-alarm rate the validators leave on shapes alone."""
    rng = random.Random(seed)
    shapes = {
        "18 digits": lambda: str(rng.randint(10**17, 10**18 - 1)),
        "17 digits + X": lambda: str(rng.randint(10**16, 10**17 - 1)) + "X",
        "15 digits": lambda: str(rng.randint(10**14, 10**15 - 1)),
        "16 digits from 62": lambda: "62" + str(rng.randint(10**13, 10**14 - 1)),
        "19 digits from 62": lambda: "62" + str(rng.randint(10**16, 10**17 - 1)),
        "11 digits from 1": lambda: "1" + str(rng.randint(10**9, 10**10 - 1)),
        "8 digits": lambda: str(rng.randint(10**7, 10**8 - 1)),
    }
    engine = Engine(packs=[pack for pack in load_packs() if pack.header.prefix in IDENTIFIER_PACKS])
    rates: dict[str, tuple[int, Counter[str]]] = {}
    for name, make in shapes.items():
        found: Counter[str] = Counter()
        for _ in range(per_shape):
            report = engine.review_text(f"本期统计数据为 {make()} ,已核对。")
            for category in {f.category.value for f in report.findings if f.severity is not Severity.LOW}:
                found[category] += 1
        rates[name] = (per_shape, found)
    return rates


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--count", type=int, default=250)
    parser.add_argument("--jionlp", metavar="PYTHON", help="a Python that can import jionlp")
    parser.add_argument("--show-errors", action="store_true")
    arguments = parser.parse_args()

    documents = labelled_documents(arguments.seed, arguments.count)
    characters = sum(len(document.text) for document in documents)
    kinds = Counter(document.kind for document in documents)
    described = ", ".join(f"{kind} {number}" for kind, number in kinds.items())
    print(f"{len(documents)} documents ({described}), {characters} characters")

    found, seconds = secreview_spans(documents, Engine())
    table = score(documents, found)
    print_table("secreview (all built-in packs)", table, seconds, characters)
    identifier_packs = [pack for pack in load_packs() if pack.header.prefix in IDENTIFIER_PACKS]
    only_found, only_seconds = secreview_spans(documents, Engine(packs=identifier_packs))
    print_table("secreview (PI and PB packs only)", score(documents, only_found), only_seconds, characters)
    report = {"seed": arguments.seed, "count": arguments.count, "secreview": table}
    if arguments.show_errors:
        print("\n".join(errors(documents, found)))
    if arguments.jionlp:
        jio_found, jio_seconds = jionlp_spans(documents, arguments.jionlp)
        jio_table = score(documents, jio_found)
        print_table("JioNLP", jio_table, jio_seconds, characters)
        report["jionlp"] = jio_table
        if arguments.show_errors:
            print("\n".join(errors(documents, jio_found)))
    print("\nrandom numbers in a sentence without context words (secreview, PI and PB packs):")
    for name, (total, found) in random_shapes(arguments.seed).items():
        flagged = ", ".join(f"{category} {count / total:.2%}" for category, count in found.items()) or "none"
        print(f"  {name:<20} {flagged}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "scores.json").write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
