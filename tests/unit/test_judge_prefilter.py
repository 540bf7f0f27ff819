"""The line prefilter of judgement signals finds exactly what the pattern finds over the whole text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secreview.judge.load import load_judgement
from secreview.judge.prefilter import LineScan, WordsNeeded
from secreview.normalize import fold
from tests.conftest import CORPUS, shared_files

# Long enough for lines far apart to be searched in separate runs.
LONG = 4_000


def _matches(found: object) -> list[tuple[tuple[int, int], str]]:
    return [(match.span(), match.group()) for match in found]  # type: ignore[attr-defined]


def _same(pattern: str, text: str) -> LineScan:
    compiled = re.compile(pattern, re.MULTILINE)
    scan = LineScan(compiled)
    words = WordsNeeded([scan])
    for sample in (text, text * (LONG // len(text) + 1) if text else text):
        assert _matches(scan.finditer(sample, words.find(sample).of(scan))) == _matches(
            compiled.finditer(sample)
        )
    return scan


def test_a_pattern_on_one_line_runs_only_where_its_words_are() -> None:
    scan = _same(r"(?:尚未|正在)[^\n。]{0,6}调查", "甲\n尚未开展调查。\n乙\n正在调查\n尚未")
    assert scan.needs is not None


@pytest.mark.parametrize(
    "pattern",
    [
        r"调查[\s\S]{0,4}结束",  # can take a line break
        r"调查\Z",  # sees where the run ends
        r"调查(?=[^。]*完毕)",  # looks ahead without bound
        r"(?i:ab)c",  # local flags
        r"[^。]{0,3}",  # needs no word
    ],
)
def test_other_patterns_run_over_the_whole_text(pattern: str) -> None:
    scan = _same(pattern, "开始调查\n结束调查\n完毕abc调查")
    assert scan.needs is None


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"调查(?=\n结)", "调查\n结束"),
        (r"调查$", "调查\n调查 \n调查"),
        (r"^调查", "调查\n 调查\n调查"),
        (r"(?<=\n)调查", "调查\n调查"),
        (r"调查\b", "调查a\n调查\n"),
    ],
)
def test_line_ends_and_look_arounds_see_what_the_whole_text_shows(pattern: str, text: str) -> None:
    _same(pattern, text)


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (
            r"^(?![^\n]*各县)[^\n:]{0,6}局各科室[^\n:]{0,4}:$",
            "局各科室:\n各县局各科室:\n甲局各科室,乙:\n局各科室",
        ),
        (r"局各(?=[^\n]*科室)", "局各\n科室\n局各 科室\n局各"),
        (r"局各(?=[^\n]*(?=\n科))", "局各甲\n科\n局各\n乙"),
    ],
)
def test_a_look_ahead_without_bound_that_stays_on_its_line_is_prefiltered(pattern: str, text: str) -> None:
    assert _same(pattern, text).needs is not None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="局各科室县:\n 甲", max_size=80))
def test_any_text_under_a_look_ahead_that_stays_on_its_line(text: str) -> None:
    _same(r"^(?![^\n]*各县)[^\n:]{0,6}局各科室[^\n:]{0,4}:[ \t]*$|局各(?=[^\n]*(?=\n科))", text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="尚未正在调查。\n \t的", max_size=80))
def test_any_text(text: str) -> None:
    _same(r"(?:尚未|正在)[^\n。]{0,6}?调查|调查(?=\n)|^[ \t]*正在$", text)


def test_every_shipped_signal_pattern_on_its_examples_and_the_real_documents() -> None:
    judgement = load_judgement()
    texts = [
        "\n".join(
            fold(example)
            for compiled in judgement.signals.values()
            for example in compiled.signal.examples.hit
        )
    ]
    texts.append(texts[0] * (LONG // len(texts[0]) + 1))
    real = "\n".join(fold(path.read_text(encoding="utf-8")) for path in shared_files(CORPUS)[:10])
    texts += [real, *real.split("\n\n")[:50]]
    words = judgement.words_needed
    for text in texts:
        found = words.find(text)
        for compiled in judgement.signals.values():
            for pattern, scan in zip(compiled.patterns, compiled.scans, strict=True):
                assert _matches(scan.finditer(text, found.of(scan))) == _matches(pattern.finditer(text)), (
                    compiled.signal.name
                )


def test_a_line_must_hold_every_part_a_match_spells() -> None:
    scan = _same(r"(?:不得|勿)在[^。\n]{0,16}?(?:转发|传播)", "不得在群里转发\n勿在此传播\n转发\n不得在")
    assert scan.requirement == (frozenset({"不得在", "勿在"}), frozenset({"转发", "传播"}))
    found = WordsNeeded([scan]).find("转发\n不得在\n不得在群里转发")
    assert found.of(scan) == [(7, 14)]


def test_a_requirement_met_by_any_of_its_ways_is_found_whichever_set_it_is_looked_up_by() -> None:
    # Two ways, each of a long and a short word: a line is looked at by the longest word of a way.
    scan = _same(
        r"甲乙丙[^\n]{0,3}丁戊|己庚[^\n]{0,3}辛壬癸",
        "丁戊\n甲乙丙丁戊\n己庚辛壬癸\n辛壬癸\n己庚丁戊甲乙丙\n己己庚辛壬癸",
    )
    assert scan.requirement == [
        (frozenset({"甲乙丙"}), frozenset({"丁戊"})),
        (frozenset({"己庚"}), frozenset({"辛壬癸"})),
    ]
    found = WordsNeeded([scan]).find("丁戊\n甲乙丙在丁戊\n己庚辛壬癸\n辛壬癸\n丁戊甲乙丙")
    assert found.lines_of([scan]) == 0b10110  # lines 1, 2 and 4 (a way's words in any order)


def test_a_line_of_a_region_is_searched_only_when_it_meets_the_requirement() -> None:
    judgement = load_judgement()
    real = "\n".join(fold(path.read_text(encoding="utf-8")) for path in shared_files(CORPUS)[:10])
    examples = [
        fold(example) for compiled in judgement.signals.values() for example in compiled.signal.examples.hit
    ]
    for text in [real, "\n".join(examples)]:
        found = judgement.words_needed.find(text)
        offset = 0
        for line in text.split("\n"):
            for compiled in judgement.signals.values():
                for scan in compiled.scans:
                    if scan.pattern.search(line):
                        assert found.on_line(scan, offset), (compiled.signal.name, line)
            offset += len(line) + 1


def test_the_signals_picked_from_the_scans_found_are_those_any_of_whose_scans_may_match() -> None:
    judgement = load_judgement()
    real = [fold(path.read_text(encoding="utf-8")) for path in shared_files(CORPUS)[:10]]
    examples = [
        fold(example) for compiled in judgement.signals.values() for example in compiled.signal.examples.hit
    ]
    signals = list(judgement.signals.values())
    for text in [*real, *examples, "", "关于做好年度工作的通知"]:
        found = judgement.words_needed.find(text)
        expected = [
            number for number, compiled in enumerate(signals) if found.any_anywhere(compiled.scan_ids)
        ]
        assert judgement.signal_order.possible(found) == expected
    assert any(judgement.signal_order.possible(judgement.words_needed.find(text)) for text in examples)


def test_what_a_look_around_on_its_line_must_see_is_asked_of_the_line() -> None:
    # 的陈 and 的林 are common; the words the look-ahead asks for are not: a line without them holds no
    # match, so the pattern does not run on it.
    scan = _same(r"的[陈林][\u4e00-\u9fff]{1,2}(?=调整至|轮岗)", "的陈某某\n调整至\n的林某调整至\n的陈某轮岗")
    assert scan.requirement == (frozenset({"的陈", "的林"}), frozenset({"调整至", "轮岗"}))
    scan = _same(r"(?<=调整至)的[陈林]", "调整至\n的陈\n调整至的林")
    assert scan.requirement == (frozenset({"调整至"}), frozenset({"的陈", "的林"}))


@pytest.mark.parametrize(
    ("pattern", "requirement"),
    [
        (r"的[陈林](?=\n调整至)", frozenset({"的陈", "的林"})),  # sees the next line: not asked
        (r"的[陈林](?=[,、]|与)", frozenset({"的陈", "的林"})),  # one of some characters: not asked
        (r"的[陈林](?!调整至)", frozenset({"的陈", "的林"})),  # a negative look-ahead asks nothing
        (r"的[陈林](?=[^\n]*(?=\n调整至))", frozenset({"的陈", "的林"})),
    ],
)
def test_a_look_around_that_may_see_another_line_or_asks_little_is_not_asked(
    pattern: str, requirement: frozenset[str]
) -> None:
    assert _same(pattern, "的陈\n调整至\n的林调整至\n的陈与").requirement == requirement


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="的陈林某调整至轮岗\n 。", max_size=80))
def test_any_text_under_a_look_around_on_its_line(text: str) -> None:
    _same(r"的[陈林][^\n。]{1,2}(?=调整至|轮岗)|(?<=轮岗)[^\n]某|林(?=[^\n]*(?=\n调))", text)
