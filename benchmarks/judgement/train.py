"""Train the learned weak signal of the judgement layer (issue 15) on labelled tuning drafts, pure Python.

    python benchmarks/judgement/train.py                  # every tuning part → rules/judgement/learned.json
    python benchmarks/judgement/train.py tune tune2 --output /tmp/model.json

The model (read by ``secreview/judge/learned.py``): character 2- and 3-grams of the normalized text (digits as
0) and the judgement layer's signals that fired in the draft (by name; session 9), kept when they occur in
drafts of at least ``MIN_WRITERS`` writers (so that no writer's habits become a feature) and ranked by
chi-square against the non-publishable label; an L2 logistic regression over their presence (non-publishable
against look-alike), trained by stochastic gradient descent in a fixed order; and, for the category,
naive-Bayes log-ratios of each judged category against the other non-publishable drafts.
The same weights score each paragraph too (``learned.py``: the loudest line with the draft's signals; session
14); its threshold is chosen by ``crossval.py`` like the whole draft's, nothing else is trained for it.
Beside the labelled drafts, the regression is fitted on the public documents of the secrecy generator
(``tests/testing/secrecy_documents.py``: texts that state the disclosure and secrecy rules, such as
公开指南, 保密制度 and training notes) as look-alikes (session 10): without them, texts about the rules scored
up to 0.92 on their vocabulary (不予公开, 保密, 不得对外提供), a hair under the threshold. They choose no
feature (the features are chosen on the labelled drafts alone) and name no category; their draws
(``GENERATED_PUBLIC``) are never those on which ``crossval.py`` measures the public floor
(``GENERATED_DRAWS``).
Deterministic: the same drafts (and rules) give the same weights. Never trains on a held-out part (heldout*).
The signals are the rules' own: retrain whenever ``rules/judgement/judgement.toml`` changes its signals (the
provenance records the file's digest).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

from evaluate import JUDGED, ROOT, _labels, is_heldout, tuning_parts  # noqa: E402

from secreview.engine import Engine  # noqa: E402
from secreview.judge import Judge, Judged  # noqa: E402
from secreview.judge.learned import MODEL_FILE, model_view, ngrams  # noqa: E402
from secreview.normalize import normalize  # noqa: E402
from secreview.resources import builtin_rules_dir  # noqa: E402

SIZES = (2, 3)
MIN_DOCUMENTS = 3
MIN_WRITERS = 3
FEATURES = 3000
EPOCHS = 12
RATE = 0.1
L2 = 0.01  # session 8: 0.002 -> 0.005, session 10: 0.01 (leave-one-writer-out: more caught, none flagged)
SEED = 15
DIGITS = 4  # weights are rounded to this many decimals in the file
# A judgement signal as a feature: its name after this mark (n-grams hold no white space, so none is one).
SIGNAL = "signal "
JUDGEMENT_FILE = Path("judgement") / "judgement.toml"
# The secrecy generator's draws (seed, documents per category) whose public documents are fitted as
# look-alikes: seeds that no floor draw of crossval.py and no test uses.
GENERATED_PUBLIC = tuple((seed, 20) for seed in (101, 102, 103, 104, 105, 106))
GENERATED_PART = "generated"


@dataclass(frozen=True)
class Draft:
    part: str
    file: str
    writer: str
    kind: str  # exempt, severable, lookalike
    categories: tuple[str, ...]
    attribute: str
    text: str  # as written
    grams: frozenset[str]  # the n-grams, and the judgement signals that fired (``SIGNAL`` + name)

    @property
    def withheld(self) -> bool:
        """Not publishable as it stands (exempt or severable)."""
        return self.kind != "lookalike"


def writer_of(file: str) -> str:
    return file.split("-", 1)[0]


class _Recording:
    """The engine's judge, keeping the signals of the last document it judged (as the engine hands them to
    the learned signal: found with the rule packs' findings, which some signals read)."""

    def __init__(self, judge: Judge) -> None:
        self.judge = judge
        self.signals: dict[str, str] = {}

    def review(self, *args: Any, **keywords: Any) -> Judged:
        judged = self.judge.review(*args, **keywords)
        self.signals = judged.signals
        return judged

    def __getattr__(self, name: str) -> Any:
        return getattr(self.judge, name)


_ENGINE: list[Engine] = []


def signals_of(text: str) -> dict[str, str]:
    """The judgement signals that fire in ``text`` (name → label), as the engine finds them."""
    if not _ENGINE:
        engine = Engine()
        engine.learned = None
        engine.judge = _Recording(engine.judge)  # type: ignore[assignment]
        _ENGINE.append(engine)
    engine = _ENGINE[0]
    engine.judge.signals = {}  # type: ignore[attr-defined]
    engine.check_text(text)
    return dict(engine.judge.signals)  # type: ignore[attr-defined]


def features_of(text: str) -> frozenset[str]:
    """A draft's features: its n-grams and its judgement signals."""
    grams = ngrams(model_view(normalize(text).text), SIZES)
    return frozenset(grams | {SIGNAL + name for name in signals_of(text)})


def judgement_digest() -> str:
    """The digest of the judgement rules whose signals the model reads."""
    return hashlib.sha256((builtin_rules_dir() / JUDGEMENT_FILE).read_bytes()).hexdigest()[:16]


def read_part(part: str) -> list[Draft]:
    if is_heldout(part):
        raise SystemExit(f"{part} is held out: never trained on")
    folder = ROOT / part
    drafts = []
    for entry in _labels(folder):
        name = str(entry["file"])
        text = (folder / name).read_text(encoding="utf-8")
        categories = tuple(sorted(set(entry["categories"]) & set(JUDGED)))  # type: ignore[call-overload]
        grams = features_of(text)
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


def generated_public(draws: Sequence[tuple[int, int]] = GENERATED_PUBLIC) -> list[Draft]:
    """The public documents of the secrecy generator's ``draws``, as look-alike drafts of their own part and
    writer (a text drawn twice is one draft)."""
    from tests.testing.secrecy_documents import labelled_documents

    found: dict[str, str] = {}
    for seed, per_category in draws:
        for item in labelled_documents(per_category=per_category, seed=seed):
            if item.category is None:
                found.setdefault(item.text, f"{seed}-{per_category}-{item.name}")
    return [
        Draft(GENERATED_PART, name, GENERATED_PART, "lookalike", (), "proactive", text, features_of(text))
        for text, name in sorted(found.items(), key=lambda item: item[1])
    ]


def _chi_square(a: int, b: int, positives: int, negatives: int) -> float:
    """Chi-square of a feature present in ``a`` positive and ``b`` negative drafts."""
    total = positives + negatives
    c, d = positives - a, negatives - b
    denominator = (a + b) * (c + d) * positives * negatives
    return total * (a * d - b * c) ** 2 / denominator if denominator else 0.0


class Counts:
    """How many drafts (and non-publishable drafts, and writers) each feature occurs in, over ``drafts``; a
    subset's counts are told by taking away the rest's (cross-validation trains on many subsets of a pool)."""

    def __init__(self, drafts: Sequence[Draft]) -> None:
        self.drafts = list(drafts)
        self.documents: Counter[str] = Counter()
        self.positive: Counter[str] = Counter()
        self.writers: dict[str, Counter[str]] = defaultdict(Counter)
        for draft in self.drafts:
            for gram in draft.grams:
                self.documents[gram] += 1
                self.writers[gram][draft.writer] += 1
                if draft.withheld:
                    self.positive[gram] += 1

    def candidates(self, min_writers: int) -> list[str]:
        """The features that may be kept in any subset (counts only fall when drafts are taken away)."""
        return [
            gram
            for gram, seen in self.documents.items()
            if seen >= MIN_DOCUMENTS and len(self.writers[gram]) >= min_writers
        ]

    def without(self, left_out: Sequence[Draft]) -> Counts:
        """The counts of the pool less ``left_out`` (drafts of the pool)."""
        counts = Counts([])
        gone = {(draft.part, draft.file) for draft in left_out}
        counts.drafts = [draft for draft in self.drafts if (draft.part, draft.file) not in gone]
        removed = Counts(left_out)
        for gram in self.candidates(MIN_WRITERS):
            counts.documents[gram] = self.documents[gram] - removed.documents[gram]
            counts.positive[gram] = self.positive[gram] - removed.positive[gram]
            writers = self.writers[gram] - removed.writers.get(gram, Counter())
            if writers:
                counts.writers[gram] = writers
        return counts


def select(
    drafts: Sequence[Draft],
    count: int = FEATURES,
    min_writers: int = MIN_WRITERS,
    counts: Counts | None = None,
) -> list[str]:
    """The ``count`` features of most chi-square against the label, among those seen in ``MIN_DOCUMENTS``
    drafts of ``min_writers`` writers (``counts``: those of ``drafts``, when already told)."""
    counts = counts if counts is not None else Counts(drafts)
    positives = sum(draft.withheld for draft in drafts)
    negatives = len(drafts) - positives
    scored = [
        (
            _chi_square(
                counts.positive[gram], counts.documents[gram] - counts.positive[gram], positives, negatives
            ),
            gram,
        )
        for gram in counts.candidates(min_writers)
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


def train(
    drafts: Sequence[Draft],
    provenance: dict[str, object] | None = None,
    counts: Counts | None = None,
    public: Sequence[Draft] = (),
) -> dict[str, object]:
    """The model (the content of ``learned.json``) trained on ``drafts`` (``counts``: their feature counts,
    when already told), the regression fitted on ``public`` too (look-alikes that choose no feature: the
    generator's public documents, ``generated_public``)."""
    drafts = sorted(drafts, key=lambda draft: (draft.part, draft.file))
    features = select(drafts, counts=counts)
    numbers = {gram: number for number, gram in enumerate(features)}
    fitted = [*drafts, *sorted(public, key=lambda draft: (draft.part, draft.file))]
    rows = [sorted(numbers[gram] for gram in draft.grams if gram in numbers) for draft in fitted]
    bias, weights = _logistic(rows, [int(draft.withheld) for draft in fitted], len(features))
    category_bias, ratios = _category_ratios(drafts, rows[: len(drafts)], len(features))
    entries = [
        {
            "text": gram.removeprefix(SIGNAL),
            "weight": round(weights[number], DIGITS),
            "categories": ratios[number],
        }
        for number, gram in enumerate(features)
    ]
    return {
        "format": 1,
        "provenance": provenance or {},
        "sizes": list(SIZES),
        "bias": round(bias, DIGITS),
        "category_bias": category_bias,
        "features": [
            entry for entry, gram in zip(entries, features, strict=True) if not gram.startswith(SIGNAL)
        ],
        "signals": [entry for entry, gram in zip(entries, features, strict=True) if gram.startswith(SIGNAL)],
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
    public = generated_public()
    provenance: dict[str, object] = {
        "parts": parts,
        "drafts": len(drafts),
        "writers": sorted({draft.writer for draft in drafts}),
        "command": command,
        "judgement": judgement_digest(),
        "generated_public": {"draws": [list(draw) for draw in GENERATED_PUBLIC], "documents": len(public)},
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
        figures.pop("shipped", None)
        provenance["crossval"] = figures
    model = train(drafts, provenance, public=public)
    args.output.write_text(json.dumps(model, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{args.output}: {len(model['features'])} features from {len(drafts)} drafts of {len(parts)} parts")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
