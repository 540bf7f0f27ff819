"""A pack's [fragments]: regex text written once and used by its patterns as {{name}}, replaced on loading."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from secreview import Engine
from secreview.pack_fragments import with_fragments
from secreview.packcheck import check_packs
from secreview.rulepack import PackProblems, builtin_rules_dir, load_pack, load_packs

PACK = """[pack]
prefix = "OU"
title = "本单位"
version = "1"

[fragments]
code_number = '天穹\\d{2}号'

[[rule]]
id = "OU001"
name = "code-number-pairs"
kind = "pattern"
patterns = ['{{code_number}}[与和]{{code_number}}']
trigger_pattern = '{{code_number}}'
category = "work_secret"
severity = "high"
title = "成对的内部项目编号"
message = "内部项目编号,不得公开"
basis = "《中华人民共和国政府信息公开条例》第十六条第一款"
description = "本单位内部项目编号。"

[rule.examples]
hit = ["天穹12号与天穹34号联合试验"]
miss = ["天穹12号与天穹3号联合试验"]
"""


def _pack(tmp_path: Path, text: str = PACK) -> Path:
    path = tmp_path / "ou.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_pattern_holds_its_fragments_written_out(tmp_path: Path) -> None:
    (compiled,) = load_pack(_pack(tmp_path)).rules
    assert compiled.pattern_sources == ("天穹\\d{2}号[与和]天穹\\d{2}号",)
    assert compiled.trigger_pattern is not None and compiled.trigger_pattern.pattern == "天穹\\d{2}号"
    assert check_packs([_pack(tmp_path)]).problems == []
    report = Engine([_pack(tmp_path)]).check_text("天穹12号和天穹56号").files[0]
    assert [(finding.rule, finding.text) for finding in report.findings] == [("OU001", "天穹12号和天穹56号")]


def test_a_fragment_that_uses_another_is_refused(tmp_path: Path) -> None:
    text = PACK.replace("[fragments]\n", "[fragments]\ntwo_digits = '\\d{2}'\n").replace(
        "code_number = '天穹\\d{2}号'", "code_number = '天穹{{two_digits}}号'"
    )
    with pytest.raises(PackProblems) as raised:
        load_pack(_pack(tmp_path, text))
    lines = [str(problem) for problem in raised.value.problems]
    assert any(line.startswith("E215") and "fragments.code_number" in line for line in lines), lines


def test_the_parsed_file_is_left_as_it_was() -> None:
    # The build cache may hand the same parse to the next load.
    raw = tomllib.loads(PACK)
    expanded, problems = with_fragments(raw, "ou.toml")
    assert problems == []
    assert raw == tomllib.loads(PACK)
    assert expanded["rule"][0]["patterns"] == ["天穹\\d{2}号[与和]天穹\\d{2}号"]


def test_the_shipped_patterns_hold_no_reference_left_unreplaced() -> None:
    sources = [
        source
        for pack in load_packs()
        for compiled in pack.rules
        for source in (
            *compiled.pattern_sources,
            *((compiled.trigger_pattern.pattern,) if compiled.trigger_pattern is not None else ()),
        )
    ]
    assert not [source for source in sources if "{{" in source]
    assert any("[fragments]" in path.read_text("utf-8") for path in builtin_rules_dir().glob("*.toml"))
