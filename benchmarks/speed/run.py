"""Speed benchmark: secreview against references measured in the same run, on the same text.

    python benchmarks/speed/run.py                 # 1 and 10 MB corpora, all stages and references
    python benchmarks/speed/run.py --sizes 1,10,50 # cost growth
    python benchmarks/speed/run.py --quick         # the smoke run of the test suite

Every timing is reported as a ratio to a reference, since absolute times on a shared machine are noise.
Peers (JioNLP, Presidio) are optional: the table says when one is not installed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

import corpus  # noqa: E402
import peers  # noqa: E402

import secreview  # noqa: E402
from secreview.extract import extract_bytes  # noqa: E402
from secreview.extract.base import BODY, ExtractedText, Segment  # noqa: E402
from secreview.normalize import normalize  # noqa: E402
from secreview.rulepack import load_packs  # noqa: E402
from secreview.wordsearch import PYAHOCORASICK, RUST, WordSearch, _rust_module  # noqa: E402

MB = 1024 * 1024
SHARED = HERE.parents[2] / "shared"
IDENTIFIER_PACKS = ("PI", "PB")


def best_of(function: Callable[[], object], repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        timings.append(time.perf_counter() - started)
    return min(timings)


def real_documents() -> tuple[str, int]:
    """The published documents of ../shared (seeds and corpus), joined, and how many there are."""
    paths = sorted((SHARED / "seeds").glob("*.txt")) + sorted((SHARED / "corpus" / "real").glob("*.txt"))
    return "\n".join(path.read_text(encoding="utf-8") for path in paths), len(paths)


def with_identifiers(text: str, rng: random.Random, page: int = 1500) -> str:
    """``text`` with a line holding a resident ID and a mobile number after every ``page`` characters
    or so (at a line end), as a draft holding a contact or an applicant now and then."""
    lines: list[str] = []
    since = 0
    for line in text.splitlines():
        lines.append(line)
        since += len(line)
        if since >= page:
            lines.append(f"联系人身份证号:{corpus.resident_id(rng)},联系电话:{corpus.mobile(rng)}。")
            since = 0
    return "\n".join(lines) + "\n"


def real_pages() -> list[str]:
    """The published documents of ../shared, each with a few identifiers per page added, one text each."""
    paths = sorted((SHARED / "seeds").glob("*.txt")) + sorted((SHARED / "corpus" / "real").glob("*.txt"))
    rng = random.Random(20)
    return [with_identifiers(path.read_text(encoding="utf-8"), rng) for path in paths]


def measure_one_by_one(
    documents: list[str], engine: secreview.Engine, args: argparse.Namespace
) -> dict[str, object]:
    """``check_text`` over each document separately, as a drafting system checks drafts, against one
    whole-text ``jieba.lcut`` of the same texts."""
    sizes = [len(document.encode()) for document in documents]
    megabytes = sum(sizes) / MB
    joined = "\n".join(documents)
    for document in documents:
        engine.check_text(document)
    seconds = best_of(lambda: [engine.check_text(document) for document in documents], args.repeat)
    row: dict[str, object] = {
        "corpus": f"real documents one by one ({len(documents)}, identifiers added)",
        "MB": round(megabytes, 2),
        "check_text MB/s": round(megabytes / seconds, 2),
        "ms per 3 KB document": round(seconds / sum(sizes) * 3 * 1024 * 1000, 3),
    }
    if not args.no_jieba:
        import jieba

        jieba.lcut(joined)
        lcut = best_of(lambda: jieba.lcut(joined), args.repeat)
        row["jieba.lcut MB/s"] = round(megabytes / lcut, 2)
        row["check_text / jieba.lcut"] = round(lcut / seconds, 2)
    return row


def identifier_engine() -> secreview.Engine:
    packs = [pack for pack in load_packs() if pack.header.prefix in IDENTIFIER_PACKS]
    return secreview.Engine(packs=packs)


def shipped_automaton(engine: secreview.Engine) -> tuple[WordSearch[Any] | None, str]:
    """The shipped keyword word search as the engine builds it; when the packs hold no keyword rule, the
    search of the pattern rules' trigger words, the only one the engine then runs."""
    keywords = engine._keywords.search
    if keywords is not None:
        return keywords, f"keyword automaton ({len(keywords)} words, {keywords.backend})"
    triggers = engine._patterns.triggers
    if triggers is not None:
        words = len(triggers)
        return (
            triggers,
            f"no keyword rules shipped: trigger-word automaton ({words} words, {triggers.backend})",
        )
    return None, "no automaton shipped"


def identifier_stage(engine: secreview.Engine, text: str) -> int:
    """The findings of the identifier packs alone: normalize, match, validate and weigh, without the
    judgement, the decision and the report that ``check_text`` adds (what Presidio's pass compares to)."""
    extracted = ExtractedText(text, [Segment(0, len(text), BODY)] if text else [])
    weighed, _ = engine._weigh(extracted, normalize(text), dropped=False)
    return len(engine._findings(extracted, weighed))


def fresh(engine: secreview.Engine) -> secreview.Engine:
    """``engine`` as it is: the person analysis lives in the view of one document (recognizers/view.py),
    so every repeat of a timing costs what the first check of a new document costs."""
    return engine


def text_contenders(
    text: str, engine: secreview.Engine, identifiers: secreview.Engine, with_references: bool, no_jieba: bool
) -> dict[str, Callable[[], object]]:
    automaton = shipped_automaton(engine)[0]
    # The reference is a bare pyahocorasick pass over the same words, whichever backend the engine uses.
    reference = WordSearch(automaton.words, backend=PYAHOCORASICK) if automaton is not None else None
    normalized = normalize(text).text
    report = engine.check_text(text)
    contenders: dict[str, Callable[[], object]] = {
        "encode": lambda: len(text.encode()),
        "ahocorasick": lambda: reference.count(normalized) if reference is not None else 0,
        "normalize": lambda: normalize(text),
        "identifiers": lambda: fresh(identifiers).check_text(text),
        "identifier stage": lambda: identifier_stage(identifiers, text),
        "check_text": lambda: fresh(engine).check_text(text),
        "to_json": report.to_json,
    }
    if not with_references:
        return contenders
    if not no_jieba:
        import jieba

        jieba.initialize()  # its dictionary loads once, not inside the first timing
        contenders["jieba.lcut"] = lambda: jieba.lcut(text)
    for name, (peer, _) in (("JioNLP", peers.jionlp_extractors()), ("Presidio", peers.presidio_patterns())):
        if peer is not None:
            contenders[name] = lambda peer=peer: peer(text)  # type: ignore[misc]
    return contenders


def measure_text(
    label: str, text: str, engines: tuple[secreview.Engine, secreview.Engine], args: argparse.Namespace
) -> dict[str, object]:
    megabytes = len(text.encode()) / MB
    # The slow references (jieba, the peers) run up to 10 MB: cost growth is secreview's to show.
    with_references = megabytes < 11
    timed = {
        name: best_of(function, 1 if name in ("jieba.lcut", "JioNLP", "Presidio") else args.repeat)
        for name, function in text_contenders(text, *engines, with_references, args.no_jieba).items()
    }
    row: dict[str, object] = {"corpus": label, "MB": round(megabytes, 2)}
    row.update({f"{name} MB/s": round(megabytes / seconds, 2) for name, seconds in timed.items()})
    for reference in ("ahocorasick", "jieba.lcut"):
        if reference in timed and timed[reference] > 0:
            row[f"check_text / {reference}"] = round(timed[reference] / timed["check_text"], 2)
    for peer in ("JioNLP", "Presidio"):
        if peer in timed:
            row[f"identifiers / {peer}"] = round(timed[peer] / timed["identifiers"], 2)
            row[f"identifier stage / {peer}"] = round(timed[peer] / timed["identifier stage"], 2)
    return row


def extraction(workdir: Path, repeat: int) -> dict[str, object]:
    from tests.testing.docx_builder import build_docx, paragraph, table

    text = corpus.build(200_000)
    pages = [paragraph(line) for line in text.splitlines()[:600]]
    rows = [["序号", "户主", "身份证号", "联系电话"]]
    rows += [
        line.split("\t")
        for line in corpus.hit_dense_document(__import__("random").Random(1), 200).splitlines()[2:]
    ]
    docx = build_docx([*pages, table(rows)], headers=["县人民政府办公室"], footers=["第 1 页"])
    (workdir / "twenty-pages.docx").write_bytes(docx)
    txt = text.encode("utf-8")
    docx_seconds = best_of(lambda: extract_bytes(docx, ".docx"), repeat)
    txt_seconds = best_of(lambda: extract_bytes(txt, ".txt"), repeat)
    encode_seconds = best_of(lambda: txt.decode("utf-8"), repeat)
    return {
        ".txt MB/s": round(len(txt) / MB / txt_seconds, 1),
        ".txt / decode": round(encode_seconds / txt_seconds, 2),
        ".docx (20 pages + 200-row table) seconds": round(docx_seconds, 4),
        ".docx KB": round(len(docx) / 1024),
    }


# Runs a command's module in a fresh interpreter and prints the peak resident set of that interpreter
# (VmHWM resets at exec, unlike the rusage of a forked child, which keeps the parent's peak).
_PEAK_WRAPPER = """
import atexit, runpy, sys
def peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            print("PEAK_KB", line.split()[1], file=sys.__stderr__)
atexit.register(peak)
sys.argv = sys.argv[1:]
runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
"""


def run_process(arguments: list[str], environment: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall time and peak RSS (MB; 0 without /proc) of ``python -m <arguments>`` in a fresh process."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", _PEAK_WRAPPER, *arguments],
        capture_output=True,
        text=True,
        check=False,
        env=environment,
    )
    seconds = time.perf_counter() - started
    peaks = [line.split()[1] for line in result.stderr.splitlines() if line.startswith("PEAK_KB")]
    return seconds, int(peaks[-1]) / 1024 if peaks else 0.0


def cold_start(workdir: Path, repeat: int) -> dict[str, dict[str, float]]:
    sample = workdir / "one.txt"
    sample.write_text(corpus.build(20_000), encoding="utf-8")
    commands = {
        "python -m this": ["this"],
        "secreview --version": ["secreview", "--version"],
        "secreview check one.txt": ["secreview", "check", str(sample)],
        "secreview check one.docx": ["secreview", "check", str(workdir / "twenty-pages.docx")],
    }
    # Bytecode cached (in the work folder, not in the checkout), as an installed package has it, even where
    # PYTHONDONTWRITEBYTECODE is set: without it every start compiles secreview's hundred modules again
    # (0.15 s of CPU, a quarter of a check of one.txt). Each command runs once untimed to write it.
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    environment["PYTHONPYCACHEPREFIX"] = str(workdir / "bytecode")
    results: dict[str, dict[str, float]] = {}
    for name, command in commands.items():
        run_process(command, environment)
        runs = sorted(run_process(command, environment) for _ in range(repeat))
        seconds, rss = runs[len(runs) // 2]
        results[name] = {"seconds": round(seconds, 3), "peak RSS MB": round(rss)}
    baseline = results["python -m this"]["seconds"]
    for values in results.values():
        values["x python"] = round(values["seconds"] / baseline, 1)
    return results


def second_call(engine: secreview.Engine, repeat: int) -> dict[str, object]:
    page = corpus.build(40_000, seed=7)
    engine.check_text(page)
    warm = best_of(lambda: fresh(engine).check_text(page), repeat)
    encode = best_of(lambda: page.encode(), repeat)
    return {
        "KB": round(len(page.encode()) / 1024, 1),
        "seconds": round(warm, 4),
        "x encode": round(warm / encode),
    }


USER_PACK = """[pack]
prefix = "UT"
title = "benchmark terms"
version = "1"

[[rule]]
id = "UT001"
name = "benchmark-terms"
kind = "keyword"
keyword_files = ["terms.txt"]
category = "work_secret"
title = "本单位敏感词"
message = "本单位敏感词"
basis = "本单位保密规定"
description = "基准测试用的一万个词。"
[rule.examples]
hit = ["{hit}"]
miss = ["y"]
"""


def user_pack(workdir: Path, terms: int) -> Path:
    """A keyword pack of ``terms`` made-up names of two to six characters from all of CJK's basic block,
    as an organisation's own list of project names, places and people spreads over it."""
    rng = __import__("random").Random(terms)
    words: set[str] = set()
    while len(words) < terms:
        words.add("".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(rng.randint(2, 6))))
    (workdir / "terms.txt").write_text("\n".join(sorted(words)), encoding="utf-8")
    # Its examples are run when it is loaded, as those of every user pack.
    (workdir / "terms.toml").write_text(USER_PACK.replace("{hit}", min(words)), encoding="utf-8")
    return workdir / "terms.toml"


def user_pack_rows(text: str, repeat: int, terms: int = 10_000) -> list[dict[str, object]]:
    """``check_text`` with and without a user pack of ``terms`` words, on each word-search backend."""
    megabytes = len(text.encode()) / MB
    shipped = secreview.Engine()
    shipped.check_text(text)
    base = best_of(lambda: fresh(shipped).check_text(text), repeat)
    rows: list[dict[str, object]] = []
    normalized = normalize(text).text
    with tempfile.TemporaryDirectory() as folder:
        pack = user_pack(Path(folder), terms)
        for backend in (PYAHOCORASICK, RUST):
            if backend == RUST and _rust_module() is None:
                print("word search ahocorasick-rs: not installed (pip install 'secreview[fast]'), skipped")
                continue
            os.environ["SECREVIEW_WORD_SEARCH"] = backend
            try:
                engine = secreview.Engine([pack])
            finally:
                del os.environ["SECREVIEW_WORD_SEARCH"]
            engine.check_text(text)
            search = engine._keywords.search
            assert search is not None and search.backend == backend
            seconds = best_of(lambda engine=engine: fresh(engine).check_text(text), repeat)
            raw = best_of(lambda search=search: search.count(normalized), repeat)
            rows.append(
                {
                    "user pack": f"{len(search)} terms, {backend}",
                    "check_text MB/s": round(megabytes / seconds, 2),
                    "x check_text without the pack": round(base / seconds, 2),
                    "bare word search MB/s": round(megabytes / raw, 2),
                }
            )
    return rows


def growth_rows(sizes: tuple[float, float], repeat: int) -> list[dict[str, object]]:
    """Time per MB of each pathological shape at a small and a large size: cost must grow linearly."""
    engine = secreview.Engine()
    engine.check_text(corpus.build(50_000))
    rows: list[dict[str, object]] = []
    for shape in corpus.PATHOLOGICAL:
        per_mb = []
        for size in sizes:
            text = corpus.pathological(shape, int(size * MB))
            megabytes = len(text.encode()) / MB
            per_mb.append(best_of(lambda text=text: fresh(engine).check_text(text), repeat) / megabytes)
        rows.append(
            {
                "shape": shape,
                **{
                    f"check_text MB/s at {size:g} MB": round(1 / seconds, 2)
                    for size, seconds in zip(sizes, per_mb, strict=True)
                },
                "time per MB, large / small": round(per_mb[1] / per_mb[0], 2),
            }
        )
    return rows


def _row(rows: list[dict[str, object]], prefix: str, key: str = "corpus") -> dict[str, object] | None:
    """The first row whose corpus starts with ``prefix`` and that has ``key``."""
    return next((row for row in rows if str(row["corpus"]).startswith(prefix) and key in row), None)


def _target(target: str, measured: str, reference: str, met: str) -> dict[str, str]:
    return {"target": target, "measured": measured, "reference": reference, "met?": met}


def _at_least(
    label: str, row: dict[str, object] | None, key: str, target: float, reference: str
) -> dict[str, str]:
    """A target of ``row[key] ≥ target`` (a ratio to ``reference``, or MB/s)."""
    if row is None:
        return _target(label, "not measured", reference, "not measured")
    value = float(row[key])  # type: ignore[arg-type]
    met = "met" if value >= target else f"not met: {target / value:.1f}× short" if value > 0 else "not met"
    return _target(label, f"{value:g} ({row['corpus']})", reference, met)


def target_rows(rows: list[dict[str, object]], load: str) -> list[dict[str, str]]:
    """Issue 20's targets that this run measures: the value, what it is a ratio to, met or not, the load."""
    one_by_one = _row(rows, "real documents one by one")
    lcut = f"jieba.lcut {one_by_one.get('jieba.lcut MB/s', '—')} MB/s" if one_by_one else "jieba.lcut"
    targets = [
        _at_least(
            "real documents one by one: check_text ≥ 10× whole-text jieba.lcut",
            _row(rows, "real documents one by one", "check_text / jieba.lcut"),
            "check_text / jieba.lcut",
            10,
            lcut,
        )
    ]
    if one_by_one is not None:
        milliseconds = float(one_by_one["ms per 3 KB document"])  # type: ignore[arg-type]
        met = "met" if milliseconds <= 0.4 else f"not met: {milliseconds / 0.4:.1f}× over"
        targets.append(
            _target("≤ 0.4 ms per 3 KB real document", f"{milliseconds:g} ms", "absolute (see the load)", met)
        )
    for name in ("realistic", "hit-dense"):
        row = _row(rows, name, "identifier stage / Presidio")
        presidio = f"Presidio {row['Presidio MB/s']} MB/s" if row else "Presidio not installed"
        targets.append(
            _at_least(
                f"identifier stage ≥ 1.5× Presidio, {name}", row, "identifier stage / Presidio", 1.5, presidio
            )
        )
    targets.append(
        _at_least(
            "hit-dense 公示: check_text ≥ 2 MB/s",
            _row(rows, "hit-dense"),
            "check_text MB/s",
            2,
            "absolute (see the load)",
        )
    )
    for target in targets:
        target["load"] = load
    return targets


def load_average() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def print_table(rows: list[dict[str, object]]) -> None:
    columns = list(dict.fromkeys(key for row in rows for key in row))
    print("| " + " | ".join(columns) + " |")
    print("|" + "---|" * len(columns))
    for row in rows:
        print("| " + " | ".join(str(row.get(column, "")) for column in columns) + " |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="1,10", help="corpus sizes in MB, comma-separated (e.g. 1,10,50)")
    parser.add_argument("--json", type=Path, default=Path("benchmarks/results/speed.json"))
    parser.add_argument("--no-jieba", action="store_true", help="skip the jieba.lcut reference")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--quick", action="store_true", help="smallest corpus, one repeat: proves the suite runs"
    )
    parser.add_argument(
        "--throughput-only",
        action="store_true",
        help="only the throughput table (no user pack, growth, extraction or start-up rows)",
    )
    args = parser.parse_args(argv)
    load_before = load_average().split()[0]
    print(f"load average before: {load_average()} on {os.cpu_count()} CPUs")
    if args.quick:
        args.sizes, args.repeat, args.no_jieba = "0.05", 1, True
    for name, (peer, why) in (("JioNLP", peers.jionlp_extractors()), ("Presidio", peers.presidio_patterns())):
        print(f"peer {name}: {'measured — ' + why if peer else why}")
    started = time.perf_counter()
    engines = (secreview.Engine(), identifier_engine())
    build_seconds = time.perf_counter() - started
    reference = shipped_automaton(engines[0])[1]
    print(f"ahocorasick reference: {reference}")
    rows = []
    sizes = [float(value) for value in args.sizes.split(",")]
    for size in sizes:
        for dense in (False, True):
            text = corpus.build(int(size * MB), dense=dense)
            rows.append(
                measure_text(f"{'hit-dense' if dense else 'realistic'} {size:g} MB", text, engines, args)
            )
    real_text, real_count = real_documents()
    if real_count:
        rows.append(measure_text(f"real documents ({real_count})", real_text, engines, args))
        rows.append(measure_one_by_one(real_pages(), engines[0], args))
    else:
        print(f"real documents: {SHARED} not present, skipped")
    print_table(rows)
    print(f"load average after: {load_average()}")
    load_after = load_average().split()[0]
    targets = target_rows(rows, f"{load_before} before, {load_after} after, {os.cpu_count()} CPUs")
    print("\ntargets (issue 20) measured by this run:")
    print_table(targets)  # type: ignore[arg-type]
    if args.throughput_only:
        return 0
    user_rows = user_pack_rows(corpus.build(int(min(sizes) * MB)), args.repeat)
    print()
    print_table(user_rows)
    growth = growth_rows((min(sizes), 4 * min(sizes)), args.repeat)
    print()
    print_table(growth)
    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        extracted = extraction(workdir, args.repeat)
        startup = cold_start(workdir, 1 if args.quick else 5)
    warm = second_call(engines[0], args.repeat)
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nextraction: {extracted}")
    print(
        f"engine build {build_seconds:.3f} s; second check_text of a {warm['KB']} KB document: "
        f"{warm['seconds']} s ({warm['x encode']}x encode); peak RSS of this process {peak_rss_mb:.0f} MB"
    )
    for name, values in startup.items():
        ratio = values["x python"]
        print(f"{name}: {values['seconds']} s ({ratio}x python -m this), peak RSS {values['peak RSS MB']} MB")
    result = {
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "secreview": secreview.__version__,
        "ahocorasick reference": reference,
        "throughput": rows,
        "targets": targets,
        "user_pack": user_rows,
        "pathological_growth": growth,
        "extraction": extracted,
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
