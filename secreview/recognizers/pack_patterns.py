"""The patterns a built-in pack's rules write, joined into one: a recognizer that reads the same shape where
the pack's own rules do not look (a phone number in a signature, an identity number in a table's column)
takes it from them, so that the shape is written once.

What an identity number looks like is the PI pack's: PI001 (a resident's, 18 characters: region, birth date,
sequence, check; a space or hyphen may part the groups), PI002 (the old 15 digits), PI003 (a foreigner's
permanent residence card, 9 first), PI005 (a residence permit, region 810000/820000/830000), and the pack's
fragment ``identity_whole_or_masked`` (a resident's number whole or masked, 430102********1234), which its
person-row rules PI104-PI106 look for beside a phone. The readings of those shapes differ on purpose in what
they ask of the digits beyond them:

- an identity-number column's cell (``columns``) is any of the four shapes, its date, region and check
  character unchecked: the heading is the cue, and a mistyped number under it still names the person;
- a number beside a name without a cue (``named_numbers``, PI014) is PI001's shape whose region and birth
  date are real (``validators.identity_shaped``) and check character wrong (a right one is PI001's own
  finding): with no cue, a real region and date are what tell a mistyped identity number from any other
  18-digit run. The same number broken over a line or spelled otherwise is read by that module's own
  patterns, wider than PI011's (which needs a cue and a right check character), right check or not;
- a sensitive term's sentence or paragraph that gives an identity number (``sensitive``) gives one of the
  18-character shapes (PI001, PI003, PI005), its check character unchecked: the number names the person the
  term is about whether or not it was typed right;
- the closing of a signed document (``contacts``) is the body's up to a line that holds a number shaped as
  ``identity_whole_or_masked``, with no boundary after it: a longer run that starts as one (a bank account,
  6222021234567890123) is a person's line too; a document holds no private person's landline only if no
  such number stands in it with both boundaries (a masked one counts: the person is still in the list);
- ``validators.identity_shaped`` itself is no pattern: a validator of other identifiers (a bank card, an
  account, a credit or organisation code) refuses a value that may be someone's identity number, 18
  characters shaped as PI001, PI003 or PI005 write them once separators are gone (``compact``), a real
  region (or, 9 first, a mainland province) and a real birth date from 1880, whatever the check
  character. It reads the characters another rule matched, not the text around them: boundaries and
  separators are that rule's.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from typing import Any

import regex

from secreview.build_cache import compile_regex, parsed_toml
from secreview.pack_fragments import with_fragments
from secreview.resources import builtin_rules_dir

IDENTITY_PACK = "pi.toml"
RESIDENT_IDENTITY_RULES = ("PI001",)  # a resident's identity number, 18 characters
IDENTITY_RULES = ("PI001", "PI002", "PI003", "PI005")  # and the old 15 digits, a foreigner's, a permit's
EIGHTEEN_CHARACTER_IDENTITY_RULES = ("PI001", "PI003", "PI005")  # a resident's, a foreigner's, a permit's
IDENTITY_WHOLE_OR_MASKED = "identity_whole_or_masked"  # the fragment of the person-row rules


def _pack(pack_file: str) -> dict[str, Any]:
    """The built-in pack ``pack_file`` as parsed, its rules' patterns with their fragments written out."""
    path = builtin_rules_dir() / pack_file
    pack, _ = with_fragments(parsed_toml(path.read_text(encoding="utf-8"), tomllib.loads), str(path))
    return pack


def rule_source(pack_file: str, rules: Sequence[str]) -> str:
    """The patterns of ``rules`` of the built-in pack ``pack_file`` (its fragments written out), in that
    order, as the source of one pattern."""
    patterns = {rule["id"]: rule["patterns"] for rule in _pack(pack_file)["rule"] if rule["id"] in rules}
    return "|".join(f"(?:{pattern})" for rule in rules for pattern in patterns[rule])


def fragment_source(pack_file: str, name: str) -> str:
    """The fragment ``name`` of the built-in pack ``pack_file`` (its ``[fragments]`` table)."""
    return str(_pack(pack_file)["fragments"][name])


def rule_words(pack_file: str, rule: str, field: str) -> tuple[str, ...]:
    """The words of one rule's list ``field`` (``exclude_context``, ``context``) in the built-in pack
    ``pack_file``: a recognizer that reads a number where the rule does not look asks its words, not a
    copy."""
    found = next(entry for entry in _pack(pack_file)["rule"] if entry["id"] == rule)
    return tuple(found.get(field, ()))


def rule_patterns(pack_file: str, rules: Sequence[str]) -> regex.Pattern[str]:
    """``rule_source``'s pattern, compiled."""
    return compile_regex(rule_source(pack_file, rules))
