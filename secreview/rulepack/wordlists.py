"""A plain word list (one term a line, ``#`` comments) as a pack of one keyword rule; ``--rules`` and the
configuration's ``packs`` take them alike."""

from __future__ import annotations

from pathlib import Path

from secreview.config import WordList
from secreview.errors import PackProblems, Problem
from secreview.rulepack.schema import MAX_WORD_LENGTH, Pack, Policy
from secreview.safe_read import InputKind, UnreadableInput, display_path, read_input_text

WORD_LIST_PREFIX = "UW"
WORD_LIST_SUFFIX = ".txt"


def _terms(path: Path) -> list[str]:
    try:
        lines = read_input_text(path, InputKind.WORD_LIST).splitlines()
    except UnreadableInput as error:
        problem = Problem("E200", display_path(path), f"cannot read (a UTF-8 word list): {error}")
        raise PackProblems([problem]) from error
    too_long = long_terms(lines)
    if too_long:
        raise PackProblems([Problem("E214", display_path(path), message) for message in too_long])
    terms = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if not terms:
        raise PackProblems([Problem("E213", display_path(path), "the word list has no terms")])
    return terms


def long_terms(lines: list[str]) -> list[str]:
    """A message for each line whose term is longer than a word may be (the first three)."""
    found = [
        f"line {number}: a term of {len(line.strip()):,} characters (at most {MAX_WORD_LENGTH})"
        for number, line in enumerate(lines, start=1)
        if len(line.strip()) > MAX_WORD_LENGTH and not line.lstrip().startswith("#")
    ]
    return found[:3]


def word_list_pack(word_list: WordList, number: int, policy: Policy) -> Pack:
    """The pack of rule ``UW{number:03d}``, its message and basis those of the category in ``policy``."""
    terms = _terms(word_list.path)
    title = word_list.title or f"本单位词表 {word_list.path.name}"
    category = policy.categories[word_list.category]
    raw = {
        "pack": {"prefix": WORD_LIST_PREFIX, "title": "本单位词表", "version": "config"},
        "rule": [
            {
                "id": f"{WORD_LIST_PREFIX}{number:03d}",
                "name": f"word-list-{number}",
                "kind": "keyword",
                "keywords": terms,
                "boundary": word_list.boundary,
                "category": word_list.category.value,
                "severity": word_list.severity.value,
                "title": title,
                "message": f"{title}中的词语({policy.label(word_list.category)})",
                "basis": category.basis,
                "description": f"配置中的词表 {word_list.path} 所列词语,共 {len(terms)} 个。",
                "examples": {"hit": terms[:1], "miss": ["。"]},
            }
        ],
    }
    return Pack.model_validate(raw)
