"""Validators: pure functions from the matched characters to a verdict, looked up by name from rule packs."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from enum import Enum

import regex


class Verdict(Enum):
    VALID = "valid"
    INVALID = "invalid"


Validator = Callable[[str], Verdict]

_SEPARATORS = regex.compile(r"[\s\-]")

# First two digits of GB/T 2260 administrative division codes: provinces, 71 Taiwan, 81/82 Hong Kong and
# Macau, and 83 for Taiwan residents' residence permits.
_PROVINCES = frozenset(
    {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46}
    | {50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83}
)
_GB11643_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_GB11643_CHECK = "10X98765432"

# Three-digit mobile segments allocated for subscribers (电信网编号计划; IoT 14x numbers are 13 digits).
_MOBILE_SEGMENTS = frozenset(
    {130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 145, 147, 149}
    | {150, 151, 152, 153, 155, 156, 157, 158, 159, 162, 165, 166, 167}
    | {170, 171, 172, 173, 174, 175, 176, 177, 178, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189}
    | {190, 191, 192, 193, 195, 196, 197, 198, 199}
)


def compact(matched: str) -> str:
    """The characters of an identifier without spaces and hyphens, upper-cased."""
    return _SEPARATORS.sub("", matched).upper()


def gb11643_check_char(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character of a citizen identity number."""
    total = sum(int(digit) * weight for digit, weight in zip(first17, _GB11643_WEIGHTS, strict=True))
    return _GB11643_CHECK[total % 11]


def _valid_birth_date(digits: str, today: datetime.date | None = None) -> bool:
    try:
        born = datetime.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return False
    return datetime.date(1880, 1, 1) <= born <= (today or datetime.date.today())


def gb11643(matched: str) -> Verdict:
    """居民身份证号码 (GB 11643): province prefix, real birth date not in the future, check character."""
    number = compact(matched)
    if len(number) != 18 or not number[:17].isdigit():
        return Verdict.INVALID
    if int(number[:2]) not in _PROVINCES or not _valid_birth_date(number[6:14]):
        return Verdict.INVALID
    if gb11643_check_char(number[:17]) != number[17]:
        return Verdict.INVALID
    return Verdict.VALID


def cn_mobile(matched: str) -> Verdict:
    """Mainland mobile number (optionally +86/0086): an allocated three-digit segment."""
    digits = "".join(ch for ch in matched if ch.isdigit())
    if len(digits) == 13 and digits.startswith("86"):
        digits = digits[2:]
    elif len(digits) == 15 and digits.startswith("0086"):
        digits = digits[4:]
    if len(digits) != 11 or int(digits[:3]) not in _MOBILE_SEGMENTS:
        return Verdict.INVALID
    return Verdict.VALID


REGISTRY: dict[str, Validator] = {
    "gb11643": gb11643,
    "cn_mobile": cn_mobile,
}
