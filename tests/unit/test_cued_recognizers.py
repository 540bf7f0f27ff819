"""A cued recognizer (split_cells.py) joins a number split over cells where a ``context`` word of the rule
that names it stands within its ``context_window``: the cue words are the rule's, not the recognizer's."""

from __future__ import annotations

from pathlib import Path

from secreview import Engine

PACK = """[pack]
prefix = "OU"
title = "本单位"
version = "1"

[[rule]]
id = "OU001"
name = "household-mobile-across-cells"
kind = "recognizer"
recognizer = "split_cells_mobiles"
category = "phone"
severity = "high"
title = "户主手机号码(拆在相邻单元格中)"
message = "户主手机号码"
basis = "《中华人民共和国政府信息公开条例》第十五条、第三十七条"
context = ["户主"]
context_window = 8
description = "户主一栏的手机号码拆在相邻单元格中。"

[rule.examples]
hit = ["户主:139\\t87654321"]
miss = ["联系电话:139\\t87654321", "户主张伟同志的家庭成员:139\\t87654321"]
"""


def _found(engine: Engine, text: str) -> list[tuple[str, str]]:
    return [(finding.rule, finding.text) for finding in engine.check_text(text).files[0].findings]


def test_the_cues_and_their_reach_are_the_rules(tmp_path: Path) -> None:
    path = tmp_path / "ou.toml"
    path.write_text(PACK, encoding="utf-8")
    engine = Engine([path], builtin=False)
    assert _found(engine, "户主:139\t87654321") == [("OU001", "139\t87654321")]
    assert _found(engine, "联系电话:139\t87654321") == []  # the shipped rule's cue, not this one's
    assert _found(engine, "户主张伟同志的家庭成员:139\t87654321") == []  # 户主 beyond 8 characters
    shipped = Engine()
    assert ("PI112", "139\t87654321") in _found(shipped, "联系电话:139\t87654321")
    assert all(rule != "PI112" for rule, _ in _found(shipped, "户主:139\t87654321"))
