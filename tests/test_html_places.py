"""Every place a browser shows text (or a page's source publishes it) is checked and redacted: attributes,
form fields, JSON data in scripts, tel:/mailto: links. Each page holds an ID number, a mobile and a private
person's name in one place; the check finds them there, and the redacted copy holds none of them in any
form (as written, character references resolved, percent-decoded, JSON escapes decoded)."""

from __future__ import annotations

import html
from pathlib import Path
from urllib.parse import unquote

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secreview import Engine
from secreview.engine import Document
from secreview.extract.base import ATTRIBUTE, FORM_FIELD, LINK, SCRIPT_DATA
from secreview.extract.htmlfile import extract_html, extract_html_sources
from secreview.models import Attribute
from secreview.redact import RedactionRefused, redact_bytes
from tests.testing.leftovers import places_of

ID = "430102199003071234"
MOBILE = "13912345678"
NAME = "张伟"
SENTENCE = f"申请人{NAME},身份证号{ID},手机{MOBILE}"
_JSON_ESCAPE = regex.compile(r"\\u([0-9a-fA-F]{4})")
_TAG = regex.compile(r"<[^>]*>")


def _escaped(text: str) -> str:
    return "".join(f"\\u{ord(char):04x}" for char in text)


def _percent(text: str) -> str:
    return "".join(f"%{byte:02X}" for byte in text.encode("utf-8"))


PLACES = {
    "alt": (f'<img src="p.png" alt="{SENTENCE}">', ATTRIBUTE),
    "title": (f'<span title="{SENTENCE}">详情</span>', ATTRIBUTE),
    "input": (
        f'<form><label>申请人姓名</label><input name="name" value="{NAME}"><label>身份证号</label>'
        f'<input name="id" value="{ID}"><label>手机号码</label><input type="tel" value="{MOBILE}"></form>',
        FORM_FIELD,
    ),
    "hidden-input": (f'<input type="hidden" name="applicant" value="{SENTENCE}">', FORM_FIELD),
    "password-input": (f'<input type="password" value="{SENTENCE}">', FORM_FIELD),
    "textarea": (f'<textarea name="note">{SENTENCE}</textarea>', FORM_FIELD),
    "option": (
        f'<select name="who"><option>申请人{NAME}</option><option value="{ID}">身份证号{ID}</option>'
        f"<option>手机{MOBILE}</option></select>",
        FORM_FIELD,
    ),
    "json-records": (
        '<script type="application/json">{"rows": [{"姓名": "'
        + NAME
        + f'", "身份证号": "{ID}", "手机": {MOBILE}}}, {{"姓名": "李娜", "身份证号": "110101199003074477", '
        '"手机": "13712345678"}]}</script>',
        SCRIPT_DATA,
    ),
    "json-escaped": (
        '<script type="application/json">{"note": "'
        + _escaped("申请人" + NAME)
        + ",身份证号"
        + _escaped(ID[:6])
        + ID[6:]
        + ",\\u624b\\u673a"
        + MOBILE
        + '"}</script>',
        SCRIPT_DATA,
    ),
    "ld-json": (
        '<script type="application/ld+json">{"@type": "Person", "description": "' + SENTENCE + '"}</script>',
        SCRIPT_DATA,
    ),
    "links": (
        f'<a href="tel:{MOBILE}">联系我们</a> <a href="mailto:office@example.gov.cn?subject='
        f'{_percent("咨询")}&body={_percent("申请人" + NAME)}%2C{_percent("身份证号")}{ID}">写信</a>',
        LINK,
    ),
}


def _page(place: str) -> bytes:
    markup, _ = PLACES[place]
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>办事指南</title></head>'
        f"<body><p>办事指南</p>{markup}<p>以上内容仅供参考。</p></body></html>"
    ).encode()


@pytest.mark.parametrize("place", sorted(PLACES))
def test_check_finds_the_values_in_their_place(engine: Engine, place: str) -> None:
    data = _page(place)
    report = engine.review(Document(f"{place}.html", data))
    extracted = extract_html(data)
    found = {(f.category, f.text) for f in report.findings if f.part == PLACES[place][1]}
    wanted = {("id_number", ID), ("person_name", NAME), ("phone", MOBILE)}
    assert wanted <= found, [(f.rule, f.category, f.part, f.text) for f in report.findings]
    for finding in report.findings:
        assert extracted.text[finding.start : finding.end] == finding.text


@pytest.mark.parametrize("place", sorted(PLACES))
def test_sources_of_every_place_decode_to_the_extracted_text(place: str) -> None:
    data = _page(place)
    extracted, sources = extract_html_sources(data)
    assert extracted == extract_html(data)
    for source in sources:
        decoded = "".join(unit[2] for unit in source.units)
        assert decoded[source.skip :].startswith(extracted.text[source.start : source.end])


@pytest.mark.parametrize("place", sorted(PLACES))
def test_redacted_copy_holds_none_of_the_values(rules_alone: Engine, place: str, tmp_path: Path) -> None:
    # By the rules alone: the learned signal (learned17) holds some of these one-line pages whole (JL002);
    # the next test says what a shipped engine does with each.
    copy = redact_bytes(rules_alone, _page(place), ".html", f"{place}.html")
    page = copy.data.decode("utf-8")
    resolved = html.unescape(page)
    texts = [
        ("page", page),
        ("resolved", resolved),
        ("percent-decoded", unquote(resolved)),
        ("json-decoded", _JSON_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), resolved)),
        ("text only", _TAG.sub("", resolved)),
    ]
    assert {value: places_of(value, texts) for value in (ID, MOBILE, NAME)} == {ID: [], MOBILE: [], NAME: []}
    assert "以上内容仅供参考" in page and "<!DOCTYPE html>" in page
    assert not [f for f in copy.recheck.findings if f.severity.value in ("high", "medium")]


@pytest.mark.parametrize("place", sorted(PLACES))
def test_with_the_learned_signal_a_page_is_held_whole_or_its_copy_holds_none_of_the_values(
    engine: Engine, place: str
) -> None:
    data = _page(place)
    report = engine.review(Document(f"{place}.html", data))
    if report.attribute is Attribute.WITHHELD:
        assert any(finding.rule.startswith("JL") for finding in report.findings)
        with pytest.raises(RedactionRefused):
            redact_bytes(engine, data, ".html", f"{place}.html")
        return
    page = html.unescape(redact_bytes(engine, data, ".html", f"{place}.html").data.decode("utf-8"))
    assert ID not in page and MOBILE not in page


_WRITTEN = {  # how a place may write one character: as it is, or escaped as that place allows
    "alt": (lambda c: c, lambda c: f"&#{ord(c)};", lambda c: f"&#x{ord(c):x};"),
    "textarea": (lambda c: c, lambda c: f"&#{ord(c)};"),
    "json": (lambda c: c, lambda c: f"\\u{ord(c):04x}"),
    "link": (lambda c: c, lambda c: f"%{ord(c):02X}", lambda c: f"&#{ord(c)};"),
}


def _markup(place: str, written: str) -> str:
    return {
        "alt": f'<img src="p.png" alt="身份证号{written}">',
        "textarea": f"<textarea>身份证号{written}</textarea>",
        "json": f'<script type="application/json">{{"身份证号": "{written}"}}</script>',
        "link": f'<a href="sms:{written}">短信</a>',
    }[place]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(sorted(_WRITTEN)), st.data())
def test_escaped_values_are_found_and_redacted_where_they_are_written(
    engine: Engine, place: str, data: st.DataObject
) -> None:
    writers = _WRITTEN[place]
    written = "".join(data.draw(st.sampled_from(writers))(char) for char in ID)
    page = f"<html><body><p>办事指南</p>{_markup(place, written)}</body></html>".encode()
    report = engine.review(Document("p.html", page))
    assert ("id_number", ID) in {(f.category.value, f.text) for f in report.findings}
    copy = redact_bytes(engine, page, ".html", "p.html").data.decode()
    resolved = html.unescape(copy)
    forms = (
        copy,
        resolved,
        unquote(resolved),
        _JSON_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), resolved),
    )
    assert not [form for form in forms if ID in form]
    assert "办事指南" in copy
