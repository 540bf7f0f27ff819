"""Bounded work: recognizers linear in the text, extracted text capped against amplification, cells per
table capped, characters no output can encode replaced at extraction."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from secreview import Engine
from secreview.recognizers import persons


class CountingText(str):
    """A text that counts the characters ``rfind`` looks at."""

    scanned = 0

    def rfind(self, sub: str, start: int | None = None, end: int | None = None) -> int:  # type: ignore[override]
        low = 0 if start is None else start
        high = len(self) if end is None else end
        CountingText.scanned += max(high - low, 0)
        return super().rfind(sub, start, end)


@pytest.mark.parametrize("line_starts", [persons.numbered_line_starts, persons.salutation_line_starts])
def test_line_starts_look_at_each_character_a_bounded_number_of_times(
    line_starts: Callable[[str], list[int]],
) -> None:
    """``"名单如下:" + "1." * N`` took minutes for 2 MB: a search back from every mark on one long line."""
    text = CountingText("名单如下:" + "1." * 20_000 + "\n" + "张三:\n" * 2_000 + "2、李四\n")
    CountingText.scanned = 0
    line_starts(text)
    assert CountingText.scanned <= 2 * len(text)


def test_line_starts_are_those_of_before() -> None:
    """The line starts are those the search from each mark back to its line break gave."""
    text = "名单如下:\n1.张三,某村\n2.李四 3.王五\n\n致:\n张三:\n您好\n4)赵六"
    for marks, line_starts in (
        (persons._NUMBER_MARK, persons.numbered_line_starts),
        (persons._SALUTATION_END, persons.salutation_line_starts),
    ):
        before = list(dict.fromkeys(text.rfind("\n", 0, mark.start()) + 1 for mark in marks.finditer(text)))
        assert line_starts(text) == before
        assert len(before) >= 2


def test_a_recognizer_over_its_time_budget_means_not_fully_checked(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Time is faked: every look at the clock is an hour later, so any recognizer is over its budget."""
    from secreview import match

    hours = iter(range(0, 10**9, 3600))
    monkeypatch.setattr(match, "clock", lambda: float(next(hours)))
    report = engine.review_text("名单如下:\n1.张三,某村4组\n")
    assert report.error is not None and "识别超时,文件未完整检查" in report.error
    assert report.attribute is None
