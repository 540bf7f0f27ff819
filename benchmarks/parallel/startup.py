"""The serial start-up of a `check`, stage by stage, in CPU seconds of fresh processes.

    python benchmarks/parallel/startup.py [--repeat 5] [--documents 1000]

Each repeat starts a new Python process that imports what `check` imports, builds the engine, collects and
filters the files of a generated folder (benchmarks/parallel/run.py's one-page drafts) and checks the
first 8, timing each stage with the process's CPU clock (other load disturbs it less than wall-clock).
Prints the median and the best of each stage. A `check` of the folder runs first, as a user's earlier run
would, filling the build cache (secreview/build_cache.py); set XDG_CACHE_HOME to an empty folder to see the
first start ever.
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

from run import generate

STAGES = """
import json, sys, time
from pathlib import Path
marks = [("start", time.process_time())]
import secreview.cli
import secreview.engine, secreview.models, secreview.config
from secreview.files import collect
from secreview.ignorefiles import not_ignored
import secreview.catalog_marks, secreview.extract, secreview.report
marks.append(("imports", time.process_time()))
from secreview.config import Settings, discover
from secreview.engine import Engine
folder = [Path(sys.argv[1])]
config = discover(folder, None, True)
settings = Settings.of(config, packs=[], policy=None, select=None, ignore=None, mask=False, baseline=None,
                       ocr=None, ocr_progress=False)
engine = Engine(settings=settings)
marks.append(("engine", time.process_time()))
files = not_ignored(collect(folder).files, folder)
marks.append(("collect_and_filter", time.process_time()))
for path in files[:8]:
    engine.review(path)
marks.append(("first_8_documents", time.process_time()))
print(json.dumps({name: round(at - marks[i][1], 4) for i, (name, at) in enumerate(marks[1:])}))
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "docs"
        generate(folder, args.documents)
        environment = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        environment["PYTHONPYCACHEPREFIX"] = str(Path(temporary) / "bytecode")
        # One `check` first, as a user's earlier run: it fills the bytecode cache and the build cache.
        check = [sys.executable, "-m", "secreview", "check", "--isolated", "--quiet", "--format", "json"]
        subprocess.run(
            [*check, str(folder)],
            capture_output=True,
            check=False,
            env=environment,
        )
        runs = []
        for _ in range(args.repeat + 1):
            done = subprocess.run(
                [sys.executable, "-c", STAGES, str(folder)],
                capture_output=True,
                text=True,
                check=True,
                env=environment,
            )
            runs.append(json.loads(done.stdout))
    stages = {
        name: {
            "median": round(statistics.median(run[name] for run in runs[1:]), 4),
            "best": min(run[name] for run in runs[1:]),
        }
        for name in runs[0]
    }
    print(json.dumps({"cpu_seconds": stages, "load_average_1min": round(os.getloadavg()[0], 2)}, indent=2))


if __name__ == "__main__":
    main()
