"""Where the learned signal cuts a part instead of holding the whole draft (session 22, learned18).

The signal reads the whole draft; where it speaks, the matter it reads may be one part of a paper whose other
parts are public in their own right (a firm's figures in one item of an inspection bulletin, one person's
data in a report of aggregate figures). The parts whose features it weighs most are taken out one by one,
loudest first, until the rest read without them (their signals read again too) falls under ``rest_threshold``
(and its loudest paragraph under ``rest_paragraph``): when that takes at most ``max_parts`` body parts and
``max_share`` of the text, the matter is in those parts and the draft is cut there (删减后公开, 第三十七条)
rather than held whole — where the rules cut the draft at identifiers (``speaks_over``), only when the parts
are those the rules cut in (the signal's evidence lies inside the cut parts: it reads the person whose data
is cut); where the rules leave it 主动公开, only when its title states a public matter or at least
``public_parts`` of its other body parts state public matter (struct55's reading: ``structure.py``) and no
``never`` signal names the paper's whole matter. Each part is cut under the category of what it holds
(``structure.held_for``, the model's category where no subject signal tells more).

The loudest parts are the model's guess; the rules' own reading of what a part gives is surer. Where a
paragraph signal saying a part gives one party's own figures (``figures``: 某一企业的收支、盈亏, 产值、利润)
fires in body parts and in none the cut takes, the cut leaves the party's figures to the copy (session 23,
leak19: a review's aggregate paragraph cut, each firm's declared income and costs left in the items below):
the cut is made at the parts where those signals fire instead, when they are few enough and the rest read
without them falls silent; else nothing is cut and the draft is held whole, the trace saying where the
figures stand (``Cut.outside``: a cut with no parts).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from secreview.extract.base import ExtractedText
from secreview.judge.load import CompiledJudgement
from secreview.judge.signals import Fired, Regions, find_signals
from secreview.judge.structure import (
    STATING,
    Segment,
    framed_public,
    held_for,
    never_cut,
    public_matter_parts,
    segments,
)
from secreview.models import Category
from secreview.normalize import NormalizedText

Span = tuple[int, int]
# The parts a cut may take (a paragraph or an item of the body) and those whose figures state public matter.
_CUTTABLE = frozenset({"body", "heading"})


class CutPolicy(BaseModel):
    """When the learned signal cuts the parts its matter is in instead of holding the draft whole."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    enabled: bool = True
    categories: list[Category] = Field(
        min_length=1, description="the categories a part may be cut for (what the part holds)"
    )
    max_parts: Annotated[int, Field(ge=1, le=5)] = 2
    max_share: Annotated[float, Field(gt=0, lt=0.6)] = 0.34
    rest_threshold: Annotated[float, Field(gt=0, lt=1)] = 0.5
    rest_paragraph: Annotated[float, Field(gt=0, lt=1)] = 0.9
    public_parts: Annotated[int, Field(ge=1, le=20)] = 3
    figures: list[str] = Field(
        default_factory=list,
        description="the paragraph signals that say a part gives one party's own figures: where one fires in "
        "parts a cut leaves and in none it takes, the cut is made there instead or the draft is held whole",
    )
    reason: str = Field(
        min_length=1,
        description="the decision's reason ({label}: the category's label, {lines}: the parts' first lines)",
    )
    message: str = Field(min_length=1, description="added to the category's message in each cut's finding")
    note: str = Field(min_length=1, description="the trace's note ({lines}, {rest}: the rest's probability)")
    held: str = Field(
        min_length=1,
        description="the trace's note where a party's figures stand in parts a cut would leave and the draft "
        "is held whole ({lines}: the loudest parts, {outside}: the parts the figures stand in)",
    )


@dataclass(frozen=True, slots=True)
class Cut:
    """The parts a cut takes (normalized spans, in text order, with their categories), the rest's
    probabilities (whole, loudest paragraph) and the parts' first lines (1-based main lines)."""

    parts: list[tuple[Span, Category]]
    rest: tuple[float, float]
    lines: list[int]
    public: int
    # The parts where a party's figures stand that the cut would have left and could not take (normalized
    # spans): the draft is held whole (``parts`` is empty).
    outside: list[Span] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Paper:
    """A draft as the judge read it: its main lines, the signals that fired (with where), and the subject
    signals' categories (``told``): what the learned signal needs to read it by its parts."""

    extracted: ExtractedText
    normalized: NormalizedText
    judgement: CompiledJudgement
    regions: Regions
    document: Mapping[str, Fired]
    paragraphs: Mapping[str, Mapping[int, Fired]]
    told: Mapping[str, Sequence[Category]]

    def signals_without(self, spans: Sequence[Span]) -> dict[str, str]:
        """The signals that fire in the draft read with ``spans`` blank (name → label)."""
        rest = Regions(self.extracted, self.normalized, self.judgement, spans)
        document, paragraphs = find_signals(self.judgement, rest, ())
        return fired_labels(document, paragraphs)

    def held(self, span: Span, own: Category) -> Category:
        return held_for(span, self.document, self.paragraphs, self.told, own)

    def parts(self) -> list[Segment]:
        return self.regions.analysis(segments)

    def telling(self, names: Collection[str]) -> list[Segment]:
        """The body parts where one of the paragraph signals ``names`` fires (the rules' reading of what
        the part gives: a party's own figures)."""
        lines = {
            hit.line for name in names for item in self.paragraphs.get(name, {}).values() for hit in item.hits
        }
        return [part for part in self.parts() if part.kind in _CUTTABLE and part.first in lines]

    def stated(self, cut: Collection[int]) -> int:
        """How many body parts (with the opening) outside the main lines ``cut`` state public matter (the
        structural reading's ``public_matter`` patterns); 0 when none are set."""
        settings = self.judgement.policy.judgement.structure
        if settings is None or not settings.public_matter:
            return 0
        return sum(1 for part in public_matter_parts(self.regions, settings) if part.first not in cut)

    def public_frame(self, category: Category) -> tuple[bool, str]:
        """Whether the paper may be read by its parts at all (no ``never`` or ``parts_never`` signal names
        its whole matter for ``category``), and the title a frame found stating a public matter."""
        settings = self.judgement.policy.judgement.structure
        if settings is None or not self.regions.title:
            return False, ""
        if any(name in self.document for name in settings.parts_never):
            return False, ""
        if never_cut(self.regions, self.document, settings, {category}, self.told):
            return False, ""
        return True, framed_public(self.document, settings)


def fired_labels(
    document: Mapping[str, Fired], paragraphs: Mapping[str, Mapping[int, Fired]]
) -> dict[str, str]:
    """The signals that fired (name → label), in the document or in a paragraph."""
    fired = {name: found.compiled.signal.label for name, found in document.items()}
    for name, lines in paragraphs.items():
        fired[name] = next(iter(lines.values())).compiled.signal.label
    return fired


def choose(
    paper: Paper,
    policy: CutPolicy,
    loudness: Mapping[int, float],
    rest: Callable[[Sequence[int], Mapping[str, str]], tuple[float, float]],
    own: Category,
    within: Collection[int] | None = None,
) -> Cut | None:
    """The cut of the loudest body parts (``loudness``: the positive weight of each main line's features)
    that leaves the rest silent (``rest``: the probabilities of the draft without those main lines, with the
    signals given), or None. ``within``: the main lines the parts must be among (those the rules cut in);
    None: the rules leave the draft 主动公开, and the paper must state public matter beside the parts. A cut
    without parts (``Cut.outside``): the rules read a party's figures only in parts the cut would leave, and
    it cannot take them: the draft is held whole."""
    if not policy.enabled:
        return None
    parts = [part for part in paper.parts() if part.kind in _CUTTABLE and loudness.get(part.first, 0.0) > 0]
    if not parts:
        return None
    parts.sort(key=lambda part: (-loudness.get(part.first, 0.0), part.first))
    chosen: list[Segment] = []
    for part in parts[: policy.max_parts]:
        chosen.append(part)
        spans = [(part.start, part.end) for part in chosen]
        left = rest([part.first for part in chosen], paper.signals_without(spans))
        if left[0] < policy.rest_threshold and left[1] < policy.rest_paragraph:
            break
    else:
        return None  # the rest still reads like it: the matter is not in a few parts
    cut = _checked(paper, policy, chosen, left, own, within)
    if cut is None:
        return None
    telling = paper.telling(policy.figures)
    if not telling or any(part in chosen for part in telling):
        return cut  # the rules read no party's figures, or read them in a part the cut takes
    # The rules read a party's figures in parts the cut leaves alone: cut there, or hold the draft whole.
    if len(telling) <= policy.max_parts:
        spans = [(part.start, part.end) for part in telling]
        left = rest([part.first for part in telling], paper.signals_without(spans))
        if left[0] < policy.rest_threshold and left[1] < policy.rest_paragraph:
            instead = _checked(paper, policy, telling, left, own, within)
            if instead is not None:
                return instead
    return Cut([], cut.rest, cut.lines, cut.public, [(part.start, part.end) for part in telling])


def _checked(
    paper: Paper,
    policy: CutPolicy,
    chosen: list[Segment],
    left: tuple[float, float],
    own: Category,
    within: Collection[int] | None,
) -> Cut | None:
    """The cut of the parts ``chosen`` (the rest read without them: ``left``), when the policy allows it."""
    chosen = sorted(chosen, key=lambda part: part.first)
    spans = [(part.start, part.end) for part in chosen]
    if paper.regions.share_of(spans) > policy.max_share:
        return None
    if within is not None and any(part.first not in within for part in chosen):
        return None  # its evidence lies outside the parts the rules cut
    body = [part for part in paper.parts() if part.kind in STATING]
    public = paper.stated({part.first for part in chosen})
    if within is None:
        allowed, title = paper.public_frame(own)
        if not allowed or (not title and public < policy.public_parts) or body[-1] in chosen:
            return None
    held = [((part.start, part.end), paper.held((part.start, part.end), own)) for part in chosen]
    if any(category not in policy.categories for _, category in held):
        return None
    return Cut(held, left, [part.first + 1 for part in chosen], public)
