"""What a fresh ``secreview`` process imports: nothing heavy for help and version, never jieba once cached."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# Runs ``python -m secreview ARGS`` and reports, on exit, which of the watched packages were imported.
_WATCHING = """
import atexit, runpy, sys
WATCHED = ("jieba", "regex", "pydantic", "pydantic_core", "ahocorasick")
WATCHED += ("secreview.engine", "secreview.models", "secreview.report.html_format", "secreview.report.sarif")
WATCHED += ("xml.etree.ElementTree", "secreview.catalog", "secreview.document_fields")
def imported():
    names = sorted(name for name in WATCHED if name in sys.modules)
    print("IMPORTED", ",".join(names), file=sys.__stderr__)
atexit.register(imported)
sys.argv = ["secreview", *sys.argv[1:]]
runpy.run_module("secreview", run_name="__main__", alter_sys=True)
"""


def _run(arguments: list[str], environment: dict[str, str] | None = None) -> tuple[int, set[str]]:
    result = subprocess.run(
        [sys.executable, "-c", _WATCHING, *arguments],
        capture_output=True,
        text=True,
        check=False,
        env=environment,
    )
    [line] = [line for line in result.stderr.splitlines() if line.startswith("IMPORTED")]
    return result.returncode, set(filter(None, line.removeprefix("IMPORTED").strip().split(",")))


@pytest.mark.parametrize(
    "arguments", [["--version"], ["--help"], ["check", "--help"], ["rules", "--help"], ["redact", "--help"]]
)
def test_help_and_version_import_nothing_heavy(arguments: list[str]) -> None:
    status, imported = _run(arguments)
    assert status == 0
    assert imported == set()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG cache folder is the Linux convention")
def test_check_reads_jiebas_data_from_our_cache_without_importing_jieba(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("关于困难救助的答复\n申请人刘德伟,男,因病致贫,住和平村3组12号。\n", encoding="utf-8")
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}
    first_status, first_imported = _run(["check", "--format", "json", str(draft)], environment)
    assert "jieba" in first_imported  # no cache yet: jieba's own files are read once to build it
    assert list((tmp_path / "cache" / "secreview").glob("jieba-*.marshal"))
    status, imported = _run(["check", "--format", "json", str(draft)], environment)
    assert status == first_status == 1
    assert "jieba" not in imported
    assert {"regex", "pydantic", "secreview.engine"} <= imported  # the check itself did run


@pytest.mark.parametrize(
    ("output_format", "imported_writer"), [("text", None), ("json", None), ("sarif", "sarif")]
)
def test_check_imports_only_the_writer_of_its_format(
    tmp_path: Path, output_format: str, imported_writer: str | None
) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("关于召开会议的通知\n各单位:请于周一参加会议。\n", encoding="utf-8")
    status, imported = _run(["check", "--isolated", "--format", output_format, str(draft)])
    assert status == 0
    writers = {
        name.removeprefix("secreview.report.") for name in imported if name.startswith("secreview.report.")
    }
    assert writers == ({imported_writer} if imported_writer else set())
    assert (
        "xml.etree.ElementTree" not in imported
    )  # the Office and XML readers wait for a file that needs them


def test_check_of_a_folder_tells_catalogs_without_importing_the_catalog_writer(tmp_path: Path) -> None:
    """A catalog secreview wrote inside a checked folder is skipped, told by its header row alone: the
    writer's modules (titles and 文号, csv) are not part of a check's start-up."""
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "notice.txt").write_text("关于召开会议的通知\n各单位:请于周一参加会议。\n", encoding="utf-8")
    catalog_status, _ = _run(["catalog", "--isolated", str(folder), "-o", str(folder / "目录.csv")])
    assert catalog_status == 0
    result = subprocess.run(
        [sys.executable, "-c", _WATCHING, "check", "--isolated", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert "跳过 secreview 生成的目录" in result.stderr  # the catalog was told and skipped
    [line] = [line for line in result.stderr.splitlines() if line.startswith("IMPORTED")]
    imported = set(filter(None, line.removeprefix("IMPORTED").strip().split(",")))
    assert "secreview.engine" in imported
    assert not {"secreview.catalog", "secreview.document_fields"} & imported
