"""Project configuration: found upward, CLI over config over defaults, every mistake named by file and key."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from secreview.config import Config, discover, find_config, load_config
from secreview.errors import ConfigError
from secreview.suppress import glob_regex, rule_enabled
from tests.testing.cli import CLEAN, ID_NUMBER, MOBILE, WITH_ID, run, write

CODENAME = "天穹工程"


def files_of(stdout: str) -> dict[str, dict[str, Any]]:
    """Each file's entry, its findings those that count (accepted ones are in ``accepted``)."""
    files = {}
    for entry in json.loads(stdout)["files"]:
        findings = entry["findings"]
        entry["findings"] = [finding for finding in findings if finding["suppressed_by"] is None]
        entry["accepted"] = [finding for finding in findings if finding["suppressed_by"] is not None]
        files[Path(entry["path"]).as_posix()] = entry
    return files


def test_found_from_the_checked_path_upward_and_stops_at_git(tmp_path: Path) -> None:
    outer = write(tmp_path / "pyproject.toml", '[tool.secreview]\nfail-on = "withheld"\n')
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    deep = repo / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) is None  # the .git folder is the project's root: outer is not read
    write(repo / "pyproject.toml", "[project]\nname = 'x'\n")
    assert find_config(deep) is None  # a pyproject.toml without [tool.secreview] is not a configuration
    own = write(repo / "a" / "secreview.toml", 'mask = "full"\n')
    assert find_config(deep / "draft.txt") == own.resolve()
    assert discover([deep]).mask == "full"
    assert find_config(tmp_path / "x.txt") == outer.resolve()
    assert discover([deep], isolated=True) == Config(root=discover([deep], isolated=True).root)


def test_relative_paths_are_relative_to_the_configuration(tmp_path: Path) -> None:
    write(tmp_path / "terms" / "codenames.txt", f"# 项目代号\n{CODENAME}\n")
    config = load_config(
        write(tmp_path / "secreview.toml", 'packs = ["terms/codenames.txt"]\nbaseline = "base.json"\n')
    )
    assert config.root == tmp_path.resolve()
    assert [entry.path for entry in config.word_lists] == [tmp_path.resolve() / "terms" / "codenames.txt"]
    assert config.baseline == tmp_path.resolve() / "base.json"


BAD = [
    ("selct = ['PI']", "selct"),
    ("select = ['pi001']", "select.0"),
    ("ignore = 'PI'", "ignore"),
    ("fail-on = 'proactive'", "fail-on"),
    ("fail-on = 'secret'", "fail-on"),
    ("mask = 'half'", "mask"),
    ("allow = ['']", "allow.0"),
    ("per-file-ignores = { '公示/**' = 'PI' }", "per-file-ignores.公示/**"),
    ("packs = [{ path = 'w.txt', category = 'gossip' }]", "packs.0.category"),
    ("packs = [{ path = 'w.txt', colour = 'red' }]", "packs.0.colour"),
    ("packs = ['missing.toml']", "packs[0]"),
    ("policy = 'missing-policy.toml'", "policy"),
]


@pytest.mark.parametrize(("line", "key"), BAD)
def test_bad_keys_and_values_name_the_file_and_the_key(tmp_path: Path, line: str, key: str) -> None:
    write(tmp_path / "w.txt", "词\n")
    path = write(tmp_path / "secreview.toml", line + "\n")
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    message = str(raised.value)
    assert str(path.resolve()) in message
    assert f"键 {key}" in message


def test_a_pyproject_error_names_the_table_and_the_cli_exits_2(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.secreview]\nfail_on = 'withheld'\n")
    draft = write(tmp_path / "draft.txt", CLEAN)
    result = run("check", draft)
    assert result.returncode == 2
    assert str((tmp_path / "pyproject.toml").resolve()) in result.stderr
    assert "[tool.secreview] 键 fail_on" in result.stderr
    assert run("check", "--isolated", draft).returncode == 0
    assert run("check", "--select", "pi", "--isolated", draft).returncode == 2


def test_select_ignore_per_file_ignores_and_allow(tmp_path: Path) -> None:
    write(
        tmp_path / "pyproject.toml",
        "[tool.secreview]\n"
        "select = ['PI']\n"
        "ignore = ['PI1']\n"
        "allow = ['0731-85880114', '13800000000']\n"
        "[tool.secreview.per-file-ignores]\n"
        "'公示/**' = ['PI001']\n",
    )
    write(tmp_path / "docs" / "公示" / "list.txt", WITH_ID)
    write(tmp_path / "docs" / "list.txt", WITH_ID)
    write(tmp_path / "docs" / "hotline.txt", "咨询电话:(0731)85880114,13800000000\n")
    result = run("check", "--format", "json", "docs", cwd=tmp_path)
    files = files_of(result.stdout)
    assert [f["rule"] for f in files["docs/list.txt"]["findings"]] == ["PI001"]  # phones (PI1xx) ignored
    assert files["docs/公示/list.txt"]["findings"] == []
    assert files["docs/公示/list.txt"]["attribute"] == "proactive"  # decided from what remains
    assert files["docs/hotline.txt"]["findings"] == []
    assert {(f["rule"], f["suppressed_by"]) for f in files["docs/公示/list.txt"]["accepted"]} >= {
        ("PI001", "ignore"),
        ("PI101", "ignore"),
    }
    assert result.returncode == 1
    # The command line wins over the configuration.
    cli = run("check", "--format", "json", "--ignore", "PI", "docs", cwd=tmp_path)
    assert cli.returncode == 0
    assert all(entry["findings"] == [] for entry in files_of(cli.stdout).values())


def test_fail_on_and_mask_from_the_configuration_and_the_cli_above_it(tmp_path: Path) -> None:
    write(tmp_path / "secreview.toml", "fail-on = 'withheld'\nmask = 'full'\nselect = ['PI0']\n")
    draft = write(tmp_path / "list.txt", WITH_ID)
    result = run("check", "--format", "json", draft)
    assert result.returncode == 0  # redacted is below the configured threshold
    (finding, *_) = files_of(result.stdout)[draft.as_posix()]["findings"]
    assert finding["replacement"] == "*" * len(ID_NUMBER)
    strict = run("check", "--format", "json", "--fail-on", "redacted", "--mask", "partial", draft)
    assert strict.returncode == 1
    assert files_of(strict.stdout)[draft.as_posix()]["findings"][0]["replacement"] == "430102********1234"


def test_a_word_list_becomes_a_rule_of_its_category(tmp_path: Path) -> None:
    write(tmp_path / "codenames.txt", f"# 内部项目代号\n{CODENAME}\n北斗七号\n")
    write(
        tmp_path / "secreview.toml",
        "[[packs]]\npath = 'codenames.txt'\ncategory = 'work_secret'\nseverity = 'high'\n"
        "title = '项目代号'\n",
    )
    draft = write(tmp_path / "d" / "note.txt", f"关于{CODENAME}进展情况的通报\n")
    result = run("check", "--format", "json", draft)
    assert result.returncode == 1
    entry = files_of(result.stdout)[draft.as_posix()]
    assert entry["attribute"] == "withheld"
    assert [(f["rule"], f["category"], f["text"]) for f in entry["findings"]] == [
        ("UW001", "work_secret", CODENAME)
    ]
    assert run("check", "--isolated", draft).returncode == 0


def test_selection_follows_the_most_specific_selector() -> None:
    assert rule_enabled("PI001", [], [])
    assert not rule_enabled("PI001", [], ["PI"])
    assert rule_enabled("PI001", ["PI001"], ["PI"])
    assert not rule_enabled("PI001", ["PI"], ["PI001"])
    assert not rule_enabled("CM001", ["PI"], [])
    assert not rule_enabled("PI001", ["PI"], ["PI"])


@pytest.mark.parametrize(
    ("pattern", "path", "matches"),
    [
        ("公示/**", "公示/a.txt", True),
        ("公示/**", "docs/公示/b/c.txt", True),
        ("/公示/**", "docs/公示/a.txt", False),
        ("*.md", "a/b/readme.md", True),
        ("drafts/*.txt", "drafts/x/a.txt", False),
        ("a?.txt", "ab.txt", True),
        ("a?.txt", "a/.txt", False),
    ],
)
def test_path_globs(pattern: str, path: str, matches: bool) -> None:
    assert bool(glob_regex(pattern).match(path)) is matches


def test_exclude_globs_skip_files_found_in_folders_but_not_files_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from secreview.cli import main

    write(tmp_path / "secreview.toml", "exclude = ['归档/**', '*.md']\nselect = ['PI0']\n")
    write(tmp_path / "docs" / "归档" / "old.txt", WITH_ID)
    readme = write(tmp_path / "docs" / "README.md", WITH_ID)
    write(tmp_path / "docs" / "new.txt", CLEAN)
    monkeypatch.chdir(tmp_path)
    status = main(["check", "--format", "json", "docs"])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    assert list(files_of(captured.out)) == ["docs/new.txt"]
    assert main(["check", "--format", "json", "docs/README.md", "notes.wps.bak", "--skip-unsupported"]) == 1
    captured = capsys.readouterr()
    assert list(files_of(captured.out)) == [readme.relative_to(tmp_path).as_posix()]
    assert "跳过不支持的文件类型" in captured.err and "notes.wps.bak" in captured.err


def test_help_documents_the_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    from secreview.cli import main

    for command in (["--help"], ["check", "--help"]):
        with pytest.raises(SystemExit):
            main(command)
        shown = capsys.readouterr().out
        assert "退出码 exit status" in shown and "--fail-on" in shown


def test_the_output_format_may_come_from_the_configuration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from secreview.cli import main

    write(tmp_path / "secreview.toml", "format = 'sarif'\n")
    write(tmp_path / "a.txt", CLEAN)
    monkeypatch.chdir(tmp_path)
    status = main(["check", "a.txt"])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    assert json.loads(captured.out)["version"] == "2.1.0"
    assert main(["check", "--format", "json", "a.txt"]) == 0
    assert json.loads(capsys.readouterr().out)["schema"] == 1


def test_redact_applies_the_project_configuration_but_not_the_baseline(tmp_path: Path) -> None:
    write(tmp_path / "secreview.toml", f"allow = ['{MOBILE}']\nmask = 'full'\n")
    draft = write(tmp_path / "list.txt", WITH_ID)
    result = run("redact", draft, "-o", tmp_path / "list-删减稿.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    copy = (tmp_path / "list-删减稿.txt").read_text(encoding="utf-8")
    assert MOBILE in copy  # an allowed term is left as it is
    assert ID_NUMBER not in copy and "*" * len(ID_NUMBER) in copy  # masked in full, as configured
    isolated = run("redact", "--isolated", draft, "-o", tmp_path / "isolated.txt", cwd=tmp_path)
    assert isolated.returncode == 0, isolated.stderr
    assert MOBILE not in (tmp_path / "isolated.txt").read_text(encoding="utf-8")
    ignored = run("redact", "--ignore", "PI0", draft, "-o", tmp_path / "ignored.txt", cwd=tmp_path)
    assert ignored.returncode == 0, ignored.stderr
    assert ID_NUMBER in (tmp_path / "ignored.txt").read_text(encoding="utf-8")
