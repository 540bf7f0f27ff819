"""What each judgement signal pattern costs per real document: the regex runs the judge's signal search makes
(``find_signals``), pattern by pattern, over the published documents one by one (run.py's "real documents one
by one" row). A report for the judges who write the patterns of rules/judgement/*.toml: no target, no test.

    python benchmarks/speed/signal_cost.py              # the 25 costliest patterns
    python benchmarks/speed/signal_cost.py --top 60 --passes 20

Each pattern is run as the search runs it — a document-wide or paragraph signal's pattern on the runs of lines
that hold the words its matches need (``Found.matches``), a title, addressee, head or closing signal's on each
of its region's lines that may hold a match — and timed alone in CPU time, best of ``--passes`` passes over
every document. Columns: µs per document, share of the patterns' whole, documents whose lines it runs on,
characters run over per document, matches per document, the signal, its pattern (cut). A pattern whose
requirement is one set of common characters runs on most lines: asking for one more word cuts its cost.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

import run  # noqa: E402
import stages  # noqa: E402

from secreview.judge.load import load_judgement  # noqa: E402
from secreview.judge.prefilter import Found, LineScan  # noqa: E402
from secreview.judge.signals import Regions  # noqa: E402
from secreview.normalize import normalize  # noqa: E402

clock = time.process_time


class Cost:
    def __init__(self, signal: str, scan: LineScan) -> None:
        self.signal, self.scan = signal, scan
        self.runs: list[Callable[[], int]] = []  # one per document it runs on: returns its matches
        self.characters = 0
        self.matches = 0
        self.best = float("inf")


def _document_run(scan: LineScan, found: Found, text: str) -> tuple[Callable[[], int], int]:
    runs = found.of(scan)
    spans = [(0, len(text))] if runs is None else [(start, end + scan.lookahead) for start, end in runs]
    characters = sum(min(len(text), end) - start for start, end in spans)
    return (lambda: sum(1 for _ in found.matches(scan, text))), characters


def _line_run(scan: LineScan, pieces: list[str]) -> tuple[Callable[[], int], int]:
    pattern = scan.pattern
    return (lambda: sum(1 for piece in pieces for _ in pattern.finditer(piece))), sum(map(len, pieces))


def costs_of(documents: list[str]) -> list[Cost]:
    judgement = load_judgement()
    costs = {
        id(scan): Cost(name, scan) for name, compiled in judgement.signals.items() for scan in compiled.scans
    }
    for document in documents:
        regions = Regions(stages._extracted(document), normalize(document), judgement)
        found = judgement.words_needed.find(regions.text)
        for compiled in judgement.signals.values():
            signal = compiled.signal
            if signal.findings:
                continue
            indexes = regions.lines_of(signal.region)
            for scan in compiled.scans:
                cost = costs[id(scan)]
                if indexes is None:
                    if not found.may_match([scan]):
                        continue
                    one, characters = _document_run(scan, found, regions.text)
                else:
                    pieces = []
                    for index in indexes:
                        line = regions.lines[index]
                        if found.on_text_line(scan, found.line_number(line.start)):
                            pieces.append(regions.line_text(line))
                    if not pieces:
                        continue
                    one, characters = _line_run(scan, pieces)
                cost.runs.append(one)
                cost.characters += characters
    return [cost for cost in costs.values() if cost.runs]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--passes", type=int, default=10)
    args = parser.parse_args()
    documents = run.real_pages()
    if not documents:
        raise SystemExit(f"{run.SHARED} not present")
    costs = costs_of(documents)
    for _ in range(args.passes):
        for cost in costs:
            began = clock()
            matches = sum(one() for one in cost.runs)
            cost.best = min(cost.best, clock() - began)
            cost.matches = matches
    whole = sum(cost.best for cost in costs)
    count = len(documents)
    print(
        f"{len(costs)} signal patterns run on {count} documents: {whole * 1e6 / count:.0f} µs CPU per "
        f"document (each pattern's best of {args.passes} passes)"
    )
    print("  µs/doc   share  docs  chars/doc  matches/doc  signal  pattern")
    for cost in sorted(costs, key=lambda cost: -cost.best)[: args.top]:
        print(
            f"  {cost.best * 1e6 / count:6.1f}  {cost.best / whole:6.1%}  {len(cost.runs):4d}  "
            f"{cost.characters / count:9.0f}  {cost.matches / count:11.2f}  {cost.signal}  "
            f"{cost.scan.pattern.pattern[:70]}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
