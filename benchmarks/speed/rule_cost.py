"""Cost of every pattern rule on the realistic corpus, most expensive first: where to add `triggers`.

python benchmarks/speed/rule_cost.py [--size-kb 500] [--top 15]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent)]

import corpus  # noqa: E402

from secreview.engine import Engine  # noqa: E402
from secreview.match import PatternMatcher  # noqa: E402
from secreview.normalize import normalize  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size-kb", type=int, default=500)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--dense", action="store_true", help="use the hit-dense 公示 corpus")
    args = parser.parse_args(argv)
    text = normalize(corpus.build(args.size_kb * 1024, dense=args.dense)).text
    megabytes = len(text.encode()) / (1024 * 1024)
    costs = []
    for compiled in Engine().rules:
        if not compiled.patterns:
            continue
        matcher = PatternMatcher([compiled])
        started = time.perf_counter()
        hits = sum(1 for _ in matcher.find(text))
        seconds = time.perf_counter() - started
        costs.append((seconds, compiled.rule.id, hits, "triggered" if compiled.triggers else "everywhere"))
    total = sum(cost[0] for cost in costs)
    print(f"{len(costs)} pattern rules over {megabytes:.2f} MB: {megabytes / total:.1f} MB/s together")
    for seconds, rule_id, hits, how in sorted(costs, reverse=True)[: args.top]:
        share = 100 * seconds / total
        print(f"{rule_id}  {seconds / megabytes * 1000:8.1f} ms/MB  {share:5.1f}%  hits={hits}  {how}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
