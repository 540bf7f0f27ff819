"""The JSON report: the fields of ``models.Report``, described in the README (JSON and SARIF output)."""

from __future__ import annotations

from secreview.models import Report


def render(report: Report, color: bool = False) -> str:
    return report.to_json(indent=2)
