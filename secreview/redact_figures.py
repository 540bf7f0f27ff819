"""A figure the redacted copy cuts with a third party's data or a severable passage is cut where the document
gives it again after the cut (a summary paragraph, an attachment list, a footnote): the copy must not give
back elsewhere what it removed in one place. And where the copy cuts a third party's data, a figure in a
sentence that says the party asked to keep it (…合同金额682万元,供应商及单价企业要求不对外提供) is cut too:
the sentence the request stands in is what it covers, whichever of its figures a rule read as data."""

from __future__ import annotations

import re
from collections.abc import Sequence

from secreview.extract.base import ExtractedText
from secreview.masking import must_redact
from secreview.models import Category, Finding

# An amount with its unit (412元, 1,163.72万元, 31.5%): the unit keeps a bare count or year from matching.
FIGURE = re.compile(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?(?:亿元|万元|元|万吨|吨|亿|万|%)")
TELLING_DIGITS = 3  # significant digits a figure needs to be told apart from a round or common one
# A third party's request that what it gave be kept back (企业要求保密, 申请保密, 不得对外披露,
# 声明属于商业秘密).
REQUEST = re.compile(
    r"(?:要求|申请|请求|声明|承诺)[^。;;\n]{0,4}保密|(?:不|未|不得|不宜|不予)(?:对外|向外|公开)(?:提供|披露|公开)"
    r"|未(?:经)?(?:公开)?披露|(?:属于|涉及)(?:其|该|本)?(?:企业|公司|单位)?(?:的)?商业秘密"
)
_SENTENCE = re.compile(r"[^。;;!?!?\n]+")


def third_party_cut(findings: Sequence[Finding]) -> Finding | None:
    """The first of ``findings`` the copy cuts as a third party's data, or None."""
    return next(
        (f for f in findings if must_redact(f) and f.category is Category.TRADE_SECRET),
        None,
    )


def requested_figures(extracted: ExtractedText, source: Finding) -> list[Finding]:
    """Findings of ``source``'s rule on each figure of ``extracted`` (a copy that cut a third party's data,
    nothing else left to cut in it) in a sentence that says the party asked to keep its information back."""
    text = extracted.text
    if REQUEST.search(text) is None:
        return []
    return [
        _moved(source, extracted, *match.span(), match.group())
        for sentence in _SENTENCE.finditer(text)
        if REQUEST.search(sentence.group()) is not None
        for match in FIGURE.finditer(text, sentence.start(), sentence.end())
    ]


def _moved(finding: Finding, extracted: ExtractedText, start: int, end: int, figure: str) -> Finding:
    """``finding`` as a finding on the figure at ``start``–``end`` of the extracted text."""
    text = extracted.text
    line_start = text.rfind("\n", 0, start) + 1
    return finding.model_copy(
        update={
            "start": start,
            "end": end,
            "text": figure,
            "part": extracted.part_at(start, end),
            "replacement": None,
            "location": None,
            "line": text.count("\n", 0, start) + 1,
            "column": start - line_start + 1,
        }
    )


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
        added[(start, end)] = _moved(first, extracted, start, end, match.group())
    if not added:
        return list(findings)
    return sorted([*findings, *added.values()], key=lambda finding: (finding.start, -finding.end))


def _telling(figure: str) -> bool:
    digits = re.sub(r"\D", "", figure)
    return len(digits.rstrip("0")) >= TELLING_DIGITS
