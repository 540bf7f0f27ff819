"""A pack of one rule written for a test: the fields the test is about, placeholder words for the rest."""

from __future__ import annotations

from pathlib import Path


def one_rule_pack(
    path: Path, rule_id: str, name: str, fields: str, *, hit: str = "a", miss: str = "b"
) -> Path:
    """Write at ``path`` a pack whose one rule is ``rule_id`` (the pack's prefix is its first two letters),
    named ``name``, with ``fields`` (TOML lines: its kind, patterns, category …), placeholder title,
    message, basis and description, and the examples ``hit`` and ``miss``; returns ``path``."""
    prefix = rule_id[:2]
    path.write_text(
        f"""[pack]
prefix = "{prefix}"
title = "{name}"
version = "1"

[[rule]]
id = "{rule_id}"
name = "{name}"
{fields}
title = "t"
message = "m"
basis = "《条例》"
description = "d"
[rule.examples]
hit = ["{hit}"]
miss = ["{miss}"]
""",
        encoding="utf-8",
    )
    return path
