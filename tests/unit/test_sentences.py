"""Sentence marks for the matching view and the original text, and the one helper for a sentence's bounds."""

from __future__ import annotations

import io
import re
import tokenize
import tomllib
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from secreview.normalize import fold
from secreview.sentences import (
    CLAUSE_MARKS,
    FULL_STOPS,
    SENTENCE_END,
    both_widths,
    sentence_bounds,
    sentence_end,
    sentence_start,
    within_reach,
)

SOURCE = Path(__file__).resolve().parents[2] / "secreview"
RULES = SOURCE.parent / "rules"


def test_the_marks_of_the_matching_view_are_what_fold_makes_of_both_widths() -> None:
    for marks in (FULL_STOPS, SENTENCE_END, CLAUSE_MARKS):
        assert fold(marks) == marks  # no full-width form: it never stands in the matching view
        wide = both_widths(marks)
        assert set(fold(wide)) == set(marks)
    assert both_widths("。;!") == "。;；!！"
    assert both_widths(":,()") == ":：,，(（)）"


def test_a_sentence_is_read_between_its_marks_and_within_its_reach() -> None:
    text = "第一句。第二句,有逗号;第三句!"
    at = text.index("有逗号")
    assert sentence_bounds(text, at, at + 3, SENTENCE_END) == (text.index("第二句"), text.index(";"))
    assert sentence_bounds(text, at, at + 3, SENTENCE_END + ",") == (text.index("有逗号"), text.index(";"))
    assert sentence_bounds(text, 0, 2, SENTENCE_END) == (0, text.index("。"))
    assert sentence_bounds(text, at, at, SENTENCE_END, low=at - 1, high=at + 1) == (at - 1, at + 1)
    assert sentence_start(text, len(text), SENTENCE_END) == len(text)
    assert sentence_end(text, len(text), SENTENCE_END) == len(text)
    assert within_reach(text, at, at + 1, SENTENCE_END, 1) == (at - 1, at + 2)


def _enclosing(text: str, start: int, end: int, stops: str, reach: int) -> tuple[int, int]:
    """The character walk ``within_reach`` replaced (tokenize.enclosing, named_numbers' item reach)."""
    left = start
    while left > 0 and start - left < reach and text[left - 1] not in stops:
        left -= 1
    right = end
    while right < len(text) and right - end < reach and text[right] not in stops:
        right += 1
    return left, right


def _reversed_search(text: str, start: int, end: int, stops: str, low: int, high: int) -> tuple[int, int]:
    """How weigh found a match's own sentence before: the reversed text before it, a search after it."""
    marks = re.compile(f"[{re.escape(stops)}]")
    opened = marks.search(text[low:start][::-1])
    closed = marks.search(text, end, high)
    return (start - opened.start() if opened else low), (closed.start() if closed else high)


_TEXTS = st.text(alphabet="。!?;\n甲乙,、", max_size=40)


@given(_TEXTS, st.data())
def test_the_helper_reads_as_the_walks_it_replaced(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    reach = data.draw(st.integers(1, 12))
    stops = "\n" + SENTENCE_END
    assert within_reach(text, start, end, stops, reach) == _enclosing(text, start, end, stops, reach)
    low = data.draw(st.integers(0, start))
    high = data.draw(st.integers(end, len(text)))
    assert sentence_bounds(text, start, end, stops, low, high) == _reversed_search(
        text, start, end, stops, low, high
    )


@given(_TEXTS, st.integers(-3, 45), st.integers(-3, 45), st.sampled_from(["\n" + SENTENCE_END, "。", ",、:"]))
def test_the_start_read_backwards_is_the_last_mark_of_each_rfind(
    text: str, at: int, low: int, stops: str
) -> None:
    """The reverse search finds what one ``rfind`` per mark found (any bounds, as ``str`` reads them)."""
    opened = max(text.rfind(stop, low, at) for stop in stops)
    assert sentence_start(text, at, stops, low) == (opened + 1 if opened >= 0 else low)


# A class of marks that names one ASCII mark twice ([::], [,,], "。;;!!??") is the trace of full-width
# marks folded to ASCII as the code was written: in the matching view the second is noise, in the original
# text the full-width mark is missing. Name the marks through secreview.sentences instead.
_CLASS = re.compile(r"\[((?:\\.|[^\]\\])*)\]")
_ESCAPE = re.compile(r"\\(?:u[0-9a-fA-F]{4}|.)")
_NOT_MARKS = re.compile(r"[A-Za-z<>\"'=]")  # code or markup in brackets, not a class of marks
_MARKS_ONLY = re.compile(r"[\\n。、;:,!?()\s]+")


def _names_a_mark_twice(marks: str) -> bool:
    return any(marks.count(mark) > 1 for mark in ";:,!?()；：，！？（）")


def _doubled(string: str) -> bool:
    """Whether a class of marks in ``string``, or ``string`` itself when it is a set of marks (with 。 or 、),
    names an ASCII mark twice."""
    body = string.lstrip("rbfRBF").strip("\"'")
    if _MARKS_ONLY.fullmatch(body) and ("。" in body or "、" in body) and _names_a_mark_twice(body):
        return True
    return _class_doubled(body)


def _class_doubled(pattern: str) -> bool:
    """Whether a class of marks in a pattern names a mark twice."""
    classes = (_ESCAPE.sub("", found.group(1)) for found in _CLASS.finditer(pattern))
    return any(not _NOT_MARKS.search(marks) and _names_a_mark_twice(marks) for marks in classes)


_FIELD = re.compile(r"\{[^{}]*\}")  # an f-string's field or a quantifier: code, not marks


def _strings(path: Path) -> list[tuple[int, str]]:
    """The string literals of a module, without their f-string fields."""
    tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
    found = []
    for token in tokens:
        if token.type == tokenize.STRING:
            string = token.string
            while _FIELD.search(string):
                string = _FIELD.sub("", string)
            found.append((token.start[0], string))
    return found


def test_no_set_of_marks_names_an_ascii_mark_twice() -> None:
    doubled = [
        f"{path.relative_to(SOURCE.parent)}:{line}"
        for path in sorted(SOURCE.rglob("*.py"))
        for line, string in _strings(path)
        if _doubled(string)
    ]
    assert doubled == []


def _values(data: object, where: str) -> list[tuple[str, str]]:
    """The strings of a parsed TOML document, each with its key path."""
    if isinstance(data, dict):
        return [found for key, value in data.items() for found in _values(value, f"{where}.{key}")]
    if isinstance(data, list):
        return [found for number, value in enumerate(data) for found in _values(value, f"{where}[{number}]")]
    return [(where, data)] if isinstance(data, str) else []


def test_no_class_of_marks_in_the_rule_packs_names_a_mark_twice() -> None:
    # The packs' patterns match the folded view, where a full-width mark is its ASCII mark: [::] is [:：]
    # folded once more, and the second mark is noise.
    doubled = [
        f"{path.relative_to(RULES.parent)}{where}"
        for path in sorted(RULES.rglob("*.toml"))
        for where, string in _values(tomllib.loads(path.read_text(encoding="utf-8")), "")
        if _class_doubled(string)
    ]
    assert doubled == []


def test_the_guard_sees_a_doubled_mark_in_a_class_and_nothing_else() -> None:
    assert _class_doubled("联系人[::]?") and _class_doubled("[^\\n。;;]") and _class_doubled("[（（]")
    assert not _class_doubled("[:：]") and not _class_doubled("[A-Za-z,,]") and not _class_doubled("::")
