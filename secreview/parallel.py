"""Checking many files in this process and in worker processes, results in the order of the input whatever
the parallelism. Scheduling only: each file is reviewed by the task it is given (``Engine.review``).

The process machinery (``multiprocessing``, ``concurrent.futures``, ``ctypes``) is imported when workers
start: a check of one file or of a few runs without it (13 ms of CPU of every start otherwise)."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from secreview.boundary import raise_if_terminated
from secreview.config import Settings
from secreview.engine import Engine

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

# Below this many files per worker, starting processes costs more than it saves.
MIN_FILES_PER_WORKER = 8
MAX_CHUNK = 16  # files handed out at once; fewer towards the end
QUEUED_PER_WORKER = 3  # chunks queued for each worker, so that it never waits for this process
# Checked here before any worker starts: what the engine builds on its first check, forked workers inherit.
WARM_UP_FILES = 1

Progress = Callable[[int, int], None]
T = TypeVar("T")


_worker_engine: Engine | None = None
_PR_SET_PDEATHSIG = 1  # prctl option (linux/prctl.h): a signal for this process when its parent ends


def _bound_to(parent: int) -> None:
    """A worker ends with the process that started it, however that one ends (SIGKILL included): Ctrl-C
    reaches the whole process group, so the worker leaves SIGINT to its parent, which ends the pool; on
    Linux the kernel sends SIGTERM when the parent dies (PR_SET_PDEATHSIG), and a parent already gone
    before that was set is noticed by its pid."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler, inherited by a fork
    if _CAN_HOLD:  # held by the parent while it started this process (see _held)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _ENDING)
    if sys.platform == "linux":
        import ctypes

        with suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)


_ENDING = {signal.SIGINT, signal.SIGTERM}
_CAN_HOLD = hasattr(signal, "pthread_sigmask")


@contextmanager
def _held() -> Iterator[None]:
    """SIGINT and SIGTERM held back while a submit may start worker processes: a new process inherits the
    mask, so neither signal can reach it before it has set its own handlers (a traceback otherwise); this
    process receives them once they are let through again."""
    if not _CAN_HOLD:
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _ENDING)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _start_forked(parent: int) -> None:
    _bound_to(parent)


def _start_worker(settings: Settings, parent: int) -> None:
    global _worker_engine
    _bound_to(parent)
    _worker_engine = Engine(settings=settings)


def _ready() -> bool:
    return _worker_engine is not None


def _in_worker(task: Callable[[Engine, Path], T], paths: Sequence[Path]) -> list[T]:
    assert _worker_engine is not None
    return [task(_worker_engine, path) for path in paths]


def default_jobs() -> int:
    """The processors this process may run on (a container may allow fewer than the machine has)."""
    if sys.platform == "linux":
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def capped_jobs(jobs: int) -> int:
    """``--jobs`` within what the machine can run: at most twice its processors."""
    return max(1, min(jobs, default_jobs() * 2))


def workers_for(files: int, jobs: int) -> int:
    """How many processes check ``files`` files, this one included."""
    return max(1, min(jobs, files // MIN_FILES_PER_WORKER))


def run_each(
    task: Callable[[Engine, Path], T],
    files: Sequence[Path],
    engine: Engine,
    jobs: int,
    progress: Progress | None = None,
    start_method: str | None = None,
    warmed: Callable[[], None] | None = None,
) -> Iterator[T]:
    """``task`` on every file, results in the order of ``files``. With ``jobs`` N this process is one of
    the N: it starts N - 1 workers and checks files with ``engine`` while they work. Forked workers inherit
    ``engine``; spawned ones build theirs from its settings. ``task`` must be picklable (a module-level
    function or ``Engine.review``). ``warmed`` is called once, before any worker starts: after the warm-up
    file when there are workers, before the first file otherwise."""
    global _worker_engine
    workers = workers_for(len(files), jobs)
    if workers == 1:
        if warmed is not None:
            warmed()
        yield from _counted((task(engine, path) for path in files), len(files), progress)
        return
    import ctypes  # noqa: F401 - for the workers' _bound_to: imported once here, before they fork
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = start_method or ("fork" if sys.platform == "linux" else "spawn")
    context = multiprocessing.get_context(method)
    if method == "fork":
        _worker_engine = engine  # inherited by the workers, which fork at the first submit
        pool = ProcessPoolExecutor(workers - 1, context, _start_forked, (os.getpid(),))
    else:
        pool = ProcessPoolExecutor(workers - 1, context, _start_worker, (engine.settings, os.getpid()))
    try:
        # Spawned workers take a while to start: until one has, this process checks every file itself.
        if method == "fork":
            started = None
        else:
            with _held():
                started = pool.submit(_ready)
        shared = _Shared(task, files, engine, pool, workers, started, warmed)
        yield from _counted(chain.from_iterable(shared.in_order()), len(files), progress)
    except BaseException:  # Ctrl-C, SIGTERM, the consumer gone: the workers end now, not after their chunks
        _end_workers(pool)
        raise
    pool.shutdown()


def _end_workers(pool: ProcessPoolExecutor) -> None:
    processes = list((pool._processes or {}).values())  # the executor has no public way to stop them
    for process in processes:
        with suppress(OSError, ValueError):
            process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with suppress(OSError, ValueError, AssertionError):
            process.join(timeout=5)


class _Shared(Generic[T]):
    """Files cut into consecutive chunks, each claimed by the pool or by this process; a chunk's results are
    handed on as soon as it and every chunk before it are done."""

    def __init__(
        self,
        task: Callable[[Engine, Path], T],
        files: Sequence[Path],
        engine: Engine,
        pool: ProcessPoolExecutor,
        workers: int,
        started: Future[bool] | None,
        warmed: Callable[[], None] | None = None,
    ) -> None:
        self._task = task
        self._warmed = warmed
        self._files = files
        self._engine = engine
        self._pool = pool
        self._workers = workers
        self._started = started
        self._claimed: list[Future[list[T]] | list[T]] = []
        self._in_pool: list[Future[list[T]]] = []
        self._next_file = 0

    def _next_chunk(self) -> Sequence[Path]:
        """The next unclaimed files: smaller chunks towards the end, so that no process is left waiting."""
        left = len(self._files) - self._next_file
        size = max(1, min(MAX_CHUNK, left // (self._workers * 4)))
        chunk = self._files[self._next_file : self._next_file + size]
        self._next_file += len(chunk)
        return chunk

    def _feed_pool(self) -> None:
        """Keep QUEUED_PER_WORKER chunks waiting for or in each worker, once the workers have started."""
        if self._started is not None and not self._started.done():
            return
        self._in_pool = [future for future in self._in_pool if not future.done()]
        while len(self._in_pool) < (self._workers - 1) * QUEUED_PER_WORKER and self._unclaimed():
            with _held():
                future = self._pool.submit(_in_worker, self._task, self._next_chunk())
            self._in_pool.append(future)
            self._claimed.append(future)

    def _claim_here(self) -> None:
        self._claimed.append([self._task(self._engine, path) for path in self._next_chunk()])

    def _unclaimed(self) -> bool:
        return self._next_file < len(self._files)

    def _warm_up(self) -> None:
        """The first file, checked here before the workers fork: what the engine builds on its first check
        (the learned model, the signals' word search, window searches) is built once and inherited by the
        workers. Checking more here would be work one process does while the others wait: what only some
        texts need (jieba's data) is loaded by each process that needs it, a few milliseconds each."""
        while self._next_file < min(WARM_UP_FILES, len(self._files)):
            self._claimed.append([self._task(self._engine, self._files[self._next_file])])
            self._next_file += 1
        if self._warmed is not None:
            self._warmed()

    def in_order(self) -> Iterator[list[T]]:
        from concurrent.futures import Future

        self._warm_up()
        index = 0
        while index < len(self._claimed) or self._unclaimed():
            self._feed_pool()
            if index == len(self._claimed):
                self._claim_here()
                continue
            claimed = self._claimed[index]
            if isinstance(claimed, Future):
                if not claimed.done() and self._unclaimed():
                    self._claim_here()  # the next results are still in a worker: check files here meanwhile
                    continue
                claimed = claimed.result()
            self._claimed[index] = []  # handed on, not kept
            index += 1
            yield claimed


def _counted(results: Iterable[T], total: int, progress: Progress | None) -> Iterator[T]:
    for done, result in enumerate(results, 1):
        raise_if_terminated()
        if progress is not None:
            progress(done, total)
        yield result
