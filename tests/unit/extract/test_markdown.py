"""Markdown read as written, and a line read again as a viewer shows it only where markup joins or writes
digits (``secreview/extract/markdown.py``)."""

from __future__ import annotations

from secreview import Engine
from secreview.extract.markdown import extract_markdown, rendered
from secreview.redact import redact_bytes


def test_markup_that_joins_nothing_adds_nothing() -> None:
    data = "# 标题\n\n**加粗**与 `代码`,A &amp; B,<br>电话 13987654321\n".encode()
    extracted = extract_markdown(data)
    assert extracted.text == data.decode()
    assert [segment.part for segment in extracted.segments] == ["body"]


def test_a_line_whose_markup_joins_digits_is_read_as_shown() -> None:
    extracted = extract_markdown("甲\n电话139<i></i>87654321\n".encode())
    assert extracted.text.endswith("电话13987654321\n")
    assert [(segment.part, segment.location) for segment in extracted.segments] == [
        ("body", None),
        ("rendered", "line 2"),
    ]


def test_rendering() -> None:
    assert rendered("a<!-- x -->b&#49;\\*c*d*") == "ab1*cd"


def test_a_plain_value_is_still_masked_in_the_copy(engine: Engine) -> None:
    data = "# 通知\n\n**联系人**张三,电话13987654321。<br>\n".encode()
    copy = redact_bytes(engine, data, ".md", "file.md")
    assert "139****4321" in copy.data.decode() and "13987654321" not in copy.data.decode()
