"""A regex pattern's standard-library twin (secreview/standard_twin.py) finds what the pattern finds."""

from __future__ import annotations

import random

import regex

from secreview.standard_twin import standard_twin


def _spans(pattern: regex.Pattern[str] | object, text: str, left: int, right: int) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text, left, right)]  # type: ignore[attr-defined]


def test_digits_classes_and_look_arounds_have_a_twin() -> None:
    pattern = regex.compile(r"(?<![0-9A-Za-z*])(?:18|19|20)\d{2}[ \-]?\d{4}(?![0-9]|\s*元)")
    twin = standard_twin(pattern)
    assert twin is not None
    assert "[^\\S\\x1c-\\x1f]" in twin.pattern  # regex's \s, not re's (which counts \x1c-\x1f)


def test_constructs_that_differ_have_no_twin() -> None:
    differing = (r"\w+", r"\bA", r"(?i)abc", r"\p{Han}", r"[\s\d]", r"(?<=a[^\n]{1,9})b", r"(\d)\1", "[[a]")
    for source in differing:
        assert standard_twin(regex.compile(source)) is None, source
    assert standard_twin(regex.compile(r"\d+", regex.IGNORECASE)) is None


def test_information_separators_are_no_space_in_either() -> None:
    pattern = regex.compile(r"1\s*元")
    twin = standard_twin(pattern)
    assert twin is not None
    for text in ("1\x1c元", "1\u3000元", "1 \t元"):
        assert _spans(twin, text, 0, len(text)) == _spans(pattern, text, 0, len(text))


def test_twin_finds_the_same_matches_in_windows() -> None:
    sources = (
        r"(?<![0-9A-Za-z*])[1-8]\d{5}[ \-]?(?:18|19|20)\d{2}[ \-]?\d{4}[ \-]?\d{3}[0-9Xx](?![0-9A-Za-z*])",
        r"(?<![0-9A-Za-z*+.¥$])1[3-9]\d[ \-]?\d{4}[ \-]?\d{4}(?![0-9A-Za-z*]|\.\d|\s*(?:元|万|%))",
        r"(?<![0-9])\d{4}(?:[ \-]?\d{4}){3}+",
    )
    numbers = ["430102", "19900307", "1234", "X", "138", "0013", "8000"]
    pieces = [*numbers, "元", "a", "*", ".", " ", "-", "\t", "\n"]
    generator = random.Random(20)
    for source in sources:
        pattern = regex.compile(source)
        twin = standard_twin(pattern)
        assert twin is not None, source
        for _ in range(2000):
            text = "".join(generator.choice(pieces) for _ in range(generator.randint(0, 14)))
            left = generator.randint(0, len(text))
            right = generator.randint(left, len(text))
            assert _spans(twin, text, left, right) == _spans(pattern, text, left, right), (source, text)
