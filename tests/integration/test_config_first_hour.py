"""The configuration a new user copies works as written: a configured baseline not created yet is a note,
a select that leaves a configured pack out says so, the packs a configuration names are not checked as
documents (issue 18)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.testing.cli import WITH_ID, run_in_process, write

WORDS = "# 本单位敏感词\n长城项目\n"


def project(root: Path, settings: str) -> Path:
    write(root / "pyproject.toml", "[tool.secreview]\n" + settings)
    write(root / "secreview" / "本单位敏感词.txt", WORDS)
    write(root / "drafts" / "memo.txt", "关于长城项目的进展情况\n")
    write(root / "drafts" / "list.txt", WITH_ID)
    return root


def notes_of(output: str) -> dict[str, str]:
    return {note["kind"]: note["message"] for note in json.loads(output)["notes"]}


def test_a_configured_baseline_not_created_yet_is_a_note(tmp_path: Path) -> None:
    root = project(tmp_path, 'baseline = ".secreview-baseline.json"\n')
    result = run_in_process("check", "--format", "json", root / "drafts")
    assert result.returncode == 1, result.stderr
    assert "baseline create" in notes_of(result.stdout)["missing_baseline"]
    text = run_in_process("check", root / "drafts").stdout
    assert "提示 note:" in text and "基线文件尚不存在" in text
    named = run_in_process("check", root / "drafts", "--baseline", root / "other.json")
    assert named.returncode == 2 and "无法读取" in named.stderr  # asked for by name: it must exist
    assert run_in_process("baseline", "create", root / "drafts").returncode == 0
    accepted = run_in_process("check", "--format", "json", root / "drafts")
    assert accepted.returncode == 0 and "missing_baseline" not in notes_of(accepted.stdout)


def test_select_that_leaves_a_configured_pack_out_says_so(tmp_path: Path) -> None:
    root = project(tmp_path, 'packs = ["secreview/本单位敏感词.txt"]\nselect = ["PI", "CM"]\n')
    result = run_in_process("check", "--format", "json", root / "drafts")
    files = {Path(file["path"]).name: file for file in json.loads(result.stdout)["files"]}
    assert files["memo.txt"]["attribute"] == "proactive"  # the word list's rule did not run …
    assert "UW" in notes_of(result.stdout)["unselected_pack"]  # … and the run says why
    selected = tmp_path / "selected"
    project(selected, 'packs = ["secreview/本单位敏感词.txt"]\nselect = ["PI", "CM", "UW"]\n')
    result = run_in_process("check", "--format", "json", selected / "drafts")
    files = {Path(file["path"]).name: file for file in json.loads(result.stdout)["files"]}
    assert files["memo.txt"]["attribute"] != "proactive"
    assert "unselected_pack" not in notes_of(result.stdout)


def test_the_packs_a_configuration_names_are_not_checked_as_documents(tmp_path: Path) -> None:
    root = project(tmp_path, 'packs = ["secreview/本单位敏感词.txt"]\n')
    result = run_in_process("check", "--format", "json", root)
    names = {Path(file["path"]).name for file in json.loads(result.stdout)["files"]}
    assert names == {"memo.txt", "list.txt"}
    named = run_in_process("check", "--format", "json", root / "secreview" / "本单位敏感词.txt")
    assert len(json.loads(named.stdout)["files"]) == 1  # named explicitly, it is checked all the same
