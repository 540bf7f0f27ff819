"""A pack made without pydantic's validator (rulepack/construct.py) is the validated pack, value by value and
type by type; it is made only for a text whose made pack the build cache saw equal the validated one."""

from __future__ import annotations

from pathlib import Path

import pytest

from secreview import build_cache
from secreview.models import Severity
from secreview.rulepack import builtin_rules_dir, load_pack
from secreview.rulepack import load as pack_load
from secreview.rulepack.construct import NotMade, made, same
from secreview.rulepack.fragments import with_fragments
from secreview.rulepack.schema import Pack, PatternRule

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "packs"

PACK = """
[pack]
prefix = "UT"
title = "本单位号码"
version = "1"

[[rule]]
id = "UT001"
name = "office-numbers"
kind = "pattern"
patterns = ["内线\\\\d{4}"]
triggers = ["内线"]
category = "work_secret"
severity = "high"
title = "内线号码"
message = "内线号码,不得公开"
basis = "《中华人民共和国政府信息公开条例》第十六条第一款"
description = "本单位内线号码。"
context_window = CONTEXT_WINDOW
exclude_context = ["总机"]
mask = [2, 0]
position = { last_lines = 5, or_parts = ["table"] }

[rule.examples]
hit = ["请拨内线1234"]
miss = ["请拨总机内线"]
"""


def validated_and_made(path: Path) -> tuple[Pack, Pack]:
    raw, problems = with_fragments(pack_load._read_toml(path), str(path))
    assert not problems
    return Pack.model_validate(raw), made(Pack, raw)


@pytest.mark.parametrize("path", pack_load.pack_files(builtin_rules_dir()), ids=lambda path: path.name)
def test_every_shipped_pack_is_made_as_validated(path: Path) -> None:
    validated, made_pack = validated_and_made(path)
    assert same(made_pack, validated)
    assert made_pack == validated and repr(made_pack) == repr(validated)


def test_same_tells_an_enum_from_its_string_and_a_tuple_from_a_list() -> None:
    validated, made_pack = validated_and_made(FIXTURES / "user_terms.toml")
    rule = made_pack.rule[0]
    assert rule.severity is Severity.HIGH
    as_string = rule.model_copy(update={"severity": "high"})
    assert as_string == rule  # what == cannot tell
    assert not same(as_string, rule)
    assert not same((2, 0), [2, 0])
    assert same(made_pack, validated)


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(build_cache, "_entries", None)
    monkeypatch.setattr(build_cache, "_compiled", {})
    monkeypatch.setattr(build_cache, "_used", set())
    monkeypatch.setattr(build_cache, "_on_disk", set())
    monkeypatch.setattr(build_cache, "_trimmed", False)
    return tmp_path


def test_a_pack_is_made_from_its_second_load_on_and_is_the_validated_one(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = cache_home / "ut.toml"
    path.write_text(PACK.replace("CONTEXT_WINDOW", "12"), encoding="utf-8")
    first = load_pack(path)
    validations = []
    original = Pack.model_validate
    monkeypatch.setattr(Pack, "model_validate", lambda raw: validations.append(raw) or original(raw))
    again = load_pack(path)
    assert validations == []  # made, not validated
    assert same(again.rules[0].rule, first.rules[0].rule)
    rule = again.rules[0].rule
    assert isinstance(rule, PatternRule) and rule.mask == (2, 0) and rule.position is not None
    assert rule.position.or_parts == ["table"] and rule.model_fields_set >= {"context_window", "mask"}


def test_a_pack_the_validator_converts_is_validated_at_every_load(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 12.0 for an integer: the validator makes it 12, this module does not make it at all.
    path = cache_home / "ut.toml"
    path.write_text(PACK.replace("CONTEXT_WINDOW", "12.0"), encoding="utf-8")
    raw, _ = with_fragments(pack_load._read_toml(path), str(path))
    with pytest.raises(NotMade):
        made(Pack, raw)
    first = load_pack(path)
    validations = []
    original = Pack.model_validate
    monkeypatch.setattr(Pack, "model_validate", lambda raw: validations.append(raw) or original(raw))
    again = load_pack(path)
    assert len(validations) == 1
    assert same(again.rules[0].rule, first.rules[0].rule)
    assert type(again.rules[0].rule.context_window) is int


def test_an_edited_pack_is_validated_again_and_its_mistakes_reported(cache_home: Path) -> None:
    path = cache_home / "ut.toml"
    path.write_text(PACK.replace("CONTEXT_WINDOW", "12"), encoding="utf-8")
    load_pack(path)
    path.write_text(PACK.replace("CONTEXT_WINDOW", "500"), encoding="utf-8")
    with pytest.raises(Exception, match="context_window"):
        load_pack(path)
