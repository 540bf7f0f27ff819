"""Recognizers for sensitive personal information: a term counts only with a private person in its row.

A policy sentence (城乡低保标准提高到每人每月 700 元) names nobody and yields nothing; the same term in
the row or sentence of a named applicant or household does. Terms are searched first, so a text without
any of them never reaches the person analysis. The terms, the words of their quick scans and the column
headings of each group are data: rules/lexicons/sensitive.toml.
"""

from __future__ import annotations

import re
import sys
import tomllib
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import cache, lru_cache

import regex

from secreview.build_cache import compile_regex, parsed_toml
from secreview.recognizers.cells import Span
from secreview.recognizers.pack_patterns import EIGHTEEN_CHARACTER_IDENTITY_RULES, IDENTITY_PACK, rule_source
from secreview.recognizers.persons import SENSITIVE_HEADING, PersonAnalysis, document_title, persons_of
from secreview.recognizers.prescan import WordSets, matches_at
from secreview.recognizers.view import DocumentView
from secreview.resources import builtin_rules_dir
from secreview.sentences import FULL_STOPS, within_reach

SENSITIVE_FILE = "lexicons/sensitive.toml"

_SENTENCE_END = FULL_STOPS + "\n"
_PARAGRAPH_REACH = 600
_LEXICON = parsed_toml((builtin_rules_dir() / SENSITIVE_FILE).read_text(encoding="utf-8"), tomllib.loads)


def _either(terms: list[str]) -> str:
    """The alternation of the regular-expression fragments ``terms``, in their order."""
    return "|".join(terms)


# A sentence that refers back to the person of the sentence before it (该户为低保户).
_REFERS_BACK = compile_regex(rf"\s*(?:{_either(_LEXICON['persons']['refers_back'])})")
# The person a reply speaks to or about, when it does not name them again in the sentence.
_PRONOUN_PERSON = compile_regex(_either(_LEXICON["persons"]["pronouns"]))
# The person a form or statement is about, where a role word names a private person.
_SELF_PERSON = compile_regex(_either(_LEXICON["persons"]["self_words"]))

_ETHNIC_GROUPS = _either(_LEXICON["ethnicity"]["groups"])


def _gated(first_chars: str, terms: str) -> regex.Pattern[str]:
    """``terms`` behind a look-ahead at the characters a match can start with: the same matches, but the
    engine rejects most positions at one character instead of trying every alternative."""
    return compile_regex(f"(?={first_chars})(?:{terms})")


_HEALTH = _LEXICON["health"]
_HEALTH_FIRST_CHARS = _HEALTH["first_chars"]
_ANY_CANCER = _HEALTH["any_cancer"]
HEALTH = _gated(f"{_HEALTH_FIRST_CHARS}|{_ANY_CANCER}", _either(_HEALTH["terms"]))
# The same for a text without 癌, where the costly branch of any ...癌 cannot match.
_HEALTH_WITHOUT_CANCER = _gated(
    _HEALTH_FIRST_CHARS, _either([term for term in _HEALTH["terms"] if term != _ANY_CANCER])
)
HARDSHIP = compile_regex(_either(_LEXICON["hardship"]["terms"]))
CRIMINAL = compile_regex(_either(_LEXICON["criminal"]["terms"]))
IDENTITY = _gated(_LEXICON["identity"]["first_chars"], _either(_LEXICON["identity"]["terms"]))
ETHNICITY = compile_regex(rf"(?<!\p{{Han}})(?:{_ETHNIC_GROUPS})族(?!\p{{Han}})")
_GROUP_HEADINGS = {group: compile_regex(words) for group, words in _LEXICON["headings"].items()}
# A statutory publication of violations, by its title, and the kinds of public names whose criminal measures
# it publishes with their unit's case (rules/lexicons/sensitive.toml [criminal]).
_PUBLISHED_WITH_UNIT = compile_regex(_LEXICON["criminal"]["published_with_unit"])
_PUBLISHED_ROLES = tuple(_LEXICON["criminal"]["published_roles"])
# The public lists whose persons' 民族 the list publishes with their names (look58).
_ETHNICITY_PUBLISHED = tuple(_LEXICON["ethnicity"]["published_kinds"])
# A verb of help before a term in its clause: the term tells the persons served, not the one named (look58).
_SERVED_BEFORE = compile_regex(_LEXICON["persons"]["served_before"])
_SERVED_CLAUSE = int(_LEXICON["persons"]["served_clause"])
_SERVED_GROUP = compile_regex(_LEXICON["persons"]["served_group"])
# A term at the head of a body's name (县残疾人联合会): the body, not a trait of a person (look58).
_ORGANISATION_AFTER = compile_regex(_LEXICON["persons"]["organisation_after"])


@lru_cache(maxsize=64)
def _roles(words: frozenset[str]) -> regex.Pattern[str]:
    """Any of the role words that a document follows with a private person's name (申请人:何某某), not
    as part of a longer role (被申请人)."""
    longest_first = sorted(map(regex.escape, words), key=lambda word: (-len(word), word))
    return compile_regex(r"(?<![被复])(?:" + "|".join(longest_first) + ")")


@cache
def _id_number() -> regex.Pattern[str]:
    """An identity number of 18 characters as the PI pack writes it (``pack_patterns``: why its check
    character is not asked here); read when first needed."""
    return compile_regex(rule_source(IDENTITY_PACK, EIGHTEEN_CHARACTER_IDENTITY_RULES))


def _has_person(starts: list[int], text: str, left: int, right: int) -> bool:
    index = bisect_left(starts, left)
    if index < len(starts) and starts[index] < right:
        return True
    return _id_number().search(text, left, right) is not None


def _gives_id_number(text: str, left: int, right: int, searched: dict[tuple[int, int], bool]) -> bool:
    """Whether the paragraph around ``text[left:right]`` (at most ``_PARAGRAPH_REACH`` each side) gives an
    identity number; ``searched`` keeps the answer of each paragraph, asked again for its every term."""
    start = max(text.rfind("\n", 0, left) + 1, left - _PARAGRAPH_REACH)
    end = text.find("\n", right)
    end = min(len(text) if end < 0 else end, right + _PARAGRAPH_REACH)
    found = searched.get((start, end))
    if found is None:
        found = searched[start, end] = _id_number().search(text, start, end) is not None
    return found


def _ethnicity_published(analysis: PersonAnalysis) -> list[Span]:
    """The names of the public lists that publish each person's 民族 with the name (an award's, a
    candidate's, a hire's: ``published_kinds``)."""
    return [span for kind in _ETHNICITY_PUBLISHED for span in analysis.public.get(kind, [])]


def _persons_told(analysis: PersonAnalysis, text: str, group: str) -> list[Span]:
    """The names whose sentences a term of ``group`` counts in: every name, but for a criminal measure in a
    statutory publication of violations, not those of a unit's legal representative (it publishes them),
    and for a 民族 not those of a list that publishes it with the name (an award's, a candidate's)."""
    if group == "ethnicity":
        published = {span.start for span in _ethnicity_published(analysis)}
        return [span for span in analysis.names if span.start not in published]
    if group != "criminal" or not _PUBLISHED_WITH_UNIT.search(document_title(text)):
        return analysis.names
    published = {span.start for kind in _PUBLISHED_ROLES for span in analysis.public.get(kind, [])}
    return [span for span in analysis.names if span.start not in published]


def _served(text: str, starts: list[int], start: int, end: int) -> bool:
    """Whether the term at ``start:end`` names a group (残疾人, 残疾儿童) that a verb of help before it in its
    clause serves, with no name between them (为辖区残疾人上门服务, 帮助12名重度残疾儿童): the term tells the
    persons served, not a named one."""
    if not (text[end - 1 : end] == "人" or _SERVED_GROUP.match(text, end)):
        return False
    left = max(0, start - _SERVED_CLAUSE)
    found = _SERVED_BEFORE.search(text, left, start)
    return found is not None and not _has_person(starts, text, found.start(), start)


def _in_row(rows: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` lies inside one of the (sorted, disjoint) table rows that name a person."""
    index = bisect_right(rows, (start, sys.maxsize)) - 1
    return index >= 0 and rows[index][0] <= start and end <= rows[index][1]


def _heading_cells(analysis: PersonAnalysis, group: str) -> list[tuple[int, int]]:
    """Sensitive columns of a person table, by the heading of their column."""
    return [
        (cell.start, cell.end)
        for cell, heading in analysis.sensitive_cells
        if _GROUP_HEADINGS[group].search(heading)
    ]


# Words that every match of a term pattern holds, at most ``reach`` characters after its start:
# {group: (reach, words)}. A scan for them tells where a pattern is worth trying.
_KEYS = {
    group: (_LEXICON[group]["reach"], " ".join(_LEXICON[group]["keys"]))
    for group in ("health", "hardship", "income", "criminal", "identity")
}
# A rare character of each key word: the scan looks for these only.
_KEY_ANCHORS = _LEXICON["scan"]["anchors"]
_KEY_WORDS = WordSets({group: words.split() for group, (_, words) in _KEYS.items()}, _KEY_ANCHORS)
_SPACE = compile_regex(r"\s")
_SENSITIVE_HEADING_WORDS = re.compile(SENSITIVE_HEADING.pattern)


def _ages(text: str) -> list[int]:
    """Where the age of a child (IDENTITY's last term) may start: one or two characters before the spaces
    before 岁 or 周岁."""
    starts = []
    year = text.find("岁")
    while year != -1:
        for unit in (year, year - 1) if text[year - 1 : year] == "周" else (year,):
            number_end = unit
            while number_end > 0 and _SPACE.match(text, number_end - 1):
                number_end -= 1
            starts += [start for start in (number_end - 2, number_end - 1) if start >= 0]
        year = text.find("岁", year + 1)
    return starts


def _has_sensitive_heading(view: DocumentView) -> bool:
    return _SENSITIVE_HEADING_WORDS.search(view.text) is not None


def _candidates_of(view: DocumentView) -> dict[str, list[int]]:
    return _candidates(view.text)


def _candidates(text: str) -> dict[str, list[int]]:
    """Where a term of each group may start: up to ``reach`` characters before each of its key words."""
    starts = _KEY_WORDS.starts(text)
    found = {
        group: [start - back for start in starts[group] for back in range(reach + 1) if start >= back]
        for group, (reach, _) in _KEYS.items()
    }
    found["hardship"] += found.pop("income")
    found["identity"] += _ages(text)
    return found


Finder = Callable[[DocumentView], list[tuple[int, int]]]


def _terms_of_persons(
    pattern: regex.Pattern[str],
    anchors: str,
    group: str,
    lean: tuple[str, regex.Pattern[str]] | None = None,
) -> Finder:
    """A finder of ``pattern`` next to a person; a text without any of the characters ``anchors`` is
    passed over without running the pattern. The pattern is tried only where a key word of its group
    lets a term start (``_candidates``), or everywhere for a group without key words. ``lean`` is a
    character and a cheaper pattern that finds the same in a text without that character."""

    def recognize(view: DocumentView) -> list[tuple[int, int]]:
        text = view.text
        chosen = lean[1] if lean is not None and lean[0] not in text else pattern
        if anchors and not any(anchor in text for anchor in anchors):
            matches = []
        elif group in _KEYS:
            matches = matches_at(chosen, text, view.analysis(_candidates_of)[group])
        else:
            matches = list(chosen.finditer(text))
        if not matches and not view.analysis(_has_sensitive_heading):
            return []
        analysis = view.analysis(persons_of)
        starts = [span.start for span in _persons_told(analysis, text, group)]
        rows = sorted((row.start, row.end) for row in analysis.person_rows)
        listed_rows: list[tuple[int, int]] = []
        if group == "ethnicity":  # a row of an award's or a candidates' list publishes the 民族 with the name
            listed = [span.start for span in _ethnicity_published(analysis)]
            listed_rows = [row for row in rows if any(row[0] <= start < row[1] for start in listed)]
            rows = [row for row in rows if row not in listed_rows]
        published = sorted((cell.start, cell.end) for cell in analysis.published_aid_cells)
        spans = []
        paragraphs: dict[tuple[int, int], bool] = {}
        for match in matches:
            if _in_row(published, match.start(), match.end()):
                continue  # the aid category a 公示 must show (农村低保), not a detail of the household
            if _served(text, starts, match.start(), match.end()):
                continue  # 为辖区残疾人上门服务: those the named person serves
            if _ORGANISATION_AFTER.match(text, match.end()):
                continue  # 县残疾人联合会: a body's name
            if _in_row(rows, match.start(), match.end()):
                spans.append(match.span())
                continue
            left, right = within_reach(text, match.start(), match.end(), _SENTENCE_END, 300)
            if _REFERS_BACK.match(text, left) and left > 0 and text[left - 1] != "\n":
                left = within_reach(text, left - 1, left - 1, _SENTENCE_END, 300)[0]
            if _has_person(starts, text, left, right):
                spans.append(match.span())
            elif analysis.addressees and _PRONOUN_PERSON.search(text, left, right) is not None:
                spans.append(match.span())  # a reply to one identified person: 你/其/该户 is that person
            elif _gives_id_number(text, left, right, paragraphs):
                spans.append(match.span())  # a paragraph that gives a person's identity number is about them
            elif analysis.role_persons and (
                _roles(frozenset(analysis.role_persons)).search(text, left, right) is not None
                or _SELF_PERSON.search(text, left, right) is not None
            ):
                # 申请人称其…: the role word names the person named after it; 本人 in the form of 姓名:某某
                spans.append(match.span())
        taken = set(spans)
        spans.extend(
            span
            for span in _heading_cells(analysis, group)
            if span not in taken and not _in_row(listed_rows, span[0], span[1])
        )
        return spans

    recognize.__name__ = f"sensitive_{group}"
    return recognize


health_of_person = _terms_of_persons(
    HEALTH, _HEALTH["holds_one_of"], "health", ("癌", _HEALTH_WITHOUT_CANCER)
)
hardship_of_household = _terms_of_persons(HARDSHIP, "", "hardship")
criminal_record_of_person = _terms_of_persons(CRIMINAL, "", "criminal")
identity_traits_of_person = _terms_of_persons(IDENTITY, _LEXICON["identity"]["holds_one_of"], "identity")
ethnicity_of_person = _terms_of_persons(ETHNICITY, "族", "ethnicity")  # regex finds its 族 by itself, fast
