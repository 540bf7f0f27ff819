"""Legacy binary Office and WPS files (.doc .wps .xls .et): converted, then read as .docx/.xlsx.

LibreOffice (``soffice``/``libreoffice``) converts in a temporary folder that is always
removed, with a time limit; for word-processing files ``antiword`` is the fallback. Without
either, the file is reported as not checked, with how to enable it. A legacy-named file that
is really a zip (.docx/.xlsx saved under the old name) is read directly.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from secreview.errors import ExtractionError
from secreview.extract.base import BODY, ExtractedText, Segment
from secreview.extract.ziputil import CFB_SIGNATURE, ZIP_SIGNATURE
from secreview.safe_read import InputKind, read_input

CONVERT_TIMEOUT_SECONDS = 120
_OFFICE_COMMANDS = ("soffice", "libreoffice")
_ENCRYPTED_OOXML_STREAM = "EncryptedPackage".encode("utf-16-le")
_TARGETS = {"docx": "docx", "xlsx": "xlsx"}
MISSING_TOOL_MESSAGE = (
    "旧版 Office/WPS 文件需要 LibreOffice 转换:请安装 LibreOffice(使 soffice 命令可用)"
    "或另存为 .docx/.xlsx 后再检查,本文件未检查"
)

IN_MEMORY_MESSAGE = "旧版 Office/WPS 文件须经临时文件转换,而这里的文件只在内存中处理,未检查"
_in_memory: ContextVar[bool] = ContextVar("secreview_in_memory_only", default=False)


@contextmanager
def in_memory_only() -> Iterator[None]:
    """Within: a legacy file (an upload's embedded Word 97 object, a .doc attached to a PDF) is not
    converted through a temporary file but listed as not checked (``secreview serve`` keeps uploads in
    memory)."""
    token = _in_memory.set(True)
    try:
        yield
    finally:
        _in_memory.reset(token)


def _reader(target: str) -> Callable[[bytes], ExtractedText]:
    if target == "xlsx":
        from secreview.extract.xlsx import extract_xlsx

        return extract_xlsx
    from secreview.extract.docx import extract_docx

    return extract_docx


def is_encrypted_ooxml(data: bytes) -> bool:
    """A password-protected .docx/.xlsx is a CFB container holding an EncryptedPackage stream."""
    return data.startswith(CFB_SIGNATURE) and _ENCRYPTED_OOXML_STREAM in data


def extract_legacy(data: bytes, suffix: str, target: str) -> ExtractedText:
    """The text of a legacy file with suffix ``suffix`` (".doc"), converted to ``target`` (docx|xlsx)."""
    if data.startswith(ZIP_SIGNATURE):
        return _reader(target)(data)
    if not data.startswith(CFB_SIGNATURE):
        raise ExtractionError(f"文件不是有效的 {suffix} 文件(既不是旧版 Office 格式也不是 zip),未检查")
    if is_encrypted_ooxml(data):
        raise ExtractionError("文件已加密,未检查")
    if _in_memory.get():
        raise ExtractionError(IN_MEMORY_MESSAGE)
    office = next((found for name in _OFFICE_COMMANDS if (found := shutil.which(name))), None)
    if office is not None:
        return _reader(target)(_convert(office, data, suffix, target))
    antiword = shutil.which("antiword") if target == "docx" else None
    if antiword is not None:
        return _antiword(antiword, data, suffix)
    raise ExtractionError(MISSING_TOOL_MESSAGE)


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    """Run ``command`` in its own process group, killed whole if it outlives the time limit."""
    with subprocess.Popen(
        command,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        env={**os.environ, "HOME": str(cwd)},
    ) as process:
        try:
            stdout, stderr = process.communicate(timeout=CONVERT_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired as error:
            _kill_group(process)
            process.communicate()
            raise ExtractionError(f"转换超时(超过 {CONVERT_TIMEOUT_SECONDS} 秒),未检查") from error
        return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    """LibreOffice starts helper processes; they go with it."""
    if hasattr(os, "killpg"):
        try:
            os.killpg(process.pid, signal.SIGKILL)
            return
        except ProcessLookupError:
            return
    process.kill()


def _convert(office: str, data: bytes, suffix: str, target: str) -> bytes:
    with tempfile.TemporaryDirectory(prefix="secreview-") as folder:
        work = Path(folder)
        source = work / f"input{suffix}"
        source.write_bytes(data)
        profile = (work / "profile").as_uri()
        result = _run(
            [
                office,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--norestore",
                "--convert-to",
                _TARGETS[target],
                "--outdir",
                str(work / "out"),
                str(source),
            ],
            work,
        )
        converted = work / "out" / f"input.{_TARGETS[target]}"
        if result.returncode != 0 or not converted.is_file():
            raise ExtractionError("LibreOffice 无法转换此文件(可能已损坏或已加密),未检查")
        return read_input(converted, InputKind.DOCUMENT)


def _antiword(antiword: str, data: bytes, suffix: str) -> ExtractedText:
    with tempfile.TemporaryDirectory(prefix="secreview-") as folder:
        work = Path(folder)
        source = work / f"input{suffix}"
        source.write_bytes(data)
        result = _run([antiword, "-m", "UTF-8.txt", "-w", "0", str(source)], work)
    if result.returncode != 0:
        raise ExtractionError("antiword 无法读取此文件(可能已损坏、已加密或不是 Word 文件),未检查")
    try:
        text = result.stdout.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ExtractionError("antiword 输出无法解码,未检查") from error
    return ExtractedText(text, [Segment(0, len(text), BODY)] if text else [], "utf-8")
