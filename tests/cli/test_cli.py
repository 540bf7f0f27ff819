"""The command line as a user runs it: a fresh process, exit status 0/1/2, files never modified."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tests.testing.cli import CLEAN, WITH_ID, run, write

MARKED = "000001\n机密★1年\n关于某专项工作的通知\n"
CONTRACT_FILE_KEYS = {
    "path",
    "attribute",
    "attribute_zh",
    "declared_attribute",
    "reasons",
    "findings",
    "error",
}
CONTRACT_FINDING_KEYS = {
    "rule",
    "category",
    "severity",
    "start",
    "end",
    "text",
    "part",
    "message",
    "replacement",
}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_clean_document_exits_zero(tmp_path: Path) -> None:
    result = run("check", write(tmp_path / "clean.txt", CLEAN))
    assert result.returncode == 0, result.stderr
    assert "主动公开 (proactive)" in result.stdout


def test_document_with_id_exits_one_and_shows_finding(tmp_path: Path) -> None:
    result = run("check", write(tmp_path / "list.txt", WITH_ID))
    assert result.returncode == 1
    assert "删减后公开 (redacted)" in result.stdout
    assert "正文第2行第11字  高" in result.stdout
    assert "430102199003071234 → 430102********1234" in result.stdout.replace("”", "")
    assert "\033[" not in result.stdout


def test_json_output_keeps_the_contract(tmp_path: Path) -> None:
    paths = [
        write(tmp_path / "a.txt", CLEAN),
        write(tmp_path / "b.txt", WITH_ID),
        write(tmp_path / "c.txt", MARKED),
    ]
    result = run("check", "--format", "json", *paths)
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["schema"] == 1 and data["version"]
    files = {Path(entry["path"]).name: entry for entry in data["files"]}
    for entry in files.values():
        assert set(entry) >= CONTRACT_FILE_KEYS
        for finding in entry["findings"]:
            assert set(finding) >= CONTRACT_FINDING_KEYS
    assert files["a.txt"]["attribute"] == "proactive" and files["a.txt"]["reasons"] == []
    assert files["b.txt"]["attribute"] == "redacted"
    assert files["b.txt"]["attribute_zh"] == "删减后公开"
    # a 低保对象公示 publishes the household's name by rule (PN003, low): no reason of its own
    assert {r["category"] for r in files["b.txt"]["reasons"]} == {"id_number", "phone"}
    assert files["c.txt"]["attribute"] == "withheld"
    assert files["c.txt"]["reasons"][0]["basis"].startswith("《中华人民共和国政府信息公开条例》第十四条")


def test_bad_files_are_errors_of_one_line_and_the_others_are_still_checked(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", WITH_ID)
    corrupt = write(tmp_path / "corrupt.docx", b"PK\x03\x04 this is not a real zip archive")
    undecodable = write(tmp_path / "undecodable.txt", bytes(range(0x80, 0x100)) * 8)
    unsupported = write(tmp_path / "photo.jpg", b"\xff\xd8\xff\xe0")
    before = {path: digest(path) for path in (good, corrupt, undecodable, unsupported)}
    result = run("check", "--format", "json", corrupt, good, undecodable, unsupported)
    assert result.returncode == 2
    files = {Path(entry["path"]).name: entry for entry in json.loads(result.stdout)["files"]}
    assert files["good.txt"]["attribute"] == "redacted"
    for name in ("corrupt.docx", "undecodable.txt", "photo.jpg"):
        assert files[name]["attribute"] is None
        error = files[name]["error"]
        assert error and "\n" not in error
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("secreview: ")]
    assert len(error_lines) == 3
    assert before == {path: digest(path) for path in before}


def test_directories_are_walked_and_unsupported_files_skipped_with_a_note(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", CLEAN)
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "b.md", WITH_ID)
    write(tmp_path / "sub" / "clip.mp3", b"ID3\x03")  # (images are read where the ocr extra is installed)
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".git" / "c.txt", WITH_ID)
    result = run("check", "--format", "json", tmp_path)
    names = [Path(entry["path"]).name for entry in json.loads(result.stdout)["files"]]
    assert names == ["a.txt", "b.md"]
    assert "clip.mp3" in result.stderr
    assert result.returncode == 1


def test_fail_on_threshold(tmp_path: Path) -> None:
    path = write(tmp_path / "list.txt", WITH_ID)
    assert run("check", "--fail-on", "withheld", path).returncode == 0
    assert run("check", "--fail-on", "redacted", path).returncode == 1


def test_declared_attribute_looser_than_recommended_exits_one(tmp_path: Path) -> None:
    path = write(tmp_path / "declared.txt", MARKED + "(此件公开发布)\n")
    result = run("check", "--format", "json", "--fail-on", "withheld", path)
    entry = json.loads(result.stdout)["files"][0]
    assert entry["declared_attribute"] == "proactive"
    assert entry["attribute"] == "withheld"
    assert result.returncode == 1


def test_extract_prints_the_text_findings_point_into(tmp_path: Path) -> None:
    path = write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + WITH_ID.encode("utf-8"))
    extracted = run("extract", path).stdout
    finding = json.loads(run("check", "--format", "json", path).stdout)["files"][0]["findings"][0]
    assert extracted == WITH_ID
    assert extracted[finding["start"] : finding["end"]] == finding["text"]


def test_user_pack_adds_rules_without_code(tmp_path: Path) -> None:
    pack = Path(__file__).resolve().parents[1] / "fixtures" / "packs" / "user_terms.toml"
    path = write(tmp_path / "memo.txt", "关于长城项目的进展情况\n")
    assert run("check", path).returncode == 0
    result = run("check", "--format", "json", "--rules", pack, path)
    assert result.returncode == 1
    assert json.loads(result.stdout)["files"][0]["findings"][0]["rule"] == "UT001"


def test_broken_user_pack_is_a_usage_error(tmp_path: Path) -> None:
    pack = Path(__file__).resolve().parents[1] / "fixtures" / "packs" / "bad_regex.toml"
    result = run("check", "--rules", pack, write(tmp_path / "a.txt", CLEAN))
    assert result.returncode == 2
    assert "E201" in result.stderr


@pytest.mark.parametrize("args", [["--version"], ["rules"], ["check", "--help"]])
def test_informational_commands(args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 0
    assert result.stdout


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    result = run("check", tmp_path / "nope.txt")
    assert result.returncode == 2
    assert "不存在: 没有这个文件或文件夹" in result.stderr


def test_rules_shows_one_rule_with_its_documentation() -> None:
    result = run("rules", "PI001")
    assert result.returncode == 0
    assert result.stdout.startswith("# PI001 cn-resident-id")
    assert "## 示例" in result.stdout and "## 依据" in result.stdout
    assert run("rules", "cn-resident-id").stdout == result.stdout
    assert run("rules", "XX999").returncode == 2


def test_catalog_to_parquet_runs_on_dask(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    source = tmp_path / "archive"
    source.mkdir()
    write(source / "clean.txt", CLEAN)
    write(source / "list.txt", WITH_ID)
    result = run("catalog", source, "--output", tmp_path / "catalog.parquet", "--scheduler", "local")
    assert result.returncode == 0, result.stderr
    assert "主动公开 1" in result.stdout and "删减后公开 1" in result.stdout
    assert list((tmp_path / "catalog.parquet" / "documents").glob("*.parquet"))
    from secreview.distributed.catalog import read_catalog

    documents, _ = read_catalog(str(tmp_path / "catalog.parquet"))  # a str path, as users pass it
    assert documents.num_rows == 2
