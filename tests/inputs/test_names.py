"""File names that are not UTF-8 (a GBK name from a Windows zip) or that hold escape sequences and line
breaks: every output prints them escaped, on one line, and nothing crashes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.testing.cli import CLEAN, WITH_ID

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names are bytes")


def run(*args: str | Path) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "secreview", *map(str, args)],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "收件"
    folder.mkdir()
    (folder / os.fsdecode("公示名单.txt".encode("gbk"))).write_text(WITH_ID, encoding="utf-8")
    (folder / "a\x1b[31mred\nline.txt").write_text(CLEAN, encoding="utf-8")
    return folder


@pytest.mark.parametrize("output_format", ["text", "json", "sarif"])
def test_check_prints_every_name_escaped(folder: Path, output_format: str) -> None:
    result = run("check", "--isolated", "--format", output_format, folder)
    assert result.returncode == 1, result.stderr.decode(errors="replace")
    stdout = result.stdout.decode("utf-8")  # valid UTF-8
    assert b"Traceback" not in result.stderr and b"\x1b" not in result.stdout
    if output_format != "text":
        document = json.loads(stdout)
        stdout = json.dumps(document, ensure_ascii=False)
    shown = stdout.replace("\\\\", "\\").replace("%5C", "\\").replace("%5B", "[")  # JSON, SARIF URIs
    assert "\\xb9\\xab" in shown
    if output_format != "sarif":  # SARIF names only files with results
        assert "a\\x1b[31mred\\x0aline.txt" in shown


@pytest.mark.parametrize("suffix", [".csv", ".json", ".xlsx"])
def test_catalog_writes_every_name(folder: Path, tmp_path: Path, suffix: str) -> None:
    output = tmp_path / f"目录{suffix}"
    result = run("catalog", "--isolated", folder, "--output", output)
    assert b"Traceback" not in result.stderr, result.stderr.decode(errors="replace")
    assert output.is_file()
    if suffix != ".xlsx":
        assert "\\xb9\\xab" in output.read_text(encoding="utf-8-sig").replace("\\\\", "\\")


def test_baseline_records_every_name(folder: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    result = run("baseline", "create", "--isolated", folder, "--baseline", baseline)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    paths = {entry["path"] for entry in json.loads(baseline.read_text(encoding="utf-8"))["results"]}
    assert any("\\xb9\\xab" in path for path in paths), paths
    again = run("check", "--isolated", "--baseline", baseline, folder)
    assert again.returncode == 0, again.stdout.decode(errors="replace")
