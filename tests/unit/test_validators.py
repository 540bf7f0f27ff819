from __future__ import annotations

import pytest

from secreview.validators import Verdict, cn_mobile, gb11643, gb11643_check_char


@pytest.mark.parametrize(
    "number",
    [
        "11010519491231002X",
        "11010519491231002x",
        "430102199003071234",
        "320106198506120048",
        "430102 19900307 1234",
    ],
)
def test_valid_resident_ids(number: str) -> None:
    assert gb11643(number) is Verdict.VALID


@pytest.mark.parametrize(
    ("number", "why"),
    [
        ("110105199001011234", "check digit"),
        ("123456199001011234", "check digit and province"),
        ("990102199003071234", "unknown province"),
        ("430102199002301234", "no 30 February"),
        ("430102209901011238", "birth date in the future"),
        ("43010219900307123", "too short"),
    ],
)
def test_invalid_resident_ids(number: str, why: str) -> None:
    assert gb11643(number) is Verdict.INVALID, why


def test_check_character_of_the_standard_example() -> None:
    assert gb11643_check_char("11010519491231002") == "X"


@pytest.mark.parametrize("number", ["13912345678", "+86 139 1234 5678", "0086-19212345678", "166-1234-5678"])
def test_valid_mobiles(number: str) -> None:
    assert cn_mobile(number) is Verdict.VALID


@pytest.mark.parametrize("number", ["12012345678", "14012345678", "1391234567", "8613912345678999"])
def test_invalid_mobiles(number: str) -> None:
    assert cn_mobile(number) is Verdict.INVALID
