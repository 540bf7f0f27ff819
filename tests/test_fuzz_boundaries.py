"""Fuzzing the boundaries of a run (issue 21): mutated documents of every format reviewed from files on
disk, and mutated or random configuration and baseline files. Each example must end in a result or in
one of our one-line errors — never an exception, never the boundary's "内部错误" (an unexpected
exception it caught) — within a per-example deadline that catches hangs (not a speed measure), with
bounded memory, and with the input file unchanged.

The default run is short. ``SECREVIEW_FUZZ=long`` selects a profile with many more examples (minutes to
hours); ``benchmarks/fuzz/`` has the atheris harnesses for coverage-guided runs.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import tracemalloc
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secreview import Engine
from secreview.baseline import load as load_baseline
from secreview.baseline import update
from secreview.config import load_config
from secreview.errors import ConfigError
from secreview.models import FileReport
from tests.test_fuzz import mutated, sample
from tests.testing.findings import made_finding

settings.register_profile(
    "boundaries",
    max_examples=25,
    deadline=timedelta(seconds=60),  # a hang guard on a shared, loaded machine, not a timing
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "boundaries-long",
    max_examples=2000,
    deadline=timedelta(seconds=60),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PROFILE = settings.get_profile(
    "boundaries-long" if os.environ.get("SECREVIEW_FUZZ") == "long" else "boundaries"
)
FORMATS = (".txt", ".csv", ".html", ".docx", ".xlsx", ".pdf", ".ofd")
MEMORY_PER_INPUT_BYTE = 400  # peak traced memory of one review: this many bytes per input byte …
MEMORY_CONSTANT = 96 * 1024 * 1024  # … plus this much


@pytest.fixture(autouse=True)
def no_converters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)


@pytest.fixture(scope="module")
def warm_engine() -> Engine:
    """An engine that has already loaded what it loads lazily, so the memory measured is the review's."""
    engine = Engine()
    for suffix in FORMATS:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder, f"warm{suffix}")
            path.write_bytes(sample(suffix))
            engine.review(path)
    return engine


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_line_error(error: str | None) -> None:
    if error is not None:
        assert error and "\n" not in error
        assert "内部错误" not in error, error  # the boundary caught an exception no reader should raise


@pytest.mark.parametrize("suffix", FORMATS)
def test_every_reader_on_mutated_files(suffix: str, warm_engine: Engine) -> None:
    count = 0

    @PROFILE
    @given(st.one_of(mutated(sample(suffix)), st.binary(max_size=2048)))
    def review(data: bytes) -> None:
        nonlocal count
        count += 1
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder, f"fuzz{suffix}")
            path.write_bytes(data)
            before = _digest(path)
            tracemalloc.start()
            try:
                report = warm_engine.review(path)
                peak = tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()
            assert _digest(path) == before
        _one_line_error(report.error)
        assert (report.attribute is None) == (report.error is not None)
        assert peak <= MEMORY_CONSTANT + MEMORY_PER_INPUT_BYTE * len(data), (peak, len(data))

    review()
    assert count > 0


_CONFIG_KEYS = [
    "packs",
    "select",
    "ignore",
    "per-file-ignores",
    "fail-on",
    "mask",
    "allow",
    "baseline",
    "policy",
    "format",
    "exclude",
    "redact-public-names",
    "tool",
    "secreview",
]
_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(max_size=12)
    | st.sampled_from(["[z-a]", "**/x", "PI"]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(_CONFIG_KEYS), inner, max_size=3)
    ),
    max_leaves=12,
)
_VALID_CONFIG = (
    b'select = ["PI"]\nignore = ["PN002"]\nexclude = ["a/**"]\nmask = "full"\n'
    b'[per-file-ignores]\n"b/*" = ["PI"]\n'
)


def _toml(value: object) -> str:
    """A TOML rendering good enough for fuzzing (JSON literals are mostly TOML values; None is dropped)."""
    if isinstance(value, dict):
        return (
            "{"
            + ", ".join(f'"{key}" = {_toml(item)}' for key, item in value.items() if item is not None)
            + "}"
        )
    if isinstance(value, list):
        return "[" + ", ".join(_toml(item) for item in value if item is not None) + "]"
    return json.dumps(value if value is not None else "", ensure_ascii=False)


@PROFILE
@given(
    st.one_of(
        mutated(_VALID_CONFIG),
        st.dictionaries(st.sampled_from(_CONFIG_KEYS), _VALUES, max_size=5).map(
            lambda table: "\n".join(
                f'"{key}" = {_toml(value)}' for key, value in table.items() if value is not None
            ).encode()
        ),
        st.binary(max_size=256),
    ),
    st.sampled_from(["secreview.toml", "pyproject.toml"]),
)
def test_configuration_files(content: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, name)
        path.write_bytes(content if name == "secreview.toml" else b"[tool.secreview]\n" + content)
        before = _digest(path)
        try:
            load_config(path)
        except ConfigError as error:
            assert str(error) and "\n" not in str(error)
        assert _digest(path) == before


_ENTRY = st.fixed_dictionaries(
    {
        "fingerprint": st.text(max_size=8),
        "rule": st.sampled_from(["PI001", "PI101"]),
        "path": st.just("a.txt"),
    },
    optional={
        "line": st.none() | st.integers(-5, 10**6) | st.text(max_size=3) | st.booleans(),
        "masked": st.none() | st.text(max_size=8) | st.integers(),
        "reason": st.text(max_size=8) | st.lists(st.integers(), max_size=2),
        "reviewer": st.text(max_size=8),
        "category": st.sampled_from(["id_number", "phone"]),
    },
)
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=10,
)
_VALID_BASELINE = json.dumps(
    {"version": 2, "results": [{"fingerprint": "f" * 64, "rule": "PI001", "path": "a.txt", "line": 2}]}
).encode()


@PROFILE
@given(
    st.one_of(
        mutated(_VALID_BASELINE),
        st.builds(
            lambda entries: {"version": 2, "results": entries}, st.lists(_ENTRY | _JSON, max_size=4)
        ).map(lambda document: json.dumps(document).encode()),
        _JSON.map(lambda document: json.dumps(document).encode()),
        st.binary(max_size=256),
    ),
    st.booleans(),
)
def test_baseline_files(content: bytes, bom: bool) -> None:
    finding = made_finding(
        rule="PI001", text="430102199003071234", message="身份证号", replacement="430102********1234"
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "baseline.json")
        path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + content)
        before = _digest(path)
        try:
            baseline = load_baseline(path)
        except ConfigError as error:
            assert str(error) and "\n" not in str(error)
        else:  # what the commands do with a baseline they loaded must not fail either
            report = FileReport(
                path=str(Path(folder, "a.txt")), attribute=None, attribute_zh=None, findings=[finding]
            )
            baseline.keys(report.findings, report.path)
            update(baseline, [report], path)
        assert _digest(path) == before
