"""Time of ``normalize`` on ordinary text (the realistic speed corpus), best of several runs, in ms of
CPU time per MB (CPU time, so that other processes on a shared machine count less).

    python benchmarks/speed/normalize_timing.py           # this checkout
    PYTHONPATH=/other/checkout python benchmarks/speed/normalize_timing.py   # another, to compare

Ordinary text has no bidi controls, digits of other blocks or zero-width characters: its matching view
is one translation and one search.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

from secreview.normalize import normalize  # noqa: E402


def main() -> int:
    text = corpus.build(1024 * 1024, seed=11)
    megabytes = len(text.encode("utf-8")) / 1_000_000
    normalize(text)  # the tables are built on first use
    best = min(_timed(text) for _ in range(30))
    print(f"normalize: {best * 1000 / megabytes:.2f} ms per MB (best of 30, {megabytes:.2f} MB)")
    return 0


def _timed(text: str) -> float:
    start = time.process_time()
    normalize(text)
    return time.process_time() - start


if __name__ == "__main__":
    raise SystemExit(main())
