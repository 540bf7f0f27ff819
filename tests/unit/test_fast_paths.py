"""The shortcuts taken for speed find exactly what the plain computation finds."""

from __future__ import annotations

import random

import regex

from secreview.match import _first_of_each_line, _Lines
from secreview.normalize import _fold_table, fold
from secreview.recognizers import persons, sensitive
from secreview.redact import mask

_FRAGMENTS = (
    "张三",
    "欧阳明",
    "李",
    "王某",
    "癌",
    "胃癌",
    "肺癌晚期",
    "患有糖尿病",
    "视力残疾 二级",
    "残疾等级3级",
    "HIV",
    "信仰佛教",
    "12 岁",
    "13周岁",
    "5岁以下",
    "1.5岁",
    "未成年",
    "穆斯林",
    "DNA",
    "\n",
    ",",
    "。",
    " ",
    "男,",
    "女",
    "身份证号",
    "住",
    "家住",
    "1987年3月出生",
    "因病",
    "因病致贫",
    "123",
    "汉族",
    "的",
    "、",
)


def _texts(count: int) -> list[str]:
    rng = random.Random(20261123)
    return ["".join(rng.choice(_FRAGMENTS) for _ in range(rng.randint(1, 40))) for _ in range(count)]


def _spans(pattern: regex.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


def _ungated(pattern: regex.Pattern[str]) -> regex.Pattern[str]:
    """The alternation behind the look-ahead that ``_gated`` puts in front."""
    body = pattern.pattern
    start = body.index(")(?:") + 1
    return regex.compile(body[start:])


def test_gated_term_patterns_match_as_the_plain_alternations() -> None:
    for text in _texts(3000):
        for gated in (sensitive.HEALTH, sensitive.IDENTITY):
            assert _spans(gated, text) == _spans(_ungated(gated), text), text
        if "癌" not in text:
            assert _spans(sensitive._HEALTH_WITHOUT_CANCER, text) == _spans(sensitive.HEALTH, text), text


def test_clause_heads_before_a_name_are_the_clause_heads_that_can_start_one() -> None:
    for text in _texts(3000):
        heads = persons.clause_heads_before_name(text)
        assert heads == sorted(set(heads)), text
        for match in persons._CLAUSE_HEAD.finditer(text):
            start = match.end()
            end = persons.name_end(text, start) if start < len(text) else None
            if end is not None and persons._CLAUSE_TAIL.match(text[end : end + 24]):
                assert start in heads, (text, start)


def _line_window(text: str, start: int, end: int, extra_lines: int) -> tuple[int, int]:
    """The lines holding ``text[start:end]`` widened by ``extra_lines``, found by searching for breaks."""
    left = text.rfind("\n", 0, start) + 1
    for _ in range(extra_lines):
        if left == 0:
            break
        left = text.rfind("\n", 0, left - 1) + 1
    right = text.find("\n", end)
    for _ in range(extra_lines):
        if right == -1:
            break
        right = text.find("\n", right + 1)
    return left, len(text) if right == -1 else right


def test_lines_spanned_are_the_lines_of_start_and_end() -> None:
    rng = random.Random(9)
    for _ in range(500):
        text = "".join(rng.choice("ab\n") for _ in range(rng.randint(1, 30)))
        spans = []
        for _ in range(rng.randint(1, 8)):
            start = rng.randrange(len(text))
            spans.append((start, rng.randint(start + 1, len(text)), rng.randint(0, 1)))
        lines = _Lines(text)
        expected = [(lines.index(start), lines.index(end), tag) for start, end, tag in spans]
        deduplicated = [
            item for index, item in enumerate(expected) if index == 0 or expected[index - 1] != item
        ]
        assert list(lines.spanned(iter(spans))) == deduplicated, (text, spans)


def test_the_lines_of_first_matches_are_the_lines_spanned() -> None:
    rng = random.Random(11)
    for _ in range(500):
        text = "".join(rng.choice("ab\n") for _ in range(rng.randint(1, 40)))
        # The first match of each line of a pattern that takes no line break, in order; empty ones too.
        pattern = regex.compile(rng.choice(["a", "ab", "b*", "a|b"]))
        spans = list(_first_of_each_line(pattern, text, "X"))
        lines = _Lines(text)
        spanned = [(first, last) for first, last, _ in lines.spanned((start, end, 0) for start, end in spans)]
        assert lines.lines_of_first_matches(iter(spans)) == spanned, (text, pattern.pattern)


def test_line_windows_from_line_starts_are_the_searched_ones() -> None:
    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice("ab\n") for _ in range(rng.randint(1, 14)))
        start = rng.randrange(len(text))
        end = rng.randint(start + 1, len(text))
        extra = rng.randint(0, 4)
        lines = _Lines(text)
        expected = _line_window(text, start, end, extra)
        assert lines.window(lines.index(start), lines.index(end), extra) == expected, (text, start, end)


def test_mask_of_a_run_without_separators_is_the_general_mask() -> None:
    for original in ("13812345678", "43010219900307123X", "ab", "1234 5678-90", "中文字符"):
        for keep in ((0, 0), (0, 4), (1, 2), (3, 4), (6, 4), (0, 20), (20, 0)):
            visible = [index for index, char in enumerate(original) if char.isalnum()]
            hidden = set(visible[keep[0] : len(visible) - keep[1]] if keep[1] else visible[keep[0] :])
            hidden = hidden or set(visible)  # a value no longer than the mask keeps is hidden whole
            expected = "".join("*" if index in hidden else char for index, char in enumerate(original))
            assert mask(original, keep) == expected, (original, keep)


def test_fold_through_the_plane_table_is_the_fold_through_the_dict() -> None:
    table = _fold_table()
    keys = sorted(table)
    rng = random.Random(11)
    texts = ["".join(chr(code) for code in keys), "繁體字 ＡＢＣ１２３\u3000𠀋"]
    for _ in range(500):
        texts.append(
            "".join(
                chr(rng.choice(keys)) if rng.random() < 0.5 else chr(rng.randint(0, 0x2FFFF))
                for _ in range(20)
            )
        )
    for text in texts:
        assert fold(text) == text.translate(table)
