"""``files.resolver``: each path resolved as ``Path.resolve`` resolves it, its folder resolved once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from secreview.files import resolver


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    real = tmp_path / "real"
    (real / "sub").mkdir(parents=True)
    (real / "a.txt").write_text("甲", encoding="utf-8")
    (real / "sub" / "b.txt").write_text("乙", encoding="utf-8")
    (tmp_path / "linked_folder").symlink_to(real, target_is_directory=True)
    (real / "link.txt").symlink_to(real / "sub" / "b.txt")
    (real / "relative_link.txt").symlink_to(Path("sub") / "b.txt")
    (real / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    return tmp_path


def test_every_path_resolves_as_path_resolve(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tree)
    paths = [
        tree / "real" / "a.txt",
        tree / "real" / "sub" / "b.txt",
        tree / "linked_folder" / "a.txt",  # a file in a symlinked folder
        tree / "linked_folder" / "sub" / "b.txt",
        tree / "real" / "link.txt",  # a symlinked file: resolved to its target
        tree / "real" / "relative_link.txt",
        tree / "real" / "dangling.txt",
        tree / "real" / "missing.txt",  # no such file
        tree / "real" / "sub" / "..",
        Path("real") / "a.txt",  # relative to the working folder
        Path("linked_folder") / "sub" / "b.txt",
        Path("a.txt"),
    ]
    resolve = resolver()
    assert [resolve(path) for path in paths] == [path.resolve() for path in paths]
    # Asked again (the folders now known), the same answers.
    assert [resolve(path) for path in reversed(paths)] == [path.resolve() for path in reversed(paths)]


def test_a_file_replaced_by_a_symlink_is_followed(tree: Path) -> None:
    resolve = resolver()
    path = tree / "real" / "sub" / "c.txt"
    path.write_text("丙", encoding="utf-8")
    assert resolve(path) == path.resolve()
    path.unlink()
    os.symlink(tree / "real" / "a.txt", path)
    assert resolve(path) == (tree / "real" / "a.txt").resolve()
