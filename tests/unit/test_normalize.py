from __future__ import annotations

from secreview.normalize import fold, normalize


def test_fold_keeps_length_and_folds_full_width_and_traditional() -> None:
    original = "身份證號：４３０１０２Ｘ　機密★"
    folded = fold(original)
    assert len(folded) == len(original)
    assert folded == "身份证号:430102X 机密★"


def test_simplified_text_is_unchanged() -> None:
    text = "关于做好政务公开工作的通知"
    assert fold(text) == text
    assert normalize(text).origin is None


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


def test_the_invisible_characters_checked_one_by_one_are_those_of_the_pattern() -> None:
    from secreview import normalize as module

    in_pattern = {chr(code) for code in range(0x10000) if module._INVISIBLE.fullmatch(chr(code))}
    assert set(module._INVISIBLE_CHARACTERS) == in_pattern
