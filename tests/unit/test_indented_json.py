"""``indented_json.dumps`` writes the text of ``json.dumps(value, ensure_ascii=False, indent=2)``."""

from __future__ import annotations

import json
from enum import IntEnum, StrEnum
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secreview.report import indented_json


class _Level(StrEnum):
    HIGH = "high"


class _Rank(IntEnum):
    ONE = 1


_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()
    | st.sampled_from([_Level.HIGH, _Rank.ONE, "", '\n\t"\\\u2028\x00张'])
)
_KEYS = st.text() | st.integers() | st.floats() | st.booleans() | st.none() | st.just(_Level.HIGH)
_TREES = st.recursive(
    _LEAVES,
    lambda children: (
        st.lists(children, max_size=4)
        | st.lists(children, max_size=3).map(tuple)
        | st.dictionaries(_KEYS, children, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=400, deadline=None)
@given(_TREES)
def test_same_text_as_json_dumps(value: Any) -> None:
    assert indented_json.dumps(value) == json.dumps(value, ensure_ascii=False, indent=2)


@pytest.mark.parametrize("value", [object(), {"a": {1, 2}}, [b"bytes"], {(1, 2): 3}])
def test_what_json_refuses_is_refused(value: Any) -> None:
    with pytest.raises(TypeError):
        json.dumps(value, ensure_ascii=False, indent=2)
    with pytest.raises(TypeError):
        indented_json.dumps(value)
