"""Train the learned weak signal of the judgement layer (issue 15) on labelled tuning drafts, pure Python.

    python benchmarks/judgement/train.py                  # every tuning part → rules/judgement/learned.json
    python benchmarks/judgement/train.py tune tune2 --output /tmp/model.json

The model (read by ``secreview/judge/learned.py``): character 2- and 3-grams of the normalized text (digits as
0), kept when they occur in drafts of at least ``MIN_WRITERS`` writers (so that no writer's habits become a
feature) and ranked by chi-square against the non-publishable label; an L2 logistic regression over their
presence (non-publishable against look-alike), trained by stochastic gradient descent in a fixed order; and,
for the category, naive-Bayes log-ratios of each judged category against the other non-publishable drafts.
Deterministic: the same drafts give the same weights. Never trains on a held-out part (heldout*).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

from evaluate import JUDGED, ROOT, _labels, is_heldout, tuning_parts  # noqa: E402

from secreview.judge.learned import MODEL_FILE, model_view, ngrams  # noqa: E402
from secreview.normalize import normalize  # noqa: E402
from secreview.resources import builtin_rules_dir  # noqa: E402

SIZES = (2, 3)
MIN_DOCUMENTS = 3
MIN_WRITERS = 3
FEATURES = 3000
EPOCHS = 12
RATE = 0.1
L2 = 0.005  # session 8: 0.002 -> 0.005 (leave-one-writer-out: more drafts caught with no look-alike flagged)
SEED = 15
DIGITS = 4  # weights are rounded to this many decimals in the file


@dataclass(frozen=True)
class Draft:
    part: str
    file: str
    writer: str
    kind: str  # exempt, severable, lookalike
    categories: tuple[str, ...]
    attribute: str
    text: str  # as written
    grams: frozenset[str]

    @property
    def withheld(self) -> bool:
        """Not publishable as it stands (exempt or severable)."""
        return self.kind != "lookalike"


def writer_of(file: str) -> str:
    return file.split("-", 1)[0]


def read_part(part: str) -> list[Draft]:
    if is_heldout(part):
        raise SystemExit(f"{part} is held out: never trained on")
    folder = ROOT / part
    drafts = []
    for entry in _labels(folder):
        name = str(entry["file"])
        text = (folder / name).read_text(encoding="utf-8")
        categories = tuple(sorted(set(entry["categories"]) & set(JUDGED)))  # type: ignore[call-overload]
        grams = frozenset(ngrams(model_view(normalize(text).text), SIZES))
        drafts.append(
            Draft(
                part,
                name,
                writer_of(name),
                str(entry["kind"]),
                categories,
                str(entry["attribute"]),
                text,
                grams,
            )
        )
    return drafts


def _chi_square(a: int, b: int, positives: int, negatives: int) -> float:
    """Chi-square of a feature present in ``a`` positive and ``b`` negative drafts."""
    total = positives + negatives
    c, d = positives - a, negatives - b
    denominator = (a + b) * (c + d) * positives * negatives
    return total * (a * d - b * c) ** 2 / denominator if denominator else 0.0


def select(drafts: Sequence[Draft], count: int = FEATURES, min_writers: int = MIN_WRITERS) -> list[str]:
    documents: Counter[str] = Counter()
    positive: Counter[str] = Counter()
    writers: dict[str, set[str]] = defaultdict(set)
    for draft in drafts:
        for gram in draft.grams:
            documents[gram] += 1
            writers[gram].add(draft.writer)
            if draft.withheld:
                positive[gram] += 1
    positives = sum(draft.withheld for draft in drafts)
    negatives = len(drafts) - positives
    scored = [
        (_chi_square(positive[gram], documents[gram] - positive[gram], positives, negatives), gram)
        for gram, seen in documents.items()
        if seen >= MIN_DOCUMENTS and len(writers[gram]) >= min_writers
    ]
    scored.sort(key=lambda item: (-item[0], item[1]))
    return sorted(gram for _, gram in scored[:count])


def _logistic(rows: Sequence[list[int]], targets: Sequence[int], size: int) -> tuple[float, list[float]]:
    """L2 logistic regression over binary features by SGD in a fixed shuffled order (deterministic)."""
    weights = [0.0] * size
    bias = 0.0
    order = list(range(len(rows)))
    shuffle = random.Random(SEED)
    for epoch in range(EPOCHS):
        shuffle.shuffle(order)
        rate = RATE / (1.0 + epoch)
        for index in order:
            row = rows[index]
            total = bias + sum(weights[number] for number in row)
            probability = 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, total))))
            gradient = probability - targets[index]
            bias -= rate * gradient
            for number in row:
                weights[number] -= rate * (gradient + L2 * weights[number])
    return bias, weights


def _category_ratios(
    drafts: Sequence[Draft], rows: Sequence[list[int]], size: int
) -> tuple[dict[str, float], list[dict[str, float]]]:
    """Naive-Bayes log-ratios of each judged category against the other non-publishable drafts."""
    withheld = [(draft, row) for draft, row in zip(drafts, rows, strict=True) if draft.withheld]
    bias: dict[str, float] = {}
    ratios: list[dict[str, float]] = [{} for _ in range(size)]
    for category in JUDGED:
        inside = [row for draft, row in withheld if category in draft.categories]
        outside = [row for draft, row in withheld if category not in draft.categories]
        if not inside or not outside:
            continue
        bias[category] = round(math.log(len(inside) / len(outside)), DIGITS)
        counts_in: Counter[int] = Counter(number for row in inside for number in row)
        counts_out: Counter[int] = Counter(number for row in outside for number in row)
        for number in range(size):
            ratio = math.log((counts_in[number] + 1) / (len(inside) + 2)) - math.log(
                (counts_out[number] + 1) / (len(outside) + 2)
            )
            if abs(ratio) >= 0.1:
                ratios[number][category] = round(ratio, DIGITS)
    return bias, ratios


def train(drafts: Sequence[Draft], provenance: dict[str, object] | None = None) -> dict[str, object]:
    """The model (the content of ``learned.json``) trained on ``drafts``."""
    drafts = sorted(drafts, key=lambda draft: (draft.part, draft.file))
    features = select(drafts)
    numbers = {gram: number for number, gram in enumerate(features)}
    rows = [sorted(numbers[gram] for gram in draft.grams if gram in numbers) for draft in drafts]
    bias, weights = _logistic(rows, [int(draft.withheld) for draft in drafts], len(features))
    category_bias, ratios = _category_ratios(drafts, rows, len(features))
    return {
        "format": 1,
        "provenance": provenance or {},
        "sizes": list(SIZES),
        "bias": round(bias, DIGITS),
        "category_bias": category_bias,
        "features": [
            {"text": gram, "weight": round(weights[number], DIGITS), "categories": ratios[number]}
            for number, gram in enumerate(features)
        ],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parts", nargs="*", help="tuning parts (default: every tuning part)")
    parser.add_argument("--output", type=Path, default=builtin_rules_dir() / MODEL_FILE)
    parser.add_argument(
        "--crossval",
        type=Path,
        nargs="*",
        default=[],
        help="crossval.py --json results to record in the provenance (later files win, key by key; the "
        "unseen parts of every file are kept)",
    )
    args = parser.parse_args(argv)
    parts = args.parts or tuning_parts()
    drafts = [draft for part in parts for draft in read_part(part)]
    command = "python benchmarks/judgement/train.py" + (" " + " ".join(args.parts) if args.parts else "")
    if args.crossval:
        command += " --crossval " + " ".join(str(path) for path in args.crossval)
    provenance: dict[str, object] = {
        "parts": parts,
        "drafts": len(drafts),
        "writers": sorted({draft.writer for draft in drafts}),
        "command": command,
    }
    if args.crossval:
        figures: dict[str, object] = {}
        unseen: dict[str, object] = {}
        for path in args.crossval:
            loaded = json.loads(path.read_text(encoding="utf-8"))
            unseen.update(loaded.pop("unseen", {}))
            figures.update(loaded)
        if unseen:
            figures["unseen"] = unseen
        figures.pop("sweep", None)  # the threshold sweep stays in the crossval output
        provenance["crossval"] = figures
    model = train(drafts, provenance)
    args.output.write_text(json.dumps(model, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{args.output}: {len(model['features'])} features from {len(drafts)} drafts of {len(parts)} parts")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
