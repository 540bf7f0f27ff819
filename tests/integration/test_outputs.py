"""One writer for every output (issue 21): written whole or not at all, never over a checked file, and a
catalog written inside a checked folder is not checked as a draft next time."""

from __future__ import annotations

import csv
import io
import os
import zipfile
from pathlib import Path

import pytest

from secreview import writer
from secreview.errors import OutputError
from tests.testing.cli import CLEAN, WITH_ID, run, run_in_process, write


def one_line_error(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


@pytest.mark.parametrize(
    "command",
    [
        ("catalog", "{file}", "--output", "{file}"),
        ("baseline", "create", "{file}", "--baseline", "{file}"),
        ("baseline", "create", "{file}", "-o", "{file}"),
        ("check", "{file}", "--output", "{file}"),
    ],
    ids=["catalog", "baseline", "baseline-o", "check"],
)
def test_an_output_that_is_the_checked_file_is_refused(tmp_path: Path, command: tuple[str, ...]) -> None:
    checked = write(tmp_path / "名单.csv", "姓名,身份证号\n张三,430102199003071234\n")
    before = checked.read_bytes()
    result = run(*[part.format(file=checked) for part in command])
    assert result.returncode == 2
    assert "被检查的文件" in one_line_error(result.stderr)
    assert checked.read_bytes() == before


def test_an_output_reaching_a_checked_file_by_another_path_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    checked = write(folder / "list.csv", "姓名,身份证号\n张三,430102199003071234\n")
    before = checked.read_bytes()
    os.link(checked, tmp_path / "hard.csv")
    (tmp_path / "soft.csv").symlink_to(checked)
    for output in (tmp_path / "hard.csv", tmp_path / "soft.csv", folder / ".." / "docs" / "list.csv"):
        result = run("catalog", "--isolated", folder, "--output", output)
        assert result.returncode == 2, output
        assert "被检查的文件" in one_line_error(result.stderr)
        assert checked.read_bytes() == before


def test_a_failed_write_leaves_the_previous_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "docs" / "a.txt", CLEAN)
    output = write(tmp_path / "catalog.csv", "the previous catalog\n")

    def full_disk(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    result = run_in_process("catalog", "--isolated", tmp_path / "docs", "--output", output)
    assert result.returncode == 2
    assert "磁盘空间不足" in result.stderr and str(output) in result.stderr
    assert output.read_text(encoding="utf-8") == "the previous catalog\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["catalog.csv", "docs"]  # no temporary left


def test_write_atomic_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path) -> None:
    target = write(tmp_path / "out.json", "{}")
    target.chmod(0o640)
    writer.write_atomic(target, b"[]")
    assert target.read_bytes() == b"[]"
    assert target.stat().st_mode & 0o777 == 0o640


def test_write_atomic_follows_a_symlinked_output(tmp_path: Path) -> None:
    real = write(tmp_path / "real" / "out.csv", "old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    writer.write_atomic(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


@pytest.mark.parametrize(
    ("output", "said"),
    [
        ("{tmp}/a-folder.csv", "是一个文件夹"),
        ("{tmp}/missing/out.csv", "不存在"),
        ("/proc/secreview-out.csv", "无法写入"),
    ],
    ids=["folder", "missing-parent", "unwritable"],
)
@pytest.mark.parametrize("command", ["catalog", "check", "baseline"])
def test_output_errors_name_the_file_in_one_line(
    tmp_path: Path, output: str, said: str, command: str
) -> None:
    write(tmp_path / "docs" / "a.txt", CLEAN)
    destination = output.format(tmp=tmp_path)
    (tmp_path / "a-folder.csv").mkdir()
    options = {
        "catalog": ("catalog", "--isolated", tmp_path / "docs", "--output", destination),
        "check": ("check", "--isolated", tmp_path / "docs", "--output", destination),
        "baseline": ("baseline", "create", "--isolated", tmp_path / "docs", "--baseline", destination),
    }
    result = run(*options[command])
    assert result.returncode == 2
    line = one_line_error(result.stderr)
    assert said in line and destination in line, line


def test_redact_output_errors_are_one_line(tmp_path: Path) -> None:
    source = write(tmp_path / "list.txt", WITH_ID)
    result = run("redact", source, "-o", tmp_path / "missing" / "copy.txt")
    assert result.returncode == 2
    assert "不存在" in one_line_error(result.stderr)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_catalog_inside_the_checked_folder_is_not_checked_next_time(tmp_path: Path, suffix: str) -> None:
    folder = tmp_path / "docs"
    write(folder / "a.txt", CLEAN)
    write(folder / "b.txt", WITH_ID)
    output = folder / f"目录{suffix}"
    first = run("catalog", "--isolated", folder, "--output", output)
    assert first.returncode == 0, first.stderr
    second = run("catalog", "--isolated", folder, "--output", output)
    assert second.returncode == 0, second.stderr
    assert "跳过 secreview 生成的目录" in second.stderr
    assert "共 2 个文件" in second.stdout
    checked = run("check", "--isolated", "--format", "json", folder)
    assert f"目录{suffix}" not in checked.stdout
    named = run("check", "--isolated", output)  # named explicitly, it is checked like any file
    assert named.returncode in (0, 1) and "目录" in named.stdout


def test_a_user_csv_with_other_columns_is_still_checked(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    write(folder / "名单.csv", "路径,标题,身份证号\nx,y,430102199003071234\n")
    result = run("check", "--isolated", folder)
    assert result.returncode == 1
    assert "名单.csv" in result.stdout


def test_csv_catalog_cells_cannot_become_formulas(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    write(folder / "=HYPERLINK(x).txt", "=cmd|' /C calc'!A0 关于做好工作的通知\n各单位:请做好工作。\n")
    write(folder / "@sum.txt", "+1+1 关于做好工作的通知\n各单位:请做好工作。\n")
    write(folder / "-minus.txt", "-2+3 关于做好工作的通知\n各单位:请做好工作。\n")
    output = tmp_path / "catalog.csv"
    result = run("catalog", "--isolated", folder, "--output", output)
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(output.read_text(encoding="utf-8-sig"))))
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), row
    titles = sorted(row[1] for row in rows[1:])
    assert all(title.startswith(("'=", "'+", "'-")) for title in titles), titles


def test_xlsx_catalog_cells_are_strings_never_formulas(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    write(folder / "a.txt", "=1+1 关于做好工作的通知\n各单位:请做好工作。\n")
    output = tmp_path / "catalog.xlsx"
    assert run("catalog", "--isolated", folder, "--output", output).returncode == 0
    with zipfile.ZipFile(output) as package:
        sheet = package.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet and "=1+1" in sheet
    assert 't="inlineStr"' in sheet


def test_refuse_inputs_compares_devices_and_inodes(tmp_path: Path) -> None:
    source = write(tmp_path / "a.txt", "x")
    os.link(source, tmp_path / "b.txt")
    with pytest.raises(OutputError):
        writer.refuse_inputs(tmp_path / "b.txt", [source], "输出文件")
    writer.refuse_inputs(tmp_path / "c.txt", [source], "输出文件")  # not there yet: nothing to overwrite


def test_redact_agrees_with_check_on_a_utf16_docx_part(tmp_path: Path) -> None:
    from tests.testing.docx_builder import build_docx, paragraph

    original = zipfile.ZipFile(io.BytesIO(build_docx([paragraph("户主张三,身份证号 430102199003071234。")])))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name in original.namelist():
            content = original.read(name)
            if name == "word/document.xml":
                text = content.decode("utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
                content = text.encode("utf-16")  # with its BOM, as Word may save a part
            package.writestr(name, content)
    source = write(tmp_path / "utf16.docx", buffer.getvalue())
    assert "身份证" in run("check", "--isolated", source).stdout
    result = run("redact", "--isolated", source, "-o", tmp_path / "copy.docx")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    with zipfile.ZipFile(tmp_path / "copy.docx") as copy:
        document = copy.read("word/document.xml").decode("utf-8")
    assert "430102199003071234" not in document and "UTF-8" in document
