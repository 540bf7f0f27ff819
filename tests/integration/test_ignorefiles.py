"""Folders are walked the way git sees them: .gitignore files exclude, files named explicitly are checked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from secreview.ignorefiles import IgnoreRules, parse_line
from tests.testing.cli import CLEAN, WITH_ID, run, write

CASES = [
    # pattern, path relative to the .gitignore's folder, is a folder, ignored
    ("*.txt", "a.txt", False, True),
    ("*.txt", "deep/er/a.txt", False, True),
    ("*.txt", "a.txt.md", False, False),
    ("build/", "build", True, True),
    ("build/", "build", False, False),
    ("build/", "src/build", True, True),
    ("/build", "build", True, True),
    ("/build", "src/build", True, False),
    ("docs/*.md", "docs/a.md", False, True),
    ("docs/*.md", "docs/sub/a.md", False, False),
    ("docs/*.md", "x/docs/a.md", False, False),
    ("**/tmp", "a/b/tmp", True, True),
    ("**/tmp", "tmp", True, True),
    ("a/**/b", "a/b", True, True),
    ("a/**/b", "a/x/y/b", True, True),
    ("logs/**", "logs/x/y.txt", False, True),
    ("logs/**", "logs", True, False),
    ("草稿?.txt", "草稿1.txt", False, True),
    ("草稿?.txt", "草稿12.txt", False, False),
    ("[ab].txt", "b.txt", False, True),
    ("[!ab].txt", "b.txt", False, False),
    ("\\#x.txt", "#x.txt", False, True),
]


@pytest.mark.parametrize(("line", "relative", "is_dir", "ignored"), CASES)
def test_gitignore_lines_match_as_git_matches_them(
    line: str, relative: str, is_dir: bool, ignored: bool
) -> None:
    pattern = parse_line(line)
    assert pattern is not None
    assert pattern.matches(relative, is_dir) is ignored


@pytest.mark.parametrize("line", ["", "   ", "# comment", "/"])
def test_blank_lines_and_comments_are_no_patterns(line: str) -> None:
    assert parse_line(line) is None


def test_negation_deeper_files_and_ignored_folders(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    write(root / ".gitignore", "*.txt\n!keep.txt\nsecret/\n")
    write(root / "docs" / ".gitignore", "!again.txt\n")
    for name in ("a.txt", "keep.txt", "docs/again.txt", "docs/b.txt", "secret/keep.txt", "a.md"):
        write(root / name, CLEAN)
    rules = IgnoreRules(root / "docs")  # the .gitignore above the walked folder applies too
    assert rules.ignored(root / "docs" / "b.txt")
    assert not rules.ignored(root / "docs" / "again.txt")
    whole = IgnoreRules(root)
    assert [whole.ignored(root / n) for n in ("a.txt", "keep.txt", "a.md")] == [True, False, False]
    assert whole.ignored(root / "secret" / "keep.txt")  # nothing comes back from an ignored folder


def test_check_skips_gitignored_files_but_not_files_named_explicitly(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".gitignore", "/out/\n草稿*.txt\n!草稿-定稿.txt\n")
    write(tmp_path / "docs" / "notice.txt", CLEAN)
    write(tmp_path / "docs" / "草稿1.txt", WITH_ID)
    write(tmp_path / "docs" / "草稿-定稿.txt", CLEAN)
    write(tmp_path / "out" / "copy.txt", WITH_ID)
    write(tmp_path / "out" / "skip.bin", "x")
    walked = run("check", "--format", "json", ".", cwd=tmp_path)
    assert walked.returncode == 0, walked.stdout
    paths = sorted(Path(entry["path"]).as_posix() for entry in json.loads(walked.stdout)["files"])
    assert paths == ["docs/notice.txt", "docs/草稿-定稿.txt"]
    assert "skip.bin" not in walked.stderr  # an ignored file is not even mentioned as skipped
    named = run("check", "--format", "json", "docs/草稿1.txt", "out", cwd=tmp_path)
    assert named.returncode == 1
    paths = sorted(Path(entry["path"]).as_posix() for entry in json.loads(named.stdout)["files"])
    assert paths == ["docs/草稿1.txt", "out/copy.txt"]  # a named folder is walked even if ignored above
