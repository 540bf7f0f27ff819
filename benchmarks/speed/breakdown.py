"""Where the CPU time of ``check_text`` goes, stage by stage, over the published documents one by one
(run.py's "real documents one by one" row): each stage's own time (a stage called inside another is
counted in the inner one only), as a share of the whole and in ms per 3 KB.

    python benchmarks/speed/breakdown.py              # the real documents, best of several passes
    python benchmarks/speed/breakdown.py --corpus realistic
    python benchmarks/speed/breakdown.py --corpus tiny      # 100 texts of ten characters: the fixed cost
    python benchmarks/speed/breakdown.py --corpus realistic --kb 1024 --identifiers  # run.py's stage
    python benchmarks/speed/breakdown.py --functions 25   # then the functions with the most own CPU time

The stages are timed by wrapping the engine's own functions for this run (lazy generators are read out
whole inside their timer): the whole is a little slower than an untimed check. ``--functions N`` profiles
the same passes once more with cProfile on CPU time (its default wall clock, on a loaded machine, puts
most of a short check in regex calls) and lists the N functions with the most own time, with their calls
per document; cProfile's own cost weighs on small calls, so read their shares against each other only.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

import stages  # noqa: E402

import secreview  # noqa: E402
import secreview.engine as engine_module  # noqa: E402
import secreview.judge.judge as judge_module  # noqa: E402
import secreview.recognizers.persons as persons_module  # noqa: E402
from secreview.decide import Decider  # noqa: E402
from secreview.judge.combine import Combiner  # noqa: E402
from secreview.judge.signals import Regions  # noqa: E402
from secreview.match import KeywordMatcher, PatternMatcher, RecognizerMatcher  # noqa: E402
from secreview.weigh import Weigher  # noqa: E402

clock = time.process_time


class Timer:
    """Own time of each stage: a stage's time less the time of the stages called inside it."""

    def __init__(self) -> None:
        self.own: dict[str, float] = {}
        self._inner: list[float] = []  # the inner stages' time of each open stage

    def wrap(self, name: str, function: Callable[..., Any], *, listed: bool = False) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            self._inner.append(0.0)
            began = clock()
            result = function(*args, **kwargs)
            if listed:
                result = list(result)
            spent = clock() - began
            inner = self._inner.pop()
            self.own[name] = self.own.get(name, 0.0) + spent - inner
            if self._inner:
                self._inner[-1] += spent
            return iter(result) if listed else result

        return timed


def instrument(timer: Timer) -> None:
    engine_module.normalize = timer.wrap("normalize", engine_module.normalize)
    KeywordMatcher.find = timer.wrap("keywords", KeywordMatcher.find, listed=True)  # type: ignore[method-assign]
    PatternMatcher._windows = timer.wrap("pattern windows", PatternMatcher._windows)  # type: ignore[method-assign]
    PatternMatcher.find = timer.wrap("pattern runs", PatternMatcher.find, listed=True)  # type: ignore[method-assign]
    # The person analysis the name and address recognizers share (one per document).
    persons_module.analyse = timer.wrap("persons", persons_module.analyse)
    RecognizerMatcher.find = timer.wrap("recognizers", RecognizerMatcher.find, listed=True)  # type: ignore[method-assign]
    Weigher.weigh = timer.wrap("weigh", Weigher.weigh)  # type: ignore[method-assign]
    engine_module.Engine._findings = timer.wrap("findings", engine_module.Engine._findings)  # type: ignore[method-assign]
    judge_module.Regions = timer.wrap("judge regions", Regions)  # type: ignore[misc]
    judge_module.find_signals = timer.wrap("judge signals", judge_module.find_signals)
    Combiner.combine = timer.wrap("judge combine", Combiner.combine)  # type: ignore[method-assign]
    judge_module.Judge.review = timer.wrap("judge other", judge_module.Judge.review)  # type: ignore[method-assign]
    Decider.decide = timer.wrap("decide", Decider.decide)  # type: ignore[method-assign]
    engine_module.Engine._learned = timer.wrap("learned", engine_module.Engine._learned)  # type: ignore[method-assign]
    engine_module.list_groups = timer.wrap("groups", engine_module.list_groups)
    engine_module.Engine.check_text = timer.wrap("report and rest", engine_module.Engine.check_text)  # type: ignore[method-assign]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--corpus",
        choices=("real", "realistic", "hit-dense", "tiny"),
        default="real",
        help="tiny: the fixed cost",
    )
    parser.add_argument("--kb", type=int, default=256)
    parser.add_argument("--passes", type=int, default=8)
    parser.add_argument(
        "--functions", type=int, default=0, help="also list this many functions with the most own CPU time"
    )
    parser.add_argument(
        "--identifiers",
        action="store_true",
        help="run.py's identifier stage (the PI and PB packs, no judgement or report) instead of check_text",
    )
    args = parser.parse_args()
    documents = stages.documents_of(args.corpus, args.kb)
    engine = stages.run.identifier_engine() if args.identifiers else secreview.Engine()

    def check(document: str) -> object:
        if args.identifiers:
            return stages.run.identifier_stage(engine, document)
        return engine.check_text(document)

    for document in documents:
        check(document)
    functions = top_functions(check, documents, args.passes, args.functions) if args.functions else []
    timer = Timer()
    instrument(timer)
    best: dict[str, float] | None = None
    for _ in range(args.passes):
        timer.own = {}
        for document in documents:
            check(document)
        if best is None or sum(timer.own.values()) < sum(best.values()):
            best = dict(timer.own)
    assert best is not None
    kilobytes = sum(len(document.encode()) for document in documents) / 1024
    whole = sum(best.values())
    print(
        f"{len(documents)} documents, {kilobytes:.0f} KB: {whole * 1000:.1f} ms CPU per pass (timed), "
        f"{whole * 1000 / kilobytes * 3:.3f} ms per 3 KB"
    )
    for name, seconds in sorted(best.items(), key=lambda item: -item[1]):
        print(f"  {name:<18} {seconds / whole:6.1%}  {seconds * 1000 / kilobytes * 3:.3f} ms per 3 KB")
    print(judgement_line(engine))
    if functions:
        print(f"functions with the most own CPU time (cProfile, {args.passes} passes), calls per document:")
        print("\n".join(functions))
    return 0


def top_functions(check: Callable[[str], object], documents: list[str], passes: int, count: int) -> list[str]:
    """The ``count`` functions with the most own CPU time over ``passes`` passes, a line each: share of the
    profiled whole, own ms per pass, calls per document."""
    profile = cProfile.Profile(clock)
    profile.enable()
    for _ in range(passes):
        for document in documents:
            check(document)
    profile.disable()
    stats: dict[tuple[str, int, str], tuple[int, int, float, float, object]]
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    whole = sum(own for _, _, own, _, _ in stats.values())
    ranked = sorted(stats.items(), key=lambda item: -item[1][2])[:count]
    root = str(HERE.parents[1]) + "/"
    lines = []
    for (path, line, name), (_, calls, own, _, _) in ranked:
        where = f"{path.removeprefix(root)}:{line}({name})" if line else name
        per_document = calls / passes / len(documents)
        share, milliseconds = own / whole, own * 1000 / passes
        lines.append(f"  {share:6.1%}  {milliseconds:7.2f} ms  {per_document:8.1f}  {where[-90:]}")
    return lines


def judgement_line(engine: secreview.Engine) -> str:
    """How many signal patterns the line prefilter cannot run on their words' lines only (judge/prefilter.py):
    each of those runs over every text (or every line of its region) however rare its words."""
    judgement = engine.judge.judgement
    scans = [scan for compiled in judgement.signals.values() for scan in compiled.scans]
    whole = [scan.pattern.pattern for scan in scans if id(scan) not in judgement.words_needed.prefiltered]
    line = f"judgement: {len(judgement.signals)} signals, {len(scans)} patterns, {len(whole)} not prefiltered"
    return line + "".join(f"\n  {pattern[:100]}" for pattern in whole)


if __name__ == "__main__":
    raise SystemExit(main())
