"""A figure the redacted copy cuts with a third party's data or a severable passage is cut where the document
gives it again after the cut (a summary paragraph, an attachment list, a footnote): the copy must not give
back elsewhere what it removed in one place."""

from __future__ import annotations

import re
from collections.abc import Sequence

from secreview.extract.base import ExtractedText
from secreview.masking import must_redact
from secreview.models import Category, Finding

# An amount with its unit (412元, 1,163.72万元, 31.5%): the unit keeps a bare count or year from matching.
FIGURE = re.compile(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?(?:亿元|万元|元|万吨|吨|亿|万|%)")
TELLING_DIGITS = 3  # significant digits a figure needs to be told apart from a round or common one


def with_repeated_figures(extracted: ExtractedText, findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` and, for each telling figure inside a cut third party's data or severable passage, a
    finding of the same rule on every later place of ``extracted`` that repeats it outside any cut."""
    sources = [
        finding
        for finding in findings
        if must_redact(finding) and (finding.category is Category.TRADE_SECRET or finding.severable)
    ]
    if not sources:
        return list(findings)
    cuts = sorted((finding.start, finding.end) for finding in findings if must_redact(finding))
    text = extracted.text
    wanted: dict[str, Finding] = {}  # each telling figure, with the first cut that holds it
    for cut in sorted(sources, key=lambda finding: finding.start, reverse=True):
        wanted.update((match.group(), cut) for match in FIGURE.finditer(cut.text) if _telling(match.group()))
    added: dict[tuple[int, int], Finding] = {}
    for match in FIGURE.finditer(text) if wanted else ():
        first = wanted.get(match.group())
        start, end = match.span()
        # Only where it is given again after the cut: a public figure the third party's passage quotes (the
        # published starting price of an auction) stands before it.
        if first is None or start < first.end or any(begin <= start and end <= stop for begin, stop in cuts):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        added[(start, end)] = first.model_copy(
            update={
                "start": start,
                "end": end,
                "text": match.group(),
                "part": extracted.part_at(start, end),
                "replacement": None,
                "location": None,
                "line": text.count("\n", 0, start) + 1,
                "column": start - line_start + 1,
            }
        )
    if not added:
        return list(findings)
    return sorted([*findings, *added.values()], key=lambda finding: (finding.start, -finding.end))


def _telling(figure: str) -> bool:
    digits = re.sub(r"\D", "", figure)
    return len(digits.rstrip("0")) >= TELLING_DIGITS
