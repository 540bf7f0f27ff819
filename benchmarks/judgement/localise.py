"""Where the learned weak signal points, out of fold: could a cut on its guess be trusted (session 11)?

    python benchmarks/judgement/localise.py --json /tmp/loc.json   # every tuning part, a fold per writer
    python benchmarks/judgement/localise.py --shard 1/2 --json /tmp/a.json   # half the writers (run two)
    python benchmarks/judgement/localise.py --report /tmp/a.json /tmp/b.json --threshold 0.89

The folds are crossval.py's (leave one writer out, the model fitted on the other writers' drafts and the
generator's public documents). For every draft the rules leave 主动公开 with no judged finding and no public
form silences the signal, the fold's model scores it, and three places a cut could take are told: the line
the finding points at (``telling_line``), the paragraph of that line as the rules sever one
(``Regions.paragraph_span``) and the paragraph whose features raise the score most. ``--report`` prints, for
the drafts the signal decides at ``--threshold`` (probability at or above it): the labels by kind ×
category the model names × labelled attribute, and for each place whether a cut there removes the labelled
``passage`` (severable: at least ``COVERED`` of its characters, as evaluate.py counts a finding's cover) and
every labelled ``evidence`` string (what a copy must no longer hold), and how much of the text it takes.
A held-out part is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

from crossval import _report  # noqa: E402
from evaluate import COVERED, ROOT, _labels, is_heldout, tuning_parts  # noqa: E402
from train import Counts, Draft, generated_public, read_part, signals_of, train  # noqa: E402

from secreview import Engine  # noqa: E402
from secreview.extract.base import ExtractedText  # noqa: E402
from secreview.judge.learned import LearnedModel, Model, load_learned, model_view  # noqa: E402
from secreview.judge.signals import Regions  # noqa: E402
from secreview.normalize import normalize  # noqa: E402

PLACES = ("line", "paragraph", "top_paragraph", "loud_paragraphs")
# loud_paragraphs: from the first to the last paragraph that raises the score half as much as the top one.
LOUD = 0.5


def places(engine: Engine, model: LearnedModel, text: str) -> dict[str, tuple[int, int]]:
    """The spans (of ``text`` as written) a cut on the model's guess could take."""
    normalized = normalize(text)
    view = model_view(normalized.text)
    line = model.telling_line(normalized.text)
    regions = Regions(ExtractedText(text), normalized, engine.judge.judgement)
    found = {"line": normalized.to_original(*line)}
    if not regions.lines:
        return {place: found["line"] for place in PLACES}
    index = max(regions.line_of(line[0]), 0)
    found["paragraph"] = normalized.to_original(*regions.paragraph_span(index))
    weights = model._weights
    by_line: dict[int, set[int]] = {}
    for start, _end, number in model._search.hits(view):
        if weights[number] > 0 and start < len(regions.text):
            by_line.setdefault(max(regions.line_of(start), 0), set()).add(number)
    best, best_weight = found["paragraph"], float("-inf")
    weighed: list[tuple[float, tuple[int, int]]] = []
    for span in sorted({regions.paragraph_span(index) for index in by_line}):
        inside = [
            numbers for index, numbers in by_line.items() if span[0] <= regions.lines[index].start < span[1]
        ]
        weight = sum(weights[number] for number in set().union(*inside))
        weighed.append((weight, span))
        if weight > best_weight:
            best, best_weight = normalized.to_original(*span), weight
    found["top_paragraph"] = best
    loud = [span for weight, span in weighed if weight >= LOUD * best_weight] or [(0, 0)]
    found["loud_paragraphs"] = normalized.to_original(min(s for s, _ in loud), max(e for _, e in loud))
    return found


def _entries(part: str) -> dict[str, dict[str, object]]:
    return {str(entry["file"]): entry for entry in _labels(ROOT / part)}


def measure(drafts: Sequence[Draft], writers: Sequence[str]) -> list[dict[str, object]]:
    engine = Engine()
    engine.learned = None
    pool = Counts(drafts)
    public = generated_public()
    shipped = load_learned()
    labels = {part: _entries(part) for part in sorted({draft.part for draft in drafts})}
    records = []
    for writer in writers:
        others = [draft for draft in drafts if draft.writer != writer]
        mine = [draft for draft in drafts if draft.writer == writer]
        model = LearnedModel(Model.model_validate(train(others, counts=pool.without(mine), public=public)))
        for draft in mine:
            _, _, eligible = _report(engine, draft.text, draft.file)
            normalized = normalize(draft.text).text
            if not eligible or shipped.silenced(normalized):
                continue
            scored = model.score(normalized, signals=signals_of(draft.text))
            entry = labels[draft.part][draft.file]
            records.append(
                {
                    "part": draft.part,
                    "file": draft.file,
                    "writer": writer,
                    "kind": draft.kind,
                    "categories": list(draft.categories),
                    "attribute": draft.attribute,
                    "probability": round(scored.probability, 4),
                    "category": scored.category.value,
                    "evidence": entry.get("evidence", []),
                    "passage": entry.get("passage", ""),
                    "places": places(engine, model, draft.text),
                }
            )
        left = sum(record["writer"] == writer for record in records)
        print(f"{writer}: {len(mine)} drafts, {left} left to the model")
    return records


def _covers(text: str, passage: str, span: Sequence[int]) -> bool:
    start = text.find(passage)
    if not passage or start < 0:
        return False
    wanted = [index for index in range(start, start + len(passage)) if not text[index].isspace()]
    return sum(span[0] <= index < span[1] for index in wanted) >= COVERED * len(wanted)


def _holds(text: str, evidence: Sequence[str], span: Sequence[int]) -> list[str]:
    """The evidence strings a copy cut at ``span`` would still hold (one occurrence outside the cut)."""
    left = []
    for item in evidence:
        start = text.find(item)
        while start >= 0 and span[0] <= start and start + len(item) <= span[1]:
            start = text.find(item, start + 1)
        if start >= 0:
            left.append(item)
    return left


def _marks(record: dict[str, object]) -> tuple[str, dict[str, bool]]:
    """Per place: P/p the passage covered or not (severable), E/e the copy holding no labelled evidence or
    some; and per place whether the copy is clean."""
    text = (ROOT / str(record["part"]) / str(record["file"])).read_text(encoding="utf-8")
    marks, clean = [], {}
    for place in PLACES:
        span = record["places"][place]  # type: ignore[index]
        kept = _holds(text, record["evidence"], span)  # type: ignore[arg-type]
        cover = _covers(text, str(record["passage"]), span) if record["kind"] == "severable" else None
        marks.append(f"{place}:{'P' if cover else 'p' if cover is False else '-'}{'e' if kept else 'E'}")
        clean[place] = not kept
    return " ".join(marks), clean


def _share(record: dict[str, object], place: str) -> float:
    text = (ROOT / str(record["part"]) / str(record["file"])).read_text(encoding="utf-8")
    span = record["places"][place]  # type: ignore[index]
    body = sum(not character.isspace() for character in text)
    return sum(not character.isspace() for character in text[span[0] : span[1]]) / body


def report(records: Sequence[dict[str, object]], threshold: float) -> None:
    decided = [record for record in records if float(record["probability"]) >= threshold]  # type: ignore[arg-type]
    print(
        f"{len(records)} drafts left 主动公开 by the rules out of fold; {len(decided)} at {threshold} or more"
    )
    table: Counter[tuple[str, str, str, str]] = Counter()
    for record in decided:
        labelled = "+".join(record["categories"]) or "-"  # type: ignore[arg-type]
        table[(str(record["kind"]), str(record["category"]), labelled, str(record["attribute"]))] += 1
    print("kind / category the model names / labelled categories / labelled attribute")
    for key, count in sorted(table.items()):
        print(f"  {count:3}  {' / '.join(key)}")
    print("per place, the drafts whose cut copy would hold no labelled evidence (share of the text cut):")
    for group in ("redacted", "withheld", "on_request", "proactive"):
        chosen = [record for record in decided if record["attribute"] == group]
        if not chosen:
            continue
        each = []
        for place in PLACES:
            clean = sum(_marks(record)[1][place] for record in chosen)
            mean = sum(_share(record, place) for record in chosen) / len(chosen)
            each.append(f"{place} {clean}/{len(chosen)} ({mean:.0%})")
        print(f"  labelled {group:10} {', '.join(each)}")
    print("per category the model names: labelled 删减后公开 (clean copies per place) / labelled otherwise")
    for category in sorted({str(record["category"]) for record in decided}):
        mine = [record for record in decided if record["category"] == category]
        redacted = [record for record in mine if record["attribute"] == "redacted"]
        clean = ", ".join(
            f"{place} {sum(_marks(record)[1][place] for record in redacted)}" for place in PLACES
        )
        others = Counter(str(record["attribute"]) for record in mine if record["attribute"] != "redacted")
        otherwise = dict(sorted(others.items()))
        print(f"  {category:16} 删减后公开 {len(redacted)} (clean: {clean}); otherwise {otherwise}")
    print("drafts (P/p passage covered or not, E/e copy free of labelled evidence or not):")
    for record in sorted(decided, key=lambda record: (str(record["attribute"]), str(record["file"]))):
        print(
            f"  {record['file']:10} {record['kind']:9} {'+'.join(record['categories']) or '-':18} "  # type: ignore[arg-type]
            f"{record['attribute']:9} → {record['category']:16} {float(record['probability']):.3f}  "  # type: ignore[arg-type]
            f"{_marks(record)[0]}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parts", nargs="*", help="tuning parts (default: every tuning part)")
    parser.add_argument("--shard", help="I/N: the I-th of N shares of the writers")
    parser.add_argument("--json", type=Path, help="write the records here")
    parser.add_argument("--report", type=Path, nargs="*", help="print the figures of these records")
    parser.add_argument("--threshold", type=float, default=load_learned().policy.threshold)
    args = parser.parse_args(argv)
    if args.report:
        records = [record for path in args.report for record in json.loads(path.read_text(encoding="utf-8"))]
        report(records, args.threshold)
        return 0
    parts = args.parts or tuning_parts()
    if any(is_heldout(part) for part in parts):
        parser.error("held-out parts are never read here")
    drafts = [draft for part in parts for draft in read_part(part)]
    writers = sorted({draft.writer for draft in drafts})
    if args.shard:
        index, count = (int(value) for value in args.shard.split("/"))
        writers = writers[index - 1 :: count]
    records = measure(drafts, writers)
    if args.json:
        args.json.write_text(json.dumps(records, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    report(records, args.threshold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
