"""Files shared between this process and its workers: each file once, results in input order, handed on
before the whole folder is done, errors raised where the results are read."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from secreview.engine import Engine
from secreview.parallel import (
    MAX_CHUNK,
    MIN_FILES_PER_WORKER,
    QUEUED_PER_WORKER,
    WARM_UP_FILES,
    default_jobs,
    run_each,
    workers_for,
)
from tests.testing.identifiers import labelled_documents


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _names(count: int) -> list[Path]:
    """Paths that need not exist: the tasks below only look at their names."""
    return [Path(f"file-{index:04d}.txt") for index in range(count)]


def name_and_process(engine: Engine, path: Path) -> tuple[str, int]:
    return path.name, os.getpid()


def fail_on_the_last(engine: Engine, path: Path) -> str:
    if path.name == "file-0099.txt":
        raise ValueError(f"cannot check {path.name}")
    return path.name


def tokenizer_loaded_on_arrival(engine: Engine, path: Path) -> tuple[bool, int]:
    """Whether jieba was loaded when this file came; the first file needs it, as a text with a name would."""
    loaded = engine.tokenizer.loaded
    if path.name == "file-0000.txt":
        engine.tokenizer.spans("户主张三丰")
    return loaded, os.getpid()


def mark_done(engine: Engine, path: Path) -> str:
    """Leaves a file next to ``path`` for every file checked, whichever process checked it."""
    path.with_suffix(".done").touch()
    return path.name


@pytest.mark.parametrize("count", [16, 17, 50, 333])
@pytest.mark.parametrize("jobs", [2, 3])
def test_every_file_once_in_input_order(engine: Engine, count: int, jobs: int) -> None:
    files = _names(count)
    results = list(run_each(name_and_process, files, engine, jobs))
    assert [name for name, _ in results] == [path.name for path in files]
    processes = {process for _, process in results}
    assert os.getpid() in processes  # this process takes part
    assert 2 <= len(processes) <= workers_for(count, jobs)


def test_too_few_files_stay_in_this_process(engine: Engine) -> None:
    files = _names(2 * MIN_FILES_PER_WORKER - 1)
    assert workers_for(len(files), 4) == 1
    assert {process for _, process in run_each(name_and_process, files, engine, 4)} == {os.getpid()}
    assert list(run_each(name_and_process, [], engine, 4)) == []


def test_results_are_handed_on_before_the_folder_is_done(engine: Engine, tmp_path: Path) -> None:
    files = [tmp_path / path for path in _names(400)]
    results = run_each(mark_done, files, engine, 2)
    assert next(results) == files[0].name
    # Until the first result is read, only the files checked here first and those queued for the worker.
    assert len(list(tmp_path.glob("*.done"))) <= WARM_UP_FILES + QUEUED_PER_WORKER * MAX_CHUNK
    assert [files[0].name, *results] == [path.name for path in files]
    assert len(list(tmp_path.glob("*.done"))) == len(files)


def test_progress_counts_every_file_in_order(engine: Engine) -> None:
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))

    list(run_each(name_and_process, _names(40), engine, 2, progress))
    assert seen == [(done, 40) for done in range(1, 41)]


def test_an_error_in_any_process_reaches_the_reader(engine: Engine) -> None:
    # The last file of a folder, and one of the first chunks queued for the worker.
    for files in (_names(100), _names(400)[80:]):
        with pytest.raises(ValueError, match="file-0099"):
            list(run_each(fail_on_the_last, files, engine, 2))


def test_shared_reports_equal_serial_ones_forked_and_spawned(engine: Engine, tmp_path: Path) -> None:
    files = []
    for index, document in enumerate(labelled_documents(seed=3, count=24)):
        files.append(tmp_path / f"{index:02d}-{document.kind}.txt")
        files[-1].write_text(document.text, encoding="utf-8")
    serial = list(run_each(Engine.review, files, engine, 1))
    assert list(run_each(Engine.review, files, engine, 3)) == serial
    assert list(run_each(Engine.review, files, engine, 2, start_method="spawn")) == serial
    assert any(report.findings for report in serial)


def test_forked_workers_inherit_what_the_first_check_loaded() -> None:
    results = list(run_each(tokenizer_loaded_on_arrival, _names(40), Engine(), 2))
    assert results[0] == (False, os.getpid())  # checked here, before the workers fork
    in_workers = [loaded for loaded, process in results if process != os.getpid()]
    assert in_workers and all(in_workers)


def test_only_the_first_file_is_checked_before_the_workers_start() -> None:
    # Files needing nothing loaded lazily (no jieba): the workers start after the first one all the same,
    # and the files right after it are the first handed to them.
    results = list(run_each(name_and_process, _names(40), Engine(), 2))
    assert results[0][1] == os.getpid()
    assert results[1][1] != os.getpid()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="processor affinity is Linux only")
def test_default_jobs_are_the_processors_this_process_may_use() -> None:
    assert default_jobs() == len(os.sched_getaffinity(0))
    pinned = "import os; os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})\n"
    pinned += "from secreview.parallel import default_jobs; print(default_jobs())"
    done = subprocess.run([sys.executable, "-c", pinned], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "1"


_CHECKED: list[str] = []  # the files each process checked, in that process's copy


def name_and_process_counted(engine: Engine, path: Path) -> tuple[str, int]:
    _CHECKED.append(path.name)
    return name_and_process(engine, path)


@pytest.mark.parametrize(("count", "jobs", "workers"), [(40, 2, 2), (40, 1, 1), (3, 2, 1)])
def test_warmed_is_told_once_before_any_worker_starts(
    engine: Engine, count: int, jobs: int, workers: int
) -> None:
    """The command line's collector pause ends there: after the warm-up file when workers start (what it
    built is frozen before the fork), before the first file when this process checks them all."""
    import multiprocessing

    _CHECKED.clear()
    told: list[tuple[int, int]] = []  # files checked here so far, worker processes alive

    def warmed() -> None:
        told.append((len(_CHECKED), len(multiprocessing.active_children())))

    results = list(run_each(name_and_process_counted, _names(count), engine, jobs, warmed=warmed))
    assert len({process for _, process in results}) == workers
    assert told == [(WARM_UP_FILES if workers > 1 else 0, 0)]
