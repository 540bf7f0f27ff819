"""Hostile drafts whose redacted copy must not keep a phone or identity number (leak9, session 15): a number
broken over a Windows line end (\\r\\n) is read as one broken over a \\n, and cut."""

from __future__ import annotations

import re

import pytest

from secreview import Attribute, Engine
from secreview.masking import Style
from secreview.redact import redact_bytes
from secreview.validators import gb11643_check_char

STYLES = pytest.mark.parametrize("style", [Style.MASK, Style.FULL], ids=["mask", "block"])
IDENTITY = "33010419740615282" + gb11643_check_char("33010419740615282")
MOBILE = "13905712687"


def _read_across(copy: str, digits: str) -> bool:
    """Whether ``copy`` still holds ``digits`` as a reader reads them: separators and line ends between."""
    return re.search(r"[^0-9A-Za-z\u4e00-\u9fff]{0,3}".join(digits), copy) is not None


def _copy(engine: Engine, text: str, style: Style) -> str:
    copy = redact_bytes(engine, text.encode("utf-8"), ".txt", "draft.txt", style)
    assert copy.original.attribute is Attribute.REDACTED
    assert copy.recheck.attribute is Attribute.PROACTIVE
    return copy.data.decode("utf-8")


@STYLES
@pytest.mark.parametrize(
    ("line", "digits"),
    [
        (f"来访人蔡秋萍,联系电话:{MOBILE[:7]}\r\n{MOBILE[7:]},反映摊位被暂扣。", MOBILE),
        (f"来访人蔡秋萍,手机:{MOBILE[:3]}\r\n{MOBILE[3:]}。", MOBILE),
        (f"申请人蔡秋萍,身份证号:{IDENTITY[:10]}\r\n{IDENTITY[10:]},现住桃园新村。", IDENTITY),
    ],
    ids=["phone-7-4", "phone-3-8", "identity-10-8"],
)
def test_a_number_broken_over_a_windows_line_end_is_cut(
    engine: Engine, style: Style, line: str, digits: str
) -> None:
    text = f"关于来访事项办理情况的报告\r\n\r\n{line}\r\n\r\n县信访局\r\n2026年11月24日\r\n"
    assert not _read_across(_copy(engine, text, style), digits)


def test_a_count_broken_over_a_windows_line_end_stays(engine: Engine) -> None:
    # PI109's twin: a count after 联系 on the line before is no phone.
    report = engine.review_text("本季度联系人数 139\r\n8765 件,同比增长。")
    assert not [finding for finding in report.findings if finding.category == "phone"]
