"""The Python API fails clearly: wrong types are TypeErrors naming what is expected, a folder or a missing
path given where a file is expected says so, and model_dump() names fields as the JSON does (issue 18)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import secreview
from secreview import Attribute


@pytest.mark.parametrize("value", [None, 3, 1.5, ["text"]])
def test_check_text_rejects_what_is_not_text(value: object) -> None:
    with pytest.raises(TypeError, match=r"check_text\(\) expects str \(or bytes\), not "):
        secreview.check_text(value)  # type: ignore[arg-type]


def test_check_text_decodes_bytes_as_files_are() -> None:
    text = "户主身份证号:430102199003071234"
    for data in (text.encode("utf-8"), b"\xef\xbb\xbf" + text.encode("utf-8"), text.encode("gb18030")):
        report = secreview.check_text(data)
        assert report.files[0].attribute is Attribute.REDACTED
        assert report.files[0].findings[0].text == "430102199003071234"


@pytest.mark.parametrize("value", [None, 3])
def test_path_functions_reject_what_is_not_a_path(value: object) -> None:
    with pytest.raises(TypeError, match=r"check_file\(\) expects a path"):
        secreview.check_file(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"check_paths\(\) expects a path"):
        secreview.check_paths(value)  # type: ignore[arg-type]


def test_a_folder_or_a_missing_path_says_what_is_wrong(tmp_path: Path) -> None:
    folder = secreview.check_file(tmp_path).files[0]
    assert folder.attribute is None and folder.error is not None and "文件夹" in folder.error
    missing = secreview.check_paths(tmp_path / "missing").files[0]
    assert missing.error is not None and "不存在" in missing.error


def test_model_dump_and_json_agree_on_field_names() -> None:
    report = secreview.check_text("户主身份证号:430102199003071234")
    dumped = report.model_dump(mode="json")
    assert dumped == json.loads(report.to_json())
    assert "schema" in dumped and "schema_version" not in dumped


def test_all_lists_the_public_names_and_each_resolves() -> None:
    expected = {
        "Engine",
        "Report",
        "FileReport",
        "Finding",
        "Attribute",
        "check_text",
        "check_file",
        "check_paths",
        "redact_file",
    }
    assert expected <= set(secreview.__all__)
    for name in secreview.__all__:
        assert getattr(secreview, name) is not None


def test_redact_file_from_code(tmp_path: Path) -> None:
    source = tmp_path / "公示.txt"
    source.write_text("户主张三,身份证号 430102199003071234。\n", encoding="utf-8")
    before = source.read_bytes()
    copy = secreview.redact_file(source, tmp_path / "公示-删减稿.txt")
    assert copy.recheck.attribute is Attribute.PROACTIVE and copy.remaining == []
    assert "430102********1234" in (tmp_path / "公示-删减稿.txt").read_text(encoding="utf-8")
    assert source.read_bytes() == before
    marked = tmp_path / "marked.txt"
    marked.write_text("机密★1年\n关于某事项的通知\n", encoding="utf-8")
    with pytest.raises(secreview.RedactionRefused):
        secreview.redact_file(marked, tmp_path / "out.txt")


def test_engine_takes_one_path_or_many_never_the_characters_of_a_string(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("户主身份证号:430102199003071234\n", encoding="utf-8")
    engine = secreview.default_engine()
    assert [Path(f.path).name for f in engine.check_paths(str(tmp_path)).files] == ["a.txt"]
    assert [Path(f.path).name for f in engine.check_paths([tmp_path]).files] == ["a.txt"]
    with pytest.raises(secreview.RulePackError, match=r"/x\.toml"):
        secreview.Engine("/x.toml")  # one pack, not the packs "/", "x", "." …
    with pytest.raises(TypeError, match=r"Engine\(\) expects a path"):
        secreview.Engine([3])  # type: ignore[list-item]


def test_project_engine_applies_the_configuration_from_code(tmp_path: Path) -> None:
    (tmp_path / "secreview.toml").write_text(
        'ignore = ["PI001"]\nallow = ["13912345678"]\n', encoding="utf-8"
    )
    draft = tmp_path / "list.txt"
    draft.write_text("户主身份证号:430102199003071234,电话 13912345678\n", encoding="utf-8")
    file = secreview.project_engine(tmp_path).check_file(draft).files[0]
    assert file.attribute is Attribute.PROACTIVE
    assert {(f.rule, f.suppressed_by) for f in file.findings} == {("PI001", "ignore"), ("PI101", "allow")}
    default = secreview.check_file(draft).files[0]  # the shared engine has no configuration
    assert default.attribute is Attribute.REDACTED
