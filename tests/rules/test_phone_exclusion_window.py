"""An exclusion word (咨询, 监督电话 …) in another line or sentence that has a number of its own labels that
number, not a private person's phone beside it: the window of PI102 (landline) and PI101 (mobile) reached
across the line break and dropped the person's number when the office's public line came next."""

from __future__ import annotations

import pytest

from secreview import Engine
from secreview.models import Severity
from secreview.redact import redact_bytes

ENGINE = Engine()


def phones(text: str) -> set[tuple[str, str]]:
    """(rule, text) of the high and medium phone findings."""
    return {
        (finding.rule, finding.text)
        for finding in ENGINE.review_text(text).findings
        if finding.category.value == "phone" and finding.severity is not Severity.LOW
    }


PRIVATE_LANDLINE = "0731-86541237"
PUBLIC_LANDLINE = "0731-85880114"
PRIVATE_MOBILE = "13907318854"


@pytest.mark.parametrize(
    "text",
    [
        # The public line on the next line, on the line before, after a full stop in the same line.
        f"王建国,身份证号430102199003071234,电话{PRIVATE_LANDLINE}。\n咨询电话:{PUBLIC_LANDLINE}",
        f"咨询电话:{PUBLIC_LANDLINE}\n王某,住宅电话{PRIVATE_LANDLINE}。",
        f"王建国,身份证号430102199003071234,电话{PRIVATE_LANDLINE}。咨询电话:{PUBLIC_LANDLINE}",
        f"当事人李某,家庭电话:{PRIVATE_LANDLINE};监督电话:{PUBLIC_LANDLINE}",
        f"当事人李某,家庭电话:{PRIVATE_LANDLINE}\n举报电话:12345",
    ],
)
def test_a_private_landline_beside_a_public_line_is_found(text: str) -> None:
    found = phones(text)
    assert ("PI102", PRIVATE_LANDLINE) in found
    assert not any(number == PUBLIC_LANDLINE for _, number in found)


@pytest.mark.parametrize(
    "text",
    [
        f"户主王某,手机{PRIVATE_MOBILE}。\n咨询电话:{PUBLIC_LANDLINE}",
        f"咨询电话:{PUBLIC_LANDLINE}\n户主王某,手机{PRIVATE_MOBILE}。",
    ],
)
def test_a_private_mobile_beside_a_public_line_is_found(text: str) -> None:
    assert ("PI101", PRIVATE_MOBILE) in phones(text)


@pytest.mark.parametrize(
    "text",
    [
        # An office's own line beside a person's name, in the same sentence: public.
        f"联系人:王建国,咨询电话:{PUBLIC_LANDLINE}",
        f"王建国(市民政局办公室电话:{PUBLIC_LANDLINE})",
        # The office named on the line before, without a number of its own: still the office's line.
        f"联系单位:市民政局\n联系电话:{PUBLIC_LANDLINE}",
        f"联系电话:{PUBLIC_LANDLINE}\n办公时间:工作日上午",
        # One label for a list of public lines in one sentence.
        f"监督电话:0731-85880119、{PUBLIC_LANDLINE}",
    ],
)
def test_an_office_line_stays_public(text: str) -> None:
    assert not any(number == PUBLIC_LANDLINE for _, number in phones(text))


def test_redact_cuts_the_private_landline_and_keeps_the_public_line() -> None:
    text = f"王建国,身份证号430102199003071234,电话{PRIVATE_LANDLINE}。\n咨询电话:{PUBLIC_LANDLINE}\n"
    copy = redact_bytes(ENGINE, text.encode(), ".txt", "notice.txt").data.decode()
    assert PRIVATE_LANDLINE not in copy
    assert PUBLIC_LANDLINE in copy


def test_a_mobile_broken_over_a_line_beside_a_public_line_is_found() -> None:
    text = f"来访人张明华 13812\n345678,反映噪音扰民。\n咨询电话:{PUBLIC_LANDLINE}"
    assert any(rule == "PI116" for rule, _ in phones(text))


@pytest.mark.parametrize(
    "text",
    [
        # A line without a phone word of its own continues the labelled line before it.
        f"监督电话:0745-82236105(市发展研究中心人事处)\n{PUBLIC_LANDLINE}(市人社局事业单位人事管理科)",
        # A procurement notice's purchaser and agent are bodies; 咨询 in the agent's name is not what says so.
        f"采购人:省教育考试院,地址:文教路128号,联系电话:{PUBLIC_LANDLINE}\n采购代理机构:某招标咨询有限公司,联系电话:0571-87053321",
    ],
)
def test_a_continued_or_procurement_line_stays_public(text: str) -> None:
    assert not any(number == PUBLIC_LANDLINE for _, number in phones(text))


def test_a_second_private_number_on_the_next_line_is_still_found() -> None:
    text = f"当事人王某,住宅电话:{PRIVATE_LANDLINE}\n0731-86541238"
    assert {("PI102", PRIVATE_LANDLINE), ("PI102", "0731-86541238")} <= phones(text)
