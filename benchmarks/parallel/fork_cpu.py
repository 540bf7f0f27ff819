"""The parent's CPU seconds when ``check --jobs 2`` forks its first worker: the serial start-up that bounds
``--jobs``, for two checkouts alternated in fresh processes.

    python benchmarks/parallel/fork_cpu.py BEFORE_CHECKOUT AFTER_CHECKOUT [--rounds 12] [--documents 1000]

Each round runs ``python -m secreview check --isolated --quiet --format json --jobs 2`` of the same
generated folder (run.py's one-page drafts) once with each checkout on PYTHONPATH, in alternating order,
and reads ``time.process_time()`` in the parent at its first fork (``os.register_at_fork``). Prints the
median and the best of each. Bytecode and build cache as an installed package has them (run.py's
``installed_like``); set XDG_CACHE_HOME to a private folder on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from run import generate, installed_like

AT_FORK = """
import os, runpy, sys, time
def _first_fork():
    if not os.environ.get("FORK_CPU_SEEN"):
        os.environ["FORK_CPU_SEEN"] = "1"
        print("FORK_CPU", time.process_time(), file=sys.__stderr__, flush=True)
os.register_at_fork(before=_first_fork)
sys.argv = ["secreview", *sys.argv[1:]]
runpy.run_module("secreview", run_name="__main__", alter_sys=True)
"""


CHECK = ["check", "--isolated", "--quiet", "--format", "json", "--jobs", "2"]


def fork_cpu(checkout: Path, folder: Path, environment: dict[str, str]) -> float:
    done = subprocess.run(
        [sys.executable, "-c", AT_FORK, *CHECK, str(folder)],
        capture_output=True,
        text=True,
        env={**environment, "PYTHONPATH": str(checkout)},
        cwd=folder.parent,  # not a checkout: ``python -c`` puts the working folder first on sys.path
        check=False,
    )
    if done.returncode not in (0, 1):
        sys.exit(done.stderr[-2000:])
    [line] = [line for line in done.stderr.splitlines() if line.startswith("FORK_CPU ")]
    return float(line.split()[1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--rounds", type=int, default=12)
    parser.add_argument("--documents", type=int, default=1000)
    args = parser.parse_args()
    checkouts = {"before": args.before.resolve(), "after": args.after.resolve()}
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "docs"
        generate(folder, args.documents)
        environment = installed_like(Path(temporary) / "bytecode")
        for checkout in checkouts.values():  # fills the bytecode and build caches
            fork_cpu(checkout, folder, environment)
        seconds: dict[str, list[float]] = {name: [] for name in checkouts}
        for round_number in range(args.rounds):
            order = list(checkouts) if round_number % 2 == 0 else list(checkouts)[::-1]
            for name in order:
                seconds[name].append(fork_cpu(checkouts[name], folder, environment))
    result = {
        name: {"median": round(statistics.median(values), 4), "best": round(min(values), 4)}
        for name, values in seconds.items()
    }
    result["load_average_1min"] = round(os.getloadavg()[0], 2)  # type: ignore[assignment]
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
