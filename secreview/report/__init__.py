"""Output formats: each renders a Report and depends on nothing but the models."""

from __future__ import annotations

from collections.abc import Callable

from secreview.models import Report
from secreview.report import html_format, json_format, sarif, text

Renderer = Callable[[Report, bool], str]

FORMATS: dict[str, Renderer] = {
    "text": text.render,
    "json": json_format.render,
    "sarif": sarif.render,
    "html": html_format.render,
}

__all__ = ["FORMATS", "Renderer"]
