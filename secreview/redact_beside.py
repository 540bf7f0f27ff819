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
    BY_RANK,
    NAME_ENDING,
    NOT_NAME_START,
    PERSON_CATEGORIES,
    PERSON_RULES,
    PUBLIC_BODY,
    RESULT_LEAD,
    SHORT_FROM,
    SHORT_LENGTH,
    words,
)
from secreview.masking import must_redact
from secreview.models import Category, Finding
from secreview.redact_figures import (
    ITEM_FIGURE,
    SENTENCE,
    SENTENCE_MARKS,
    kept,
    moved,
    office_figure,
    opening_firm,
)
from secreview.sentences import sentence_bounds

# A party's name in a cut: a run of Han characters from where the run starts to the first name ending.
_NAME = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,24}?" + NAME_ENDING)
_PLACE = "省市县区"
# A clause that goes on with the party of the clause or sentence right before it (after a ； or a 。 on
# the same line): it opens with 其 (not 其余, 其他, 其中 …) or 该公司, 该单位 … (…作出说明。该公司书面
# 说明：其已在省内6个地市…).
_CLAUSE_BREAKS = ("；", ";", "。")
_PRONOUN = re.compile(
    r"[ \t\u3000]*(?:其(?![余他它中次实])|该(?:公司|企业|单位|集团|合作社|厂|供应商|投标人))"
)

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
        for name in [*(match.group() for match in _NAME.finditer(cut.text)), *_opening_name(text, cut)]:
            if PUBLIC_BODY.search(name) is None and NOT_NAME_START.match(name) is None:
                names.update(dict.fromkeys(_forms(name), cut))
    if not names:
        return []
    pattern = re.compile(words(names))
    results = [  # the items of lists whose lead-in says they are the office's result (综合得分排序如下：)
        (items[0][0], items[-1][1]) for _, lead, items in lists(text) if RESULT_LEAD.search(lead) is not None
    ]
    found: list[tuple[_Span, Finding]] = []
    party: Finding | None = None  # the party of the clause before, when this one goes on with 其
    for sentence in SENTENCE.finditer(text):
        if any(start <= sentence.start() < end for start, end in results):
            party = None
            continue
        matches = pattern.finditer(text, *sentence.span())
        named = next((names[m.group()] for m in matches if m.start() >= names[m.group()].end), None)
        if named is None and (rank := BY_RANK.search(text, *sentence.span())) is not None:
            named = next((cut for cut in names.values() if cut.end <= rank.start()), None)
        if named is None and party is not None and _PRONOUN.match(text, sentence.start()) is not None:
            named = party  # …技术分较低；其近三年同类业绩仅1项: the clause goes on with its party
        if named is not None:
            found.append((sentence.span(), named))
        party = named if text[sentence.end() : sentence.end() + 1] in _CLAUSE_BREAKS else None
    return found


def _opening_name(text: str, cut: Finding) -> list[str]:
    """The firm's name that opens the line of a cut standing after it (1.舒州信诚会计师事务所
    （普通合伙）：首次报价■万元: the line's figures cut as the firm's beside a cut item), or none."""
    line = text.rfind("\n", 0, cut.start) + 1
    start = body_start(text, line, cut.start)
    name = opening_firm(text, start, cut.start)
    return [name] if name is not None else []


def _forms(name: str) -> list[str]:
    """A party's name and the short name a document gives it: its first characters, after its place."""
    if len(name) < SHORT_FROM:
        return [name]
    place = next((index + 1 for index in range(2, 4) if name[index] in _PLACE), 0)
    short = name[place : place + SHORT_LENGTH]
    return [name, short] if len(short) == SHORT_LENGTH else [name]


def _person_sentences(text: str, findings: Sequence[Finding]) -> list[tuple[_Span, Finding]]:
    """The sentences in which the copy cuts a private person's name, phone, account or home address, each with
    that cut."""
    found = []
    for finding in findings:
        if must_redact(finding) and (
            finding.category.value in PERSON_CATEGORIES or finding.rule in PERSON_RULES
        ):
            found.append((sentence_bounds(text, finding.start, finding.start, SENTENCE_MARKS), finding))
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
    if kept(BY_RANK.sub("", text[start:end])):  # 第一名供应商 names a party, it ranks none
        return
    for match in ITEM_FIGURE.finditer(text, start, end):
        span = match.span()
        if office_figure(text, span[0]):
            continue
        if not any(begin < span[1] and span[0] < stop for begin, stop in cuts):
            added.setdefault(span, moved(source, extracted, *span, match.group()))
