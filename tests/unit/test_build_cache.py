"""The build cache (compiled pattern programs and parsed rule files kept on disk) gives exactly what compiling
and parsing give, trusts only a private folder and an intact file, and survives damage by rebuilding."""

from __future__ import annotations

import json
import os
import re
import tomllib
import warnings
from pathlib import Path

import pytest
import regex

from secreview import build_cache

PATTERNS = [
    (r"(?P<id>\d{17}[\dXx])(?!\d)", 0),
    (r"^第[一二三四五六七八九十]+条", re.MULTILINE),
    (r"(?i)secret|机密(?:文件)?", 0),
    (r"[\u4e00-\u9fff]{2,4}(?=同志)", 0),
]
TEXT = "身份证 11010519491231002X\n第十二条 机密文件 SECRET 张三同志\n"


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache home of this test's own, and the module as in a new process."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    restart(monkeypatch)
    return tmp_path / "cache"


def restart(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build_cache, "_entries", None)
    monkeypatch.setattr(build_cache, "_compiled", {})
    monkeypatch.setattr(build_cache, "_used", set())
    monkeypatch.setattr(build_cache, "_on_disk", set())
    monkeypatch.setattr(build_cache, "_trimmed", False)


def stored() -> Path:
    path = build_cache.cache_file()
    assert path is not None
    return path


def test_programs_read_back_compile_exactly_what_re_compiles(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = [build_cache.compile_re(pattern, flags) for pattern, flags in PATTERNS]
    build_cache.save()
    assert stored().is_file()
    restart(monkeypatch)
    again = [build_cache.compile_re(pattern, flags) for pattern, flags in PATTERNS]
    assert build_cache._entries  # read from the file, not compiled again
    for (pattern, flags), one, other in zip(PATTERNS, first, again, strict=True):
        expected = re.compile(pattern, flags)
        assert one == expected and other == expected  # equal patterns: same flags and the same code
        assert other.groupindex == expected.groupindex


def test_programs_read_back_find_what_regex_finds(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for pattern, flags in PATTERNS:
        build_cache.compile_regex(pattern, flags)
    build_cache.save()
    restart(monkeypatch)
    for pattern, flags in PATTERNS:
        compiled, expected = build_cache.compile_regex(pattern, flags), regex.compile(pattern, flags)
        assert compiled is not expected
        assert compiled.flags == expected.flags and compiled.groupindex == expected.groupindex
        assert [m.span() for m in compiled.finditer(TEXT)] == [m.span() for m in expected.finditer(TEXT)]
        assert [m.groups() for m in compiled.finditer(TEXT)] == [m.groups() for m in expected.finditer(TEXT)]
    assert build_cache._entries is not None and set(build_cache._entries) == build_cache._on_disk


def test_a_pattern_re_refuses_is_refused_again_from_the_file(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(re.error):
        build_cache.compile_re(r"\p{Han}+")
    build_cache.save()
    restart(monkeypatch)
    with pytest.raises(re.error):
        build_cache.compile_re(r"\p{Han}+")
    assert build_cache.compile_regex(r"\p{Han}+").findall("机密 x") == ["机密"]


def test_a_warning_the_caller_makes_an_error_is_raised_and_the_file_stays_in_use(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_cache, "_usable", True)  # as it was, whatever this test does to it
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(FutureWarning):
            build_cache.compile_re("[[a]")  # a set that may nest
    assert build_cache._usable
    with pytest.warns(FutureWarning):
        assert build_cache.compile_re("[[a]").findall("a[b") == ["a", "["]
    assert any(name.endswith("\0[[a]") for name in build_cache._used)


def test_a_damaged_file_is_ignored_and_rewritten(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build_cache.compile_re(PATTERNS[0][0])
    build_cache.save()
    data = stored().read_bytes()
    stored().write_bytes(data.replace(b"re\\u0000", b"rX\\u0000", 1)[:-5])  # content no longer matches
    restart(monkeypatch)
    assert build_cache.compile_re(PATTERNS[0][0]) == re.compile(PATTERNS[0][0])
    assert build_cache._entries and not build_cache._on_disk  # compiled again, to be stored again
    build_cache.save()
    assert stored().read_bytes() == data


def test_files_of_other_checkouts_are_kept_to_the_most_recent_few(fresh: Path) -> None:
    folder = stored().parent
    others = [folder / f"build-{number:016x}.json" for number in range(build_cache.KEPT_OTHER_FILES + 3)]
    for age, path in enumerate(others):
        path.write_bytes(b"x\n{}")
        os.utime(path, ns=(1_000_000_000 * (100 - age), 1_000_000_000 * (100 - age)))
    unrelated = folder / "notes.txt"
    unrelated.write_text("kept", encoding="utf-8")
    build_cache.compile_re(PATTERNS[0][0])
    build_cache.save()
    assert stored().exists() and unrelated.exists()
    assert sorted(folder.glob("build-*.json")) == sorted([stored(), *others[: build_cache.KEPT_OTHER_FILES]])


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX owners and modes")
def test_a_folder_others_may_write_is_not_used(fresh: Path) -> None:
    folder = fresh / "secreview" / "build"
    folder.mkdir(parents=True)
    folder.chmod(0o777)
    assert build_cache.cache_file() is None
    assert build_cache.compile_re(PATTERNS[1][0], PATTERNS[1][1]) == re.compile(*PATTERNS[1])
    build_cache.save()
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX owners and modes")
def test_the_folder_is_created_private(fresh: Path) -> None:
    folder = stored().parent
    assert folder.stat().st_mode & 0o077 == 0


def test_parsed_rule_files_come_back_equal_and_new_each_time(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = '[pack]\nname = "示例"\n[[rule]]\nid = "X1"\nweight = 0.5\nkeywords = ["机密", "秘密"]\n'
    assert build_cache.parsed_toml(text, tomllib.loads) == tomllib.loads(text)
    build_cache.save()
    restart(monkeypatch)
    first = build_cache.parsed_toml(text, pytest.fail)  # read back: never parsed again
    first["rule"].clear()
    assert build_cache.parsed_toml(text, pytest.fail) == tomllib.loads(text)


def test_a_rule_file_json_cannot_hold_is_not_stored(fresh: Path) -> None:
    text = "[pack]\nname = 'x'\nupdated = 2026-12-05\n"
    assert build_cache.parsed_toml(text, tomllib.loads) == tomllib.loads(text)
    assert build_cache._entries is not None and set(build_cache._entries) == build_cache._on_disk


def test_the_file_keeps_what_the_last_run_used(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    patterns = [*PATTERNS, ("x+", 0)]
    for pattern, flags in patterns:
        build_cache.compile_re(pattern, flags)
    build_cache.save()
    restart(monkeypatch)
    for pattern, flags in patterns[:3]:  # most of the file used: kept whole
        build_cache.compile_re(pattern, flags)
    build_cache.save()
    restart(monkeypatch)
    build_cache.compile_re(*patterns[0])
    assert build_cache._entries is not None and len(build_cache._entries) == len(patterns)
    build_cache.save()  # a run with other patterns: most of the file unused, so only what it used is kept
    restart(monkeypatch)
    build_cache.compile_re(*patterns[0])
    pattern, flags = patterns[0]
    assert build_cache._entries is not None and list(build_cache._entries) == [f"re\0{flags}\0{pattern}"]


def test_requirements_read_back_as_they_were_told() -> None:
    from secreview.literals import from_json, pattern_requirement, to_json

    sources = [r"(?:不得|勿)在[^。]{0,16}?(?:转发|传播)", r"机密|秘密", r"\d{6}", r"(?:内部|不)(?:公开|掌握)"]
    for source in sources:
        told = pattern_requirement(regex.compile(source))
        assert from_json(json.loads(json.dumps(to_json(told)))) == told


_START = """
import secreview
from secreview import build_cache
secreview.Engine().check_text(
    "关于公布监督电话的通知\\n申请人王某某,联系电话:13812345678。\\n监督电话:0731-85880114\\n县人民政府办公室\\n"
)
build_cache.save()
"""


def test_a_start_with_another_hash_seed_finds_every_pattern_stored(tmp_path: Path) -> None:
    """Patterns are written the same whatever the order of a set (the hash seed): a start after another
    compiles nothing again, so the file is not rewritten (a pattern that changed with the seed was compiled
    at every start and added to the file, which grew with each run)."""
    import subprocess
    import sys

    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    root = Path(__file__).resolve().parents[2]
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")]))
    written = []
    for seed in ("1", "2"):
        subprocess.run(
            [sys.executable, "-c", _START], env={**environment, "PYTHONHASHSEED": seed}, check=True
        )
        (path,) = (tmp_path / "cache").rglob("build-*.json")
        written.append(path.read_bytes())
    assert written[0] == written[1]
