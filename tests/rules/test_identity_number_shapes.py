"""An identity number is one shape wherever a recognizer asks whether a text gives one: the PI pack's
(``recognizers/pack_patterns.py``). Grouped as a list writes it (430102 19900307 1234, which PI001 reports),
it names a person for a sensitive term's sentence as it does written whole, and a line holding it ends the
closing region of a signed document (whose numbers are the body's) as it does written whole."""

from __future__ import annotations

import pytest

from secreview import Engine

WRITINGS = ["430102199003071234", "430102 19900307 1234", "430102-19900307-1234"]


def _found(engine: Engine, text: str) -> list[tuple[str, str]]:
    findings = engine.check_text(text).files[0].findings
    return [(finding.rule, text[finding.start : finding.end]) for finding in findings]


@pytest.mark.parametrize("number", WRITINGS)
def test_a_sensitive_term_beside_a_grouped_identity_number_is_the_persons(
    engine: Engine, number: str
) -> None:
    text = f"患者(身份证号{number})患尿毒症,长期透析。"
    assert ("PI001", number) in _found(engine, text)
    assert ("SN001", "患尿毒症") in _found(engine, text)


REFUND_NOTICE = (
    "关于退还多缴医疗保险费的公告\n"
    "    经核查,下列人员多缴了2024年度城乡居民医疗保险费,现予退还,请于30日内携带身份证原件到县医保服务大厅"
    "办理退费手续,逾期未办理的视为自动放弃。\n"
    "    退费人身份证号{number},联系电话:13812345678\n"
    "某某县医疗保障局\n"
    "2024年9月1日\n"
)


@pytest.mark.parametrize("number", WRITINGS)
def test_a_line_with_a_grouped_identity_number_ends_the_signed_closing(engine: Engine, number: str) -> None:
    """The mobile beside the refund's payee is theirs, not the signing body's."""
    found = _found(engine, REFUND_NOTICE.format(number=number))
    assert ("PI001", number) in found
    assert ("PI101", "13812345678") in found
