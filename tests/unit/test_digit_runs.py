"""A trigger pattern whose every match holds a run of digits is searched only in the lines holding such a run
(digit_runs.py): the same lines as a search of the whole text."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import regex

from secreview import Engine
from secreview.digit_runs import digit_run, run_pattern
from secreview.normalize import normalize

SHARED = Path(__file__).resolve().parents[3] / "shared"


def test_every_decimal_digit_of_the_plane_is_an_ascii_digit_in_the_matching_view() -> None:
    """What lets ``[0-9]`` stand for ``regex``'s ``\\d`` in a matching view of the Basic Multilingual
    Plane."""
    digit = regex.compile(r"\d")
    for code in range(0x10000):
        if 0xD800 <= code < 0xE000 or not digit.match(chr(code)):
            continue
        assert normalize(chr(code)).text in "0123456789", hex(code)


@pytest.mark.parametrize(
    ("pattern", "length"),
    [
        (
            r"(?<=[话机])(?<=[话机][::]?)\d[\d()+ \-转]{5,24}\d"
            r"|(?<=\p{Han} )(?:\(0\d{2,3}\)|0\d{2,3})[ \-]?[2-9]\d{6}",
            7,
        ),
        (r"\d{6}|\d{3}[ \-]\d{3}", 6),
        (r"(?<![0-9])(?:\d{3}[ \-]?){2}\d{4}", 10),
        (r"(?=1)\d{2}(?:[A-Z]\d{3}|\d{4})", 6),
    ],
)
def test_the_run_is_told_from_the_pattern(pattern: str, length: int) -> None:
    found = digit_run(regex.compile(pattern))
    assert found is not None
    assert found[1] == length


@pytest.mark.parametrize(
    "pattern",
    [
        r"[〔\[(]\d{4}[〕\])]",  # starts with a class: regex finds it fast alone
        r"0\d{2,3}[ \-]?[2-9]\d{6}",  # starts with a character
        r"(?<=a)\d{2}\w\d{2}",  # no run of five
        r"(?<=a)\d{6}(?=\s*元)",  # a look-ahead that may take a line break
        r"(?<=a)\d{6}|(?<=b)\w+",  # an alternative without digits
    ],
)
def test_no_run_is_told(pattern: str) -> None:
    assert digit_run(regex.compile(pattern)) is None


_ALPHABET = "0123456789" * 4 + " -()+转号电话机局:\n中Aa"


def test_every_match_holds_the_run() -> None:
    rng = random.Random(11)
    patterns = [
        r"(?<=[话机局])[ :]*\d[\d()+ \-转]{5,24}\d|(?<=中 )(?:\(0\d{2,3}\)|0\d{2,3})[ \-]?[2-9]\d{6}",
        r"\d{6}|\d{3}[ \-]\d{3}",
        r"(?<![0-9])(?:\d{3}[ \-]?){2}\d{4}",
    ]
    for source in patterns:
        pattern = regex.compile(source)
        found = digit_run(pattern)
        assert found is not None
        run = regex.compile(run_pattern(*found))
        matched = 0
        for _ in range(3000):
            text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 40)))
            for match in pattern.finditer(text):
                matched += 1
                assert run.search(match.group()) is not None, (source, text)
        assert matched > 100


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _texts() -> list[str]:
    rng = random.Random(12)
    texts = [path.read_text(encoding="utf-8") for path in sorted(SHARED.glob("**/*.txt"))[:200]]
    pieces = [
        "联系电话:",
        "0731-85880114",
        "(0745)6216243",
        "县民政局",
        "13812345678",
        " ",
        "\t",
        "\n",
        "转",
        "号",
        "〔2024〕",
        "4301021990",
        "-",
        "+86 ",
        "单位",
        "地址:",
        "12",
        "345",
    ]
    # A list with a number on every line: searched whole, as before, once the lines prove too many.
    texts.append("\n".join(f"{row}\t县民政局\t0731-8588{row:04d}\t13812345678" for row in range(300)))
    for _ in range(2000):
        texts.append("".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))))
    return texts


def test_the_trigger_lines_are_those_of_a_search_of_the_whole_text(engine: Engine) -> None:
    matcher = engine._patterns
    assert any(matcher._in_digit_lines)
    for text in _texts():
        view = normalize(text).text
        assert matcher._windows(view, folded=True) == matcher._windows(view), text[:80]


def test_the_trigger_words_mark_the_lines_they_marked_hit_by_hit(engine: Engine) -> None:
    """The lines of the trigger words, found word by word, make the windows the hits made one by one."""
    matcher = engine._patterns
    tags = matcher._trigger_tags
    assert tags is not None
    for text in _texts():
        view = normalize(text).text
        fast = matcher._windows(view, folded=True)
        matcher._trigger_tags = None
        try:
            assert matcher._windows(view, folded=True) == fast, text[:80]
        finally:
            matcher._trigger_tags = tags
