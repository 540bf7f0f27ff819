"""The shipped table of mobile prefixes is the one phonenumbers' metadata gives, and the validator agrees
with phonenumbers on numbers of every three-digit segment."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path
from types import ModuleType

import pytest

from secreview.validators import Verdict, cn_mobile, mobile_prefixes

phonenumbers = pytest.importorskip("phonenumbers")
SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "generate_mobile_prefixes.py"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_mobile_prefixes", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shipped_table_is_generated_from_phonenumbers() -> None:
    shipped, _ = mobile_prefixes()
    assert sorted(shipped) == _generator().mobile_prefixes()


def test_validator_agrees_with_phonenumbers() -> None:
    rng = random.Random(16)
    mobile_types = {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
    for segment in range(130, 200):
        for _ in range(40):
            number = f"{segment}{rng.randrange(10**8):08d}"
            parsed = phonenumbers.parse(number, "CN")
            expected = phonenumbers.is_valid_number(parsed)
            expected = expected and phonenumbers.number_type(parsed) in mobile_types
            assert (cn_mobile(number) is Verdict.VALID) == expected, number
