"""Where a document's title, addressee, head and closing lines are, and which signals fire in them."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar, cast

import regex

from secreview.build_cache import compile_regex
from secreview.extract.base import APART, APART_PREFIXES, ExtractedText
from secreview.judge.load import CompiledJudgement, CompiledSignal
from secreview.judge.prefilter import Found, Pattern
from secreview.judge.schema import Signal
from secreview.normalize import NormalizedText

_APART = APART
_NON_BLANK_LINE = compile_regex(r"[^\n]*\S[^\n]*")
# A heading line of its own: 一、… (一)… 1. …, short and without a full stop.
_HEADING = compile_regex(
    r"^[ \t]*(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、])[^。\n]{0,40}$"
)
# A line that starts an item of a list (一、 (一) 1. ①).
_ITEM = compile_regex(
    r"^[ \t]*(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、]|[①-⑳])"
)
# A line that opens a list (企业提交的成本核算材料显示:), and a line that is one of its items (——…, 1. …, ①…).
_LEAD_IN = compile_regex(r"^[^。\n]{2,120}[:：][ \t]*$")
_LEAD_IN_TELLS = compile_regex(r"[,，\d]")
# A row of a table: columns apart by a bar or by runs of two or more spaces.
_TABLE_ROW = compile_regex(r"\S[ \t]*\|[ \t]*\S|\S(?:[ \t]{2,}|\t)\S")
_LIST_ITEM = compile_regex(
    r"^[ \t]*(?:—{1,2}|-|·|•|[①-⑳]|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、)]"
    r"|[一二三四五六七八九十]{1,3}是"
    # an item of a breakdown: a label and its amount (水工结构:9,217.40万元)
    r"|[^\s:：。,，;；]{1,12}[:：][ \t]*[\d,.]+[ \t]*(?:万|亿)?元[ \t;；。]*$)"
)
# A line that starts a top-level section (一、 二、 …), a heading of its own or with its body after it.
_TOP_SECTION = compile_regex(r"^[ \t]*[一二三四五六七八九十]{1,3}[、.]")
# The most lines a top-level section severed whole (its heading and items) may have.
MAX_WHOLE_SECTION = 12
_BODY_LINE = compile_regex(r"。|^[^\n]{61,}$")
# Judged text is cut here (about 25 pages): a draft is shorter, and an archive dump is not one document.
MAX_JUDGED = 50_000
# A severable section is a heading and at most this many lines under it; a signature or a date ends it.
MAX_SECTION = 4
_SHORT_LINE = compile_regex(r"^[^。\n]{0,25}$")
# A line that sums up the whole document (以上…, 综上…, 特此…, 妥否…) or closes a public form (公示期…,
# 如有异议…) closes the last section, not part of it.
_SUMMING_UP = compile_regex(
    r"^[ \t]*(?:以上|综上|特此|专此|妥否|当否|可否|此致|公示期|公告期|如有异议|对(?:本|以上|上述)?公示)"
)
# A form's field label ending a head line (签发人:, 时间:, 事由: …) is not an addressee.
_FIELD_LABEL = compile_regex(
    r"(?:签发人|签发|时间|日期|地点|事由|主题|项目|附件|抄送|抄报|联系人|电话|编号|记录人|记录|主持|参加|"
    r"出席|列席|案由|承办|谈话对象|谈话人|核查人员|审核人|编制人|复核人|来文单位|接收单位|发文单位)[ \t]*:$"
)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Line:
    index: int
    start: int  # in the normalized text
    end: int


@dataclass(frozen=True, slots=True)
class Hit:
    """One match of a signal: where (normalized offsets), on which main line, and what it matched."""

    start: int
    end: int
    line: int
    text: str


def _apart(part: str) -> bool:
    """Not the running text: a header, a comment … or a file attached to the document."""
    return part in _APART or part.startswith(APART_PREFIXES)


class Regions:
    """The main lines of a document and which of them are title, addressee, head and closing."""

    def __init__(
        self,
        extracted: ExtractedText,
        normalized: NormalizedText,
        judgement: CompiledJudgement,
        blank: Sequence[tuple[int, int]] = (),
    ) -> None:
        """``blank``: spans of the normalized text read as blank (the parts a cut takes out; their line
        breaks stay, so every offset is the original's)."""
        settings = judgement.policy.judgement
        text = normalized.text[:MAX_JUDGED]
        for start, end in blank:
            text = text[:start] + regex.sub(r"[^\n]", " ", text[start:end]) + text[end:]
        self.text = text
        lines: list[Line] = []
        apart = any(_apart(segment.part) for segment in extracted.segments)
        for found in _NON_BLANK_LINE.finditer(text):
            if apart:
                start, end = normalized.to_original(found.start(), found.end())
                if _apart(extracted.part_at(start, end)):
                    continue
            lines.append(Line(len(lines), found.start(), found.end()))
        self.lines = lines
        self._starts = [line.start for line in lines]
        head = lines[: settings.head_lines]
        addressee = next((line for line in head if self._is_addressee(line)), None)
        self.addressee = [addressee.index] if addressee is not None else []
        title = []
        for line in head[: settings.title_lines]:
            if addressee is not None and line.index >= addressee.index:
                break
            if _BODY_LINE.search(self.line_text(line)):
                break
            title.append(line.index)
        self.title = title
        self.head = [line.index for line in head]
        self.closing = [line.index for line in lines[-settings.closing_lines :]]
        self._items: dict[int, list[int]] = {}  # items_under, per line: every paragraph signal asks again
        self._analyses: dict[Callable[[Regions], object], object] = {}

    def line_text(self, line: Line) -> str:
        return self.text[line.start : line.end]

    def share_of(self, spans: Sequence[tuple[int, int]]) -> float:
        """The share of the document's main-line characters that ``spans`` cover."""
        total = sum(line.end - line.start for line in self.lines)
        covered = sum(
            max(0, min(end, line.end) - max(start, line.start)) for line in self.lines for start, end in spans
        )
        return covered / total if total else 0.0

    def analysis(self, compute: Callable[[Regions], T]) -> T:
        """``compute(self)``, computed on the first call and shared by every later one (of this document)."""
        if compute not in self._analyses:
            self._analyses[compute] = compute(self)
        return cast("T", self._analyses[compute])

    def _is_addressee(self, line: Line) -> bool:
        stripped = self.line_text(line).strip()
        return (
            2 <= len(stripped) <= 60
            and stripped.endswith(":")
            and "。" not in stripped
            and not _FIELD_LABEL.search(stripped)
        )

    def line_of(self, offset: int) -> int:
        return bisect_right(self._starts, offset) - 1

    def lines_of(self, region: str) -> list[int] | None:
        """The line indexes of a region; None for the whole document."""
        if region == "title":
            return self.title
        if region == "addressee":
            return self.addressee
        if region == "head":
            return self.head
        if region == "closing":
            return self.closing
        return None

    def paragraph_span(self, index: int) -> tuple[int, int]:
        """The paragraph of line ``index``; inside a short section under a heading of its own (not an item of
        a list), the whole section: the heading and its lines up to the next heading (at most ``MAX_SECTION``
        lines)."""
        line = self.lines[index]
        if index == 0 or _HEADING.search(self.line_text(line)):
            return line.start, line.end
        first = index  # the section's first body line; an item of a list is severed on its own
        while first > 0 and not _HEADING.search(self.line_text(self.lines[first - 1])):
            body = self.line_text(self.lines[first - 1])
            if index - first >= MAX_SECTION - 1 or _SHORT_LINE.search(body) or _ITEM.search(body):
                return line.start, line.end
            first -= 1
        if first == 0 or (first < index and _ITEM.search(self.line_text(line))):
            return line.start, line.end
        above = self.lines[first - 1]
        last = index
        while (
            last + 1 < len(self.lines)
            and last + 1 - first < MAX_SECTION
            and not _HEADING.search(self.line_text(self.lines[last + 1]))
            and not _SHORT_LINE.search(self.line_text(self.lines[last + 1]))
            and not _SUMMING_UP.search(self.line_text(self.lines[last + 1]))
        ):
            last += 1
        return above.start, self.lines[last].end

    def items_under(self, index: int) -> list[int]:
        """The item lines of the list that line ``index`` opens (a body line ending in a colon, not the title
        or the addressee right under it, followed by lines that each start an item): what the items tell is
        what the line says they are (企业提交的成本核算材料显示: ——…), so its paragraph signals are theirs."""
        items = self._items.get(index)
        if items is None:
            items = self._items[index] = self._items_under(index)
        return items

    def _items_under(self, index: int) -> list[int]:
        text = self.line_text(self.lines[index]).strip()
        # a colon line taken for the addressee opens a list when it is further down than right under the
        # title, or says more than whom it goes to (a comma, a figure)
        addressee = index in self.addressee and index <= len(self.title) and not _LEAD_IN_TELLS.search(text)
        if index in self.title or addressee:
            return []
        if _HEADING.search(text) and not _LEAD_IN.search(text):
            return self._table_rows_under(index)
        if not _LEAD_IN.search(text):
            return []
        items = []
        for line in self.lines[index + 1 :]:
            if not _LIST_ITEM.search(self.line_text(line)):
                break
            items.append(line.index)
        return items

    def _table_rows_under(self, index: int) -> list[int]:
        """The rows of a table right under heading ``index`` (一、企业提交的主要数据): lines of columns, up to
        the next heading or a line that is no row."""
        rows = []
        for line in self.lines[index + 1 :]:
            text = self.line_text(line)
            if _HEADING.search(text.strip()) or not _TABLE_ROW.search(text):
                break
            rows.append(line.index)
        return rows[1:] if rows and not regex.search(r"\d", self.line_text(self.lines[rows[0]])) else rows

    def section_span(self, index: int) -> tuple[int, int] | None:
        """The top-level section (一、 二、 …) holding line ``index``: its first line and the lines under it
        up to the next top-level section, a line that sums up the document, or a short line that is no item
        (a signature, a date); None when the line is in no such section or the section is too long."""
        first = index
        while first >= 0 and not _TOP_SECTION.search(self.line_text(self.lines[first])):
            first -= 1
        if first <= 0:
            return None
        last = first
        while last + 1 < len(self.lines):
            following = self.line_text(self.lines[last + 1]).strip()
            if _TOP_SECTION.search(following) or _SUMMING_UP.search(following):
                break
            if _SHORT_LINE.search(following) and not _ITEM.search(following):
                break
            last += 1
        if last < index or last - first + 1 > MAX_WHOLE_SECTION:
            return None
        return self.lines[first].start, self.lines[last].end


def _hits_on(
    compiled: CompiledSignal, scans: list[tuple[Pattern, int]], piece: str, line: Line, number: int
) -> list[Hit]:
    """The hits of a signal on main line ``line`` (its text ``piece``, on line ``number`` of the text);
    ``scans``: its patterns with the lines where they may match (``Found.patterns_on``)."""
    hits = []
    for pattern, lines in scans:
        if not lines >> number & 1:
            continue  # the words every match holds are not on the line
        for match in pattern.finditer(piece):
            if match.end() > match.start():
                hits.append(
                    Hit(line.start + match.start(), line.start + match.end(), line.index, match.group())
                )
    if hits and _excluded(compiled, piece):
        return []
    return hits


def _excluded(compiled: CompiledSignal, piece: str) -> bool:
    """Whether an exclusion of the signal matches the line ``piece``."""
    for check, pattern in compiled.exclusions:
        if (check is None or check(piece, 0, len(piece))) and pattern.search(piece):
            return True
    return False


def _hits_everywhere(compiled: CompiledSignal, regions: Regions, found: Found) -> list[Hit]:
    hits = []
    excluded: dict[int, bool] = {}
    text, lines, starts = regions.text, regions.lines, regions._starts
    excludes = bool(compiled.exclude)
    for scan in found.may_match(compiled.scans):  # a scan no line may hold a match of is not asked
        for match in found.matches(scan, text):
            start, end = match.span()
            if end == start:
                continue
            index = bisect_right(starts, start) - 1
            # not on one main line (a header, a footnote …; a match that takes a line break ends past it)
            if index < 0 or lines[index].end < end:
                continue
            if excludes:
                if index not in excluded:
                    piece = regions.line_text(lines[index])
                    excluded[index] = _excluded(compiled, piece)
                if excluded[index]:
                    continue
            hits.append(Hit(start, end, index, match.group()))
    return hits


def enough(hits: list[Hit], signal: Signal) -> bool:
    """Whether ``hits`` are enough for ``signal`` to fire (its ``min_distinct`` and ``min_lines``)."""
    distinct = len({hit.text for hit in hits})
    return distinct >= signal.min_distinct and len({hit.line for hit in hits}) >= signal.min_lines


@dataclass(frozen=True, slots=True)
class Fired:
    """A signal that fired, with all its hits."""

    compiled: CompiledSignal
    hits: list[Hit]

    @property
    def name(self) -> str:
        return self.compiled.signal.name


def _hits_of_findings(
    compiled: CompiledSignal, regions: Regions, reported: Sequence[tuple[str, int, int]]
) -> list[Hit]:
    """Where the rule packs found what the signal names (``findings``), on the lines of its region."""
    indexes = regions.lines_of(compiled.signal.region)
    wanted = None if indexes is None else set(indexes)
    hits = []
    for rule, start, end in reported:
        index = regions.line_of(start)
        if rule not in compiled.signal.findings or index < 0 or regions.lines[index].end < end:
            continue  # not this signal's rule, or not on one main line
        if wanted is None or index in wanted:
            hits.append(Hit(start, end, index, regions.text[start:end]))
    return hits


def find_signals(
    judgement: CompiledJudgement, regions: Regions, reported: Sequence[tuple[str, int, int]] = ()
) -> tuple[dict[str, Fired], dict[str, dict[int, Fired]]]:
    """Document signals that fired, and paragraph signals that fired per paragraph (main line index).
    ``reported``: the rule packs' findings that count (rule, normalized start and end), for the signals of
    ``findings``."""
    document: dict[str, Fired] = {}
    paragraphs: dict[str, dict[int, Fired]] = {}
    found = judgement.words_needed.find(regions.text)
    signals = list(judgement.signals.items())
    # A signal none of whose patterns can match (the words its matches hold are not in the text) is skipped;
    # a signal of findings has no patterns: it is told from ``reported``.
    numbers = judgement.signal_order.possible(found)
    # Of each main line of a region asked about: its line in the text (split at line breaks) and its text.
    region_lines: dict[int, tuple[int, str]] = {}
    if reported:
        numbers = sorted({*numbers, *judgement.finding_signals})
    for number in numbers:
        name, compiled = signals[number]
        signal = compiled.signal
        indexes = regions.lines_of(signal.region)
        if signal.findings:
            hits = _hits_of_findings(compiled, regions, reported)
        elif indexes is None:
            hits = _hits_everywhere(compiled, regions, found)
        else:
            scans = found.patterns_on(compiled.scans)
            met = 0  # a line none of whose scans may match is not searched
            for _pattern, lines in scans:
                met |= lines
            hits = []
            for index in indexes:
                line = regions.lines[index]
                known = region_lines.get(index)
                if known is None:
                    known = region_lines[index] = (found.line_number(line.start), regions.line_text(line))
                if met >> known[0] & 1:
                    hits += _hits_on(compiled, scans, known[1], line, known[0])
        if signal.region == "paragraph":
            by_line: dict[int, list[Hit]] = defaultdict(list)
            for hit in hits:
                by_line[hit.line].append(hit)
            fired = {line: Fired(compiled, found) for line, found in by_line.items() if enough(found, signal)}
            for opener in list(fired):
                for item in regions.items_under(opener):
                    fired.setdefault(item, fired[opener])
            if fired:
                paragraphs[name] = fired
        elif hits and enough(hits, signal):
            document[name] = Fired(compiled, hits)
    return document, paragraphs
