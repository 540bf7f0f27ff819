"""What a draft declares about itself: 附注 and catalog fields, their reasons, contradictions and 退文."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from secreview import Engine
from secreview.decide import MISSING_DECLARATION, require_declaration
from secreview.models import Attribute, Report
from secreview.report import text as text_report
from tests.testing.cli import run_in_process

CLEAN_BODY = "关于做好2024年政务公开工作的通知\n各单位:请按要求做好政府信息主动公开工作。\n"
MARKED = "000001\n机密★1年\n关于某专项工作的通知\n"


@pytest.mark.parametrize(
    ("declaration", "attribute", "reason"),
    [
        ("（此件公开发布）", Attribute.PROACTIVE, None),
        ("(此件公开发布)", Attribute.PROACTIVE, None),
        ("（ 此件  公开发布 ）", Attribute.PROACTIVE, None),
        ("（此件主动公开）", Attribute.PROACTIVE, None),
        ("（此件删减后公开，理由：含个人信息）", Attribute.REDACTED, "含个人信息"),
        ("（此件依申请公开）", Attribute.ON_REQUEST, None),
        (
            "（此件依申请公开。此件为涉及个别单位的特定信息）",
            Attribute.ON_REQUEST,
            "此件为涉及个别单位的特定信息",
        ),
        ("（此件不予公开）", Attribute.WITHHELD, None),
        ("（此件不公开）", Attribute.WITHHELD, None),
        ("（此件免予公开）", Attribute.WITHHELD, None),
        ("(此件不予公开,理由:属内部工作流程)", Attribute.WITHHELD, "属内部工作流程"),
        ("（此件不予公开；原因：过程性信息）", Attribute.WITHHELD, "过程性信息"),
        (
            "此件为政府内部研究报批过程中的信息，作为免予公开信息",
            Attribute.WITHHELD,
            "政府内部研究报批过程中的信息",
        ),
        ("此件为普发性公文，作为主动公开信息", Attribute.PROACTIVE, "普发性公文"),
        ("公开属性：主动公开", Attribute.PROACTIVE, None),
        ("公开方式: 依申请公开", Attribute.ON_REQUEST, None),
        ("信息公开选项：不予公开", Attribute.WITHHELD, None),
        ("公开属性：不予公开  理由：涉及内部人事管理", Attribute.WITHHELD, "涉及内部人事管理"),
        ("公开属性：依申请公开\n不予公开理由：涉及特定单位", Attribute.ON_REQUEST, "涉及特定单位"),
        ("公开属性：□主动公开 ☑依申请公开 □不予公开", Attribute.ON_REQUEST, None),
        ("公开属性：☑主动公开 □依申请公开", Attribute.PROACTIVE, None),
        ("公开范围：全部公开", Attribute.PROACTIVE, None),
        ("公开方式：政府网站", Attribute.PROACTIVE, None),
    ],
)
def test_declaration_variants(
    engine: Engine, declaration: str, attribute: Attribute, reason: str | None
) -> None:
    report = engine.review_text(f"{CLEAN_BODY}{declaration}\n")
    assert report.declared_attribute is attribute
    assert report.declared_reason == reason


@pytest.mark.parametrize(
    "text",
    [
        "拟明确为“删减后公开”“依申请公开”“不公开”属性的公文,应说明理由。\n",
        "各单位要区分主动公开、依申请公开和不予公开三类信息。\n",
        "公开属性的认定由起草单位提出。\n",
    ],
)
def test_talk_about_attributes_is_not_a_declaration(engine: Engine, text: str) -> None:
    assert engine.review_text(CLEAN_BODY + text).declared_attribute is None


def test_earliest_declaration_counts(engine: Engine) -> None:
    report = engine.review_text("公开属性:依申请公开 理由:特定对象\n" + CLEAN_BODY + "(此件公开发布)\n")
    assert report.declared_attribute is Attribute.ON_REQUEST


@pytest.mark.parametrize(
    ("declaration", "returned"),
    [
        ("（此件不予公开）", True),
        ("（此件依申请公开）", True),
        ("（此件删减后公开）", True),
        ("（此件不予公开，理由：属请示报告）", False),
        ("（此件公开发布）", False),
    ],
)
def test_non_public_declaration_without_reason_is_returned(
    engine: Engine, declaration: str, returned: bool
) -> None:
    report = engine.review_text(f"{CLEAN_BODY}{declaration}\n")
    assert (report.return_for_revision is not None) is returned
    if returned:
        assert "退文" in (report.return_for_revision or "")


def test_missing_declaration_is_returned_only_when_required(engine: Engine) -> None:
    report = engine.review_text(CLEAN_BODY)
    assert report.return_for_revision is None
    assert require_declaration(report).return_for_revision == MISSING_DECLARATION
    declared = engine.review_text(CLEAN_BODY + "(此件公开发布)\n")
    assert require_declaration(declared).return_for_revision is None


def test_contradiction_is_stated_first(engine: Engine) -> None:
    report = engine.review_text(MARKED + "(此件公开发布)\n", "draft.txt")
    assert report.contradicts_declaration
    lines = text_report.render(Report(version="0", files=[report])).splitlines()
    assert lines[0] == "draft.txt:"
    assert "矛盾" in lines[1] and "主动公开" in lines[1] and "不公开" in lines[1]


def test_stricter_declaration_is_not_a_contradiction(engine: Engine) -> None:
    report = engine.review_text(CLEAN_BODY + "（此件不予公开，理由：内部事务）\n")
    assert report.attribute is Attribute.PROACTIVE
    assert not report.contradicts_declaration
    assert "严于建议" in text_report.render(Report(version="0", files=[report]))


def test_text_report_shows_declaration_return_note_and_trace(engine: Engine) -> None:
    report = engine.review_text(CLEAN_BODY + "（此件依申请公开）\n", "a.txt")
    rendered = text_report.render(Report(version="0", files=[report]))
    assert "文件自述属性: 依申请公开" in rendered
    assert "退文:" in rendered
    assert "建议附注: （此件公开发布）" in rendered
    assert "判定过程:" in rendered


def test_require_declared_exits_one_for_an_undeclared_draft(tmp_path: Path) -> None:
    undeclared = tmp_path / "undeclared.txt"
    undeclared.write_text(CLEAN_BODY, encoding="utf-8")
    declared = tmp_path / "declared.txt"
    declared.write_text(CLEAN_BODY + "（此件公开发布）\n", encoding="utf-8")
    assert run_in_process("check", undeclared).returncode == 0
    result = run_in_process("check", "--require-declared", "--format", "json", undeclared, declared)
    assert result.returncode == 1
    files = {Path(entry["path"]).name: entry for entry in json.loads(result.stdout)["files"]}
    assert files["undeclared.txt"]["return_for_revision"] == MISSING_DECLARATION
    assert files["declared.txt"]["return_for_revision"] is None
    assert files["declared.txt"]["suggested_note"] == "（此件公开发布）"
    assert run_in_process("check", "--require-declared", declared).returncode == 0
