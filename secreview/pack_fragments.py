"""A pack's fragments: regex text written once in its ``[fragments]`` table and used by the patterns of its
rules as ``{{name}}``, so that a part a pattern repeats (a line it matches again and again) stands once.

    [fragments]
    contact_line = '(?:电话|邮箱):[^\\n]*'

    [[rule]]
    patterns = ['联系方式\\n{{contact_line}}(?:\\n{{contact_line}})*']

The pattern is the text with each reference replaced, before anything else reads it: a rule's
``patterns``, ``trigger_pattern`` and ``exclude_owner`` hold what it would hold written out. A reference to no
fragment, a fragment no pattern uses, and a reference inside a fragment are problems (E215).

It stands below the rule-pack package, not in it: the recognizers that take a shape from a pack's rules
(``recognizers/pack_patterns.py``) write those rules' patterns out too, and the package's loader imports the
recognizers' registry.
"""

from __future__ import annotations

import re
from typing import Any

from secreview.errors import Problem

FRAGMENT_NAME = r"^[a-z][a-z0-9_]*$"
_REFERENCE = re.compile(r"\{\{([^{}]*)\}\}")


def _expanded(
    pattern: str, fragments: dict[str, str], used: set[str], where: tuple[str, str | None, str]
) -> tuple[str, list[Problem]]:
    """The pattern with its references replaced; a problem for each that names no fragment."""
    if "{{" not in pattern:
        return pattern, []
    source, rule, field = where
    problems = []

    def replace(reference: re.Match[str]) -> str:
        name = reference.group(1)
        if name in fragments:
            used.add(name)
            return fragments[name]
        known = ", ".join(sorted(fragments)) or "none"
        message = f"`{reference.group(0)}` names no fragment of [fragments] (fragments: {known})"
        problems.append(Problem("E215", source, message, rule, field))
        return reference.group(0)

    return _REFERENCE.sub(replace, pattern), problems


def _rule_expanded(
    entry: dict[str, Any], fragments: dict[str, str], used: set[str], source: str
) -> tuple[dict[str, Any], list[Problem]]:
    rule = str(entry.get("id", "")) or None
    expanded, problems = dict(entry), []
    patterns = entry.get("patterns")
    if isinstance(patterns, list):
        new_patterns = []
        for index, pattern in enumerate(patterns):
            if isinstance(pattern, str):
                pattern, found = _expanded(pattern, fragments, used, (source, rule, f"patterns[{index}]"))
                problems += found
            new_patterns.append(pattern)
        expanded["patterns"] = new_patterns
    for field in ("trigger_pattern", "exclude_owner"):
        single = entry.get(field)
        if isinstance(single, str):
            expanded[field], found = _expanded(single, fragments, used, (source, rule, field))
            problems += found
    return expanded, problems


def with_fragments(raw: dict[str, Any], source: str) -> tuple[dict[str, Any], list[Problem]]:
    """A pack file's content with the references in its rules' patterns replaced by its fragments, and the
    problems of its fragments. ``raw`` is left as it is; what is not of the right type is left to the
    schema to report."""
    declared = raw.get("fragments", {})
    fragments = (
        {name: text for name, text in declared.items() if isinstance(text, str)}
        if isinstance(declared, dict)
        else {}
    )
    problems = [
        Problem("E215", source, "a fragment cannot use another", field=f"fragments.{name}")
        for name, text in fragments.items()
        if _REFERENCE.search(text)
    ]
    rules = raw.get("rule")
    if not isinstance(rules, list):
        return raw, problems
    used: set[str] = set()
    expanded_rules = []
    for entry in rules:
        if isinstance(entry, dict):
            entry, found = _rule_expanded(entry, fragments, used, source)
            problems += found
        expanded_rules.append(entry)
    problems += [
        Problem("E215", source, "no pattern uses this fragment", field=f"fragments.{name}")
        for name in fragments
        if name not in used
    ]
    return {**raw, "rule": expanded_rules}, problems
