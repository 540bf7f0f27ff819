"""Signals and a closed pipe end a run cleanly (issue 21): SIGTERM and Ctrl-C end the worker processes too
and exit 143 / 130 with one line; a reader that stops reading does not change the exit status. Real
processes, each wait bounded, so a regression fails instead of hanging."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

import pytest

from tests.testing.cli import WITH_ID, write

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc for the worker processes")

TIMEOUT = 120


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough work for a run with --jobs 2 to be still busy when it is stopped."""
    folder = tmp_path_factory.mktemp("many")
    for index in range(48):
        write(folder / f"{index:02d}.txt", WITH_ID * 300)
    return folder


def _as_from_a_terminal() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start(*args: str | Path, stdout: int = subprocess.DEVNULL) -> subprocess.Popen[bytes]:
    env = {**os.environ, "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8"}
    return subprocess.Popen(
        [sys.executable, "-m", "secreview", *map(str, args)],
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,  # its own process group: Ctrl-C is sent to the group, as a terminal does
        # As from a terminal: a shell without job control starts background commands with SIGINT ignored,
        # and a process that inherits that ignores Ctrl-C on purpose (it would finish and exit 1).
        preexec_fn=_as_from_a_terminal,
    )


def _children(pid: int) -> set[int]:
    found = set()
    with suppress(OSError):
        for task in Path(f"/proc/{pid}/task").iterdir():
            text = (task / "children").read_text(encoding="ascii")
            found.update(int(child) for child in text.split())
    return found


def _alive(pid: int) -> bool:
    """Running or sleeping (a zombie waiting for its parent's wait counts as ended)."""
    try:
        status = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
    except OSError:
        return False
    return status.rsplit(")", 1)[1].split()[0] != "Z"


def _workers_of(process: subprocess.Popen[bytes]) -> set[int]:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline and process.poll() is None:
        children = _children(process.pid)
        if children:
            return children
        time.sleep(0.02)
    pytest.fail("the run ended before its workers were seen")


@pytest.fixture
def cleanup() -> Iterator[list[subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for process in started:
        with suppress(OSError):
            os.killpg(process.pid, signal.SIGKILL)
        with suppress(subprocess.TimeoutExpired):
            process.wait(10)


def _gone(pids: set[int]) -> bool:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if not any(_alive(pid) for pid in pids):
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize(
    ("send", "status", "said"),
    [
        (lambda process: os.kill(process.pid, signal.SIGTERM), 143, "已终止"),
        (lambda process: os.killpg(process.pid, signal.SIGINT), 130, "已中断"),
    ],
    ids=["sigterm-to-main", "ctrl-c-to-group"],
)
def test_a_signal_ends_the_run_and_its_workers(
    many: Path, cleanup: list[subprocess.Popen[bytes]], send: object, status: int, said: str
) -> None:
    process = _start("check", "--isolated", "--jobs", "2", many)
    cleanup.append(process)
    workers = _workers_of(process)
    send(process)  # type: ignore[operator]
    _, stderr = process.communicate(timeout=TIMEOUT)
    text = stderr.decode("utf-8")
    assert process.returncode == status, text
    assert "Traceback" not in text and "KeyboardInterrupt" not in text
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1 and said in lines[0], text
    assert _gone(workers), "a worker outlived the run"


def test_a_killed_main_process_takes_its_workers_along(
    many: Path, cleanup: list[subprocess.Popen[bytes]]
) -> None:
    process = _start("check", "--isolated", "--jobs", "2", many)
    cleanup.append(process)
    workers = _workers_of(process)
    os.kill(process.pid, signal.SIGKILL)  # no handler runs: the kernel's parent-death signal must do it
    process.communicate(timeout=TIMEOUT)
    assert _gone(workers), "a worker was left behind, re-parented"


def test_a_closed_pipe_keeps_the_exit_status(many: Path, cleanup: list[subprocess.Popen[bytes]]) -> None:
    """`secreview check big | head -c 100`: the first file needs action, so the status is 1, not 0."""
    process = _start("check", "--isolated", many, stdout=subprocess.PIPE)
    cleanup.append(process)
    assert process.stdout is not None
    head = process.stdout.read(100)
    process.stdout.close()
    _, stderr = process.communicate(timeout=TIMEOUT)
    assert head
    assert process.returncode == 1
    text = stderr.decode("utf-8")
    assert "Traceback" not in text and "BrokenPipe" not in text and "Exception ignored" not in text
