"""Without a writable home the tokenizer cache must not go to a fixed shared name in /tmp that the next run
trusts (issue 21): the cache is unmarshalled when read, so only this user may be able to write it."""

from __future__ import annotations

import marshal
import os
import stat
import tempfile
from pathlib import Path

import pytest

from secreview import jieba_cache

pytestmark = pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX owners and modes")


@pytest.fixture
def no_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache home that cannot hold a folder, and a temporary folder of this test's own."""
    blocked = tmp_path / "home-is-a-file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    return temporary


def test_without_a_home_the_cache_is_private_to_the_user(no_home: Path) -> None:
    folder = jieba_cache.cache_dir()
    assert folder is not None and folder != no_home  # never the shared temporary folder itself
    status = folder.lstat()
    assert stat.S_ISDIR(status.st_mode) and status.st_uid == os.getuid()
    assert status.st_mode & 0o077 == 0


def test_a_folder_someone_else_prepared_is_not_trusted(no_home: Path) -> None:
    planted = no_home / f"secreview-{os.getuid()}"
    planted.mkdir()
    planted.chmod(0o777)  # as another user would leave it for us: writable by all
    assert jieba_cache.cache_dir() is None


def test_a_symlink_in_its_place_is_not_followed(no_home: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    (no_home / f"secreview-{os.getuid()}").symlink_to(elsewhere)
    assert jieba_cache.cache_dir() is None


def test_with_no_trusted_folder_the_tokenizer_works_without_a_cache(
    no_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    planted = no_home / f"secreview-{os.getuid()}"
    planted.mkdir()
    planted.chmod(0o777)
    part = marshal.dumps((["北京"], [7], ["ns"]))
    monkeypatch.setattr(
        jieba_cache, "_build_cache", lambda: (7, {"北": part}, marshal.dumps(({}, {}, {}, {})))
    )
    dictionary = jieba_cache.Dictionary()
    assert dictionary.frequencies("北") == {"北京": 7} and dictionary.tag("北京") == "ns"
    assert list(planted.iterdir()) == []
    assert sorted(path.name for path in no_home.iterdir()) == [planted.name]
