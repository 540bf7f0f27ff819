"""The edge of a command-line run: how it ends when something outside the documents stops it. SIGINT and
SIGTERM end it with one line and 130 / 143 (the worker processes end with it, see ``parallel``); a reader
that closes the output pipe (``check | head``) stops the output but not the check, so the exit status is
still the result's; an unexpected exception is one line and the place its details were written."""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from types import FrameType

EXIT_INTERRUPTED = 128 + signal.SIGINT  # 130, as shells report a process ended by Ctrl-C
EXIT_TERMINATED = 128 + signal.SIGTERM  # 143


class Terminated(BaseException):
    """SIGTERM, raised in the main thread so that the run unwinds (and ends its workers) like Ctrl-C."""


_pending: list[int] = []


def _terminate(signum: int, frame: FrameType | None) -> None:
    if frame is not None and frame.f_code.co_name == "__del__":
        _pending.append(signum)  # raised in a finalizer it is printed and ignored: raised at the next check
        return
    raise Terminated(signum)


def raise_if_terminated() -> None:
    """Raise the SIGTERM that arrived while a finalizer ran (where raising it would have been ignored)."""
    if _pending:
        raise Terminated(_pending.pop())


@contextmanager
def signals_handled() -> Iterator[None]:
    """SIGTERM raises ``Terminated`` while the block runs (only the main thread may set a handler)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _pending.clear()
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        yield
        raise_if_terminated()
    finally:
        signal.signal(signal.SIGTERM, previous)


def silence_stdout() -> None:
    """The reader of standard output has gone: what is still written goes nowhere, without an error now or
    when Python flushes at exit."""
    with suppress(OSError, ValueError, AttributeError):
        descriptor = sys.stdout.fileno()
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, descriptor)
        os.close(devnull)


def write_out(text: str) -> None:
    """``text`` on standard output, flushed; nothing (and no error) once its reader has closed the pipe."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        silence_stdout()


def say(line: str) -> None:
    """One line on standard error, which may be closed too."""
    with suppress(OSError, ValueError):
        print(line, file=sys.stderr, flush=True)
