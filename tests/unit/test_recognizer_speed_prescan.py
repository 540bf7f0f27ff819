"""The quick scans of the recognizers let through every place the exact patterns can match.

Each shortcut in secreview/recognizers (prescan.py, and its use in persons.py, cells.py, jieba_view.py,
addresses.py and sensitive.py) is compared here with the plain computation it stands for, on random
texts built from the words the patterns look for.
"""

from __future__ import annotations

import random
import re

import pytest
import regex

from secreview.recognizers import addresses, cells, jieba_view, persons, prescan, sensitive
from secreview.recognizers.prescan import (
    DIGIT_OR_MORE,
    HAN_OR_MORE,
    LineIndex,
    Words,
    alternation,
    matches_at,
)
from secreview.tokenize import Tokenizer

_EVERY_CHARACTER = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)

_PERSON_FRAGMENTS = (
    *persons.ROLE_WORDS[:40],
    *"张王李欧阳司马申请人某*明华建国秀英小",
    "张三",
    "欧阳明",
    "李秀英",
    "王某某",
    "姓名",
    "户主",
    "住址",
    "村组",
    "致困原因",
    "家庭成员",
    "联系人",
    "名单",
    "如下",
    "公示",
    "户名单",
    "对象",
    "男",
    "女",
    "身份证号",
    "家住",
    "住",
    "1985年3月出生",
    "35岁",
    "430102199003071234",
    "先生",
    "你",
    "您好",
    "某村3组",
    "8号",
    "2单元",
    "十组",
    "1.",
    "2、",
    "三)",
    "\n",
    "\n",
    "\t",
    " ",
    "  ",
    "\u3000",
    "\x1c",
    ":",
    ",",
    "、",
    "。",
    ";",
    "(",
    ")",
)


def _texts(fragments: tuple[str, ...] | list[str], count: int, seed: int, longest: int = 40) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(fragments) for _ in range(rng.randint(1, longest))) for _ in range(count)]


def test_wider_classes_hold_every_character_of_the_regex_classes() -> None:
    for exact, wider in ((r"\p{Han}", HAN_OR_MORE), (r"\d", DIGIT_OR_MORE), (r"\s", r"\s")):
        missing = set(regex.findall(exact, _EVERY_CHARACTER)) - set(re.findall(wider, _EVERY_CHARACTER))
        assert not missing, (exact, sorted(missing)[:10])


def test_jieba_block_is_the_block_jieba_cuts_on_its_own() -> None:
    posseg = pytest.importorskip("jieba.posseg")
    jieba_chars = {char for block in posseg.re_han_internal.findall(_EVERY_CHARACTER) for char in block}
    our_chars = {char for block in jieba_view._JIEBA_BLOCK.findall(_EVERY_CHARACTER) for char in block}
    assert jieba_chars == our_chars


def test_first_word_of_the_block_is_the_first_word_of_the_clause() -> None:
    tokenizer = Tokenizer()
    fragments = (*_PERSON_FRAGMENTS, "abc", "AB12", "x.y", "#", "&", "+", "-", "的", "和", "就业", "工作")
    for clause in _texts(fragments, 300, seed=3, longest=12):
        tagged = tokenizer.tagged(clause)
        expected = (tagged[0][1], tagged[0][3]) if tagged else None
        assert jieba_view.first_word(clause, tokenizer) == expected, clause


@pytest.mark.parametrize("anchors", ["", "人主名示下象员单细表"])
def test_words_start_where_any_word_starts(anchors: str) -> None:
    words = ("申请人", "被申请人", "户主", "户名", "名单", "公示", "如下", "对象", "人员", "明细", "一览表")
    scan = Words(words, anchors)
    for text in _texts((*words, "户", "名", "单", "申", "请", "人", "被", "x", "\n"), 2000, seed=5):
        expected = [i for i in range(len(text)) if text.startswith(words, i)]
        assert scan.starts(text) == expected, text
        assert scan.search(text) == bool(expected), text


def test_alternation_matches_the_longest_word_first() -> None:
    words = ["申请", "申请人", "申报", "户", "户主", "a.b", "ab"]
    pattern = re.compile(alternation(words))
    for text in _texts([*words, "申", "请", "人", "a", ".", "b"], 1000, seed=6, longest=8):
        for start in range(len(text)):
            longest = max((w for w in words if text.startswith(w, start)), key=len, default=None)
            match = pattern.match(text, start)
            assert (match.group() if match else None) == longest, (text, start)


def test_line_index_finds_the_line_of_a_position() -> None:
    for text in _texts(("ab", "\n", "c"), 300, seed=7):
        lines = LineIndex(text)
        for position in range(len(text)):
            assert lines.of(position) == text.count("\n", 0, position), (text, position)
            assert lines.starts[lines.of(position)] == text.rfind("\n", 0, position) + 1


def test_sensitive_terms_found_at_candidates_are_the_terms_found_by_a_search() -> None:
    terms = (sensitive.HEALTH, sensitive.HARDSHIP, sensitive.CRIMINAL, sensitive.IDENTITY)
    fragments = [run for pattern in terms for run in regex.findall(r"[\p{Han}A-Z]{2,}", pattern.pattern)]
    fragments += list(
        "视听言肢智精多重一二三四五六七八九十1234567890级等致贫家庭人均月年元以周岁族病瘤炎症.:, \t\n\u3000"
    )
    fragments += [
        "综合征",
        "肺癌",
        "12",
        "13",
        "14",
        "等级",
        "1.5",
        "3200",
        "信息",
        "图像",
        "伊斯兰",
        "基督",
        "家庭人均月年收入:1200元",
    ]
    patterns = {
        "health": (sensitive.HEALTH, sensitive._HEALTH_WITHOUT_CANCER),
        "hardship": (sensitive.HARDSHIP,),
        "criminal": (sensitive.CRIMINAL,),
        "identity": (sensitive.IDENTITY,),
    }
    for text in _texts(fragments, 4000, seed=8, longest=30):
        candidates = sensitive._candidates(text)
        for group, group_patterns in patterns.items():
            for pattern in group_patterns:
                if pattern is sensitive._HEALTH_WITHOUT_CANCER and "癌" in text:
                    continue
                expected = [match.span() for match in pattern.finditer(text)]
                found = [match.span() for match in matches_at(pattern, text, candidates[group])]
                assert found == expected, (group, text)


def test_clause_heads_are_the_heads_the_exact_pattern_finds() -> None:
    at_start, after_mark, _ = persons._clause_heads_before_name()
    for text in _texts(_PERSON_FRAGMENTS, 3000, seed=9):
        heads = [match.end() for match in after_mark.finditer(text)]
        first = at_start.match(text)
        expected = list(dict.fromkeys([first.end(), *heads] if first else heads))
        assert persons.clause_heads_before_name(text) == expected, text


def test_scans_for_role_words_list_cues_and_lines_cover_the_exact_patterns() -> None:
    tokenizer = Tokenizer()
    fillers = ("甲" * 7, "乙" * 30, "丙" * 55)
    for text in _texts((*_PERSON_FRAGMENTS, *fillers), 3000, seed=10, longest=60):
        collector = persons._Collector(text, tokenizer)
        roles = [match.start() for match in persons._ROLE.finditer(text, overlapped=True)]
        assert set(roles) <= set(collector.words["role"]), text
        cues = [match.start() for match in persons._LIST_CUE.finditer(text, overlapped=True)]
        assert cues == collector.list_cues, text
        numbered = [match.start() for match in persons._NUMBERED_ITEM.finditer(text)]
        assert set(numbered) <= set(persons.numbered_line_starts(text)), text
        salutations = [match.start() for match in persons._SALUTATION.finditer(text)]
        assert set(salutations) <= set(persons.salutation_line_starts(text)), text
        lines = collector.lines
        headed = [
            number
            for number, line in enumerate(lines.texts)
            if any(persons._NAME_HEADING.match(value.strip()) for value in cells.cell_values(line))
        ]
        assert set(headed) <= set(collector.heading_lines), text
        within_reach = [
            number
            for number, line in enumerate(lines.texts)
            if persons._LIST_CUE.search(
                text[max(0, lines.starts[number] - 120) : lines.starts[number] + len(line)]
            )
        ]
        assert set(within_reach) <= set(collector._lines_after_cues()), text


def _reach(text: str, line_start: int, line: str) -> str:
    """Where a list of names on this line looks for its cue: 120 characters before it, and the line."""
    return text[max(0, line_start - 120) : line_start + len(line)]


def test_cells_of_a_line_with_tabs_are_the_cells_the_separator_pattern_gives() -> None:
    for line in _texts(("张三", "男", "\t", "\t\t", " ", "  ", "\u3000", "1"), 3000, seed=11, longest=10):
        expected = []
        cursor = 0
        for separator in cells._CELL_SPLIT.finditer(line):
            if separator.start() > cursor:
                expected.append((cursor + 5, separator.start() + 5))
            cursor = separator.end()
        if cursor < len(line):
            expected.append((cursor + 5, len(line) + 5))
        assert [(cell.start, cell.end) for cell in cells.cells(5, line)] == expected, line
        assert cells.cell_values(line) == [line[start - 5 : end - 5] for start, end in expected], line


def test_whole_name_is_the_stripped_cell_read_as_one_name() -> None:
    for cell in _texts(
        ("张", "三", "欧阳", "明", "某", " ", "\t", "\u3000", "1", "市"), 3000, seed=12, longest=7
    ):
        stripped = cell.strip()
        expected = 2 <= len(stripped) <= 4 and persons.name_end(stripped, 0) == len(stripped)
        assert persons.whole_name(cell) == expected, cell


def test_dwelling_is_found_where_a_search_finds_one() -> None:
    fragments = (*"0123456789一二三十号室栋幢组社弄户楼单元张 \t\u3000\x1c", "单元", "号楼", "123456")
    for text in _texts(fragments, 20000, seed=13, longest=12):
        assert addresses._has_dwelling(text) == bool(addresses._DWELLING.search(text)), text


def test_a_word_without_an_anchor_character_is_refused() -> None:
    with pytest.raises(ValueError, match="甲乙"):
        Words(["甲乙", "丙丁"], "丙")


@pytest.mark.parametrize("split_at_once", [prescan.SPLIT_AT_ONCE, 0])
def test_line_index_reads_lines_as_split_whether_split_whole_or_cut_when_read(
    split_at_once: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long text's lines are cut when read (a list of names is not held twice): the same lines, starts
    and line numbers as a text split whole."""
    monkeypatch.setattr(prescan, "SPLIT_AT_ONCE", split_at_once)
    rng = random.Random(20)
    for _ in range(200):
        text = "".join(rng.choice("甲b\n\t") for _ in range(rng.randrange(40)))
        lines = text.split("\n")
        index = prescan.LineIndex(text)
        assert list(index.texts) == lines and len(index) == len(lines) == len(index.texts)
        assert index.texts[-1] == lines[-1] and index.texts[1:] == lines[1:]
        assert [text[start:].split("\n")[0] for start in index.starts] == lines
        assert all(index.of(start) == number for number, start in enumerate(index.starts))
