"""Scripts and style sheets of a page, read token by token (``secreview/extract/script_values.py``): what
is read, and that a redacted copy changes only the characters of the values, the code around them kept."""

from __future__ import annotations

import pytest

from secreview import Engine
from secreview.extract.script_values import CODE, COMMENT, NUMBER, STRING, script_texts, style_texts
from secreview.redact import redact_bytes
from tests.testing.hidden_places import ID_NUMBER, PHONE
from tests.testing.unseen_places import HTML_UNSEEN


def _texts(source: str) -> list[tuple[str, str]]:
    return [(found.kind, found.text) for found in script_texts(source, 0)]


def test_strings_comments_and_long_numbers_are_read_with_their_escapes_decoded() -> None:
    source = (
        "var a = 'x\\u0031\\x32\\u{33}' + b / 2 / c; // note\nvar n = 13987654321, m = 12, id = a1234567;"
    )
    assert _texts(source) == [
        (STRING, "x123"),
        (COMMENT, " note"),
        (NUMBER, "13987654321"),
        (CODE, "1234567"),  # in a name: code, which redact cannot rewrite
    ]


def test_a_regular_expression_is_not_a_string() -> None:
    assert _texts('if (/["\']/.test(s)) { t = "a"; }') == [(STRING, "a")]


def test_template_literals_are_read_without_their_expressions() -> None:
    assert _texts("x = `a${ {b: 1}.b }c`;") == [(STRING, "a"), (STRING, "c")]


def test_units_point_at_the_escapes_as_written() -> None:
    source = "s = '\\u0031a';"
    (found,) = script_texts(source, 100)
    assert [(start - 100, end - 100, text) for start, end, text in found.units] == [
        (5, 11, "1"),
        (11, 12, "a"),
    ]


def test_style_strings_comments_and_unquoted_urls() -> None:
    kinds = [
        (found.kind, found.text)
        for found in style_texts('/* c */ p::after{content:"x"} q{quotes:"y"} a{background:url(/p/1.jpg)}', 0)
    ]
    assert kinds == [(COMMENT, " c "), ("content", "x"), (STRING, "y"), ("url", "/p/1.jpg")]


@pytest.mark.parametrize("place", sorted(place for place in HTML_UNSEEN if "base64" not in place))
def test_a_redacted_page_changes_only_the_values(engine: Engine, place: str) -> None:
    data = HTML_UNSEEN[place][0]()
    copy = redact_bytes(engine, data, ".html", "file.html").data.decode()
    original = data.decode()
    assert len(copy) == len(original)
    changed = {original[index] for index in range(len(original)) if copy[index] != original[index]}
    assert changed and changed <= set(PHONE + ID_NUMBER)


def test_a_number_literal_is_masked_as_a_string(engine: Engine) -> None:
    data = f"<html><body><p>通知</p><script>var t = {PHONE};</script></body></html>".encode()
    copy = redact_bytes(engine, data, ".html", "file.html").data.decode()
    assert 'var t = "139****4321";' in copy
