"""A large plain-text draft checked end to end: time and peak memory (not part of the test suite).

    python benchmarks/large_file.py            # 50 MB
    python benchmarks/large_file.py --mb 5 --tracemalloc

The text is mostly ordinary prose with an identity number and a phone number every 40 lines,
like a long roster appended to a notice. Prints the size, the time, the number of findings or
the error, the peak resident set size of the process and, with --tracemalloc, the peak of
Python allocations during the check.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from secreview import Engine
from secreview.validators import gb11643_check_char

PROSE = "各单位要按照要求认真做好政府信息公开工作,进一步规范公开程序,提升公开质量。\n"


def resident_id(sequence: int) -> str:
    first17 = f"110105199003{sequence % 10000:04d}0"[:17]
    return first17 + gb11643_check_char(first17)


def write_draft(path: Path, megabytes: int) -> int:
    target = megabytes * 1024 * 1024
    written = 0
    with path.open("w", encoding="utf-8") as handle:
        sequence = 0
        while written < target:
            block = (
                PROSE * 39
                + f"联系人张三,身份证号 {resident_id(sequence)},电话 1380013{sequence % 10000:04d}。\n"
            )
            handle.write(block)
            written += len(block.encode("utf-8"))
            sequence += 1
    return path.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=50)
    parser.add_argument("--tracemalloc", action="store_true")
    args = parser.parse_args()
    engine = Engine()
    engine.check_text("预热")
    with tempfile.TemporaryDirectory(prefix="secreview-bench-") as folder:
        path = Path(folder) / "large.txt"
        size = write_draft(path, args.mb)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        if args.tracemalloc:
            tracemalloc.start()
        started = time.perf_counter()
        report = engine.check_file(path)
        elapsed = time.perf_counter() - started
        traced = tracemalloc.get_traced_memory()[1] if args.tracemalloc else None
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    file = report.files[0]
    outcome = f"error: {file.error}" if file.error else f"{len(file.findings)} findings, {file.attribute}"
    print(f"size {size / 2**20:.1f} MB, {elapsed:.1f} s, {outcome}")
    print(f"peak RSS {peak / 1024:.0f} MB (before the check {before / 1024:.0f} MB)")
    if traced is not None:
        print(f"peak traced Python allocations during the check {traced / 2**20:.0f} MB")


if __name__ == "__main__":
    main()
