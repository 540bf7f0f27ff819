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

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from secreview.build_cache import compile_regex
from secreview.judge.combine import Verdict
from secreview.judge.schema import StructureSettings
from secreview.judge.signals import Fired, Regions, enough

# A closing line: a signature or a date (short, no full stop).
_CLOSING_LINE = compile_regex(r"^[^。\n]{0,25}$")
# A heading line of its own (一、… (二)… 1.…), short and without a full stop.
_HEADING = compile_regex(
    r"^[ \t]*(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、])[^。\n]{0,40}$"
)
# What a combination is withheld for and what it says of the document's matter; genre and audience frame it.
_TELLING = frozenset({"state", "circulation"})
_BODY = frozenset({"body", "heading"})

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


def _segment(regions: Regions, kind: str, first: int, last: int) -> Segment:
    return Segment(kind, first, last, regions.lines[first].start, regions.lines[last].end)


def framed_public(document: Mapping[str, Fired], settings: StructureSettings) -> str:
    """The title a frame signal found when the document's title states a public matter and no ``never``
    signal fired; else empty."""
    if any(name in document for name in settings.never):
        return ""
    frame = next((document[name] for name in settings.frames if name in document), None)
    return frame.hits[0].text if frame is not None else ""


def parts(
    regions: Regions, document: Mapping[str, Fired], verdicts: Sequence[Verdict], settings: StructureSettings
) -> list[Span]:
    """The body parts (paragraph spans, merged) that hold the evidence of the verdicts that withhold the
    document whole: each one's state and circulation hits, else its subject hits. None when a verdict is a
    passage withheld as what the document is; when that evidence, or any state or circulation of the
    document (``document``: its signals), stands in the title, the addressee, the opening or the closing;
    when a subject of a verdict still fires in the body outside the parts (an operation told over two items
    of a bulletin); or when the parts are more than ``max_parts`` or more than ``max_share`` of the text."""
    kinds = {line: part.kind for part in segments(regions) for line in range(part.first, part.last + 1)}
    own = [item for item in document.values() if item.compiled.signal.kind in _TELLING]
    if any(kinds.get(hit.line) not in _BODY for item in own for hit in item.hits):
        return []
    spans: list[Span] = []
    subjects: list[Fired] = []
    for verdict in verdicts:
        if verdict.whole or verdict.combination.scope != "document":
            return []
        used = verdict.used
        telling = [item for item in used if item.compiled.signal.kind in _TELLING]
        subjects += [item for item in used if item.compiled.signal.kind == "subject"]
        evidence = telling or [item for item in used if item.compiled.signal.kind == "subject"]
        if not evidence or any(kinds.get(hit.line) not in _BODY for item in evidence for hit in item.hits):
            return []
        spans += [regions.paragraph_span(hit.line) for item in evidence for hit in item.hits]
    merged = _merged(spans)
    if not merged or len(merged) > settings.max_parts or regions.share_of(merged) > settings.max_share:
        return []
    for item in subjects:
        outside = [
            hit
            for hit in item.hits
            if kinds.get(hit.line) in _BODY
            and not any(start <= hit.start and hit.end <= end for start, end in merged)
        ]
        if outside and enough(outside, item.compiled.signal):
            return []
    return merged


def _merged(spans: Sequence[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(set(spans)):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
