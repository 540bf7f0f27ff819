"""Speed benchmark: secreview against references measured in the same run, on the same text.

    python benchmarks/speed/run.py [--sizes 1,10] [--json benchmarks/results/speed.json]

Every timing is reported as a ratio to a reference, since absolute times on a shared machine are noise.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

import secreview
from secreview.normalize import normalize

MB = 1024 * 1024


def best_of(function: Callable[[], object], repeat: int = 3) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        timings.append(time.perf_counter() - started)
    return min(timings)


def references(text: str, engine: secreview.Engine) -> dict[str, Callable[[], object]]:
    automaton = engine._keywords._automaton  # the shipped keyword automaton, as the engine builds it
    normalized = normalize(text).text

    def raw_ahocorasick() -> int:
        return sum(1 for _ in automaton.iter(normalized)) if automaton is not None else 0

    def jieba_lcut() -> int:
        import jieba

        return len(jieba.lcut(text))

    return {"encode": lambda: len(text.encode()), "ahocorasick": raw_ahocorasick, "jieba.lcut": jieba_lcut}


def stages(text: str, engine: secreview.Engine) -> dict[str, Callable[[], object]]:
    report = engine.check_text(text)
    return {
        "normalize": lambda: normalize(text),
        "check_text": lambda: engine.check_text(text),
        "to_json": lambda: report.to_json(),
    }


def measure_text(label: str, text: str, engine: secreview.Engine, with_jieba: bool) -> dict[str, object]:
    megabytes = len(text.encode()) / MB
    timed: dict[str, float] = {}
    for name, function in {**references(text, engine), **stages(text, engine)}.items():
        if name == "jieba.lcut" and not with_jieba:
            continue
        timed[name] = best_of(function, repeat=1 if name == "jieba.lcut" else 3)
    row: dict[str, object] = {"corpus": label, "MB": round(megabytes, 2)}
    row.update({f"{name} MB/s": round(megabytes / seconds, 1) for name, seconds in timed.items()})
    row["check_text / ahocorasick"] = round(timed["ahocorasick"] / timed["check_text"], 2)
    if "jieba.lcut" in timed:
        row["check_text / jieba.lcut"] = round(timed["jieba.lcut"] / timed["check_text"], 1)
    return row


def cold_start(workdir: Path) -> dict[str, object]:
    sample = workdir / "one.txt"
    sample.write_text(corpus.build(20_000), encoding="utf-8")
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "secreview --version": [sys.executable, "-m", "secreview", "--version"],
        "secreview check one.txt": [sys.executable, "-m", "secreview", "check", str(sample)],
    }
    seconds = {}
    for name, command in commands.items():
        runs = []
        for _ in range(5):
            started = time.perf_counter()
            subprocess.run(command, capture_output=True, check=False)
            runs.append(time.perf_counter() - started)
        seconds[name] = statistics.median(runs)
    baseline = seconds["python -c pass"]
    return {
        name: {"seconds": round(value, 3), "x python": round(value / baseline, 1)}
        for name, value in seconds.items()
    }


def second_call(engine: secreview.Engine) -> dict[str, object]:
    page = corpus.build(40_000, seed=7)
    engine.check_text(page)
    warm = best_of(lambda: engine.check_text(page), repeat=5)
    encode = best_of(lambda: page.encode(), repeat=5)
    return {
        "KB": round(len(page.encode()) / 1024, 1),
        "seconds": round(warm, 4),
        "x encode": round(warm / encode),
    }


def print_table(rows: list[dict[str, object]]) -> None:
    columns = list(dict.fromkeys(key for row in rows for key in row))
    print(" | ".join(columns))
    for row in rows:
        print(" | ".join(str(row.get(column, "")) for column in columns))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1,10", help="corpus sizes in MB, comma-separated (e.g. 1,10,50)")
    parser.add_argument("--json", type=Path, default=Path("benchmarks/results/speed.json"))
    parser.add_argument(
        "--no-jieba", action="store_true", help="skip the jieba.lcut reference (slow on big texts)"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    engine = secreview.Engine()
    build_seconds = time.perf_counter() - started
    rows = []
    for size in (float(value) for value in args.sizes.split(",")):
        for dense in (False, True):
            text = corpus.build(int(size * MB), dense=dense)
            label = f"{'hit-dense' if dense else 'realistic'} {size:g} MB"
            rows.append(measure_text(label, text, engine, with_jieba=not args.no_jieba and size <= 10))
    print_table(rows)
    with tempfile.TemporaryDirectory() as workdir:
        startup = cold_start(Path(workdir))
    warm = second_call(engine)
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"\nengine build {build_seconds:.3f} s; second check_text of a {warm['KB']} KB document: "
        f"{warm['seconds']} s ({warm['x encode']}x encode); peak RSS {peak_rss_mb:.0f} MB"
    )
    for name, values in startup.items():
        print(f"{name}: {values['seconds']} s ({values['x python']}x python -c pass)")
    result = {
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpu": platform.processor(),
        },
        "secreview": secreview.__version__,
        "throughput": rows,
        "cold_start": startup,
        "second_call": warm,
        "engine_build_seconds": round(build_seconds, 3),
        "peak_rss_mb": round(peak_rss_mb),
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"\nwritten {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
