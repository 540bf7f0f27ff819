"""Where the details of an unexpected exception go, so that the officer sees one line and a developer the
traceback: a private file (mode 0600, in a folder of mode 0700) in the user's log folder
(platformdirs' ``user_log_dir``: ``~/.local/state/secreview/log`` on Linux), or stderr when
``SECREVIEW_DEBUG=1``. A traceback may quote a document's text, hence the private file."""

from __future__ import annotations

import os
import sys
import time
import traceback
from pathlib import Path

DEBUG_VARIABLE = "SECREVIEW_DEBUG"
MAX_FILES_PER_RUN = 20  # a run where every file fails the same way writes only the first few
_written = 0


def _log_folder() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("secreview", appauthor=False))


def _private_file(text: str) -> Path:
    folder = _log_folder()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    path = folder / f"crash-{stamp}-{os.getpid()}-{_written}.txt"
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8", errors="backslashreplace") as file:
        file.write(text)
    return path


def record(error: BaseException) -> str:
    """Write the traceback of ``error`` away and say where, in a few words for the one-line message."""
    global _written
    details = "".join(traceback.format_exception(error))
    if os.environ.get(DEBUG_VARIABLE) == "1":
        sys.stderr.write(details)
        return "详情见上方 (SECREVIEW_DEBUG=1)"
    if _written >= MAX_FILES_PER_RUN:
        return f"详情未另存(本次已存 {MAX_FILES_PER_RUN} 份);设 {DEBUG_VARIABLE}=1 可在 stderr 查看"
    try:
        path = _private_file(details)
    except (OSError, ImportError):
        return f"详情未能保存;设 {DEBUG_VARIABLE}=1 可在 stderr 查看"
    _written += 1
    return f"详情已写入 {path}"


def internal_error(error: BaseException) -> str:
    """The one line for a file (or a run) that an unexpected exception stopped: its type, and where the
    details are. The exception's message is not shown: it may quote the document."""
    return f"内部错误 internal error ({type(error).__name__}),未检查;{record(error)}"
