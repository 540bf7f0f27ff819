"""The words a pattern's matches must hold: every match holds them, and ``regex`` syntax that ``re`` reads
otherwise gets no requirement."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from secreview.literals import checker, holds, pattern_requirement, within_lines
from secreview.match import _anchored_spans, _first_in_each_line, _first_of_each_line, _line_anchored
from secreview.normalize import fold
from secreview.rulepack import load_packs
from tests.conftest import CORPUS, SEEDS, shared_files


def test_adjacent_fixed_strings_are_spelled_out_and_every_part_is_required() -> None:
    found = pattern_requirement(regex.compile(r"(?:任命|免去)\p{Han}{2,4}(?:同志)?(?:为|担任)"))
    assert found == (frozenset({"任命", "免去"}), frozenset({"为", "担任"}))
    assert found is not None
    assert holds(found, "决定任命张三同志为科长", 0, 11)
    assert not holds(found, "决定任命张三同志为科长", 0, 8)
    check = checker(found)
    assert check("决定任命张三同志为科长", 0, 11)
    assert not check("决定任命张三同志为科长", 0, 8)
    assert not check("决定任命张三同志为科长", 3, 11)


def test_a_search_that_skips_whole_lines_needs_what_its_body_needs() -> None:
    skipping = regex.compile(r"(?m)\G(?:[^\n]*+\n)*?^\K(?:联系人|电话):[^\n]*")
    body = regex.compile(r"(?m)^(?:联系人|电话):[^\n]*")
    assert pattern_requirement(skipping) == pattern_requirement(body) == frozenset({"联系人:", "电话:"})
    text = "通知如下。\n联系人:张三\n电话:123"
    assert [m.span() for m in skipping.finditer(text)] == [m.span() for m in body.finditer(text)]


def test_a_reset_match_start_and_a_group_with_its_own_flags_still_tell_the_words() -> None:
    # \K: the words before it are read from the window too, but are not spelled together with those after.
    reset = regex.compile(r"(?m)^(?:单位|公司)地址:[^\n]{2,20}?邮箱:\K[a-z]+@[a-z]+\.cn")
    assert pattern_requirement(reset) == (
        frozenset({"单位地址:", "公司地址:"}),
        frozenset({"邮箱:"}),
        frozenset({"@"}),
        frozenset({".cn"}),
    )
    text = "单位地址:某路1号,邮箱:ab@cd.cn"
    assert [m.span() for m in reset.finditer(text)] == [(13, 21)]
    assert checker(pattern_requirement(reset))(text, 0, len(text))  # type: ignore[arg-type]
    assert not checker(pattern_requirement(reset))(text, 1, len(text))  # type: ignore[arg-type]
    assert not list(reset.finditer(text, 1, len(text)))
    # A group with flags of its own is read for the words around it.
    flagged = regex.compile(r"处罚(?s:.)公示")
    assert pattern_requirement(flagged) == (frozenset({"处罚"}), frozenset({"公示"}))


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="任命免去为担任号a-", max_size=30),
    st.integers(min_value=0, max_value=30),
    st.integers(min_value=0, max_value=30),
)
def test_the_checker_of_every_one_of_several_sets_answers_as_holds(text: str, start: int, end: int) -> None:
    # Sets of one word and of several, each looked for in its own way by the checker.
    found = (frozenset({"任命", "免去"}), frozenset({"号"}), frozenset({"为", "担任", "a-"}), frozenset("-"))
    assert checker(found)(text, start, end) == holds(found, text, start, end)


@pytest.mark.parametrize(
    "source",
    [
        r"(?:abc){e<=1}",  # fuzzy: a match may differ from the words
        r"(?i)abc",
        r"x(?i:abc)",
        r"[[:digit:]]+号",  # a POSIX class, which re reads as a set and a literal ]
        r"\\p{Han}号",  # an escaped backslash
        r"(?V1)[[a-z]--[aeiou]]号",
    ],
)
def test_syntax_re_reads_otherwise_gets_no_requirement(source: str) -> None:
    assert pattern_requirement(regex.compile(source)) is None


def test_every_shipped_pattern_match_holds_its_requirement() -> None:
    texts = [fold(path.read_text(encoding="utf-8")) for path in shared_files(SEEDS) + shared_files(CORPUS)]
    checked = 0
    for pack in load_packs():
        for compiled in pack.rules:
            examples = [fold(text) for text in compiled.rule.examples.hit]
            for pattern in compiled.patterns:
                found = pattern_requirement(pattern)
                if found is None:
                    continue
                # What a match read from where its search began: with its start reset (\K), the match of
                # the pattern without the reset, which ends where it does.
                reset = r"\K" in pattern.pattern
                read = regex.compile(pattern.pattern.replace(r"\K", ""), pattern.flags) if reset else pattern
                for text in [*examples, *texts]:
                    if reset:
                        ends = [match.end() for match in pattern.finditer(text)]
                        assert ends == [match.end() for match in read.finditer(text)], compiled.rule.id
                    for match in read.finditer(text):
                        assert holds(found, text, match.start(), match.end()), (
                            compiled.rule.id,
                            match.group(),
                        )
                        checked += 1
    assert checked > 0


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123 4-\n(〔)〕京A", max_size=120))
def test_first_match_of_each_line_in_one_run_is_the_line_by_line_search(text: str) -> None:
    for source in (r"\d{6}|\d{3}[ \-]\d{3}", r"[〔\[(]\d{4}[〕\])]", r"[A-Z](?<=京.)", r"\d?"):
        pattern = regex.compile(source)
        assert within_lines(pattern)
        expected = list(_first_in_each_line(pattern, text, "T"))
        assert list(_first_of_each_line(pattern, text, "T")) == expected
        assert list(_first_of_each_line(pattern, text * 9, "T")) == list(
            _first_in_each_line(pattern, text * 9, "T")
        )


_WITHIN_LINES = (
    r"\d{6}|\d{3}[ \-]\d{3}",
    r"[〔\[(]\d{4}[〕\])]",
    r"[A-Z](?<=京.)",
    r"\d?",
    r"(?<!\d)\d{3}(?=\D|$)",
)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123 4-\n(〔)〕京A", max_size=120))
def test_the_line_anchored_pattern_finds_the_first_match_of_each_line(text: str) -> None:
    for source in _WITHIN_LINES:
        pattern = regex.compile(source)
        anchored = _line_anchored(pattern)
        assert anchored is not None
        expected = list(_first_in_each_line(pattern, text, "T"))
        assert list(_anchored_spans(anchored, text, "T", 0)) == expected


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet="0123 4-\n(〔)〕京A", max_size=80))
def test_a_list_dense_in_matches_goes_on_line_by_line_with_the_same_matches(tail: str) -> None:
    text = "1\t王某某\t431262195706176627\t133 8066 8968\n" * 70 + tail + "\n12 345678\n" * 3
    for source in _WITHIN_LINES:
        pattern = regex.compile(source)
        assert list(_first_of_each_line(pattern, text, "T")) == list(_first_in_each_line(pattern, text, "T"))


@pytest.mark.parametrize("flags", [regex.VERBOSE, regex.WORD, regex.POSIX, regex.BESTMATCH])
def test_a_pattern_whose_flags_could_change_its_first_match_is_not_line_anchored(flags: int) -> None:
    assert _line_anchored(regex.compile(r"\d{6}", flags)) is None
    assert _line_anchored(regex.compile(r"(\d)\1")) is None  # a group: group 1 would not be the match


@pytest.mark.parametrize("source", [r"\d{3}\s\d{3}", r"[^a]{6}", r"\d{6}$", r"(?s).{2}"])
def test_a_pattern_that_may_take_a_line_break_is_not_within_lines(source: str) -> None:
    assert not within_lines(regex.compile(source))
