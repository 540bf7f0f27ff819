"""Folders in parallel: ``secreview check --jobs 2`` against ``--jobs 1`` on the same generated folder.

    python benchmarks/parallel/run.py [--documents 1000] [--repeat 3] [--json FILE]

Reports the ratio of wall-clock times (median of the repeats) and checks that the JSON output is identical
whatever the number of workers. Absolute times on a shared machine are noise; the ratio is the result.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "speed"))
from corpus import realistic_document


def generate(folder: Path, documents: int, seed: int = 8) -> None:
    rng = random.Random(seed)
    for index in range(documents):
        sub = folder / f"{index // 100:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"doc-{index:04d}.txt").write_text(realistic_document(rng), encoding="utf-8")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_check(folder: Path, jobs: int) -> tuple[float, float, str, int]:
    """Wall-clock and CPU seconds (all processes of the run), output and exit status."""
    command = [sys.executable, "-m", "secreview", "check", "--isolated", "--quiet", "--format", "json"]
    cpu = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run(
        [*command, "--jobs", str(jobs), str(folder)], capture_output=True, text=True, encoding="utf-8"
    )
    return time.perf_counter() - started, _children_cpu() - cpu, done.stdout, done.returncode


def _burn(iterations: int) -> int:
    total = 0
    for value in range(iterations):
        total += value * value
    return total


def reference_speedup(iterations: int = 10_000_000) -> float:
    """What two processes gain on this machine right now for pure CPU work: the ceiling of the ratio."""
    started = time.perf_counter()
    _burn(iterations)
    _burn(iterations)
    serial = time.perf_counter() - started
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_burn, [1, 1]))
        started = time.perf_counter()
        list(pool.map(_burn, [iterations, iterations]))
        parallel = time.perf_counter() - started
    return serial / parallel


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "docs"
        generate(folder, args.documents)
        times: dict[int, list[float]] = {1: [], 2: []}
        cpu: dict[int, list[float]] = {1: [], 2: []}
        outputs: dict[int, set[str]] = {1: set(), 2: set()}
        for _ in range(args.repeat):
            for jobs in (1, 2):
                seconds, cpu_seconds, stdout, status = timed_check(folder, jobs)
                assert status in (0, 1), f"--jobs {jobs} exited {status}"
                times[jobs].append(seconds)
                cpu[jobs].append(cpu_seconds)
                outputs[jobs].add(hashlib.sha256(stdout.encode("utf-8")).hexdigest())
    reference = reference_speedup()
    identical = len(outputs[1] | outputs[2]) == 1
    median = {jobs: statistics.median(values) for jobs, values in times.items()}
    result = {
        "documents": args.documents,
        "repeat": args.repeat,
        "cpu_count": os.cpu_count(),
        "load_average_1min_after": round(os.getloadavg()[0], 2),
        "python": platform.python_version(),
        "median_seconds_jobs_1": round(median[1], 2),
        "median_seconds_jobs_2": round(median[2], 2),
        "median_cpu_seconds_jobs_1": round(statistics.median(cpu[1]), 2),
        "median_cpu_seconds_jobs_2": round(statistics.median(cpu[2]), 2),
        "speedup_jobs_2_over_jobs_1": round(median[1] / median[2], 2),
        "reference_speedup_two_processes_pure_cpu": round(reference, 2),
        "identical_json": identical,
    }
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    if not identical:
        sys.exit("the JSON output differs between --jobs 1 and --jobs 2")


if __name__ == "__main__":
    main()
