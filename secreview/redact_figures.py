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


# --- the items beside a third party's cut list item ------------------------------------------------------

# A list item's marker, by kind, the highest level first: 一、 (一) 1. (1) a bullet, and a line that opens
# with a label and a colon (恒远进出口有限公司:…, one line per firm).
_MARKER = re.compile(
    r"[ \t\u3000]*(?:"
    r"(?P<han>[一二三四五六七八九十]{1,3}、)"
    r"|(?P<paren_han>[(（][一二三四五六七八九十]{1,3}[)）])"
    r"|(?P<arabic>\d{1,2}[.．、](?!\d))"
    r"|(?P<paren_arabic>[(（]\d{1,2}[)）])"
    r"|(?P<bullet>[-–•·●▪◆](?=[ \t\u3000]*\S))"
    r"|(?P<label>[^\s:：,，。;；、()（）]{2,24}[:：](?=\S))"
    r")"
)
_LEVELS = ("han", "paren_han", "arabic", "paren_arabic", "bullet", "label")
# A figure: digits with their separators and decimals; not a date, a time, a serial or a code's digits.
_ITEM_FIGURE = re.compile(
    r"(?<![\dA-Za-z.,_/])(?<![A-Za-z]-)(?<![A-Za-z] )\d[\d,]*(?:\.\d+)?"
    r"(?![\d]|[.．][\d]|[A-Za-z_/\-]?\d|[年月日时号、])(?!(?:至|-|—|–|~)\d{1,2}[月日])"
)
# A sentence of the office's own decision, or of what it publishes: its figures stay (拟给予贴息资金62万元,
# 核定补助30万元, 准予缓缴46.8万元, 结论将在听证会上公布).
_DECISION = re.compile(
    r"(?:建议|拟|同意|决定)(?:给予|安排|补助|补贴|奖励|支持|资助|分别|列入|纳入|按)|核定|核准|准予|予以|不予|批准|审核通过"
    r"|(?<![不未])(?:公布|公示)"
)
# A sentence that keeps data back (暂不对外公布, 尚未向职工公布, 价格保密) is no decision of the office's.
_SECRET = re.compile(r"(?:不|未)[^,，。;；]{0,6}(?:公布|公示|公开|披露|提供)|保密|商业秘密")
# An item that says whose data it gives: it opens with a firm's name (畅达快递江澄分公司：, 东郊自来水厂：),
# or names the party the document is about (该公司, 你公司, 申请人, 代建单位 …) or a firm telling or
# submitting (企业提供的, 公司计划 …).
_NAMED_FIRM = re.compile(
    r"[ \t\u3000]*[\u4e00-\u9fff]{2,30}?(?:有限公司|股份公司|分公司|集团|合作社|厂(?![房区址长]))"
)
_PARTY = re.compile(
    r"(?:该|你|其|项目)(?:公司|企业|单位|集团|合作社|厂)|申请人|申报单位|投标人|代建单位|承包人|中标人"
    r"|(?:企业|公司|单位|合作社)(?:自述|称|提供|提交|报送|申报|要求|请求|计划|拟|下一步)"
)
# A list's lead-in that says its items are what a party submitted (企业报送的核心数据, 企业提供的经营资料:),
# at its end.
_SUBMITTED = re.compile(
    r"(?:企业|公司|单位|申请人|合作社|其)[^。\n]{0,6}?(?:提供|提交|报送|申报|直报)[^。\n]{0,12}?"
    r"(?:数据|资料|台账|报表|材料|明细)[^。\n]{0,12}$"
)
# An item that is the office's opinion (三、审核意见：…): its figures are the office's.
_OPINION = re.compile(r"[^,，。;；:：\n]{0,4}(?:意见|结论|建议)[:：。]")
_ITEM_SENTENCE = re.compile(r"[^。;；!?！？\n]+")
# A section's heading: a short line that is no sentence (二、复核意见), its text on the lines below.
_HEADING = re.compile(r"[^,，。;；:：]{1,30}[:：]?")
_CUT_SHARE = 0.5  # of an item's characters a third party's cut must cover for the item to count as cut


def with_sibling_figures(extracted: ExtractedText, findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` and, for each list one of whose items the copy cuts as a third party's data, a finding of
    that cut's rule on each figure of the list's other items (the same party's or another party's figures
    the rules did not read), but for a sentence of the office's decision or of what it publishes."""
    sources = [f for f in findings if must_redact(f) and f.category is Category.TRADE_SECRET]
    if not sources:
        return list(findings)
    cuts = sorted((finding.start, finding.end) for finding in findings if must_redact(finding))
    text = extracted.text
    added: dict[tuple[int, int], Finding] = {}
    for lead, items in _lists(text):
        cut_by = [_cutting(item, sources) for item in items]
        source = next((finding for finding in cut_by if finding is not None), None)
        if source is None or all(finding is not None for finding in cut_by):
            continue
        submitted = _SUBMITTED.search(lead) is not None
        for (start, end, body), finding in zip(items, cut_by, strict=True):
            if finding is not None or _OPINION.match(text, body) is not None:
                continue
            opens = _NAMED_FIRM.match(text, start) or _NAMED_FIRM.match(text, body)
            if not submitted and opens is None and _PARTY.search(text, start, end) is None:
                continue  # the office's own item in a list beside a party's (a summary's sections)
            for sentence in _ITEM_SENTENCE.finditer(text, body, end):
                said = sentence.group()
                if _SECRET.search(said) is None and _DECISION.search(said) is not None:
                    continue
                for match in _ITEM_FIGURE.finditer(text, sentence.start(), sentence.end()):
                    span = match.span()
                    if not any(begin <= span[0] and span[1] <= stop for begin, stop in cuts):
                        added[span] = _moved(source, extracted, *span, match.group())
    if not added:
        return list(findings)
    return sorted([*findings, *added.values()], key=lambda finding: (finding.start, -finding.end))


# An item: its start, its end and where its text begins after its marker.
_Item = tuple[int, int, int]
# A list: the line before its first item (its lead-in) and its items.
_List = tuple[str, list[_Item]]
# An open run of items: its kind, its lead-in, its items, and whether they are a document's sections.
_Run = tuple[str, str, list[_Item], bool]


def _lists(text: str) -> list[_List]:
    """The lists of ``text`` of two items or more: runs of lines opening with markers of one kind, an item
    going on over the lines below it without a marker (a blank line before such a line ends the run); a
    lower level's items are a list of their own inside the item, a higher level's line ends the run. The
    document's sections (一、 and a heading, the text below) are no list."""
    runs: list[_Run] = []  # open runs, the outermost first
    done: list[_List] = []
    blank = False
    previous = ""  # the last line that is not blank
    position = 0
    for line in text.splitlines(keepends=True):
        start, end = position, position + len(line.rstrip("\r\n"))
        position += len(line)
        if not line.strip():
            blank = True
            continue
        marker = _MARKER.match(text, start, end)
        kind = next((name for name in _LEVELS if marker.group(name)), None) if marker else None
        if kind is None:
            if runs and not blank and runs[-1][0] != "label":  # the last item goes on
                last, lead, items, sections = runs[-1]
                heading = text[items[-1][0] : items[-1][1]] if items[-1][1] < start else ""
                items[-1] = (items[-1][0], end, items[-1][2])
                section = last == "han" and _HEADING.fullmatch(heading) is not None
                runs[-1] = (last, lead, items, sections or section)
            else:
                done += _closed(runs)
                runs = []
        else:
            level = _LEVELS.index(kind)
            while runs and _LEVELS.index(runs[-1][0]) > level:
                done += _closed([runs.pop()])
            item = (start, end, marker.end() if marker else start)
            if runs and runs[-1][0] == kind:
                runs[-1][2].append(item)
            else:
                runs.append((kind, previous, [item], False))
        previous = line.strip()
        blank = False
    return done + _closed(runs)


def _closed(runs: list[_Run]) -> list[_List]:
    return [(lead, items) for _, lead, items, sections in runs if len(items) > 1 and not sections]


def _cutting(item: _Item, sources: Sequence[Finding]) -> Finding | None:
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
