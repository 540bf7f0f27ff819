"""Numbers written in other digits (mathematical, Arabic-Indic, Devanagari) or shown reversed by a bidi
override are found in every text format, at the original characters, and a redacted copy leaves none."""

from __future__ import annotations

import unicodedata

import pytest

from secreview import Engine
from secreview.engine import Document
from secreview.redact import redact_bytes

ID = "430102199003071234"
MOBILE = "13912345678"


def _digits(number: str, zero: int) -> str:
    return "".join(chr(zero + int(digit)) for digit in number)


TEXT = (
    "临时救助对象公示\n"
    f"户主张伟,身份证号:{_digits(ID, 0x1D7CE)},联系电话:{_digits(MOBILE, 0x660)}。\n"
    f"户主李娜,身份证号:\u202e{ID[::-1]}\u202c,联系电话:{_digits(MOBILE[:3], 0x966)}\u200b{MOBILE[3:]}。\n"
)


def _shown(text: str) -> str:
    """Digits as ASCII and invisible characters left out: what a search for the plain number needs."""
    digits = "".join(
        str(unicodedata.decimal(char)) if unicodedata.decimal(char, None) is not None else char
        for char in text
    )
    return "".join(char for char in digits if unicodedata.category(char) != "Cf")


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_disguised_numbers_are_found_at_their_original_characters(engine: Engine, suffix: str) -> None:
    data = (TEXT if suffix == ".txt" else f"<html><body><pre>{TEXT}</pre></body></html>").encode()
    report = engine.review(Document(f"list{suffix}", data))
    found = sorted(
        (f.category.value, _shown(f.text)) for f in report.findings if f.category.value != "person_name"
    )
    assert found == sorted([("id_number", ID), ("phone", MOBILE), ("id_number", ID[::-1]), ("phone", MOBILE)])
    if suffix == ".txt":
        text = data.decode()
        assert all(text[f.start : f.end] == f.text for f in report.findings)


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_redacted_copy_leaves_no_disguised_number(engine: Engine, suffix: str) -> None:
    data = (TEXT if suffix == ".txt" else f"<html><body><pre>{TEXT}</pre></body></html>").encode()
    copy = redact_bytes(engine, data, suffix, f"list{suffix}")
    shown = _shown(copy.data.decode())
    for value in (ID, ID[::-1], MOBILE, "张伟", "李娜"):
        assert value not in shown
