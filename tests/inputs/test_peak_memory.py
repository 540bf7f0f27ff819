"""Peak memory of a check over the largest hostile inputs, bounded by a stated multiple of the input size
plus a constant (a bound, not a timing): the peak resident size of a ``secreview check`` process, as the
kernel counts it for a waited-for child (``getrusage(RUSAGE_CHILDREN)``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.inputs.test_amplification import shared_string_referenced
from tests.testing.docx_builder import build_docx

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="resource.getrusage is POSIX")

MB = 1024 * 1024
# The stated bound: a check needs at most what checking a tiny file needs, plus PER_INPUT_BYTE bytes for
# each byte of its largest input, plus CONTAINER_ALLOWANCE: a zip part of up to 16 MB is parsed whatever
# its compression ratio (ziputil.RATIO_CHECK_THRESHOLD), at about 17 bytes of XML tree per byte of XML.
PER_INPUT_BYTE = 64
CONTAINER_ALLOWANCE = 320 * MB


def peak_rss(*args: str | Path) -> int:
    """Bytes: the peak resident size of ``secreview ARGS`` run by a fresh interpreter that runs nothing else,
    so that no earlier child of the test process counts."""
    measure = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], capture_output=True, timeout=600); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    command = [sys.executable, "-c", measure, sys.executable, "-m", "secreview", "check", "--isolated"]
    result = subprocess.run(
        [*command, *map(str, args)], capture_output=True, text=True, timeout=900, check=True
    )
    kilobytes = int(result.stdout)
    return kilobytes * 1024 if sys.platform != "darwin" else kilobytes


def hostile_files(folder: Path) -> list[Path]:
    files = {
        "放大.xlsx": shared_string_referenced(1_000, 300_000),
        "分隔符.csv": ((",,,,,,,,,,,,,,,,,,,," * 50 + "\n") * 2_000).encode(),
        "编号.txt": ("名单如下:" + "1." * 1_000_000).encode(),
        "段落.docx": build_docx(["第一段", *("一" for _ in range(200_000))]),
    }
    written = []
    for name, data in files.items():
        (folder / name).write_bytes(data)
        written.append(folder / name)
    (folder / "零.txt").symlink_to("/dev/zero")
    return written


def test_peak_memory_of_the_largest_cases_is_bounded(tmp_path: Path) -> None:
    (tmp_path / "tiny.txt").write_text("正文\n", encoding="utf-8")
    base = peak_rss(tmp_path / "tiny.txt")
    folder = tmp_path / "hostile"
    folder.mkdir()
    largest = max(path.stat().st_size for path in hostile_files(folder))
    peak = peak_rss(folder)
    bound = base + PER_INPUT_BYTE * largest + CONTAINER_ALLOWANCE
    assert peak <= bound, f"peak {peak / MB:.0f} MB > {bound / MB:.0f} MB (tiny file: {base / MB:.0f} MB)"
