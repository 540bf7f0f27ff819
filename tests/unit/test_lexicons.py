"""The vocabularies of the recognizers are data (rules/lexicons/): each entry is well-formed, and the
quick scans still cover every word."""

from __future__ import annotations

import tomllib

import pytest
import regex

from secreview.recognizers.prescan import Words
from secreview.resources import builtin_rules_dir

PERSONS = tomllib.loads((builtin_rules_dir() / "lexicons/persons.toml").read_text(encoding="utf-8"))
FRAGMENTS = [
    ("names", "official_before"),
    ("names", "official_after"),
    ("names", "place_or_org"),
    ("tables", "name_heading"),
    ("tables", "staff_heading"),
    ("tables", "sensitive_heading"),
    ("tables", "address_heading"),
    ("documents", "published_list"),
    ("documents", "appointment"),
    ("documents", "officials"),
    ("documents", "list_cues"),
]
WORDS = [("names", "not_names"), ("names", "followers"), ("names", "address_terms"), ("roles", "private")]


@pytest.mark.parametrize(("table", "key"), FRAGMENTS)
def test_each_alternative_is_a_pattern_of_its_own(table: str, key: str) -> None:
    entries = PERSONS[table][key]
    assert entries and len(set(entries)) == len(entries)
    for entry in entries:
        assert entry and "|" not in entry
        regex.compile(entry)


@pytest.mark.parametrize(("table", "key"), WORDS)
def test_word_lists_hold_words(table: str, key: str) -> None:
    entries = PERSONS[table][key]
    assert entries and len(set(entries)) == len(entries)
    assert all(entry and not any(char.isspace() for char in entry) for entry in entries)


def test_the_scan_anchors_cover_every_scanned_word() -> None:
    words = [
        *PERSONS["roles"]["private"],
        *PERSONS["tables"]["heading_words"],
        *PERSONS["documents"]["list_cues"],
    ]
    Words(words, PERSONS["scan"]["anchors"])  # raises on a word without an anchor character
    with pytest.raises(ValueError, match="anchor"):
        Words([*words, "甲乙丙"], PERSONS["scan"]["anchors"])


SENSITIVE = tomllib.loads((builtin_rules_dir() / "lexicons/sensitive.toml").read_text(encoding="utf-8"))
TERM_GROUPS = ["health", "hardship", "criminal", "identity"]
KEY_GROUPS = [*TERM_GROUPS, "income"]


@pytest.mark.parametrize("group", TERM_GROUPS)
def test_sensitive_terms_are_patterns_of_their_own(group: str) -> None:
    terms = SENSITIVE[group]["terms"]
    assert terms and len(set(terms)) == len(terms)
    for term in terms:
        regex.compile(term)
    if "first_chars" in SENSITIVE[group]:
        regex.compile(SENSITIVE[group]["first_chars"])


def test_the_costly_cancer_branch_is_a_health_term() -> None:
    assert SENSITIVE["health"]["any_cancer"] in SENSITIVE["health"]["terms"]


def test_the_key_anchors_cover_every_key_word() -> None:
    keys = [key for group in KEY_GROUPS for key in SENSITIVE[group]["keys"]]
    assert all(SENSITIVE[group]["reach"] >= 0 for group in KEY_GROUPS)
    Words(keys, SENSITIVE["scan"]["anchors"])


@pytest.mark.parametrize("group", ["health", "identity"])
def test_every_literal_term_holds_a_character_the_group_requires(group: str) -> None:
    """A text without any of ``holds_one_of`` is passed over: every term must hold one (checked here for
    the terms that are plain words; the prescan tests compare the patterns on random texts)."""
    required = set(SENSITIVE[group]["holds_one_of"])
    literal = [term for term in SENSITIVE[group]["terms"] if regex.escape(term) == term]
    assert literal
    assert [term for term in literal if not required & set(term)] == []
