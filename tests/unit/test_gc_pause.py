"""A review makes young collections rarer while it runs and leaves the thresholds as it found them."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from secreview import Engine
from secreview.gc_pause import YOUNG_THRESHOLD, fewer_collections


@pytest.fixture
def thresholds() -> Iterator[tuple[int, int, int]]:
    found = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield gc.get_threshold()
    gc.set_threshold(*found)


def test_raised_inside_and_restored_after(thresholds: tuple[int, int, int]) -> None:
    with fewer_collections():
        assert gc.get_threshold() == (YOUNG_THRESHOLD, 10, 10)
    assert gc.get_threshold() == thresholds


def test_the_last_of_overlapping_reviews_restores(thresholds: tuple[int, int, int]) -> None:
    outer = fewer_collections()
    outer.__enter__()
    with fewer_collections():
        pass
    assert gc.get_threshold()[0] == YOUNG_THRESHOLD  # the first review is still under way
    outer.__exit__(None, None, None)
    assert gc.get_threshold() == thresholds


def test_restored_when_the_review_fails(thresholds: tuple[int, int, int]) -> None:
    with pytest.raises(RuntimeError), fewer_collections():
        raise RuntimeError("boom")
    assert gc.get_threshold() == thresholds


@pytest.mark.parametrize("young", [0, YOUNG_THRESHOLD * 2])
def test_a_callers_choice_is_kept(thresholds: tuple[int, int, int], young: int) -> None:
    gc.set_threshold(young, 10, 10)  # collection off, or rarer than a review's
    with fewer_collections():
        assert gc.get_threshold() == (young, 10, 10)
    assert gc.get_threshold() == (young, 10, 10)


def test_a_check_leaves_the_thresholds(thresholds: tuple[int, int, int]) -> None:
    report = Engine().check_text("联系人:张三,身份证号 11010519491231002X")
    assert report.files[0].findings
    assert gc.get_threshold() == thresholds
