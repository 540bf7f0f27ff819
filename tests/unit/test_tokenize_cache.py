"""The cache of jieba's data: built once in the user's cache folder, read back, rebuilt when damaged."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from secreview import jieba_cache
from secreview.tokenize import Tokenizer

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="XDG cache folder is the Linux convention"
)

SAMPLE = "申请人刘德伟,男,住和平村3组12号。关于长城项目的进展"
Built = tuple[int, dict[str, bytes], bytes]


@pytest.fixture(scope="module")
def built() -> Built:
    """One real build from jieba's files, shared by the tests (a build takes seconds)."""
    return jieba_cache._build_cache()


@pytest.fixture(scope="module")
def expected() -> tuple[list[tuple[int, int]], list[tuple[str, str, int, int]]]:
    tokenizer = Tokenizer()
    return tokenizer.spans(SAMPLE), tokenizer.tagged(SAMPLE)


@pytest.fixture
def builds(built: Built, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the builds: each returns the real build made once for this module."""
    calls: list[int] = []

    def counted() -> Built:
        calls.append(1)
        return built

    monkeypatch.setattr(jieba_cache, "_build_cache", counted)
    return calls


@pytest.fixture
def cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    return tmp_path / "cache" / "secreview"


def _results(tokenizer: Tokenizer) -> tuple[list[tuple[int, int]], list[tuple[str, str, int, int]]]:
    return tokenizer.spans(SAMPLE), tokenizer.tagged(SAMPLE)


def _cache_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("jieba-*.marshal"))


def test_the_cache_is_built_once_in_the_cache_folder_then_read(
    builds: list[int], cache_folder: Path, expected: object
) -> None:
    assert _results(Tokenizer()) == expected
    assert len(builds) == 1
    assert len(_cache_files(cache_folder)) == 1
    assert sorted(path.name for path in cache_folder.parent.parent.iterdir()) == ["cache"]  # not in cwd
    assert _results(Tokenizer()) == expected
    assert len(builds) == 1
    assert not list(cache_folder.glob("*.tmp"))


def _framed(header: bytes, rest: bytes = b"") -> bytes:
    """A file with the right preamble and checksum around ``header`` and ``rest``."""
    body = header + rest
    checksum = zlib.crc32(body).to_bytes(4, "little")
    return jieba_cache._MAGIC + len(header).to_bytes(4, "little") + checksum + body


DAMAGE: dict[str, Callable[[bytes, Built], bytes]] = {
    "not a cache": lambda data, built: b"not marshal data",
    "empty": lambda data, built: b"",
    "truncated": lambda data, built: data[: len(data) // 2],
    "one byte changed": lambda data, built: (
        data[: len(data) // 2] + bytes([data[len(data) // 2] ^ 1]) + data[len(data) // 2 + 1 :]
    ),
    "another shape": lambda data, built: _framed(marshal.dumps({"FREQ": {}})),
    "parts missing": lambda data, built: _framed(marshal.dumps((jieba_cache._jieba_key(), 1, "ab", [0, 1]))),
    "the previous format": lambda data, built: marshal.dumps((2, jieba_cache._jieba_key(), *built)),
    "another jieba": lambda data, built: jieba_cache._layout("jieba 0.43", *built),
}


@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
def test_a_damaged_or_stale_cache_is_rebuilt(
    damage: str, built: Built, builds: list[int], cache_folder: Path, expected: object
) -> None:
    Tokenizer().spans("")
    [cache] = _cache_files(cache_folder)
    good = cache.read_bytes()
    cache.write_bytes(DAMAGE[damage](good, built))
    assert _results(Tokenizer()) == expected
    assert len(builds) == 2
    assert cache.read_bytes() == good
    assert _results(Tokenizer()) == expected
    assert len(builds) == 2


def test_a_new_jieba_gets_a_cache_of_its_own(
    builds: list[int], cache_folder: Path, expected: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _results(Tokenizer()) == expected
    monkeypatch.setattr(jieba_cache, "_jieba_key", lambda: "jieba 0.43, another dict.txt")
    assert _results(Tokenizer()) == expected
    assert len(builds) == 2
    assert len(_cache_files(cache_folder)) == 2


def test_an_unwritable_cache_folder_only_costs_time(
    builds: list[int], tmp_path: Path, expected: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setattr(jieba_cache, "cache_dir", lambda: blocked / "secreview")
    assert _results(Tokenizer()) == expected
    assert _results(Tokenizer()) == expected
    assert len(builds) == 2
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a file"]


def test_without_memory_maps_the_cache_is_read_whole(
    builds: list[int], cache_folder: Path, expected: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _results(Tokenizer()) == expected

    def unsupported(*args: object, **kwargs: object) -> None:
        raise OSError("no memory maps here")

    monkeypatch.setattr(jieba_cache.mmap, "mmap", unsupported)
    assert _results(Tokenizer()) == expected
    assert len(builds) == 1


_IN_A_FRESH_INTERPRETER = """
import sys
from secreview.tokenize import Tokenizer
tokenizer = Tokenizer()
print(tokenizer.spans(sys.argv[1]), tokenizer.tagged(sys.argv[1]))
print(sorted(name for name in sys.modules if name.split(".")[0] == "jieba"))
"""


def test_with_a_cache_jieba_itself_is_not_imported(
    builds: list[int], cache_folder: Path, expected: object
) -> None:
    Tokenizer().spans("")  # writes the cache into the temporary folder
    environment = {**os.environ, "XDG_CACHE_HOME": str(cache_folder.parent)}
    result = subprocess.run(
        [sys.executable, "-c", _IN_A_FRESH_INTERPRETER, SAMPLE],
        capture_output=True,
        text=True,
        check=True,
        env=environment,
    )
    spans, tagged = expected
    assert result.stdout.splitlines() == [f"{spans} {tagged}", "[]"]
