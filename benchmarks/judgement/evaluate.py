"""Score the judgement layer on a folder of labelled drafts (issue 15).

    python benchmarks/judgement/evaluate.py tune       # per-document misses are printed
    python benchmarks/judgement/evaluate.py tune4 tune5   # several parts scored together
    python benchmarks/judgement/evaluate.py --tuning   # every tuning part (every folder but heldout*)
    python benchmarks/judgement/evaluate.py heldout38  # aggregate numbers only, never a document

Any folder under ``documents/`` is a part. A part whose name starts with ``heldout`` is held out: it is scored
alone and only in aggregate (no document is named or printed), so that it can measure overfitting.

Each folder holds ``*.txt`` drafts and ``labels-*.json`` (see WRITERS.md). Scored per document: the set of the
five judged categories among the findings that count toward the decision (high and medium), less a category
the decision cites only as a second reason (``[[second_reason]]`` in the policy: a 请示 whose content
endangers security is withheld under 第十四条, its genre under 第十六条第二款 second), against the labelled
set (a second reason is no false category, and one the writer labelled too counts as found; they are also
counted apart, with how many of them the writer labelled — LABELS.md, session 21); a labelled ``trade_secret``
counts as found where the decision rests on findings of a private person's data (the personal-information
categories: identity number, phone, account, address, health …) whose basis cites 第十五条, which the
writers label ``trade_secret`` as the article covers commercial secrets and personal privacy alike; such
findings are never a false ``trade_secret`` (counted apart too — LABELS.md, session 22); the attribute against
the labelled one (separately for exempt, severable and look-alike drafts); how many non-publishable drafts
come out 主动公开; for severable drafts, whether the findings cover the labelled passage. With ``copies``
(the command line always): each draft decided 删减后公开 is redacted (``secreview redact``, mask and block
style) and the copy checked again on its own, which must come out 主动公开; and, for the drafts labelled
删减后公开 too, what the copy still holds of what the labels say must go, measured apart from secreview's
own findings (``leaks``): the labelled passage's characters, and the figures of each sentence that holds
a piece of evidence (the third party's turnover, price or count; a date or a list number is not one) or
that repeats such a figure elsewhere in the draft (a summary, an attachment list). A figure counts as kept
only when the copy leaves it whole (a masked identifier keeps some of its digits by design).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from secreview import Engine
    from secreview.models import FileReport

ROOT = Path(__file__).resolve().parent / "documents"
JUDGED = ("security_risk", "trade_secret", "internal_affairs", "process_info", "enforcement_file")
HELDOUT_PREFIX = "heldout"  # parts never read while tuning: aggregate numbers only
# The tuning parts the rules have been tuned on (the tests hold them to the targets). A new part is scored
# unseen first, then tuned on and added here.
TUNED = (
    "tune",
    "tune2",
    "tune3",
    "tune4",
    "tune5",
    "tune6",
    "tune7",
    "tune8",
    "tune9",
    "tune10",
    "tune11",
    "tune12",
    "tune13",
    "tune14",
    "tune15",
    "tune16",
    "tune17",
    "tune18",
    "tune19",
    "tune20",
    "tune21",
    "tune22",
    "tune23",
    "tune24",
    "tune25",
    "tune26",
    "tune27",
    "tune28",
    "tune29",
    "tune30",
    "tune31",
    "tune32",
    "tune33",
    "tune34",
    "tune35",
    "tune36",
    "tune37",
    "tune38",
    "tune39",
    "tune40",
    "tune41",
    "tune42",
    "tune43",
)
KINDS = ("exempt", "severable", "lookalike")
ATTRIBUTES = ("proactive", "redacted", "on_request", "withheld")
COVERED = 0.9  # share of the passage's non-blank characters a finding must cover
COPY_STYLES = ("mask", "block")  # secreview redact --style; block is masking.Style.FULL
# A figure of the labelled data: digits (with their decimal point) that are neither a date, a time, a
# number of an issue (…号) nor a list number (1. 2、 (3)).
FIGURE = re.compile(r"(?<![0-9０-９.．])[0-9０-９]+(?:[.．][0-9０-９]+)*(?![0-9０-９]|[.．、)）年月日时号])")
SENTENCE_END = "。！？\n"
REPEATED_FIGURE = 4  # a figure repeated elsewhere counts when it has this many digits (or a decimal point)
# The article a finding of a private person's data cites (第十五条: commercial secrets and personal
# privacy), under which the writers label its cut trade_secret (LABELS.md, session 22).
PRIVACY_ARTICLE = "第十五条"
PRIVACY_LABEL = "trade_secret"


@dataclass
class Leaks:
    """What the redacted copies of a part's drafts still hold of the labelled data, per style."""

    drafts: int = 0
    passage: int = 0  # the labelled passages' non-blank characters
    figures: int = 0  # the digits of the labelled figures
    passage_left: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COPY_STYLES, 0))
    figures_left: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COPY_STYLES, 0))
    drafts_left: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COPY_STYLES, 0))

    def add(self, other: Leaks) -> None:
        self.drafts, self.passage, self.figures = (
            self.drafts + other.drafts,
            self.passage + other.passage,
            self.figures + other.figures,
        )
        for style in COPY_STYLES:
            self.passage_left[style] += other.passage_left[style]
            self.figures_left[style] += other.figures_left[style]
            self.drafts_left[style] += other.drafts_left[style]

    def summary(self) -> dict[str, object]:
        return {
            "drafts": self.drafts,
            "passage_characters": self.passage,
            "figure_digits": self.figures,
            "passage_left": {s: _ratio(self.passage_left[s], self.passage) for s in COPY_STYLES},
            "figures_left": {s: _ratio(self.figures_left[s], self.figures) for s in COPY_STYLES},
            "passage_characters_left": dict(self.passage_left),
            "figure_digits_left": dict(self.figures_left),
            "drafts_with_figures_left": dict(self.drafts_left),
        }


@dataclass
class Scores:
    counts: dict[str, dict[str, int]] = field(
        default_factory=lambda: {category: {"tp": 0, "fp": 0, "fn": 0} for category in JUDGED}
    )
    attribute: dict[str, list[bool]] = field(
        default_factory=lambda: {"exempt": [], "severable": [], "lookalike": []}
    )
    proactive_exempt: int = 0
    lookalike_judged: list[bool] = field(default_factory=list)  # a look-alike with a judged-category finding
    passages: list[bool] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    second_reasons: int = 0  # judged categories the decision cites only as a second reason
    second_labelled: int = 0  # of them, labelled by the writer too
    # Labelled trade_secret found by the decision's findings of a private person's data (第十五条) alone.
    personal_found: int = 0
    # Drafts decided 删减后公开 whose redacted copy was checked again; per style, those re-checked 主动公开.
    copies: int = 0
    copies_proactive: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COPY_STYLES, 0))
    # Drafts labelled and decided 删减后公开: what their copies still hold of the labelled data, per part.
    leaks: dict[str, Leaks] = field(default_factory=dict)

    def precision_recall(self, category: str) -> tuple[float | None, float | None, int]:
        count = self.counts[category]
        found, labelled = count["tp"] + count["fp"], count["tp"] + count["fn"]
        precision = count["tp"] / found if found else None
        recall = count["tp"] / labelled if labelled else None
        return precision, recall, labelled

    def summary(self) -> dict[str, object]:
        non_public = self.attribute["exempt"] + self.attribute["severable"]
        per_category = {}
        for category in JUDGED:
            precision, recall, labelled = self.precision_recall(category)
            per_category[category] = {"labelled": labelled, "precision": precision, "recall": recall}
        return {
            "documents": sum(len(values) for values in self.attribute.values()),
            "categories": per_category,
            "attribute_accuracy": {
                "non_publishable": _share(non_public),
                "exempt": _share(self.attribute["exempt"]),
                "severable": _share(self.attribute["severable"]),
                "lookalike": _share(self.attribute["lookalike"]),
            },
            "non_publishable_count": len(non_public),
            "lookalike_count": len(self.attribute["lookalike"]),
            "non_publishable_proactive_rate": self.proactive_exempt / len(non_public) if non_public else None,
            "severable_passage_covered": _share(self.passages),
            "lookalike_flagged_by_judged_categories": _share(self.lookalike_judged),
            "second_reasons": self.second_reasons,
            "second_reasons_labelled": self.second_labelled,
            "trade_secret_found_by_personal_findings": self.personal_found,
            "redacted_copies": self.copies,
            "redacted_copies_proactive": dict(self.copies_proactive),
            "redacted_copies_leaks": self.leaks_total().summary(),
            "redacted_copies_leaks_per_part": {part: leaks.summary() for part, leaks in self.leaks.items()},
        }

    def leaks_total(self) -> Leaks:
        total = Leaks()
        for leaks in self.leaks.values():
            total.add(leaks)
        return total


def parts() -> list[str]:
    """Every part: the folders under ``documents/`` that hold labelled drafts."""
    return sorted(
        folder.name for folder in ROOT.iterdir() if folder.is_dir() and any(folder.glob("labels-*.json"))
    )


def is_heldout(part: str) -> bool:
    return part.startswith(HELDOUT_PREFIX)


def tuning_parts() -> list[str]:
    """The parts rules may be written against (their misses are printed)."""
    return [part for part in parts() if not is_heldout(part)]


def _share(values: list[bool]) -> float | None:
    return sum(values) / len(values) if values else None


def _labels(folder: Path) -> list[dict[str, object]]:
    entries: list[dict[str, object]] = []
    for path in sorted(folder.glob("labels-*.json")):
        entries.extend(json.loads(path.read_text(encoding="utf-8")))
    return entries


def _covered(text: str, passage: str, spans: Iterable[tuple[int, int]]) -> bool:
    start = text.find(passage)
    if start < 0:
        return False
    wanted = {index for index in range(start, start + len(passage)) if not text[index].isspace()}
    hit = {index for begin, end in spans for index in range(begin, end)}
    return len(wanted & hit) >= COVERED * len(wanted)


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def labelled_figures(text: str, evidence: Iterable[str]) -> list[tuple[int, int]]:
    """The figures of the labelled data: those of every sentence (or table row) that holds a piece of
    ``evidence``, and each repetition of one of them (with its unit) elsewhere in ``text``."""
    figures: dict[tuple[int, int], None] = {}
    for piece in evidence:
        start = text.find(piece) if piece else -1
        while start >= 0:
            end = start + len(piece)
            begin = max(text.rfind(mark, 0, start) for mark in SENTENCE_END) + 1
            stops = [found for mark in SENTENCE_END if (found := text.find(mark, end)) >= 0]
            for match in FIGURE.finditer(text, begin, min(stops, default=len(text))):
                figures[match.span()] = None
            start = text.find(piece, end)
    for begin, end in list(figures):
        figure = text[begin : end + 1]  # with its unit (元, %, 吨 …)
        if end - begin < REPEATED_FIGURE and "." not in figure:
            continue
        start = text.find(figure)
        while start >= 0:
            match = FIGURE.match(text, start)
            if (
                match
                and match.end() == start + len(figure) - 1
                and (start == 0 or not text[start - 1].isdigit())
            ):
                figures[match.span()] = None
            start = text.find(figure, start + 1)
    return sorted(figures)


def _kept(text: str, copy: str) -> list[bool]:
    """For each character of ``text``, whether the redacted ``copy`` still has it where it was."""
    if len(copy) == len(text):
        return [a == b for a, b in zip(text, copy, strict=True)]
    from difflib import SequenceMatcher

    kept = [False] * len(text)
    for block in SequenceMatcher(None, text, copy, autojunk=False).get_matching_blocks():
        kept[block.a : block.a + block.size] = [True] * block.size
    return kept


def _leaks(text: str, copy: str, entry: dict[str, object], style: str, leaks: Leaks) -> str | None:
    """Count what ``copy`` keeps of the labelled passage and figures; the figures kept, if any."""
    kept = _kept(text, copy)
    passage = str(entry.get("passage", ""))
    start = text.find(passage) if passage else -1
    if start >= 0:
        wanted = [index for index in range(start, start + len(passage)) if not text[index].isspace()]
        leaks.passage_left[style] += sum(kept[index] for index in wanted)
    figures = labelled_figures(text, [str(piece) for piece in entry.get("evidence", [])])  # type: ignore[attr-defined]
    left = [text[begin:end] for begin, end in figures if all(kept[begin:end])]
    leaks.figures_left[style] += sum(len(figure) for figure in left)
    if left:
        leaks.drafts_left[style] += 1
        return f"{style} copy keeps {len(left)} of {len(figures)} labelled figures ({', '.join(left[:6])})"
    return None


def _count_labelled(text: str, entry: dict[str, object], leaks: Leaks) -> None:
    leaks.drafts += 1
    passage = str(entry.get("passage", ""))
    if passage and passage in text:
        leaks.passage += sum(not char.isspace() for char in passage)
    figures = labelled_figures(text, [str(piece) for piece in entry.get("evidence", [])])  # type: ignore[attr-defined]
    leaks.figures += sum(end - begin for begin, end in figures)


def rests_on_personal_data(report: FileReport) -> bool:
    """Whether the decision rests on high or medium findings of a private person's data (a
    personal-information category) whose reason cites 第十五条: the cut the writers label
    ``trade_secret`` (LABELS.md, session 22)."""
    from secreview import Severity
    from secreview.categories import PERSONAL

    found = {
        f.category
        for f in report.findings
        if f.category in PERSONAL and f.severity in (Severity.HIGH, Severity.MEDIUM)
    }
    return any(reason.category in found and PRIVACY_ARTICLE in reason.basis for reason in report.reasons)


def _recheck_copy(
    engine: Engine, text: str, name: str, scores: Scores, labelled: tuple[dict[str, object], Leaks] | None
) -> list[str]:
    """Redact a draft decided 删减后公开 in each style and check the copy again: the styles whose copy does
    not come out 主动公开, with what it came out and why; for a draft labelled 删减后公开 too
    (``labelled``: its label and its part's counts), what each copy keeps of the labelled data."""
    from secreview.masking import Style
    from secreview.redact import redact_bytes

    scores.copies += 1
    wrong = []
    if labelled:
        _count_labelled(text, *labelled)
    for style in COPY_STYLES:
        copy = redact_bytes(
            engine, text.encode("utf-8"), ".txt", name, Style.FULL if style == "block" else Style.MASK
        )
        if labelled:
            kept = _leaks(text, copy.data.decode("utf-8"), labelled[0], style, labelled[1])
            if kept:
                wrong.append(kept)
        attribute = copy.recheck.attribute.value if copy.recheck.attribute else None
        if attribute == "proactive":
            scores.copies_proactive[style] += 1
            continue
        rules = sorted({f.rule for f in copy.recheck.findings if f.severity.value in ("high", "medium")})
        wrong.append(f"{style} copy → {attribute} {rules}")
    return wrong


def score(folder: Path, scores: Scores | None = None, copies: bool = False) -> Scores:
    """The drafts of ``folder`` scored, added to ``scores`` when given; with ``copies``, the redacted copies
    of those decided 删减后公开 checked again too."""
    from secreview import Engine, Severity
    from secreview.models import TraceRole

    engine = Engine()
    scores = scores if scores is not None else Scores()
    for entry in _labels(folder):
        name = str(entry["file"])
        text = (folder / name).read_text(encoding="utf-8")
        report = engine.check_text(text, name).files[0]
        counted = [f for f in report.findings if f.severity in (Severity.HIGH, Severity.MEDIUM)]
        labelled = set(entry["categories"]) & set(JUDGED)  # type: ignore[call-overload]
        second = {
            step.category.value
            for step in report.trace
            if step.role is TraceRole.CONTRIBUTING and step.category and step.attribute is report.attribute
        } & set(JUDGED)
        predicted = ({f.category.value for f in counted} & set(JUDGED)) - second
        scores.second_reasons += len(second)
        scores.second_labelled += len(second & labelled)
        personal = (
            ({PRIVACY_LABEL} & labelled) - predicted - second if rests_on_personal_data(report) else set()
        )
        scores.personal_found += len(personal)
        for category in JUDGED:
            key = (
                ("tp" if category in labelled else None)
                if category in second
                else "tp"
                if category in labelled and category in predicted | personal
                else "fp"
                if category in predicted
                else "fn"
                if category in labelled
                else None
            )
            if key is not None:
                scores.counts[category][key] += 1
        kind = str(entry["kind"])
        attribute = report.attribute.value if report.attribute else None
        right = attribute == entry["attribute"]
        scores.attribute[kind].append(right)
        if kind != "lookalike" and attribute == "proactive":
            scores.proactive_exempt += 1
        if kind == "lookalike":
            scores.lookalike_judged.append(bool(predicted))
        covered = True
        if kind == "severable":
            spans = [(f.start, f.end) for f in counted]
            covered = _covered(text, str(entry.get("passage", "")), spans)
            scores.passages.append(covered)
        leaks = scores.leaks.setdefault(folder.name, Leaks()) if copies else None
        both = (entry, leaks) if leaks is not None and entry["attribute"] == "redacted" else None
        copy_wrong = (
            _recheck_copy(engine, text, name, scores, both) if copies and attribute == "redacted" else []
        )
        if copy_wrong:
            scores.misses.append(
                f"{folder.name}/{name} [{kind}] labelled {entry['attribute']}: {'; '.join(copy_wrong)}"
            )
        if not right or predicted | (second & labelled) | personal != labelled or not covered:
            rules = sorted({f.rule for f in counted})
            also = f" (second reason: {', '.join(sorted(second))})" if second else ""
            scores.misses.append(
                f"{name} [{kind}] labelled {entry['attribute']} {sorted(labelled)} → {attribute} "
                f"{sorted(predicted)} {rules}{'' if covered else ' (passage not covered)'}{also}"
            )
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parts", nargs="*", help="folders under documents/ (heldout*: aggregate only)")
    parser.add_argument("--tuning", action="store_true", help="score every tuning part together")
    parser.add_argument("--json", action="store_true", help="print the aggregate numbers as JSON")
    args = parser.parse_args(argv)
    chosen = [*args.parts, *(tuning_parts() if args.tuning else [])]
    if not chosen:
        parser.error(f"name a part ({', '.join(parts())}) or --tuning")
    unknown = [part for part in chosen if not (ROOT / part).is_dir() or "/" in part or part.startswith(".")]
    if unknown:
        parser.error(f"no such part under {ROOT}: {', '.join(unknown)}")
    heldout = [part for part in chosen if is_heldout(part)]
    if heldout and len(chosen) > 1:
        parser.error("a held-out part is scored alone")
    scores = Scores()
    for part in chosen:
        score(ROOT / part, scores, copies=True)
    summary = scores.summary()
    name = " + ".join(chosen)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print(f"{name}: {summary['documents']} documents")
        for category, values in summary["categories"].items():  # type: ignore[attr-defined]
            precision, recall = _fmt(values["precision"]), _fmt(values["recall"])
            print(f"  {category:17} labelled {values['labelled']:3}  precision {precision}  recall {recall}")
        for kind, value in summary["attribute_accuracy"].items():  # type: ignore[attr-defined]
            print(f"  attribute accuracy {kind:16} {_fmt(value)}")
        print(f"  non-publishable coming out 主动公开: {_fmt(summary['non_publishable_proactive_rate'])}")
        print(f"  severable passages covered: {_fmt(summary['severable_passage_covered'])}")
        flagged = summary["lookalike_flagged_by_judged_categories"]
        print(f"  look-alikes with a finding of the five judged categories: {_fmt(flagged)}")
        second, both = summary["second_reasons"], summary["second_reasons_labelled"]
        print(f"  categories cited as a second reason only: {second}, labelled (counted as found): {both}")
        personal = summary["trade_secret_found_by_personal_findings"]
        print(f"  labelled trade_secret found by findings of a private person's data (第十五条): {personal}")
        redacted = summary["redacted_copies_proactive"]
        assert isinstance(redacted, dict)
        each = ", ".join(f"{redacted[style]}/{summary['redacted_copies']} ({style})" for style in COPY_STYLES)
        print(f"  redacted copies re-checked 主动公开: {each}")
        if not heldout:
            print(
                "  labelled data left in the redacted copies (passage / figures / drafts keeping a figure):"
            )
            for part, leaks in [*sorted(scores.leaks.items()), ("all", scores.leaks_total())]:
                print(f"    {part:7} {_leak_line(leaks)}")
    if not heldout and not args.json:
        for line in scores.misses:
            print("  miss:", line)
    return 0


def _leak_line(leaks: Leaks) -> str:
    summary = leaks.summary()
    passage, figures, drafts = (
        summary[key] for key in ("passage_left", "figures_left", "drafts_with_figures_left")
    )
    assert isinstance(passage, dict) and isinstance(figures, dict) and isinstance(drafts, dict)
    return (
        f"{leaks.drafts} drafts, passages {leaks.passage} characters, figures {leaks.figures} digits; "
        + "; ".join(
            f"{style} {_fmt(passage[style])} / {_fmt(figures[style])} / {drafts[style]}"
            for style in COPY_STYLES
        )
    )


def _fmt(value: object) -> str:
    return f"{value:.3f}" if isinstance(value, float) else "  —  "


if __name__ == "__main__":
    sys.exit(main())
