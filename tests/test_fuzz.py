"""Fuzzing the extractors and the engine with hypothesis: random and mutated bytes of every format
give a result or an ExtractionError, never another exception. benchmarks/fuzz/ has an atheris
harness for longer runs on demand.

Each test prints how many cases it ran (visible with ``pytest -s``).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secreview import Engine
from secreview.errors import ExtractionError
from secreview.extract import EXTRACTORS, extract_bytes
from tests.testing.samples import SAMPLES

CASES_PER_FORMAT = 40
FUZZ_SETTINGS = settings(
    max_examples=CASES_PER_FORMAT,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(autouse=True)
def no_converters(monkeypatch: pytest.MonkeyPatch) -> None:
    """Legacy files are not handed to a LibreOffice that may be installed: that path has its own tests."""
    monkeypatch.setattr(shutil, "which", lambda name: None)


@cache
def sample(suffix: str) -> bytes:
    build = SAMPLES.get(suffix)
    return build() if build is not None else b""


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    """``original`` with a few bytes flipped, a slice removed or duplicated, or truncated."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        position = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "cut", "repeat", "truncate", "insert"]))
        if action == "flip":
            data[position] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[position : position + draw(st.integers(1, 64))]
        elif action == "repeat":
            data[position:position] = data[position : position + draw(st.integers(1, 64))]
        elif action == "truncate":
            del data[position:]
        else:
            data[position:position] = draw(st.binary(min_size=1, max_size=16))
    return bytes(data)


def inputs(suffix: str) -> st.SearchStrategy[bytes]:
    original = sample(suffix)
    random_bytes = st.binary(max_size=4096)
    return st.one_of(random_bytes, mutated(original)) if original else random_bytes


def check_extraction(data: bytes, suffix: str) -> None:
    try:
        extracted = extract_bytes(data, suffix)
    except ExtractionError as error:
        assert str(error) and "\n" not in str(error)
        return
    end = 0
    for segment in extracted.segments:
        assert end <= segment.start < segment.end <= len(extracted.text)
        end = segment.end


def run_counted(test: Callable[..., None], strategy: st.SearchStrategy[bytes], *extra: object) -> int:
    count = 0

    @FUZZ_SETTINGS
    @given(strategy)
    def counted(data: bytes) -> None:
        nonlocal count
        count += 1
        test(data, *extra)

    counted()
    return count


@pytest.mark.parametrize("suffix", sorted(EXTRACTORS))
def test_extractors_never_raise_anything_else(suffix: str) -> None:
    count = run_counted(check_extraction, inputs(suffix), suffix)
    print(f"\nfuzz {suffix}: {count} cases")  # captured: shown by pytest -s, not in -q output
    assert count > 0


def test_engine_on_extracted_fuzz(engine: Engine) -> None:
    """Whatever an extractor returns, the engine reports on it."""

    def review(data: bytes, suffix: str) -> None:
        try:
            extracted = extract_bytes(data, suffix)
        except ExtractionError:
            return
        file = engine.review(extracted, f"fuzz{suffix}")
        assert (file.attribute is None) == (file.error is not None)
        for finding in file.findings:
            assert extracted.text[finding.start : finding.end] == finding.text

    total = 0
    for suffix in (".xlsx", ".ofd", ".html", ".csv"):
        total += run_counted(review, mutated(sample(suffix)), suffix)
    print(f"\nfuzz engine on extracted text: {total} cases")
    assert total > 0


@FUZZ_SETTINGS
@given(
    st.text(
        alphabet=st.sampled_from("0123456789Xx ★秘密机密身份证号电话:,\n-()张三省市区路号@.abc"), max_size=400
    )
)
def test_engine_on_fuzzed_text(text: str) -> None:
    file = shared_engine().check_text(text).files[0]
    assert (file.attribute is None) == (file.error is not None)
    for finding in file.findings:
        assert text[finding.start : finding.end] == finding.text


@cache
def shared_engine() -> Engine:
    return Engine()
