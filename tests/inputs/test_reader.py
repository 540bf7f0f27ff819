"""One guarded reader for every input: regular files only (checked on the open descriptor), a size cap per
kind, never a hang on a FIFO or a device, every refusal one line naming the file."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from secreview import Engine
from secreview.errors import ConfigError, ExtractionError, PackProblems
from secreview.extract import extract_path
from secreview.files import collect
from secreview.safe_read import InputKind, UnreadableInput, display_path, read_input
from tests.testing import cli
from tests.testing.cli import CLEAN, WITH_ID, write

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")

TIMEOUT = 60  # seconds: a regression fails instead of hanging the suite


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return cli.run(*args, cwd=cwd, errors="replace", timeout=TIMEOUT)


def fifo(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)
    return path


def zero_link(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.symlink_to("/dev/zero")
    return path


@pytest.mark.parametrize("kind", list(InputKind))
def test_a_fifo_and_dev_zero_are_refused_for_every_kind(tmp_path: Path, kind: InputKind) -> None:
    for hostile in (fifo(tmp_path / "pipe"), zero_link(tmp_path / "zero")):
        with pytest.raises(UnreadableInput) as refused:
            read_input(hostile, kind)
        assert "不是普通文件" in str(refused.value) and "\n" not in str(refused.value)


def test_at_most_the_cap_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = write(tmp_path / "big.txt", b"x" * (InputKind.IGNORE_FILE.cap + 1))
    with pytest.raises(UnreadableInput, match="过大"):
        read_input(big, InputKind.IGNORE_FILE)
    assert read_input(write(tmp_path / "ok.txt", b"x" * 10), InputKind.IGNORE_FILE) == b"x" * 10


def test_a_file_swapped_for_a_fifo_after_the_check_is_refused_on_the_descriptor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The name is a regular file when looked at, a FIFO when opened: fstat of the open descriptor says no."""
    target = write(tmp_path / "a.txt", CLEAN)
    real_open = os.open

    def swapping_open(path: str | os.PathLike[str], flags: int, *args: int) -> int:
        if Path(path) == target:
            target.unlink()
            os.mkfifo(target)
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", swapping_open)
    with pytest.raises(UnreadableInput, match="命名管道"):
        read_input(target, InputKind.DOCUMENT)


def test_a_fifo_named_explicitly_and_one_in_a_folder_are_one_line_errors(tmp_path: Path) -> None:
    write(tmp_path / "docs" / "good.txt", WITH_ID)
    fifo(tmp_path / "docs" / "inbox.txt")
    zero_link(tmp_path / "docs" / "zero.txt")
    (tmp_path / "docs" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    named = fifo(tmp_path / "named.txt")
    result = run("check", "--isolated", tmp_path / "docs", named)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    for name in ("inbox.txt", "zero.txt", "gone.txt", "named.txt"):
        lines = [line for line in result.stderr.splitlines() if line.endswith(",未检查") and name in line]
        assert len(lines) == 1, (name, result.stderr)
    assert "未能检查 4" in result.stdout
    assert "430102" in result.stdout  # the good file is still checked


def test_a_fifo_gitignore_is_not_waited_on(tmp_path: Path) -> None:
    write(tmp_path / "good.txt", CLEAN)
    fifo(tmp_path / ".gitignore")
    (tmp_path / ".git").mkdir()
    result = run("check", "--isolated", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "good.txt" in result.stdout


@pytest.mark.parametrize("make", [fifo, zero_link])
@pytest.mark.parametrize(
    ("option", "name"),
    [
        ("--rules", "pack.toml"),
        ("--rules", "words.txt"),
        ("--config", "secreview.toml"),
        ("--baseline", "b.json"),
    ],
)
def test_rules_config_and_baseline_at_a_fifo_or_dev_zero(
    tmp_path: Path, make: Callable[[Path], Path], option: str, name: str
) -> None:
    document = write(tmp_path / "doc.txt", CLEAN)
    isolated = ["--isolated"] if option != "--config" else []
    result = run("check", *isolated, option, make(tmp_path / name), document)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "不是普通文件" in result.stderr, result.stderr


def test_the_readers_of_rule_data_raise_their_own_errors(tmp_path: Path) -> None:
    from secreview.config import discover

    pipe = fifo(tmp_path / "secreview.toml")
    with pytest.raises(ConfigError, match="不是普通文件"):
        discover([tmp_path], pipe, False)
    with pytest.raises(PackProblems, match="不是普通文件"):
        Engine([zero_link(tmp_path / "pack.toml")])


def test_a_folder_nested_a_thousand_deep_is_walked(tmp_path: Path) -> None:
    folder = tmp_path / "deep"
    folder.mkdir()
    here = Path.cwd()
    os.chdir(folder)  # one level at a time: os.makedirs and shutil.rmtree recurse once per level
    try:
        for _ in range(1_050):
            os.mkdir("d")
            os.chdir("d")
        Path("x.txt").write_text(WITH_ID, encoding="utf-8")
    finally:
        os.chdir(here)
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".gitignore", "*.md\n")
    try:
        result = run("check", "--isolated", "-q", folder)
    finally:
        remove_nested(folder)  # pytest's own clean-up of old temporary folders would hit the recursion limit
    assert result.returncode == 1, result.stderr[-2000:]
    assert "x.txt" in result.stdout


def remove_nested(folder: Path) -> None:
    """Remove a chain of folders ``d/d/d…`` without recursion."""
    here = Path.cwd()
    os.chdir(folder)
    try:
        depth = 0
        while os.path.isdir("d"):
            os.chdir("d")
            depth += 1
        for name in os.listdir("."):
            os.unlink(name)
        for _ in range(depth):
            os.chdir("..")
            os.rmdir("d")
    finally:
        os.chdir(here)


def test_an_unreadable_subfolder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "good.txt", CLEAN)
    locked = tmp_path / "locked"
    write(locked / "secret.txt", WITH_ID)
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str]) -> object:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    collected = collect([tmp_path])
    assert locked in collected.files
    with pytest.raises(ExtractionError, match=r"文件夹无法读取.*其中的文件未检查"):
        extract_path(locked)


def test_walk_order_is_the_sorted_order_of_before(tmp_path: Path) -> None:
    for name in ("a/x.txt", "a.txt", "a b/c.md", "b/.hidden/h.txt", ".h.txt", "b/z.txt", "B.txt", "c.bin"):
        write(tmp_path / name, CLEAN)
    collected = collect([tmp_path])
    expected = sorted(
        child
        for child in tmp_path.rglob("*")
        if child.is_file() and not any(part.startswith(".") for part in child.relative_to(tmp_path).parts)
    )
    assert collected.files + collected.skipped == sorted(collected.files + collected.skipped)
    assert sorted(collected.files + collected.skipped) == expected
    assert collected.skipped == [tmp_path / "c.bin"]


def test_display_path_escapes_what_cannot_be_printed() -> None:
    gbk = os.fsdecode("公示名单.txt".encode("gbk"))
    shown = display_path(gbk)
    shown.encode("utf-8")  # no lone surrogate left
    assert "\\x" in shown and shown.endswith(".txt")
    assert display_path("a\x1b[31m\nb\u202e.txt") == "a\\x1b[31m\\x0ab\\u202e.txt"
    assert display_path("/tmp/公示 名单\u3000一.txt") == "/tmp/公示 名单\u3000一.txt"
    assert display_path(Path("plain/name.docx")) == "plain/name.docx"


def test_the_distributed_catalog_reads_local_files_through_the_one_reader(tmp_path: Path) -> None:
    pytest.importorskip("fsspec")
    from secreview.distributed.cluster import _read

    pipe = fifo(tmp_path / "inbox.txt")
    for url in (str(pipe), pipe.as_uri()):
        with pytest.raises(UnreadableInput, match="命名管道"):
            _read(url)
