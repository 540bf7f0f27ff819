"""The structure of a document — title, addressee, opening, body lines, closing — and the structural reading
that cuts the parts a whole-document combination's evidence lies in, rather than withholding the document,
when its title states a public matter (第三十七条: the rest is public information in its own right).

A combination reads the whole document: a 请示's genre, an addressee, a state (待…后决定), a circulation
instruction (不对外), a subject. In a period's review, a progress report or a bulletin, the state and the
subject are often one item's — an open case, a deliberation with another agency, a weak point, one official's
sanction — while the title, the opening and the other parts tell the public work. ``parts`` finds the body
parts that hold the evidence of the combinations that hold the document whole (their state and circulation,
else their subject); the judge then reads the document with those parts blank, and cuts them only when no
combination holds the rest whole (the copy a cut leaves is judged the same way).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from secreview.build_cache import compile_regex
from secreview.judge.combine import Verdict
from secreview.judge.schema import StructureSettings
from secreview.judge.signals import Fired, Hit, Regions, enough
from secreview.models import Category

# A closing line: a signature or a date (short, no full stop).
_CLOSING_LINE = compile_regex(r"^[^。\n]{0,25}$")
# A heading line of its own (一、… (二)… 1.…), short and without a full stop.
_HEADING = compile_regex(
    r"^[ \t]*(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、])[^。\n]{0,40}$"
)
# What a combination is withheld for and what it says of the document's matter; genre and audience frame it.
_TELLING = frozenset({"state", "circulation"})
_BODY = frozenset({"body", "heading"})
# Where a signal names what the whole document is about; the parts that may state its public matter.
_HEAD = frozenset({"title", "addressee", "opening"})
_FRAMING = frozenset({"genre", "audience"})
STATING = frozenset({"opening", "body", "heading"})
# A signal read in the whole text speaks of the document itself in these parts.
_TEXT_REGIONS = frozenset({"document", "paragraph"})
_OWN = frozenset({"title", "addressee", "opening", "closing"})
# How much the subject signals of a cut part must speak for another category than the withholding one's.
_PARAGRAPH_WEIGHT = 2.0
_HELD_WEIGHT = 2.0
# Of the categories a cut part speaks for enough, the first (LABELS.md, "Process information beside its
# topic": security, then an open case's file — a firm named in a case's paragraph is its party —, then the
# agency's own staff, a third party's data, process information).
_PRECEDENCE = (
    Category.SECURITY_RISK,
    Category.ENFORCEMENT_FILE,
    Category.INTERNAL_AFFAIRS,
    Category.TRADE_SECRET,
    Category.PROCESS_INFO,
)

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Segment:
    """One structural part of a document: ``kind`` title, addressee, opening (the first body paragraph),
    heading, body or closing (signature and date); its main lines (first, last) and normalized offsets."""

    kind: str
    first: int
    last: int
    start: int
    end: int


def segments(regions: Regions) -> list[Segment]:
    """The document's parts in text order: the title lines, the addressee, the opening paragraph, each body
    line (a heading of its own, or a paragraph), and the closing lines (signature, date)."""
    lines = regions.lines
    if not lines:
        return []
    found: list[Segment] = []
    if regions.title:
        found.append(_segment(regions, "title", regions.title[0], regions.title[-1]))
    if regions.addressee:
        found.append(_segment(regions, "addressee", regions.addressee[0], regions.addressee[0]))
    first = max([*regions.title, *regions.addressee], default=-1) + 1
    last = len(lines) - 1
    while last > first and _CLOSING_LINE.search(regions.line_text(lines[last]).strip()):
        last -= 1
    for index in range(first, last + 1):
        text = regions.line_text(lines[index])
        kind = "opening" if index == first else "heading" if _HEADING.search(text) else "body"
        found.append(_segment(regions, kind, index, index))
    if last + 1 < len(lines) and last >= first:
        found.append(_segment(regions, "closing", last + 1, len(lines) - 1))
    return found


def _kinds(regions: Regions) -> dict[int, str]:
    """The kind of part (``segments``) each main line belongs to (computed once per document)."""
    return regions.analysis(_line_kinds)


def _line_kinds(regions: Regions) -> dict[int, str]:
    parts = regions.analysis(segments)
    return {line: part.kind for part in parts for line in range(part.first, part.last + 1)}


def _segment(regions: Regions, kind: str, first: int, last: int) -> Segment:
    return Segment(kind, first, last, regions.lines[first].start, regions.lines[last].end)


def framed_public(document: Mapping[str, Fired], settings: StructureSettings) -> str:
    """The title a frame signal found when the document's title states a public matter (``never_cut`` is
    asked first); else empty."""
    frame = next((document[name] for name in settings.frames if name in document), None)
    return frame.hits[0].text if frame is not None else ""


def never_cut(
    regions: Regions,
    document: Mapping[str, Fired],
    settings: StructureSettings,
    withheld: Collection[Category],
    categories: Mapping[str, Sequence[Category]],
) -> bool:
    """Whether a ``never`` signal fired: the document's whole matter is the exempt one. A genre's (a 请示,
    minutes, a case file) always — one read in the whole text (草案, 征求意见稿) only where it stands in the
    title, the addressee, the opening or the closing, where it speaks of the document itself, not of a
    document its body mentions (决算草案审计); a title's subject (信访, 干部, one firm's application) only
    where it is the matter of a withholding combination: one of the categories ``withheld`` is among those
    of the combinations that require it (``categories``; all, when none does) — a 信访工作情况通报 whose one
    exempt part is an official's talk is not a paper on a petition."""
    kinds: dict[int, str] | None = None
    for name in settings.never:
        item = document.get(name)
        if item is None:
            continue
        signal = item.compiled.signal
        if signal.kind == "subject":
            told = categories.get(name, ())
            if not told or set(told) & set(withheld):
                return True
            continue
        if signal.region not in _TEXT_REGIONS:
            return True
        kinds = kinds if kinds is not None else _kinds(regions)
        if any(kinds.get(hit.line) in _OWN for hit in item.hits):
            return True
    return False


def stated_public(
    regions: Regions,
    fired: tuple[Mapping[str, Fired], Mapping[str, Mapping[int, Fired]]],
    verdicts: Sequence[Verdict],
    spans: Sequence[Span],
    settings: StructureSettings,
    categories: Mapping[str, Sequence[Category]],
) -> int:
    """How many body parts outside ``spans`` state public matter in their own right, when that is at least
    ``public_parts``; else 0. A document no frame names is public in its own right by this, when it has a
    title, none of ``parts_never`` fired (a plan, options put up), every withholding category is one of
    ``parts_categories``, the last body part (the paper's conclusion or request: there a state is the
    paper's own) is not cut, and no signal the ``verdicts`` use but a genre or an audience stands in the
    title, the addressee or the opening (there it names what the document is about). A part states public
    matter with a figure (``public_matter``: a count, a rate, an amount) and no hit of a subject signal of a
    withholding category (``categories``: the case's own exhibits are no public figures)."""
    document, paragraphs = fired
    withheld = {verdict.combination.category for verdict in verdicts}
    if (
        not settings.parts_note
        or not settings.public_matter
        or not regions.title
        or any(name in document for name in settings.parts_never)
        or not withheld <= set(settings.parts_categories)
    ):
        return 0
    kinds = _kinds(regions)
    for verdict in verdicts:
        for item in verdict.used:
            if item.compiled.signal.kind in _FRAMING:
                continue
            if any(kinds.get(hit.line) in _HEAD for hit in item.hits):
                return 0
    body = [part for part in regions.analysis(segments) if part.kind in STATING]
    if not body or any(a <= body[-1].start and body[-1].end <= b for a, b in spans):
        return 0
    every = [*document.values(), *(found for lines in paragraphs.values() for found in lines.values())]
    exempt = [
        hit
        for item in every
        if item.compiled.signal.kind == "subject" and withheld & set(categories.get(item.name, ()))
        for hit in item.hits
    ]
    count = sum(
        1
        for part in public_matter_parts(regions, settings)
        if not any(a <= part.start and part.end <= b for a, b in spans)
        and not any(part.start <= hit.start and hit.end <= part.end for hit in exempt)
    )
    return count if count >= settings.public_parts else 0


def public_matter_parts(regions: Regions, settings: StructureSettings) -> list[Segment]:
    """The opening and body parts whose text states public matter (a ``public_matter`` pattern matches)."""
    patterns = [compile_regex(pattern) for pattern in settings.public_matter]
    return [
        part
        for part in regions.analysis(segments)
        if part.kind in STATING
        and any(pattern.search(regions.text[part.start : part.end]) for pattern in patterns)
    ]


def held_for(
    span: Span,
    document: Mapping[str, Fired],
    paragraphs: Mapping[str, Mapping[int, Fired]],
    categories: Mapping[str, Sequence[Category]],
    own: Category,
) -> Category:
    """The category of what the part ``span`` holds: of the subject signals with a hit inside it, each
    speaks (equally) for the categories of the combinations that require it (``categories``), a paragraph's
    twice. ``own`` (the withholding combination's) when one of them speaks for it or none speaks enough
    (``_HELD_WEIGHT``: one word of a case is no case); else the first of those spoken for enough in
    ``_PRECEDENCE`` (a firm's figures cut from a report held for its state: 第十五条)."""
    inside: dict[str, Fired] = {}
    for name, item in document.items():
        if any(span[0] <= hit.start and hit.end <= span[1] for hit in item.hits):
            inside[name] = item
    for name, lines in paragraphs.items():
        for item in lines.values():
            if any(span[0] <= hit.start and hit.end <= span[1] for hit in item.hits):
                inside[name] = item
    weight: dict[Category, float] = {}
    for name, item in inside.items():
        told = categories.get(name, ()) if item.compiled.signal.kind == "subject" else ()
        # A paragraph's signal (本段写明一个具体案件, a tender's ceiling) says what this part is about.
        strength = _PARAGRAPH_WEIGHT if item.compiled.signal.region == "paragraph" else 1.0
        for category in told:
            weight[category] = weight.get(category, 0.0) + strength / len(told)
    if own in weight:
        return own
    return next((category for category in _PRECEDENCE if weight.get(category, 0.0) >= _HELD_WEIGHT), own)


def parts(
    regions: Regions, document: Mapping[str, Fired], verdicts: Sequence[Verdict], settings: StructureSettings
) -> list[Span]:
    """The body parts (paragraph spans, merged) that hold the evidence of the verdicts that withhold the
    document whole: each one's state and circulation hits, else its subject hits. None when a verdict is a
    passage withheld as what the document is; when that evidence, or any state or circulation of the
    document (``document``: its signals), stands in the title, the addressee, the opening or the closing;
    when a subject of a verdict still fires in the body outside the parts (an operation told over two items
    of a bulletin); or when the parts are more than ``max_parts`` or more than ``max_share`` of the text."""
    kinds = _kinds(regions)
    own = [item for item in document.values() if item.compiled.signal.kind in _TELLING]
    if any(kinds.get(hit.line) not in _BODY for item in own for hit in item.hits):
        return []
    spans: list[Span] = []
    subjects: list[tuple[Fired, Category]] = []
    for verdict in verdicts:
        if verdict.whole or verdict.combination.scope != "document":
            return []
        used = verdict.used
        telling = [item for item in used if item.compiled.signal.kind in _TELLING]
        category = verdict.combination.category
        subjects += [(item, category) for item in used if item.compiled.signal.kind == "subject"]
        evidence = telling or [item for item in used if item.compiled.signal.kind == "subject"]
        if not evidence or any(kinds.get(hit.line) not in _BODY for item in evidence for hit in item.hits):
            return []
        spans += [regions.paragraph_span(hit.line) for item in evidence for hit in item.hits]
    merged = _merged(spans)
    if not merged or len(merged) > settings.max_parts or regions.share_of(merged) > settings.max_share:
        return []
    for item, category in subjects:
        if category not in settings.subject_outside_categories:
            continue  # its words outside the parts are exempt only with the state the parts hold
        if not any(start <= hit.start and hit.end <= end for hit in item.hits for start, end in merged):
            continue  # a subject the parts do not tell: what the re-read holds or not decides
        outside = [
            hit
            for hit in item.hits
            if kinds.get(hit.line) in _BODY
            and not any(start <= hit.start and hit.end <= end for start, end in merged)
        ]
        if outside and enough(outside, item.compiled.signal) and _told(outside, settings.subject_outside):
            return []
    return merged


def _told(hits: Sequence[Hit], least: int) -> bool:
    """Whether one line of ``hits`` holds ``least`` distinct words of them: the subject is told there, not
    named in passing (图斑核查 beside an open case's 核查)."""
    by_line: dict[int, set[str]] = {}
    for hit in hits:
        by_line.setdefault(hit.line, set()).add(hit.text)
    return max(len(words) for words in by_line.values()) >= least


def _merged(spans: Sequence[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(set(spans)):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
