"""Output formats: each renders a Report and depends on nothing but the models."""

from __future__ import annotations

from collections.abc import Callable

from secreview.models import Report
from secreview.report import json_format, text

Renderer = Callable[[Report, bool], str]


# SARIF and HTML are imported when a run asks for them: a text or JSON `check` starts without their modules.
def _sarif(report: Report, color: bool = False) -> str:
    from secreview.report import sarif

    return sarif.render(report, color)


def _html(report: Report, color: bool = False) -> str:
    from secreview.report import html_format

    return html_format.render(report, color)


FORMATS: dict[str, Renderer] = {
    "text": text.render,
    "json": json_format.render,
    "sarif": _sarif,
    "html": _html,
}

__all__ = ["FORMATS", "Renderer"]
