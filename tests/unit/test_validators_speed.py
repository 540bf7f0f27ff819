"""The validators' fast paths (no separators, ASCII digits, a character set) answer as their general paths."""

from __future__ import annotations

import random
from collections.abc import Callable
from operator import mul

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from secreview.validators import (
    _GB11643_WEIGHTS,
    _GB32100_CHARS,
    _GB32100_WEIGHTS,
    Verdict,
    _identity_shaped,
    cn_mobile,
    compact,
    gb11643_check_char,
    gb32100,
    mobile_prefixes,
)
from tests.testing import identifiers

# ASCII and other digits (Arabic-Indic, full-width, superscript), letters, CJK and every separator kind.
_CHARS = st.sampled_from("0123456789Xx٣۴０２²AZyu张 \t\u3000-·•/+")
_SEPARATORS = regex.compile(r"[\s\-·•]")


@settings(max_examples=200, deadline=None)
@given(st.text(_CHARS, max_size=24))
def test_compact_fast_path(matched: str) -> None:
    assert compact(matched) == _SEPARATORS.sub("", matched).upper()


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from("0123456789٣۴٠"), min_size=17, max_size=17))
def test_check_character_from_bytes_and_from_int(first17: str) -> None:
    total = sum(map(mul, map(int, first17), _GB11643_WEIGHTS))
    assert gb11643_check_char(first17) == "10X98765432"[total % 11]


def test_check_character_needs_17_characters() -> None:
    for wrong in ("", "1" * 16, "1" * 18):
        try:
            gb11643_check_char(wrong)
        except ValueError:
            continue
        raise AssertionError(f"{wrong!r} accepted")


def _outcome(validator: Callable[[str], Verdict], matched: str) -> Verdict | type[Exception]:
    try:
        return validator(matched)
    except (ValueError, KeyError) as error:  # a digit int() cannot read, such as a superscript
        return type(error)


def _general_mobile(matched: str) -> Verdict:
    digits = "".join(char for char in matched if char.isdigit())
    if len(digits) == 13 and digits.startswith("86"):
        digits = digits[2:]
    elif len(digits) == 15 and digits.startswith("0086"):
        digits = digits[4:]
    if len(digits) != 11 or not any(digits.startswith(prefix) for prefix in mobile_prefixes()[0]):
        return Verdict.INVALID
    return Verdict.VALID


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        st.from_regex(r"\A(?:\+86|0086)?1[3-9]\d{9}\Z", fullmatch=True),
        st.text(st.sampled_from("0123456789٣²１ -+a"), max_size=16),
        st.tuples(st.integers(0, 10**6), st.integers(0, 11), st.sampled_from("a٣²１ -")).map(
            lambda drawn: _with_char(identifiers.mobile(random.Random(drawn[0])) + "0", drawn[1], drawn[2])
        ),
    )
)
def test_mobile_fast_path(matched: str) -> None:
    assert _outcome(cn_mobile, matched) == _outcome(_general_mobile, matched)


def _with_char(code: str, position: int, char: str) -> str:
    return code[:position] + char + code[position + 1 :]


def _general_credit_code(matched: str) -> Verdict:
    code = _SEPARATORS.sub("", matched).upper()
    if len(code) != 18 or any(char not in _GB32100_CHARS for char in code):
        return Verdict.INVALID
    if code[0] not in "123456789ANY" or not code[2:8].isdigit():
        return Verdict.INVALID
    total = sum(map(mul, map(_GB32100_CHARS.index, code[:17]), _GB32100_WEIGHTS))
    if _GB32100_CHARS[(31 - total % 31) % 31] != code[17]:
        return Verdict.INVALID
    return Verdict.INVALID if _identity_shaped(code) else Verdict.VALID


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        st.integers(0, 10**6).map(lambda seed: identifiers.uscc(random.Random(seed))),
        st.integers(0, 10**6).map(lambda seed: identifiers.resident_id(random.Random(seed))),
        st.text(st.sampled_from(_GB32100_CHARS + "IOSVZa٣ -"), min_size=16, max_size=20),
        st.tuples(st.integers(0, 10**6), st.integers(0, 17), st.sampled_from("IOSVZa٣²")).map(
            lambda drawn: _with_char(identifiers.uscc(random.Random(drawn[0])), drawn[1], drawn[2])
        ),
    )
)
def test_credit_code_fast_path(code: str) -> None:
    assert _outcome(gb32100, code) == _outcome(_general_credit_code, code)
