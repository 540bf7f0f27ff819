"""CPU time of one stage of a check over the published documents one by one (run.py's "real documents one
by one" row), best of several passes: for before/after comparisons of one stage on a shared machine.

    python benchmarks/speed/stages.py check      # check_text, whole
    python benchmarks/speed/stages.py signals    # the judge's signal search (find_signals)
    python benchmarks/speed/stages.py learned    # the learned signal's review, as check_text asks it
    python benchmarks/speed/stages.py patterns   # the pattern rules' windows and regex runs
    python benchmarks/speed/stages.py windows    # the identifier packs' trigger windows alone
    python benchmarks/speed/stages.py persons    # the person analysis the name and address recognizers share
    python benchmarks/speed/stages.py normalize
    python benchmarks/speed/stages.py identifiers  # run.py's identifier stage (PI and PB packs)
    python benchmarks/speed/stages.py identifiers --corpus realistic   # on run.py's realistic text (256 KB)
    python benchmarks/speed/stages.py presidio --corpus realistic      # its peer: Presidio's pattern pass
    python benchmarks/speed/stages.py check --corpus tiny   # 100 texts of ten characters: the fixed cost
    python benchmarks/speed/stages.py jieba      # the reference: one jieba.lcut of the texts joined

CPU time (``time.process_time``), not wall time: other processes on the machine slow it less. For
instruction counts, which load does not change, ``--passes N`` runs exactly N passes after the first and
prints nothing: ``PYTHONHASHSEED=0 valgrind --tool=callgrind python benchmarks/speed/stages.py check
--passes 3``, minus the same with ``--passes 0``, divided by 3 (a fresh tree fills the build cache on its
first run: count the second).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

import corpus  # noqa: E402
import run  # noqa: E402

import secreview  # noqa: E402
from secreview.extract.base import BODY, ExtractedText, Segment  # noqa: E402
from secreview.normalize import normalize  # noqa: E402

# A title of ten characters: what a check costs whatever the text.
TINY = "关于做好年度工作的通知"


def _extracted(text: str) -> ExtractedText:
    return ExtractedText(text, [Segment(0, len(text), BODY)] if text else [])


def stage(name: str, documents: list[str]) -> Callable[[], object]:
    """One pass of stage ``name`` over ``documents``."""
    if name == "check":
        engine = secreview.Engine()
        return lambda: [engine.check_text(document) for document in documents]
    if name == "identifiers":
        identifiers = run.identifier_engine()
        return lambda: [run.identifier_stage(identifiers, document) for document in documents]
    if name == "normalize":
        return lambda: [normalize(document) for document in documents]
    if name == "presidio":  # run.py's peer for the identifier stage, in CPU time
        import peers

        presidio, why = peers.presidio_patterns()
        if presidio is None:
            raise SystemExit(why)
        return lambda: [presidio(document) for document in documents]
    if name == "jieba":  # run.py's reference for the documents one by one, in CPU time
        import jieba

        joined = "\n".join(documents)
        return lambda: jieba.lcut(joined)
    texts = [normalize(document).text for document in documents]
    if name == "patterns":
        matcher = secreview.Engine()._patterns
        return lambda: [list(matcher.find(text, folded=True)) for text in texts]
    if name == "windows":
        windows = run.identifier_engine()._patterns._windows
        return lambda: [windows(text, True) for text in texts]
    if name == "persons":
        from secreview.recognizers.persons import persons_of
        from secreview.recognizers.view import DocumentView

        tokenizer = secreview.Engine().tokenizer
        views = [(_extracted(document), normalize(document)) for document in documents]
        return lambda: [persons_of(DocumentView(*view, tokenizer)) for view in views]
    if name == "signals":
        from secreview.judge.load import load_judgement
        from secreview.judge.signals import Regions, find_signals

        judgement = load_judgement()
        regions = [Regions(_extracted(document), normalize(document), judgement) for document in documents]
        return lambda: [find_signals(judgement, region) for region in regions]
    if name == "learned":
        return _learned_stage(documents)
    raise SystemExit(f"unknown stage {name}")


def _learned_stage(documents: list[str]) -> Callable[[], object]:
    """The learned signal's ``review`` of each document with the arguments ``check_text`` gives it (the
    documents are checked once to record them)."""
    from secreview.judge.learned import Learned

    engine = secreview.Engine()
    learned = engine.learned
    if learned is None:
        raise SystemExit("the engine has no learned signal")
    asked: list[tuple[Any, ...]] = []
    review = Learned.review

    def recorded(self: Learned, *args: Any) -> object:
        asked.append(args)
        return review(self, *args)

    Learned.review = recorded  # type: ignore[method-assign]
    try:
        for document in documents:
            engine.check_text(document)
    finally:
        Learned.review = review  # type: ignore[method-assign]
    return lambda: [learned.review(*args) for args in asked]


def documents_of(corpus_name: str, kb: int) -> list[str]:
    """The texts of a ``--corpus`` choice: the published documents one by one, 100 texts of ten characters, or
    one generated text of ``kb`` KB."""
    if corpus_name == "real":
        documents = run.real_pages()
        if not documents:
            raise SystemExit(f"{run.SHARED} not present")
        return documents
    if corpus_name == "tiny":
        return [TINY] * 100
    return [corpus.build(kb * 1024, dense=corpus_name == "hit-dense")]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("stage")
    parser.add_argument("--seconds", type=float, default=4.0, help="how long to repeat passes")
    parser.add_argument(
        "--corpus",
        choices=("real", "realistic", "hit-dense", "tiny"),
        default="real",
        help="the published documents one by one (default), one text of run.py's generated corpus, or "
        "100 texts of ten characters (the fixed cost of a check)",
    )
    parser.add_argument("--kb", type=int, default=256, help="size of a generated text")
    parser.add_argument("--passes", type=int, help="run exactly this many passes after the first, untimed")
    args = parser.parse_args()
    documents = documents_of(args.corpus, args.kb)
    one_pass = stage(args.stage, documents)
    one_pass()
    if args.passes is not None:
        for _ in range(args.passes):
            one_pass()
        return 0
    best = float("inf")
    until = time.perf_counter() + args.seconds
    while time.perf_counter() < until:
        started = time.process_time()
        one_pass()
        best = min(best, time.process_time() - started)
    kilobytes = sum(len(document.encode()) for document in documents) / 1024
    print(
        f"{args.stage}: {best * 1000:.2f} ms CPU per pass over {len(documents)} documents "
        f"({kilobytes:.0f} KB), "
        f"{best * 1000 / kilobytes * 3:.3f} ms per 3 KB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
