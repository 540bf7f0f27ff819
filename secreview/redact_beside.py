"""Figures a redacted copy cuts beside what it cuts, read from the sentence rather than from a list (leak12,
session 18): a party whose data the copy cuts as a third party's (a bid list, a table of firms) named again
after it, by its full name or its short name (山东威联 for 山东威联医疗科技股份有限公司), in a sentence with
figures (its scores, a deviation, its contracts' prices); and the figures of a sentence in which the copy
cuts a private person's name, phone or account (his mother's costs, his income, his age). A sentence of the
office's decision, result or opinion keeps its figures (``redact_figures.kept``). The words are data:
rules/lexicons/figures.toml."""

from __future__ import annotations

import re
from collections.abc import Sequence

from secreview.extract.base import ExtractedText
from secreview.figure_lists import body_start, lists
from secreview.figure_words import (
    NAME_ENDING,
    NOT_NAME_START,
    PERSON_CATEGORIES,
    PUBLIC_BODY,
    RESULT_LEAD,
    SHORT_FROM,
    SHORT_LENGTH,
    words,
)
from secreview.masking import must_redact
from secreview.models import Category, Finding
from secreview.redact_figures import ITEM_FIGURE, SENTENCE, kept, moved, office_figure

# A party's name in a cut: a run of Han characters from where the run starts to the first name ending.
_NAME = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,24}?" + NAME_ENDING)
_PLACE = "省市县区"

_Span = tuple[int, int]


def with_beside_figures(extracted: ExtractedText, findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` and a finding on each figure of the sentences that name again a party whose data the
    copy cuts, or in which it cuts a private person's name or number (see the module)."""
    cuts = sorted((finding.start, finding.end) for finding in findings if must_redact(finding))
    if not cuts:
        return list(findings)
    added: dict[_Span, Finding] = {}
    for sentence, source in [
        *_party_sentences(extracted.text, findings),
        *_person_sentences(extracted.text, findings),
    ]:
        _add_figures(extracted, sentence, source, cuts, added)
    if not added:
        return list(findings)
    return sorted([*findings, *added.values()], key=lambda finding: (finding.start, -finding.end))


def _party_sentences(text: str, findings: Sequence[Finding]) -> list[tuple[_Span, Finding]]:
    """The sentences after a third party's cut that name a party the cut names, each with that cut."""
    sources = [f for f in findings if must_redact(f) and f.category is Category.TRADE_SECRET]
    names: dict[str, Finding] = {}  # each name and short name, with the first cut that names the party
    for cut in sorted(sources, key=lambda finding: finding.start, reverse=True):
        for match in _NAME.finditer(cut.text):
            if PUBLIC_BODY.search(match.group()) is None and NOT_NAME_START.match(match.group()) is None:
                names.update(dict.fromkeys(_forms(match.group()), cut))
    if not names:
        return []
    pattern = re.compile(words(names))
    results = [  # the items of lists whose lead-in says they are the office's result (综合得分排序如下：)
        (items[0][0], items[-1][1]) for _, lead, items in lists(text) if RESULT_LEAD.search(lead) is not None
    ]
    found = []
    for sentence in SENTENCE.finditer(text):
        if any(start <= sentence.start() < end for start, end in results):
            continue
        for match in pattern.finditer(text, *sentence.span()):
            if match.start() >= names[match.group()].end:
                found.append((sentence.span(), names[match.group()]))
                break
    return found


def _forms(name: str) -> list[str]:
    """A party's name and the short name a document gives it: its first characters, after its place."""
    if len(name) < SHORT_FROM:
        return [name]
    place = next((index + 1 for index in range(2, 4) if name[index] in _PLACE), 0)
    short = name[place : place + SHORT_LENGTH]
    return [name, short] if len(short) == SHORT_LENGTH else [name]


def _person_sentences(text: str, findings: Sequence[Finding]) -> list[tuple[_Span, Finding]]:
    """The sentences in which the copy cuts a private person's name, phone or account, each with that cut."""
    found = []
    for finding in findings:
        if must_redact(finding) and finding.category.value in PERSON_CATEGORIES:
            sentence = SENTENCE.search(text, text.rfind("\n", 0, finding.start) + 1)
            while sentence is not None and sentence.end() < finding.start:
                sentence = SENTENCE.search(text, sentence.end())
            if sentence is not None:
                found.append((sentence.span(), finding))
    return found


def _add_figures(
    extracted: ExtractedText, sentence: _Span, source: Finding, cuts: list[_Span], added: dict[_Span, Finding]
) -> None:
    """A finding of ``source`` on each figure of ``sentence`` outside the cuts, unless the sentence is the
    office's decision, result or opinion."""
    text = extracted.text
    start, end = sentence
    if text.rfind("\n", 0, start) + 1 == start:
        start = body_start(text, start, end)  # a list item's number is no figure
    if kept(text[start:end]):
        return
    for match in ITEM_FIGURE.finditer(text, start, end):
        span = match.span()
        if office_figure(text, span[0]):
            continue
        if not any(begin < span[1] and span[0] < stop for begin, stop in cuts):
            added.setdefault(span, moved(source, extracted, *span, match.group()))
