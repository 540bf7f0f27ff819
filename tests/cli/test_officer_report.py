"""The text report an officer acts on: where in Chinese, advice that fits the category, a closing summary,
--quiet for only what needs action, and the small promises of the first hour (issue 18)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from secreview.basis import merge_bases
from secreview.models import Finding
from secreview.report.places import place
from tests.testing.cli import CLEAN, WITH_ID, run, run_in_process, write
from tests.testing.docx_builder import build_docx, paragraph, table
from tests.testing.findings import made_finding

MARKED = "000001\n机密★1年\n关于某专项工作的通知\n各单位:请按要求办理。\n"
INTERNAL = "内部资料 注意保管\n关于调整值班安排的通知\n各科室:请按新的值班表执行。\n"


def _finding(part: str, location: str | None = None, line: int = 3, column: int = 5) -> Finding:
    return made_finding(rule="PI001", part=part, location=location, line=line, column=column)


@pytest.mark.parametrize(
    ("part", "location", "expected"),
    [
        ("body", None, "正文第3行第5字"),
        ("body", "page:2", "第2页"),
        ("table", "表1 C7", "表格1 第7行第3列"),
        ("table", "B4", "表格 第4行第2列"),
        ("sheet:名单", "C7", "工作表“名单” 第7行第3列"),
        ("header", None, "页眉"),
        ("footer", None, "页脚"),
        ("comment", "名单!B2", "批注 工作表“名单” 第2行第2列 (B2)"),
        ("comment", None, "批注"),
        ("header", "表1 A2", "页眉 表格1 第2行第1列"),
    ],
)
def test_places_speak_the_officers_language(part: str, location: str | None, expected: str) -> None:
    assert place(_finding(part, location)) == expected


def test_text_report_names_parts_in_chinese_and_json_keeps_machine_fields(tmp_path: Path) -> None:
    draft = tmp_path / "公示.docx"
    body = [paragraph("关于低保对象的公示"), table([["姓名", "身份证号"], ["张三", "430102199003071234"]])]
    draft.write_bytes(build_docx(body, headers=["联系人手机 13912345678"]))
    shown = run_in_process("check", "--isolated", draft).stdout
    assert "表格1 第2行第2列  高" in shown
    assert "  页眉  高" in shown
    assert "[body]" not in shown and "high/" not in shown
    finding = json.loads(run_in_process("check", "--isolated", "--format", "json", draft).stdout)
    parts = {item["part"] for item in finding["files"][0]["findings"]}
    assert parts == {"table", "header"}


def test_marked_draft_is_not_told_to_delete_or_mask_the_marking(tmp_path: Path) -> None:
    for name, text in (("marked.txt", MARKED), ("internal.txt", INTERNAL)):
        result = run_in_process("check", "--isolated", write(tmp_path / name, text))
        advice = [line for line in result.stdout.splitlines() if line.startswith("  处理:")]
        assert result.returncode == 1
        assert len(advice) == 1 and "不予公开" in advice[0] and "不在网站" in advice[0]
        assert "删除或遮盖" not in advice[0]


def test_redacted_draft_is_told_what_to_mask(tmp_path: Path) -> None:
    shown = run_in_process("check", "--isolated", write(tmp_path / "list.txt", WITH_ID)).stdout
    assert "  处理: 删除或遮盖下列标出的内容后公开" in shown
    assert "处理:" not in run_in_process("check", "--isolated", write(tmp_path / "ok.txt", CLEAN)).stdout


def test_closing_summary_counts_attributes_and_lists_files_to_fix(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", CLEAN)
    write(tmp_path / "b.txt", WITH_ID)
    write(tmp_path / "c.txt", MARKED)
    result = run_in_process("check", "--isolated", "--jobs", "1", tmp_path)
    end = result.stdout[result.stdout.index("共 3 个文件") :]
    assert end.splitlines()[0] == "共 3 个文件: 主动公开 1, 删减后公开 1, 依申请公开 0, 不公开 1, 未能检查 0"
    assert "需要处理的文件 2 个:" in end
    assert f"{tmp_path / 'b.txt'}  删减后公开" in end and f"{tmp_path / 'c.txt'}  不公开" in end
    assert str(tmp_path / "a.txt") not in end


def test_quiet_prints_only_the_files_that_need_action(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", CLEAN)
    write(tmp_path / "b.txt", WITH_ID)
    result = run_in_process("check", "--isolated", "--jobs", "1", "--quiet", tmp_path)
    assert result.returncode == 1
    assert str(tmp_path / "b.txt") in result.stdout
    assert str(tmp_path / "a.txt") not in result.stdout
    assert "共 2 个文件" not in result.stdout and result.stderr == ""
    clean = run_in_process("check", "--isolated", "-q", tmp_path / "a.txt")
    assert (clean.returncode, clean.stdout, clean.stderr) == (0, "", "")


def test_suggested_note_cites_each_legal_basis_once(tmp_path: Path) -> None:
    merged = merge_bases(
        [
            "《中华人民共和国政府信息公开条例》第十四条;《中华人民共和国保守国家秘密法》",
            "《中华人民共和国政府信息公开条例》第十六条第一款;《中华人民共和国保守国家秘密法》关于工作秘密的规定",
        ]
    )
    assert merged == (
        "《中华人民共和国政府信息公开条例》第十四条、第十六条第一款;"
        "《中华人民共和国保守国家秘密法》关于工作秘密的规定"
    )
    text = "机密★1年\n内部资料 注意保管\n关于某专项工作的通知\n"
    report = json.loads(
        run_in_process("check", "--isolated", "--format", "json", write(tmp_path / "n.txt", text)).stdout
    )
    note = report["files"][0]["suggested_note"]
    assert note.count("《中华人民共和国政府信息公开条例》") == 1
    assert note.count("《中华人民共和国保守国家秘密法》") == 1


def test_redact_style_says_what_it_does_and_keeps_the_old_name(tmp_path: Path) -> None:
    help_text = run("redact", "--help").stdout
    assert "block" in help_text and "不是整段" in help_text and "整段涂黑" not in help_text
    source = write(tmp_path / "list.txt", WITH_ID)
    blocked = run_in_process("redact", "--isolated", source, "-o", tmp_path / "b.txt", "--style", "block")
    assert blocked.returncode == 0, blocked.stderr
    assert "■" * 18 in (tmp_path / "b.txt").read_text(encoding="utf-8")
    run_in_process("redact", "--isolated", source, "-o", tmp_path / "f.txt", "--style", "full")
    assert (tmp_path / "f.txt").read_bytes() == (tmp_path / "b.txt").read_bytes()


def test_term_dumb_gets_no_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    from secreview.cli import _color

    class Terminal:
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    assert _color(Terminal())
    monkeypatch.setenv("TERM", "dumb")
    assert not _color(Terminal())


def test_extract_labels_what_it_appends_after_the_body(tmp_path: Path) -> None:
    draft = tmp_path / "d.docx"
    draft.write_bytes(build_docx([paragraph("正文一段")], headers=["页眉文字"], title="标题", creator="李四"))
    result = run_in_process("extract", draft)
    assert result.stdout.splitlines()[0] == "正文一段"
    assert "第2行为页眉,不是正文" in result.stderr
    assert "为文件属性(标题、作者、单位等),不是正文" in result.stderr


def test_a_missing_folder_is_said_to_be_missing_and_an_empty_path_is_refused(tmp_path: Path) -> None:
    write(tmp_path / "list.txt", WITH_ID)
    typo = run("check", "drafs/", cwd=tmp_path)
    assert typo.returncode == 2
    assert "不存在" in typo.stderr and "不支持" not in typo.stderr
    empty = run("check", "", cwd=tmp_path)
    assert empty.returncode == 2 and "路径为空" in empty.stderr
    assert "list.txt" not in empty.stdout


def test_baseline_path_has_one_spelling_and_update_can_refuse_new_findings(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    write(folder / "a.txt", WITH_ID)
    baseline = tmp_path / "accepted.json"
    assert run_in_process("baseline", "create", "--isolated", folder, "--baseline", baseline).returncode == 0
    assert len(json.loads(baseline.read_text(encoding="utf-8"))["results"]) == 3
    write(folder / "b.txt", WITH_ID)
    kept = run_in_process("baseline", "update", "--isolated", folder, "--baseline", baseline, "--no-new")
    assert kept.returncode == 0, kept.stderr
    assert len(json.loads(baseline.read_text(encoding="utf-8"))["results"]) == 3
    added = run_in_process("baseline", "update", "--isolated", folder, "-o", baseline)  # the old spelling
    assert added.returncode == 0 and "新增 3 条" in added.stderr
    audit = run_in_process("baseline", "audit", "--isolated", "--baseline", baseline)
    assert audit.returncode == 0 and "共 6 条" in audit.stdout
    update_help = run("baseline", "--help").stdout
    assert "接受新出现的结果" in update_help
