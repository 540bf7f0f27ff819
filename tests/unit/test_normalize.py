from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secreview import check_text
from secreview.normalize import _matching_table, changing, fold, normalize

ID = "430102199003071234"


def test_fold_keeps_length_and_folds_full_width_and_traditional() -> None:
    original = "身份證號：４３０１０２Ｘ　機密★"
    folded = fold(original)
    assert len(folded) == len(original)
    assert folded == "身份证号:430102X 机密★"


def test_simplified_text_is_unchanged() -> None:
    text = "关于做好政务公开工作的通知"
    assert fold(text) == text
    assert normalize(text).origin is None


def test_the_test_for_characters_to_change_finds_exactly_those_translating_changes() -> None:
    """A text without a character of ``changing`` is returned as it is: each character of the plane that the
    table maps (or removes) is in it, and none that it maps to itself (zhconv lists some)."""
    table = _matching_table()
    for code in range(0x10000):
        if 0xD800 <= code < 0xE000:
            continue
        character = chr(code)
        translated = character.translate(table)
        changes = translated != character or code in (0x200B,)
        assert (changing().search(character) is not None) == changes, hex(code)


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(["中", "号", "1", " ", "\n", "開", "关", "\uff1a", "\u200b", "\u3000", "a"])
    )
)
def test_a_text_with_nothing_to_change_is_its_own_matching_view(text: str) -> None:
    folded = text.translate(_matching_table())
    normalized = normalize(text)
    if "\u200b" not in folded:
        assert normalized.text == folded
        assert normalized.origin is None
        assert (normalized.text is text) == (folded == text)


def test_zero_width_characters_are_removed_and_mapped_back() -> None:
    original = "号码43\u200b0102\u200d19"
    normalized = normalize(original)
    assert normalized.text == "号码43010219"
    start = normalized.text.index("43")
    start_orig, end_orig = normalized.to_original(start, len(normalized.text))
    assert original[start_orig:end_orig] == "43\u200b0102\u200d19"


def test_empty_span_maps_to_a_position() -> None:
    normalized = normalize("a\u200bb")
    assert normalized.to_original(1, 1) == (2, 2)
    assert normalized.to_original(2, 2) == (3, 3)


def test_removed_characters_are_translated_to_the_one_searched_for() -> None:
    from secreview import normalize as module

    removed = {chr(code) for code in range(0x110000) if module._matching_table().get(code) == module._REMOVED}
    assert removed == {chr(code) for code in module._REMOVED_CODES}
    assert {"\u202e", "\u2066", "\u2069", "\u200e", "\u061c"} <= removed


def test_the_digit_blocks_are_those_of_unicodedata() -> None:
    from secreview import normalize as module

    zeros = [code for code in range(0x110000) if unicodedata.decimal(chr(code), None) == 0 and code != 0x30]
    assert list(module._DIGIT_ZEROS) == zeros


@pytest.mark.parametrize("zero", [0x660, 0x6F0, 0x966, 0xFF10, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6])
def test_digits_of_other_blocks_fold_to_ascii_one_for_one(zero: int) -> None:
    original = "电话" + "".join(chr(zero + int(digit)) for digit in "13912345678")
    folded = fold(original)
    assert folded == "电话13912345678" and len(folded) == len(original)
    assert normalize(original).text == "电话13912345678"


def test_a_reversed_number_under_rlo_is_matched_as_displayed() -> None:
    original = "身份证号:\u202e" + ID[::-1] + "\u202c。"
    normalized = normalize(original)
    assert ID in normalized.text
    start = normalized.text.index(ID)
    begin, end = normalized.to_original(start, start + len(ID))
    assert original[begin:end] == ID[::-1]


def test_digit_groups_in_an_rtl_embedding_are_matched_in_display_order() -> None:
    original = "手机\u202b5678 1234 139\u202c完"
    assert normalize(original).text == "手机139 1234 5678完"


def test_ordinary_lines_keep_their_order_next_to_a_line_with_controls() -> None:
    original = "第一行 123\n\u202eab\u202c\n第三行 456"
    normalized = normalize(original)
    assert normalized.text == "第一行 123\nba\n第三行 456"
    assert normalized.to_original(0, 7) == (0, 7)


def test_an_id_in_other_digits_under_rlo_is_found_at_the_original_characters() -> None:
    digits = "".join(chr(0x1D7CE + int(digit)) for digit in ID)
    original = f"户主身份证号:\u202e{digits[::-1]}\u202c,特此公示。"
    findings = [f for f in check_text(original).files[0].findings if f.category == "id_number"]
    assert [(f.start, f.end, f.text) for f in findings] == [(8, 26, digits[::-1])]
    assert original[8:26] == digits[::-1]


_SAMPLE_ZEROS = (0x30, 0x660, 0x966, 0xFF10, 0x1D7CE, 0x1D7F6)
# Shown as nothing between two digits: an empty isolate too.
_FILLER = st.sampled_from(["", "\u200b", "\u200d", "\u00ad", "\u200e", "\u2066\u2069", "\u2067\u2069"])


@st.composite
def _disguised_ids(draw: st.DrawFn) -> tuple[str, str]:
    """(a text with an ID number written in other digits, between invisible characters and maybe reversed
    under an RLO, the ID number it shows)."""
    shown = "".join(chr(draw(st.sampled_from(_SAMPLE_ZEROS)) + int(digit)) for digit in ID)
    reversed_ = draw(st.booleans())
    stored = shown[::-1] if reversed_ else shown
    pieces = [character + draw(_FILLER) for character in stored]
    body = "".join(pieces)
    if reversed_:
        body = "\u202e" + body + "\u202c"
    return f"关于户主的公示\n户主身份证号:{body},特此公示。\n", shown


@settings(max_examples=60, deadline=None)
@given(_disguised_ids())
def test_disguised_ids_are_found_and_point_at_the_original_characters(case: tuple[str, str]) -> None:
    original, shown = case
    findings = [f for f in check_text(original).files[0].findings if f.category == "id_number"]
    assert len(findings) == 1
    finding = findings[0]
    assert finding.text == original[finding.start : finding.end]
    digits = [character for character in finding.text if unicodedata.decimal(character, None) is not None]
    assert sorted(digits) == sorted(shown)


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="12张 ,\t\n\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b𝟏٣", max_size=40)
)
def test_every_span_maps_to_the_original_characters_it_shows(original: str) -> None:
    normalized = normalize(original)
    text = normalized.text
    origin = list(range(len(original))) if normalized.origin is None else list(normalized.origin)
    assert sorted(origin) == [
        i
        for i, c in enumerate(original)
        if c not in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b"
    ]
    for start in range(len(text)):
        for end in range(start + 1, len(text) + 1):
            begin, stop = normalized.to_original(start, end)
            assert 0 <= begin < stop <= len(original)
            for index in range(start, end):
                assert begin <= origin[index] < stop
                assert text[index] == fold(original[origin[index]])


def _reordered_level_by_level(levels: list[int]) -> list[int]:
    """UAX #9 rule L2 as written: from the highest level down to the lowest odd one, reverse every run at
    that level or above."""
    order = list(range(len(levels)))
    odd = [level for level in levels if level % 2]
    for level in range(max(levels, default=0), min(odd, default=max(levels, default=0) + 1) - 1, -1):
        position = 0
        while position < len(order):
            end = position
            while end < len(order) and levels[order[end]] >= level:
                end += 1
            order[position:end] = order[position:end][::-1]
            position = end + 1
    return order


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=126), max_size=30))
def test_reordering_by_tree_is_rule_l2(levels: list[int]) -> None:
    from secreview.bidi import _reordered

    assert _reordered(levels) == _reordered_level_by_level(levels)
