"""The Python API a drafting system uses: one engine, many documents."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import secreview
from secreview import Attribute, Engine, Report
from tests.testing.packs import one_rule_pack

USER_PACK = Path(__file__).resolve().parent / "fixtures" / "packs" / "user_terms.toml"


def test_check_text_returns_a_contract_report() -> None:
    report = secreview.check_text("户主身份证号:430102199003071234")
    assert isinstance(report, Report)
    assert report.files[0].attribute is Attribute.REDACTED
    assert report.files[0].attribute_zh == "删减后公开"
    assert report.files[0].findings[0].replacement == "430102********1234"


def test_module_functions_share_one_engine() -> None:
    assert secreview.default_engine() is secreview.default_engine()


def test_check_file_and_check_paths(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("各单位:请做好政务公开工作。", encoding="utf-8")
    (tmp_path / "b.md").write_text("机密★长期\n", encoding="utf-8")
    assert secreview.check_file(tmp_path / "a.txt").files[0].attribute is Attribute.PROACTIVE
    attributes = [file.attribute for file in secreview.check_paths(tmp_path).files]
    assert attributes == [Attribute.PROACTIVE, Attribute.WITHHELD]


def test_jieba_is_loaded_only_when_a_rule_needs_word_boundaries() -> None:
    engine = Engine()
    engine.check_text("各单位:请做好政务公开工作,身份证号 430102199003071234。")
    assert not engine.tokenizer.loaded
    # A user's pack is proven at load: the examples of its token-boundary rule need the tokenizer.
    engine = Engine([USER_PACK])
    assert engine.tokenizer.loaded
    report = engine.check_text("采购长城汽车两辆;关于长城项目的进展。").files[0]
    assert [(f.rule, f.start) for f in report.findings] == [("UT001", 11)]


def test_masked_values_are_not_findings() -> None:
    text = "张*明,身份证号 430102********1234,电话 139****5678"
    assert secreview.check_text(text).files[0].findings == []


def test_public_identifiers_suppress_inner_matches() -> None:
    text = "索引号:113417020032563511/202504-00057\n统一社会信用代码:113417020032563511\n依据 GB 11643-1999"
    assert secreview.check_text(text).files[0].findings == []


def test_office_phone_is_not_a_finding_but_a_private_one_is() -> None:
    assert secreview.check_text("监督电话:13912345678").files[0].findings == []
    assert [f.rule for f in secreview.check_text("户主电话:13912345678").files[0].findings] == ["PI101"]


def test_report_json_is_stable() -> None:
    report = secreview.check_text("户主身份证号:430102199003071234")
    assert report.to_json() == secreview.check_text("户主身份证号:430102199003071234").to_json()
    assert '"schema": 1' in report.to_json()


def test_a_segment_label_such_as_a_column_heading_is_context() -> None:
    from secreview.extract.base import ExtractedText, Segment

    number = "110105199001011234"  # fails the check digit: reported only with context
    bare = ExtractedText(number, [Segment(0, len(number), "sheet:名单", location="C2")])
    labelled = ExtractedText(number, [Segment(0, len(number), "sheet:名单", location="C2", label="身份证号")])
    engine = secreview.default_engine()
    assert engine.review(bare, "x").findings == []
    finding = engine.review(labelled, "x").findings[0]
    assert (finding.part, finding.location, finding.severity.value) == ("sheet:名单", "C2", "medium")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG cache folder is the Linux convention")
def test_jieba_cache_goes_to_the_user_cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from secreview.tokenize import Tokenizer

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    assert Tokenizer().spans("关于长城项目") == [(0, 2), (2, 4), (4, 6)]
    caches = list((tmp_path / "cache" / "secreview").glob("jieba-*.marshal"))
    assert len(caches) == 1
    assert not list(tmp_path.glob("*.cache"))
    assert Tokenizer().spans("关于长城项目") == [(0, 2), (2, 4), (4, 6)]  # loaded from our cache
    caches[0].write_bytes(b"not marshal data")
    assert Tokenizer().spans("关于长城项目") == [(0, 2), (2, 4), (4, 6)]  # a broken cache is rebuilt
    assert caches[0].read_bytes() != b"not marshal data"


def test_a_pattern_can_report_only_a_named_group(tmp_path: Path) -> None:
    fields = """kind = "pattern"
patterns = ['项目代号[:\\s]*(?P<code>[A-Z]{2}\\d{3})']
group = "code"
category = "work_secret"
severity = "high"
"""
    pack = one_rule_pack(
        tmp_path / "group.toml", "GR001", "code-after-label", fields, hit="项目代号:AB123", miss="AB123"
    )
    engine = Engine([pack], builtin=False)
    finding = engine.check_text("项目代号:AB123。").files[0].findings[0]
    assert (finding.start, finding.end, finding.text) == (5, 10, "AB123")
