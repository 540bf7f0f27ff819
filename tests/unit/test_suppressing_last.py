"""A report runs a suppressing pattern rule last, only on the windows that touch a kept finding of a
category it suppresses: the findings it reports are those of running every rule on every window."""

from __future__ import annotations

from itertools import chain

import pytest

from secreview import Engine
from secreview.extract.base import BODY, ExtractedText, Segment
from secreview.layout import Layout, Places
from secreview.normalize import normalize
from secreview.public_spans import PublicSpans
from secreview.recognizers.view import DocumentView
from secreview.weighed import Weighed
from tests.conftest import CORPUS, SEEDS, shared_files

_CONTACTS = (
    "县民政局社会救助股电话:0745-2345678\n"
    "联系人:万晓东,联系电话:13974108526\n"
    "申请人张建国,电话13873192046,住址某村3组。\n"
)
_BODY = "".join(f"第{number}条 各单位应当按照规定做好工作,结合实际,抓好落实。\n" for number in range(20))


def _every_rule_at_once(engine: Engine, text: str) -> list[Weighed]:
    """The report's weighing as it was: every rule's candidates in one weighing, then the cover."""
    extracted = ExtractedText(text, [Segment(0, len(text), BODY)])
    normalized = normalize(text)
    layout = Layout(extracted)
    view = DocumentView(extracted, normalized, engine.tokenizer)
    candidates = chain(
        engine._keywords.find(normalized.text),
        engine._patterns.find(normalized.text, Places(layout, normalized)),
        engine._recognizers.find(view),
    )
    weighed, public = engine._weigher.weigh(candidates, normalized, extracted, layout, dropped=False)
    spans = PublicSpans(public)
    return [item for item in weighed if not (item.kept and spans.cover(item) is not None)]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _texts() -> list[str]:
    texts = [
        _BODY + _CONTACTS + _BODY,
        _CONTACTS,
        _BODY,
        "",
        _CONTACTS.replace("电话", "电\u200b话") + _BODY,  # invisible characters: offsets move
        "\u202e" + _CONTACTS + _BODY,  # a line in display order
    ]
    return texts + [
        path.read_text(encoding="utf-8") for path in [*shared_files(CORPUS), *shared_files(SEEDS)]
    ]


def test_the_report_weighs_as_when_every_rule_runs_at_once(engine: Engine) -> None:
    for text in _texts():
        extracted = ExtractedText(text, [Segment(0, len(text), BODY)])
        reported, _ = engine._weigh(extracted, normalize(text), dropped=False)
        assert reported == _every_rule_at_once(engine, text), text[:40]


def test_an_office_number_still_cancels_its_phone_finding(engine: Engine) -> None:
    text = _BODY + _CONTACTS
    extracted = ExtractedText(text, [Segment(0, len(text), BODY)])
    reported, public = engine._weigh(extracted, normalize(text), dropped=False)
    assert any(item.rule.rule.suppresses for item in public)
    assert any(item.rule.rule.category is not None and item.kept for item in reported)
