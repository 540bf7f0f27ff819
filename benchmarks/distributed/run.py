"""Archive scale on Dask: documents per second on a LocalCluster of 2 worker processes against a plain loop
in one process and ``secreview check --jobs 1|2``, on the same generated archive, in the same run.

    python benchmarks/distributed/run.py [--documents 2000] [--json FILE]

Needs ``pip install 'secreview[dask]'``. Reports:
- end to end (cluster start, engine built on each worker, Parquet written) and warm (workers already up,
  engine built) documents per second;
- the Dask overhead per document: a warm 1-worker cluster against the plain loop, per document, for tasks of
  ``--chunk`` documents and of 1 document;
- the archive size above which the cluster pays: where its start-up cost is won back by its throughput.
Absolute numbers on a shared machine are noise; compare within one run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "speed"))
from corpus import realistic_document
from distributed import Client, LocalCluster

from secreview.distributed.catalog import run_catalog
from secreview.engine import Engine


def generate(folder: Path, documents: int, seed: int = 8) -> list[Path]:
    rng = random.Random(seed)
    paths = []
    for index in range(documents):
        sub = folder / f"{index // 100:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"doc-{index:05d}.txt"
        path.write_text(realistic_document(rng), encoding="utf-8")
        paths.append(path)
    return paths


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", check=False)
    assert done.returncode in (0, 1, 2), done.stderr
    return time.perf_counter() - started


def plain_loop(paths: list[Path]) -> float:
    engine = Engine()
    engine.review_file(paths[0])  # jieba's dictionary, loaded lazily, as the workers do before timing
    started = time.perf_counter()
    for path in paths:
        engine.review_file(path)
    return time.perf_counter() - started


def warm_catalog(folder: Path, workers: int, chunk: int, scratch: Path) -> float:
    """Seconds for the catalog on an already started cluster whose workers have built their engine."""
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
    ):
        warmup = scratch / f"warm-{workers}-{chunk}"
        warmup.mkdir()
        for index in range(workers * 4):
            (warmup / f"{index}.txt").write_text("关于开展安全生产检查的通知", encoding="utf-8")
        run_catalog(str(warmup), scratch / f"warm-{workers}-{chunk}.parquet", client, chunk=1)
        started = time.perf_counter()
        summary = run_catalog(str(folder), scratch / f"run-{workers}-{chunk}.parquet", client, chunk=chunk)
        seconds = time.perf_counter() - started
    assert summary.checked == summary.listed
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--chunk", type=int, default=16)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    n = args.documents
    with tempfile.TemporaryDirectory() as temporary:
        scratch = Path(temporary)
        folder = scratch / "archive"
        paths = generate(folder, n)
        check = [sys.executable, "-m", "secreview", "check", "--isolated", "--quiet", "--format", "json"]
        loop = plain_loop(paths)
        jobs_1 = timed([*check, "--jobs", "1", str(folder)])
        jobs_2 = timed([*check, "--jobs", "2", str(folder)])
        catalog = [sys.executable, "-m", "secreview", "catalog", "--isolated", str(folder), "--workers", "2"]
        dask_end_to_end = timed([*catalog, "--output", str(scratch / "cold.parquet")])
        dask_resume = timed([*catalog, "--output", str(scratch / "cold.parquet")])
        warm_2 = warm_catalog(folder, 2, args.chunk, scratch)
        warm_1 = warm_catalog(folder, 1, args.chunk, scratch)
        warm_1_single = warm_catalog(folder, 1, 1, scratch)
    rate_loop = n / loop
    rate_warm_2 = n / warm_2
    startup = dask_end_to_end - warm_2  # cluster start, engines built, imports
    gain_per_document = 1 / rate_loop - 1 / rate_warm_2
    result = {
        "documents": n,
        "chunk": args.chunk,
        "cpu_count": os.cpu_count(),
        "load_average_1min_after": round(os.getloadavg()[0], 2),
        "python": platform.python_version(),
        "documents_per_second": {
            "plain_loop_one_process_warm": round(rate_loop, 1),
            "check_jobs_1_end_to_end": round(n / jobs_1, 1),
            "check_jobs_2_end_to_end": round(n / jobs_2, 1),
            "dask_local_2_workers_end_to_end": round(n / dask_end_to_end, 1),
            "dask_local_2_workers_warm": round(rate_warm_2, 1),
            "dask_local_1_worker_warm": round(n / warm_1, 1),
        },
        "seconds_second_run_nothing_to_check": round(dask_resume, 2),
        "dask_overhead_ms_per_document": {
            f"chunk_{args.chunk}": round((warm_1 - loop) / n * 1000, 3),
            "chunk_1": round((warm_1_single - loop) / n * 1000, 3),
        },
        "dask_startup_seconds": round(startup, 2),
        "pays_above_documents": round(startup / gain_per_document) if gain_per_document > 0 else None,
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
