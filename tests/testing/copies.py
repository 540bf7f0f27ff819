"""The redacted copies the redaction tests read: a draft cut in part, copied in each style."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.redact import Style, redact_bytes

# Each test of a copy runs in both styles: figures masked (mask) and replaced by a block (block).
STYLES = pytest.mark.parametrize("style", [Style.MASK, Style.FULL], ids=["mask", "block"])


def cut_copy(engine: Engine, text: str, style: Style) -> str:
    """The text of the redacted copy of a draft that is 删减后公开 and whose copy re-checks 主动公开, as the
    CLI's redact would write it for a .txt file."""
    copy = redact_bytes(engine, text.encode("utf-8"), ".txt", "draft.txt", style)
    assert copy.original.attribute is Attribute.REDACTED
    assert copy.recheck.attribute is Attribute.PROACTIVE
    return copy.data.decode("utf-8")


def assert_gone_and_kept(copy: str, gone: list[str], kept: list[str]) -> None:
    """The copy has lost each of ``gone`` and still holds each of ``kept`` (the first that fails is named)."""
    for figure in gone:
        assert figure not in copy, figure
    for figure in kept:
        assert figure in copy, figure
