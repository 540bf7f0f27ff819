"""Running the installed command line in a fresh process, as users and pre-commit do."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import NamedTuple

CLEAN = (
    "关于做好2024年政务公开工作的通知\n各单位:请按要求做好政府信息主动公开工作。\n监督电话:0731-85880114\n"
)
ID_NUMBER = "430102199003071234"
MOBILE = "13912345678"
WITH_ID = f"低保对象公示\n户主张三,身份证号 {ID_NUMBER},联系电话 {MOBILE}。\n"


def run(
    *args: str | Path, cwd: Path | None = None, errors: str = "strict", timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "secreview", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors=errors,
        cwd=cwd,
        env=env,
        timeout=timeout,
        check=False,
    )


class Ran(NamedTuple):
    returncode: int
    stdout: str
    stderr: str


def run_in_process(*args: str | Path) -> Ran:
    """The command line in this process (faster than a fresh one; exit status and output are the same)."""
    from secreview.cli import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        status = main([str(arg) for arg in args])
    return Ran(status, out.getvalue(), err.getvalue())


def write(path: Path, content: str | bytes) -> Path:
    """``content`` at ``path`` (text as UTF-8), its folders created."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path
