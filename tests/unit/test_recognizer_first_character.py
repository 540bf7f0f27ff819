"""A recognizer's whole-text pattern written with its first character before its look-behind finds the
matches of the pattern written look-behind first (``re`` skips to the characters a match starts with only
when the pattern starts with one): compared on random texts of the characters both read."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from secreview.recognizers import named_numbers, split_cells
from secreview.recognizers.pack_patterns import IDENTITY_PACK, fragment_source

_NUMERAL = "0-9〇零一二三四五六七八九"
# The patterns as they were written before, look-behind first.
_RUN = re.compile(
    rf"(?<![{_NUMERAL}])[1-9一二三四五六七八九][{_NUMERAL} .、/_—·•,\-\r\n]{{15,}}[{_NUMERAL}Xx]?"
)
# The PI pack's broken mobile (leak15: the shape PI109 reads after a cue), look-behind first.
_BROKEN_MOBILE = re.compile(
    rf"(?<![0-9A-Za-z*.\-])(?:{fragment_source(IDENTITY_PACK, named_numbers.BROKEN_MOBILE)})"
    r"(?![0-9A-Za-z*]|[ \-]?\d|\.\d)"
)

_GAP = r" *[\t|│] *"
_GROUP = r"[0-9](?:[ \-]?[0-9])*+"
_SPLIT_RUN = re.compile(
    rf"(?<![0-9A-Za-z*.+]){_GROUP}(?:{_GAP}{_GROUP})++(?:(?:{_GAP})?[Xx])?(?![0-9A-Za-z*]|\.[0-9])"
)

_ALPHABET = "0123456789一二三四五六七八九〇零 .、/_—·•,-\r\nXxAz*张号"


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=120))
def test_the_run_prefilter_finds_what_the_look_behind_first_form_finds(text: str) -> None:
    assert _spans(named_numbers._RUN, text) == _spans(_RUN, text)


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="1113456789 \r\n.-*aX张", max_size=60))
def test_the_broken_mobile_finds_what_the_look_behind_first_form_finds(text: str) -> None:
    assert _spans(named_numbers._broken_mobile(), text) == _spans(_BROKEN_MOBILE, text)


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="0123456789 -\t|│Xx.+*a张\n", max_size=80))
def test_the_split_cell_runs_are_what_the_look_behind_first_form_finds(text: str) -> None:
    assert _spans(split_cells._RUN, text) == _spans(_SPLIT_RUN, text)


def test_both_find_a_number_at_the_start_of_a_text_and_after_a_letter() -> None:
    texts = [
        "13812\n345678",
        "a13812\n345678",
        "张13812\n345678",
        "430102199003071234",
        "四三〇一〇二一九九〇〇三〇七一二三四",
    ]
    for text in texts:
        assert _spans(named_numbers._broken_mobile(), text) == _spans(_BROKEN_MOBILE, text)
        assert _spans(named_numbers._RUN, text) == _spans(_RUN, text)
    assert _spans(named_numbers._broken_mobile(), "13812\n345678") == [(0, 12)]
    assert _spans(named_numbers._broken_mobile(), "a13812\n345678") == []
    for text in ("4301\t0219\t9003", "a4301\t0219", "4301 | 0219 | 9003 | 071X", "*4301\t0219"):
        assert _spans(split_cells._RUN, text) == _spans(_SPLIT_RUN, text)
    assert _spans(split_cells._RUN, "4301\t0219\t9003") == [(0, 14)]
