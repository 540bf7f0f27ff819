"""The patterns a built-in pack's rules write, joined into one: a recognizer that reads the same shape where
the pack's own rules do not look (a phone number in a signature, an identity number in a table's column)
takes it from them, so that the shape is written once."""

from __future__ import annotations

import tomllib
from collections.abc import Sequence

import regex

from secreview.build_cache import compile_regex, parsed_toml
from secreview.resources import builtin_rules_dir


def rule_patterns(pack_file: str, rules: Sequence[str]) -> regex.Pattern[str]:
    """The patterns of ``rules`` of the built-in pack ``pack_file`` (its fragments written out), in that
    order, as one pattern."""
    from secreview.rulepack.fragments import with_fragments  # rulepack imports the recognizers' registry

    path = builtin_rules_dir() / pack_file
    pack, _ = with_fragments(parsed_toml(path.read_text(encoding="utf-8"), tomllib.loads), str(path))
    patterns = {rule["id"]: rule["patterns"] for rule in pack["rule"] if rule["id"] in rules}
    return compile_regex("|".join(f"(?:{pattern})" for rule in rules for pattern in patterns[rule]))
