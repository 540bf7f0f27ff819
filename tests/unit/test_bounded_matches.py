"""A ``regex`` match at a place of a long text is given an end where no match can reach past it: without one,
``regex`` looks for the pattern's required text up to the text's end at each call (quadratic on a list of
bare phone lines). The bounded matches must be the unbounded ones."""

from __future__ import annotations

import tomllib

from hypothesis import given, settings
from hypothesis import strategies as st

from secreview.recognizers import contacts, persons
from secreview.resources import builtin_rules_dir
from secreview.sentences import sentence_end

_PIECES = [
    *"电话联系方式:。\n (()1二、,.\t\u3000局院科申请人投诉你您张三同志先生;",
    "电话",
    "联系电话",
    "申请人",
    "投诉人",
    "中心",
    "张三:\n",
    "王某某同志:\n",
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


def _span(match: object) -> object:
    return None if match is None else match.span()  # type: ignore[attr-defined]


def test_no_contact_label_holds_a_colon() -> None:
    """The contact line's match ends at the first colon after its start (``_bare_line_private``)."""
    lexicon = tomllib.loads((builtin_rules_dir() / contacts.CONTACTS_FILE).read_text(encoding="utf-8"))
    assert not [label for label in lexicon["region"]["contact_labels"] if ":" in label]


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.data())
def test_bounded_matches_are_the_unbounded_ones(text: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(0, len(text)))
    words = contacts._vocabulary()
    assert _span(words.unit_after.match(text, at, contacts._line_end(text, at))) == _span(
        words.unit_after.match(text, at)
    )
    colon = text.find(":", at)
    bounded = None if colon < 0 else words.contact_line.match(text, at, colon + 1)
    assert _span(bounded) == _span(words.contact_line.match(text, at))
    salutation = persons._SALUTATION
    assert _span(salutation.match(text, at, persons._second_line_end(text, at))) == _span(
        salutation.match(text, at)
    )


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from([*_PIECES, "邮编", "科", "办公室", "。", "单位"]), max_size=40).map("".join),
    st.lists(st.tuples(st.integers(0, 80), st.integers(0, 80)), max_size=12),
)
def test_the_sentence_reader_answers_as_each_search_would(text: str, places: list[tuple[int, int]]) -> None:
    """``holder_numbers`` asks its reader of one text in turn; each answer is the direct one."""
    reader = contacts._SentenceReader(text)
    office = contacts._vocabulary().office_words
    for left, at in places:
        left, at = min(left, len(text)), min(at, len(text))
        right = reader.end(at)
        assert right == sentence_end(text, at, contacts._SENTENCE_MARKS)
        assert reader.office_words(left, right) == (office.search(text, left, right) is not None)
