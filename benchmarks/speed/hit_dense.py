"""Hit-dense 公示 lists (issue 20): throughput, memory per finding and peak RSS, each size in a fresh process.

    python benchmarks/speed/hit_dense.py                  # 1 MB: MB/s, bytes per finding, peak RSS
    python benchmarks/speed/hit_dense.py --sizes 1,10     # and a 10 MB list's peak RSS (about a minute)
    python benchmarks/speed/hit_dense.py --scaling        # and 50 MB: time per MB against 1 MB (minutes)
    python benchmarks/speed/hit_dense.py --instructions 0.1   # instructions of one check (valgrind)

The text is benchmarks/speed/corpus.py's hit-dense corpus (a 公示 list: a resident ID and a mobile per row),
checked with ``Engine().check_text`` after a warm-up check of another list. Per size, a fresh process prints:
CPU seconds of the check and MB/s; the peak RSS of the process; with --memory (on by default for sizes up to
1 MB), the tracemalloc peak per finding of the pipeline up to the report boundary (normalize, match, weigh,
nesting: everything before the findings become report objects) and of the whole ``check_text``.
Every line ends with the target, met or not, and the machine's load average (2 CPUs shared: only ratios
of one run mean much; the 2 MB/s target is absolute, so up to 1 MB whole-text ``jieba.lcut`` of the same
list is timed beside it as the machine's reference).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

import corpus  # noqa: E402

MB = 1024 * 1024
TARGET_MB_PER_S = 2.0
TARGET_BYTES_PER_FINDING = 400
TARGET_RSS_10MB = 400  # MB
TARGET_SCALING = 1.2  # time per MB at 50 MB over 1 MB


def load_average() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def _met(good: bool) -> str:
    return "met" if good else "NOT met"


def measure(size_mb: float, memory: bool) -> dict[str, Any]:
    """In this process: one check of ``size_mb`` of the hit-dense corpus."""
    from secreview import Engine
    from secreview.extract.base import BODY, ExtractedText, Segment
    from secreview.nesting import outermost
    from secreview.normalize import normalize

    text = corpus.build(int(size_mb * MB), dense=True)
    size = len(text.encode("utf-8"))
    engine = Engine()
    engine.check_text(corpus.build(50_000, dense=True, seed=7))  # warm: caches, the tokenizer's data
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.process_time()
    wall = time.perf_counter()
    report = engine.check_text(text)
    cpu = time.process_time() - started
    wall = time.perf_counter() - wall
    findings = len(report.files[0].findings)
    result: dict[str, Any] = {
        "size": size,
        "cpu": cpu,
        "wall": wall,
        "findings": findings,
        "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_before": rss_before,
    }
    del report
    if size_mb <= 1:  # the machine's speed beside ours: whole-text jieba.lcut of the same list, CPU time
        import jieba

        jieba.lcut(corpus.build(50_000, dense=True, seed=7))  # its dictionary loads outside the timing
        started = time.process_time()
        jieba.lcut(text)
        result["jieba"] = time.process_time() - started
    if memory:
        extracted = ExtractedText(text, [Segment(0, len(text), BODY)])
        tracemalloc.start()
        base = tracemalloc.get_traced_memory()[0]
        normalized = normalize(text)
        weighed, _ = engine._weigh(extracted, normalized, dropped=False)
        kept = outermost(sorted((item for item in weighed if item.kept), key=_order))
        result["pipeline_peak"] = tracemalloc.get_traced_memory()[1] - base
        del normalized, weighed, kept
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        kept = engine.check_text(text)  # kept while the memory it holds is read
        current, peak = tracemalloc.get_traced_memory()
        result["check_peak"], result["report_retained"] = peak - base, current - base
        tracemalloc.stop()
        assert len(kept.files[0].findings) == findings
    return result


def _order(item: Any) -> tuple[int, int, str]:
    return item.start, -item.end, item.rule.rule.id


def instructions_child(size_mb: float, check: bool) -> None:
    """In this process: the engine built and warmed as ``measure`` does, the list made, and checked only
    when ``check``: the difference of two such processes' instructions is what the check costs."""
    from secreview import Engine

    engine = Engine()
    engine.check_text(corpus.build(20_000, dense=True, seed=7))
    text = corpus.build(int(size_mb * MB), dense=True)
    if check:
        engine.check_text(text)


def instructions(size_mb: float) -> int:
    """The instructions of one ``check_text`` of a ``size_mb`` list (callgrind: machine load does not
    change them; PYTHONHASHSEED fixed), from two runs, with and without the check."""
    counts = []
    # A cache folder of these runs alone: the shared one keeps a few checkouts' build caches and drops the
    # oldest, so another checkout's run could empty it between the two runs (one of them then compiling
    # every pattern: a difference of a thousand million instructions).
    with tempfile.TemporaryDirectory() as cache:
        environment = {**os.environ, "PYTHONHASHSEED": "0", "XDG_CACHE_HOME": cache}
        command = [sys.executable, __file__, "--instructions-child", str(size_mb)]
        subprocess.run([*command, "--with-check"], check=True, env=environment)  # the build cache filled
        for extra in ([], ["--with-check"]):
            run = subprocess.run(
                ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command, *extra],
                check=True,
                capture_output=True,
                text=True,
                env=environment,
            )
            counts.append(int(run.stderr.rsplit("Collected : ", 1)[1].split()[0]))
    return counts[1] - counts[0]


def in_child(size_mb: float, memory: bool) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", str(size_mb)] + (["--memory"] if memory else [])
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return dict(json.loads(output.splitlines()[-1]))


def report_line(result: dict[str, Any], load: str) -> None:
    size_mb = result["size"] / MB
    rate = size_mb / result["cpu"]
    findings = result["findings"]
    print(
        f"{size_mb:.2f} MB, {findings} findings: {result['cpu']:.2f} s CPU ({result['wall']:.2f} s wall), "
        f"{rate:.2f} MB/s; target >= {TARGET_MB_PER_S} MB/s: {_met(rate >= TARGET_MB_PER_S)} [load {load}]"
    )
    if "jieba" in result:
        print(
            f"  reference: jieba.lcut of the same text {size_mb / result['jieba']:.2f} MB/s CPU, "
            f"check_text {result['jieba'] / result['cpu']:.2f}x its speed"
        )
    rss = result["rss"]
    line = f"  peak RSS {rss:.0f} MB (before the check {result['rss_before']:.0f} MB)"
    if 9 <= size_mb <= 11:
        line += f"; target <= {TARGET_RSS_10MB} MB for 10 MB: {_met(rss <= TARGET_RSS_10MB)}"
    print(line)
    if "pipeline_peak" in result:
        per = result["pipeline_peak"] / findings
        print(
            f"  until the report boundary: peak {result['pipeline_peak'] / MB:.1f} MB traced, "
            f"{per:.0f} bytes per finding; target <= {TARGET_BYTES_PER_FINDING}: "
            f"{_met(per <= TARGET_BYTES_PER_FINDING)}"
        )
        print(
            f"  whole check_text (report objects included): peak {result['check_peak'] / findings:.0f} bytes "
            f"per finding, the report keeps {result['report_retained'] / findings:.0f} (no target)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="1", help="MB, comma-separated (default 1)")
    parser.add_argument("--scaling", action="store_true", help="also 50 MB: time per MB against 1 MB")
    parser.add_argument("--memory", action="store_true", help="tracemalloc at every size (slow above 1 MB)")
    parser.add_argument(
        "--instructions", type=float, metavar="MB", help="instructions of one check of a list (valgrind)"
    )
    parser.add_argument("--child", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--instructions-child", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--with-check", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(measure(args.child, args.memory)))
        return
    if args.instructions_child is not None:
        instructions_child(args.instructions_child, args.with_check)
        return
    if args.instructions is not None:
        count = instructions(args.instructions)
        print(f"{args.instructions:g} MB list: check_text {count / 1e6:,.0f} M instructions (callgrind)")
        return
    sizes = [float(size) for size in args.sizes.split(",")]
    if args.scaling:
        sizes = sorted({*sizes, 1.0, 50.0})
    print(f"load average before: {load_average()} on {os.cpu_count()} CPUs")
    results = {}
    for size in sizes:
        results[size] = result = in_child(size, args.memory or size <= 1)
        report_line(result, load_average())
    for larger in sorted(size for size in results if size > 1.0 and 1.0 in results):
        per_mb = {size: results[size]["cpu"] / (results[size]["size"] / MB) for size in (1.0, larger)}
        ratio = per_mb[larger] / per_mb[1.0]
        target = "no target"
        if larger == 50.0:
            target = f"target <= {TARGET_SCALING}: {_met(ratio <= TARGET_SCALING)}"
        print(f"CPU time per MB at {larger:g} MB over 1 MB: {ratio:.2f}; {target}")
    print(f"load average after: {load_average()}")


if __name__ == "__main__":
    main()
