"""A figure the redacted copy cuts with a third party's data or a severable passage is cut where the document
gives it again after the cut (a summary paragraph, an attachment list, a footnote): the copy must not give
back elsewhere what it removed in one place. And where the copy cuts a third party's data, a figure in a
sentence that says the party asked to keep it (…合同金额682万元,供应商及单价企业要求不对外提供) is cut too:
the sentence the request stands in is what it covers, whichever of its figures a rule read as data."""

from __future__ import annotations

import re
from collections.abc import Sequence

from secreview.extract.base import ExtractedText
from secreview.figure_lists import CELL, ROW, Item, List, column_heading, lists
from secreview.figure_words import (
    AMOUNT,
    CLOSING,
    CLOSING_PUBLISHES,
    DECISION,
    DECISION_COLUMN,
    EACH_PARTY,
    FIRM_ENDING,
    MASKED_NAME,
    MASKED_REACH,
    ORDINAL,
    PARTY,
    PARTY_HEADING,
    PERSON_FIELD,
    PERSON_PARTY,
    RANKING,
    REQUEST,
    RESULT_LEAD,
    SECRET,
    SUBMITTED,
    TOTAL_ROW,
)
from secreview.masking import must_redact
from secreview.models import Category, Finding
from secreview.sentences import FULL_STOPS, SENTENCE_END, both_widths

# An amount with its unit (412元, 1,163.72万元, 31.5%, 4,260亩): the unit keeps a bare count or year from
# matching (figures.toml [amounts]).
FIGURE = AMOUNT
TELLING_DIGITS = 3  # significant digits a figure needs to be told apart from a round or common one
# A sentence of an item or of a line, the full-width marks included (the copy is cut in the original text).
SENTENCE_MARKS = both_widths(SENTENCE_END) + "\n"
SENTENCE = re.compile(f"[^{SENTENCE_MARKS}]+")
# The sentence a party's request to keep its data back covers: to its end (。！？, either width), over its
# clauses (；): 合同约定金额保密；报名费收入612万元。 is one request.
_REQUESTED = re.compile(rf"[^{both_widths(FULL_STOPS)}\n]+")


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
        moved(source, extracted, *match.span(), match.group())
        for sentence in _REQUESTED.finditer(text)
        if REQUEST.search(sentence.group()) is not None
        for match in FIGURE.finditer(text, sentence.start(), sentence.end())
    ]


def moved(finding: Finding, extracted: ExtractedText, start: int, end: int, figure: str) -> Finding:
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
        added[(start, end)] = moved(first, extracted, start, end, match.group())
    if not added:
        return list(findings)
    return sorted([*findings, *added.values()], key=lambda finding: (finding.start, -finding.end))


def _telling(figure: str) -> bool:
    digits = re.sub(r"\D", "", figure)
    return len(digits.rstrip("0")) >= TELLING_DIGITS


# --- the items beside a third party's cut list item ------------------------------------------------------

# A figure: digits with their separators and decimals; not a date, a time, a serial or a code's digits. A
# number the draft masked in part (3501xxxx19820417xxxx, 138****5678) is one figure, its shown digits
# with it: the birth date an identity number still shows goes with the person's sentence.
ITEM_FIGURE = re.compile(
    r"(?<![0-9A-Za-z*＊×])\d*(?:[xX*＊×]{2,}\d{2,})+[xX*＊×]*(?![0-9A-Za-z])"
    r"|(?<![\dA-Za-z.,_/])(?<![A-Za-z]-)(?<![A-Za-z] )(?<![A-Za-z]-\d{4}-)(?<!\d时)\d(?:,?\d)*(?:\.\d+)?"
    r"(?![\d]|[.．](?!\d)|[.．][\d]|[A-Za-z_/\-]?\d|[年月日时号、])(?!(?:至|-|—|–|~)\d{1,2}[月日])"
)
_DIGITS = re.compile(r"[\d,.]*")
# A row's number: a figure of up to three digits alone at the start of a line (1 | …, 12  张**  …).
_ROW_NUMBER = re.compile(r"[ \t\u3000|]*\d{1,3}(?=[ \t\u3000|])")


def office_figure(text: str, start: int) -> bool:
    """Whether the figure at ``start`` stays whatever its sentence: a row's number, the number of a project's
    section or batch (第7标段), a total row's figure or one under a column of the office's decision (拟补贴,
    资助标准, 序号)."""
    if text[start - 1 : start] == "第":
        digits = _DIGITS.match(text, start)
        if digits is not None and ORDINAL.match(text, digits.end()) is not None:
            return True
    line = text.rfind("\n", 0, start) + 1
    number = _ROW_NUMBER.match(text, line)
    if (number is not None and number.end() > start) or TOTAL_ROW.match(text, line) is not None:
        return True
    heading = column_heading(text, start)
    return heading is not None and DECISION_COLUMN.search(heading) is not None


# A sentence of the office's own decision, or of what it publishes, keeps its figures (figures.toml
# [decision]), unless it keeps data back ([secret]); an item says whose data it gives when it opens with a
# firm's name (畅达快递江澄分公司：, 东郊自来水厂：) or names the party ([party] named).
_NAMED_FIRM = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{2,30}?" + FIRM_ENDING)
# An item that is the office's opinion (三、审核意见：…): its figures are the office's.
_OPINION = re.compile(r"[^,，。;；:：\n]{0,4}(?:意见|结论|建议)[:：。]")
_CLAUSE = re.compile(r"[，,]")
_CUT_SHARE = 0.5  # of an item's characters a third party's cut must cover for the item to count as cut


def with_sibling_figures(extracted: ExtractedText, findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` and, for each list or table one of whose items or rows the copy cuts as a third party's
    data, a finding of that cut's rule on each figure of its other items (the same party's or another
    party's figures the rules did not read), but for a sentence of the office's decision, opinion or of what
    it publishes (a table's row: each cell is a sentence)."""
    sources = [f for f in findings if must_redact(f) and f.category is Category.TRADE_SECRET]
    if not sources:
        return list(findings)
    cuts = sorted((finding.start, finding.end) for finding in findings if must_redact(finding))
    text = extracted.text
    added: dict[tuple[int, int], Finding] = {}
    found = [*lists(text), *_party_lines(text)]
    cut_by_list = [[_cutting(item, sources) for item in items] for _, _, items in found]
    firm_cut = _firm_item_cut(text, found, cut_by_list)
    for (kind, lead, items), cut_by in zip(found, cut_by_list, strict=True):
        source = next((finding for finding in cut_by if finding is not None), None)
        if source is None and firm_cut is not None:
            # A list of firms beside another one the copy cuts: the sentences naming the party, or all the
            # parties' figures where the lead-in says the items are what they submitted (各供应商最后报价
            # 如下：).
            if _submitted_lead(lead.rsplit("\n", 1)[0]) and not _published_below(text, items[-1]):
                spans = [
                    span for item in items for span in _party_sentences(text, item, SENTENCE, True, False)
                ]
            else:
                spans = _named_party_sentences(text, items)
            _add(extracted, spans, firm_cut, cuts, added)
            continue
        if source is None:
            continue
        _add(extracted, _each_party_clauses(text, items), source, cuts, added)
        if all(finding is not None for finding in cut_by):
            continue
        if _published_below(text, items[-1]):
            continue  # its closing line publishes the list (以上评估结果…将在征收范围内公示)
        # The lead-in says the items are what a party submitted, or a table's heading names each row's party.
        lead_in = lead.rsplit("\n", 1)[0]
        office = _office_lead(lead_in)
        submitted = (
            _submitted_lead(lead_in)
            or (kind == ROW and PARTY_HEADING.search(lead.rsplit("\n", 1)[-1]) is not None)
            or _about_person(text, items, findings)
        )
        sentences = CELL if kind == ROW else SENTENCE
        for item, finding in zip(items, cut_by, strict=True):
            if finding is not None or _OPINION.match(text, item[2]) is not None:
                continue
            _add(extracted, _party_sentences(text, item, sentences, submitted, office), source, cuts, added)
    if not added:
        return list(findings)
    return sorted([*findings, *added.values()], key=lambda finding: (finding.start, -finding.end))


_Span = tuple[int, int]


def _add(
    extracted: ExtractedText,
    spans: Sequence[_Span],
    source: Finding,
    cuts: Sequence[_Span],
    added: dict[_Span, Finding],
) -> None:
    """A finding of ``source`` on each figure of ``spans`` outside the cuts, but the office's own figures."""
    text = extracted.text
    for start, end in spans:
        for match in ITEM_FIGURE.finditer(text, start, end):
            span = match.span()
            if office_figure(text, span[0]):
                continue
            if not any(begin < span[1] and span[0] < stop for begin, stop in cuts):
                added[span] = moved(source, extracted, *span, match.group())


def _firm_item_cut(
    text: str, found: Sequence[List], cut_by_list: Sequence[Sequence[Finding | None]]
) -> Finding | None:
    """The cut of a list item that opens with a firm's name (岚州华通电力设备有限公司，…), if the copy cuts
    one as a third party's data (``cut_by_list``: each list's items' cuts, by :func:`_cutting`)."""
    for (_, _, items), cut_by in zip(found, cut_by_list, strict=True):
        for item, finding in zip(items, cut_by, strict=True):
            if finding is not None and opening_firm(text, item[2], item[1]) is not None:
                return finding
    return None


def _named_party_sentences(text: str, items: Sequence[Item]) -> list[_Span]:
    """In a list no cut reaches, the sentences of items opening with a firm's name that name the party
    (该公司2024年利润总额同比下降89%), not the office's decision, and the clauses of a sentence kept by the
    office's ranking alone without it (价格分28.75分, 技术分49.30分 before 综合得分…,排名第一): beside a list
    of firms the copy cuts, the same document's other firms' own figures."""
    spans: list[_Span] = []
    for _, end, body in items:
        if opening_firm(text, body, end) is None:
            continue
        every = list(SENTENCE.finditer(text, body, end))
        spans += [
            sentence.span()
            for sentence in every
            if PARTY.search(sentence.group()) is not None and not kept(sentence.group())
        ]
        spans += _unranked_clauses(text, every)
    return sorted(spans)


def _each_party_clauses(text: str, items: Sequence[Item]) -> list[_Span]:
    """The clauses of a list's lead-in (the line before its first item) that give one figure for each party
    (三家供应商第一轮报价分别为85.00万元、83.20万元和86.00万元), not the office's decision."""
    end = text.rfind("\n", 0, items[0][0])
    while end > 0 and not text[text.rfind("\n", 0, end) + 1 : end].strip():
        end = text.rfind("\n", 0, end)
    if end <= 0:
        return []
    start = text.rfind("\n", 0, end) + 1
    return [
        clause.span()
        for clause in _CLAUSES.finditer(text, start, end)
        if EACH_PARTY.search(clause.group()) is not None and not kept(clause.group())
    ]


_PARTY_LINE = "party"  # lines without a marker, each opening with a party (申请人许某，…, 某某有限公司：…)
_NAME_END = re.compile(r"[，,：:（(]")


def _party_lines(text: str) -> list[List]:
    """Runs of two lines or more, one after the other, that each open with a party: a masked name within
    reach of the line's start or a firm's name before a comma or a colon. They are a list whose marker is the
    party (the lines under 二、个别申请人情况。), whatever the lines' list markers."""
    runs: list[List] = []
    items: list[Item] = []
    previous = ""
    position = 0
    for line in [*text.splitlines(keepends=True), ""]:
        start, end = position, position + len(line.rstrip("\r\n"))
        position += len(line)
        if _opens_with_party(text, start, end):
            items.append((start, end, start))
            continue
        if len(items) > 1:
            runs.append((_PARTY_LINE, previous, items))
        items = []
        previous = line.strip() or previous
    return runs


def opening_firm(text: str, start: int, end: int) -> str | None:
    """The firm's name that opens the text at ``start`` (after a list marker) before a comma, a colon or a
    bracket (畅达快递江澄分公司：, 舒州信诚会计师事务所（普通合伙）：), or None."""
    firm = _NAMED_FIRM.match(text, start, end)
    if firm is None or _NAME_END.match(text, firm.end()) is None:
        return None
    return firm.group().strip(" \t\u3000")


def _opens_with_party(text: str, start: int, end: int) -> bool:
    return opening_firm(text, start, end) is not None or _masked_opening(text, start, end)


def _party_sentences(
    text: str, item: Item, sentences: re.Pattern[str], submitted: bool, public: bool
) -> list[tuple[int, int]]:
    """The sentences of an item beside a cut one whose figures are a party's (not the office's decision):
    all of them where the lead-in says the items are what the parties submitted, the item opens with a firm's
    name or names a party (该公司, 申请人); of an item about a private person under a lead-in that is not
    the office's decision or publication (给予救助,现予公示), all of them where a masked name opens it
    (花溪村付某林，), else those that name the person (其本人, 其配偶). None for the office's own item."""
    start, end, body = item
    every = list(sentences.finditer(text, body, end))
    found = [sentence for sentence in every if not kept(sentence.group())]
    opens = _NAMED_FIRM.match(text, start) or _NAMED_FIRM.match(text, body)
    if submitted or opens is not None or PARTY.search(text, start, end) is not None:
        return sorted([*(s.span() for s in found), *_unranked_clauses(text, every)])
    if public:
        return []
    if _masked_opening(text, body, end):
        return [sentence.span() for sentence in found]
    return [sentence.span() for sentence in found if PERSON_PARTY.search(sentence.group()) is not None]


_CLAUSES = re.compile(r"[^,，;；。\n]+")


def _unranked_clauses(text: str, sentences: Sequence[re.Match[str]]) -> list[_Span]:
    """Of a party's sentences kept by the office's ranking alone (…综合得分87.12分，排名第一), the clauses
    without it (最后报价79.80万元, 价格分9.62分): the party's own figures."""
    spans = []
    for sentence in sentences:
        said = sentence.group()
        if not kept(said) or kept(RANKING.sub("", said)) or SECRET.search(said) is not None:
            continue
        spans += [
            clause.span()
            for clause in _CLAUSES.finditer(text, *sentence.span())
            if RANKING.search(clause.group()) is None
        ]
    return spans


def _masked_opening(text: str, start: int, end: int) -> bool:
    """Whether a masked name (付某林, 经营户陈某) stands within reach of ``start``."""
    name = MASKED_NAME.search(text, start, min(end, start + MASKED_REACH + 6))
    return name is not None and name.start() - start <= MASKED_REACH


def _published_below(text: str, last: Item) -> bool:
    """Whether the list's closing line (the last item's last line, or the line after it) says the office
    publishes it: it opens with 以上 or 上述 and holds 公示 or 公布 and keeps nothing back."""
    start, end, _ = last
    within, after = text.rfind("\n", start, end), text.find("\n", end + 1)
    last_line = text[within + 1 if within >= 0 else start : end]
    lines = [last_line, text[end + 1 : after if after >= 0 else len(text)]]
    return any(
        CLOSING.match(line) is not None
        and CLOSING_PUBLISHES.search(line) is not None
        and SECRET.search(line) is None
        for line in lines
    )


def _submitted_lead(lead_in: str) -> bool:
    """Whether a list's lead-in says its items are what the parties submitted (企业提供的经营资料：,
    各供应商最后报价如下：), not the office's result or decision."""
    return (
        SUBMITTED.search(lead_in) is not None
        and RESULT_LEAD.search(lead_in) is None
        and not _office_lead(lead_in)
    )


def _office_lead(lead_in: str) -> bool:
    """Whether a list's lead-in is the office's decision or publication of its items: its last clause is
    (对直接财产损失核定如下：, 给予临时救助，现予公示：) and says nothing of what a party submitted (根据代建
    单位提供的内部成本台账和审计核定结果：is the party's)."""
    sentences = SENTENCE.findall(lead_in)
    clause = _CLAUSE.split(sentences[-1])[-1] if sentences else ""
    return kept(clause) and SUBMITTED.search(clause) is None


def kept(sentence: str) -> bool:
    """Whether a sentence keeps its figures: the office's decision or what it publishes (拟给予, 核定,
    排名第一, 公布), unless it keeps data back (暂不对外公布, 保密), or its opinion (初审意见:…)."""
    if _OPINION.match(sentence.lstrip(" \t\u3000")) is not None:
        return True
    return SECRET.search(sentence) is None and DECISION.search(sentence) is not None


def _about_person(text: str, items: list[Item], findings: Sequence[Finding]) -> bool:
    """Whether the list is a form's fields about one private person: a field of the person (申请人:) whose
    name the copy cuts, among the list's items or, the form's only one, in the lines above the list (a
    review form's head: 申请人：林**, then 二、审核要素 and its items: his income beside his cut health)."""
    start, end = items[0][0], items[-1][1]
    fields = [
        f
        for f in findings
        if must_redact(f)
        and f.category is Category.PERSON_NAME
        and f.start < end
        and PERSON_FIELD.search(text, text.rfind("\n", 0, f.start) + 1, f.start) is not None
    ]
    return any(start <= f.start for f in fields) or len({f.text for f in fields}) == 1


def _cutting(item: Item, sources: Sequence[Finding]) -> Finding | None:
    """The third party's cut that covers the item (the larger share of its characters), or None."""
    start, end, _ = item
    covered = 0
    first = None
    for finding in sources:
        low, high = max(start, finding.start), min(end, finding.end)
        if low < high:
            covered += high - low
            first = first or finding
    return first if covered >= _CUT_SHARE * (end - start) else None
