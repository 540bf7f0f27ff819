"""A learned weak signal: a small logistic model over character n-grams of the normalized text and the
judgement layer's signals that fired (genre, addressee, state … whatever they combined into) that says how
much a draft reads like the non-publishable drafts of the labelled sets, and which judged category it reads
like most. It reads the draft twice with the same weights: whole, and paragraph by paragraph (the line
whose n-grams, with the signals that fired, score highest), since one severable paragraph — a third party's
figures, a weak point, a personnel matter — is diluted by a public document around it (session 14).
Its weights are data (``rules/judgement/learned.json``, built by ``benchmarks/judgement/train.py``
with its provenance); when it speaks and what it may do is policy (``rules/judgement/learned.toml``).

It is weak by design: it never decides alone. It may only turn a draft that the rules leave 主动公开 into one
with a ``medium`` finding asking a person to check (疑似……,请人工核实), and it never overrides a rule. The
decision it causes says no more than that: its reason asks for a check and holds the draft back until then
(``hold``), whatever the category — a suspected third-party secret is not redacted, since the line the model
points at is a guess and a copy redacted on it would publish the rest.
"""

from __future__ import annotations

import json
import math
import re
import tomllib
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from secreview.build_cache import compile_regex
from secreview.errors import RulePackError
from secreview.extract.base import ExtractedText
from secreview.judge.learned_cut import Cut, CutPolicy, Paper, choose
from secreview.judge.schema import JUDGED
from secreview.models import (
    LEARNED_RULE,
    Attribute,
    Category,
    Finding,
    Reason,
    RuleInfo,
    Severity,
    TraceRole,
    TraceStep,
)
from secreview.normalize import NormalizedText
from secreview.resources import builtin_rules_dir
from secreview.wordsearch import WordSearch

if TYPE_CHECKING:
    from secreview.decide import Decision

MODEL_FILE = Path("judgement") / "learned.json"
POLICY_FILE = Path("judgement") / "learned.toml"
# The text the model reads: the normalized text, cut like the judge's (about 25 pages), digits as one digit.
MAX_READ = 50_000
_DIGITS = re.compile(r"[1-9]")
# What a part cut on the signal's reading is cut under, beside its category's basis.
CUT_BASIS = "《中华人民共和国政府信息公开条例》第三十七条"
# A paragraph the model scores alone: a line of at least this many characters besides blanks (a title or a
# signature line is read with the whole draft only).
MIN_PARAGRAPH = 8


def model_view(text: str) -> str:
    """What the features are read from: digits folded to 0 (offsets unchanged)."""
    return _DIGITS.sub("0", text[:MAX_READ])


def ngrams(view: str, sizes: Iterable[int]) -> set[str]:
    """Every character n-gram of ``view`` of the given sizes that holds no white space (training side; the
    model finds the same n-grams with one word search)."""
    found: set[str] = set()
    for size in sizes:
        for start in range(len(view) - size + 1):
            gram = view[start : start + size]
            if not any(character.isspace() for character in gram):
                found.add(gram)
    return found


class _Strict(BaseModel):
    # defer_build: the validator is built on first use, not on import (a check builds 10 of 50)
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Feature(_Strict):
    """One n-gram: its weight toward non-publishable, and its log-ratio toward each judged category."""

    text: Annotated[str, Field(min_length=1)]
    weight: float
    categories: dict[Category, float]


class Model(_Strict):
    format: Annotated[int, Field(ge=1, le=1)]
    provenance: dict[str, object]
    sizes: list[Annotated[int, Field(ge=1, le=6)]]
    bias: float
    category_bias: dict[Category, float]
    features: list[Feature] = Field(min_length=1)
    signals: list[Feature] = Field(
        default_factory=list,
        description="the judgement layer's signals, by name (rules/judgement/judgement.toml), as features: "
        "present when the signal fired in the draft",
    )


class LearnedExamples(_Strict):
    hit: list[str] = Field(min_length=1)
    miss: list[str] = Field(min_length=1)


class CategoryPolicy(_Strict):
    rule: Annotated[str, Field(pattern=LEARNED_RULE.pattern)]
    message: str = Field(min_length=1)
    basis: str = Field(min_length=1)
    after_check: str = Field(
        default="",
        description="what the decision adds for this category: the attribute the law gives once a person has "
        "found the content (the draft stays held back until then)",
    )


class LearnedPolicy(_Strict):
    """When the learned signal speaks (``threshold`` on its probability) and what it says per category."""

    enabled: bool
    threshold: Annotated[float, Field(gt=0.5, lt=1.0)]
    paragraph_threshold: Annotated[float, Field(gt=0.5, lt=1.0)] | None = Field(
        default=None,
        description="the threshold on the paragraph probability (the paragraph that reads most like a "
        "non-publishable draft, with the signals that fired in the draft); None: the whole draft only",
    )
    severity: Severity
    evidence: Annotated[int, Field(ge=1, le=10)] = 5
    label: str = Field(min_length=1)
    hold: Attribute = Field(
        description="the attribute a draft gets while a person checks the suspicion (not 删减后公开: the "
        "line the model points at is a guess, and a copy redacted on it would publish the rest)"
    )
    reason: str = Field(
        min_length=1,
        description="the decision's reason, worded as a suspicion ({label}: the category's label); the "
        "category's basis goes with it",
    )
    speaks_over: list[Annotated[str, Field(pattern=r"^[A-Z]{2}$")]] = Field(
        default_factory=list,
        description="the packs (rule-id prefixes: PI, PN …) whose findings alone leave a draft to the "
        "signal although the rules cut it (删减后公开): a draft cut only at identifiers is otherwise "
        "published whole, so its text is scored as if the rules had left it 主动公开 (the cut findings stay)",
    )
    unless: list[str] = Field(
        default_factory=list,
        description="patterns of the public forms of a subject (处罚决定书, 现予公布 …): where one matches "
        "the normalized text, the signal stays silent",
    )
    cut: CutPolicy | None = Field(
        default=None,
        description="when it cuts the parts its matter is in (删减后公开) instead of holding the draft whole "
        "(``learned_cut.py``); None: it always holds",
    )
    categories: dict[Category, CategoryPolicy]
    examples: LearnedExamples

    @field_validator("hold")
    @classmethod
    def _held_back(cls, hold: Attribute) -> Attribute:
        if hold not in (Attribute.WITHHELD, Attribute.ON_REQUEST):
            raise ValueError("a suspicion holds the draft back: withheld or on_request")
        return hold


@dataclass(frozen=True, slots=True)
class Evidence:
    """A feature that raised the score: where it first occurs (offsets of the text scored) and how much."""

    text: str
    start: int
    end: int
    weight: float


@dataclass(frozen=True, slots=True)
class Scored:
    probability: float  # that the draft is not publishable as it stands
    category: Category  # the judged category it reads like most
    evidence: list[Evidence]
    signals: list[str] = field(default_factory=list)  # labels of the judgement signals that raised it most
    paragraph: float = 0.0  # the same, of the paragraph that reads most like it (with the draft's signals)
    paragraph_line: tuple[int, int] = (0, 0)  # that paragraph's offsets in the text scored, blanks off
    telling_line: tuple[int, int] = (0, 0)  # the line whose features raise the score most (``telling_line``)


@dataclass(frozen=True, slots=True)
class Reading:
    """A text read by the model as far as its two probabilities (``LearnedModel.read``): all that tells
    whether the signal speaks; the category and the evidence are worked out only when it does."""

    text: str  # the normalized text
    view: str  # ``model_view`` of it
    lines: list[tuple[int, int, set[int]]]  # ``LearnedModel._lines`` of the view
    present: list[int]  # the features found, by number, in order
    fired: list[tuple[Feature, str]]  # the judgement signals that fired and are features, with their labels
    probability: float
    paragraph: float
    paragraph_line: tuple[int, int]


class LearnedModel:
    """The model of ``learned.json`` with its n-grams in one word search."""

    def __init__(self, model: Model) -> None:
        self.model = model
        # Where the features occur in a text, in one search (ahocorasick-rs when installed: C-speed hits).
        self._search = WordSearch({feature.text: number for number, feature in enumerate(model.features)})
        self._texts = [feature.text for feature in model.features]
        self._weights = [feature.weight for feature in model.features]
        self._categories = sorted(model.category_bias, key=lambda category: category.value)
        self._ratios = {
            category: [feature.categories.get(category, 0.0) for feature in model.features]
            for category in self._categories
        }
        self._signals = {feature.text: feature for feature in model.signals}

    def present(self, view: str) -> set[int]:
        """The features in ``view`` (``model_view`` of the normalized text), by number."""
        return self._search.found(view)

    def score(self, text: str, evidence: int = 5, signals: Mapping[str, str] | None = None) -> Scored:
        """``text``: the normalized text; the evidence quotes it (digits as they are). ``signals``: the
        judgement signals that fired in it (name → label)."""
        return self.scored(self.read(text, signals), evidence)

    def read(self, text: str, signals: Mapping[str, str] | None = None) -> Reading:
        """``score`` as far as its two probabilities (of the whole draft and of its best paragraph)."""
        view = model_view(text)
        lines = self._lines(view)
        present = sorted(set().union(*(numbers for _start, _stop, numbers in lines)))
        weights = self._weights
        fired = [
            (self._signals[name], label) for name, label in (signals or {}).items() if name in self._signals
        ]
        signalled = sum(feature.weight for feature, _ in fired)
        probability = _sigmoid(self.model.bias + sum(map(weights.__getitem__, present)) + signalled)
        paragraph, paragraph_line = self._best_paragraph(view, lines)
        paragraph = _sigmoid(self.model.bias + paragraph + signalled)
        return Reading(text, view, lines, present, fired, probability, paragraph, paragraph_line)

    def scored(self, reading: Reading, evidence: int = 5) -> Scored:
        """``score`` of the text ``reading`` read: its category, evidence and telling line added."""
        text, view, present, fired = reading.text, reading.view, reading.present, reading.fired
        weights = self._weights
        by_category = {
            category: self.model.category_bias[category]
            + sum(map(ratios.__getitem__, present))
            + sum(feature.categories.get(category, 0.0) for feature, _ in fired)
            for category, ratios in self._ratios.items()
        }
        category = max(self._categories, key=lambda category: (by_category[category], category.value))
        raising = sorted((number for number in present if weights[number] > 0), key=lambda n: -weights[n])
        found = []
        for number in raising[:evidence]:
            start = view.find(self._texts[number])
            end = start + len(self._texts[number])
            found.append(Evidence(text[start:end], start, end, weights[number]))
        found.sort(key=lambda item: item.start)
        raised = sorted((item for item in fired if item[0].weight > 0), key=lambda item: -item[0].weight)
        return Scored(
            reading.probability,
            category,
            found,
            [label for _, label in raised[:evidence]],
            reading.paragraph,
            reading.paragraph_line,
            self._telling(view, reading.lines),
        )

    def without(self, reading: Reading, dropped: set[int], signals: Mapping[str, str]) -> tuple[float, float]:
        """The two probabilities of the text ``reading`` read without its lines ``dropped`` (numbers of
        ``Reading.lines``), with the judgement ``signals`` that fire in what is left."""
        kept = [line for number, line in enumerate(reading.lines) if number not in dropped]
        present: set[int] = set().union(*(numbers for _start, _stop, numbers in kept))
        signalled = sum(self._signals[name].weight for name in signals if name in self._signals)
        total = self.model.bias + sum(map(self._weights.__getitem__, present)) + signalled
        paragraph, _ = self._best_paragraph(reading.view, kept)
        return _sigmoid(total), _sigmoid(self.model.bias + paragraph + signalled)

    def loudness(self, reading: Reading, starts: Sequence[int]) -> list[tuple[int, float]]:
        """For each offset of ``starts`` (a main line's start), the number of the line of ``reading`` it is
        on and the positive weight of that line's features (-1 and 0 past what the model reads)."""
        opening = [start for start, _stop, _numbers in reading.lines]
        weights = self._weights
        found = []
        for start in starts:
            number = bisect_right(opening, start) - 1 if start < len(reading.view) else -1
            numbers = reading.lines[number][2] if number >= 0 else set()
            found.append((number, sum(weight for n in numbers if (weight := weights[n]) > 0)))
        return found

    def _lines(self, view: str) -> list[tuple[int, int, set[int]]]:
        """Each line of ``view``: its start, its end and the features in it (an n-gram holds no line break,
        so the features of the text are those of its lines)."""
        found = []
        search = self._search
        start = 0
        while start <= len(view):
            stop = view.find("\n", start)
            stop = len(view) if stop < 0 else stop
            found.append((start, stop, set(map(itemgetter(0), search.starts(view[start:stop])))))
            start = stop + 1
        return found

    def _best_paragraph(
        self, view: str, lines: Sequence[tuple[int, int, set[int]]]
    ) -> tuple[float, tuple[int, int]]:
        """The highest sum of feature weights over the paragraphs of ``view`` (lines of ``MIN_PARAGRAPH``
        characters or more, a line without a feature summing to 0) and that line without its outer blanks,
        (0, 0) when there is none."""
        weights = self._weights
        best: tuple[float, int, int] | None = None
        for start, stop, numbers in lines:
            piece = view[start:stop]
            if len(piece.strip()) < MIN_PARAGRAPH:
                continue
            total = sum(map(weights.__getitem__, numbers))
            if best is None or total > best[0]:
                best = (total, *_unpadded(piece, start))
        return (0.0, (0, 0)) if best is None else (best[0], (best[1], best[2]))

    def _telling(self, view: str, lines: Sequence[tuple[int, int, set[int]]]) -> tuple[int, int]:
        """The line whose positive weights sum highest (any length: what the finding points at when the
        whole draft speaks), without its outer blanks; (0, 0) when there is none."""
        weights = self._weights
        telling: tuple[float, int, int] | None = None
        for start, stop, numbers in lines:
            raised = [weights[number] for number in numbers if weights[number] > 0]
            if raised and (telling is None or sum(raised) > telling[0]):
                telling = (sum(raised), *_unpadded(view[start:stop], start))
        return (0, 0) if telling is None else (telling[1], telling[2])

    def telling_line(self, text: str) -> tuple[int, int]:
        """The line of ``text`` (normalized) whose features raise the score most, without its outer blanks:
        what the finding points at (``Scored.telling_line`` of the same text)."""
        view = model_view(text)
        return self._telling(view, self._lines(view))


def _unpadded(piece: str, start: int) -> tuple[int, int]:
    """The offsets of ``piece`` (which starts at ``start``) without its outer blanks."""
    return start + len(piece) - len(piece.lstrip()), start + len(piece.rstrip())


class Learned:
    """The policy, and the model read from ``model_path`` on first use (or the one given)."""

    def __init__(self, policy: LearnedPolicy, model_path: Path, model: LearnedModel | None = None) -> None:
        self.policy = policy
        self.model_path = model_path
        self._model = model
        self._unless = [_pattern(pattern, model_path) for pattern in policy.unless]

    @property
    def model(self) -> LearnedModel:
        if self._model is None:
            self._model = LearnedModel(read_model(self.model_path))
        return self._model

    def speaks(self, scored: Scored | Reading) -> bool:
        return self.policy.enabled and (
            scored.probability >= self.policy.threshold or self.by_paragraph(scored)
        )

    def by_paragraph(self, scored: Scored | Reading) -> bool:
        """Whether the paragraph probability reaches its threshold (where the policy sets one)."""
        threshold = self.policy.paragraph_threshold
        return threshold is not None and scored.paragraph >= threshold

    def rule_infos(self) -> list[RuleInfo]:
        """Its findings' rules (JL…), as reporters (SARIF) describe rules."""
        if not self.policy.enabled:
            return []
        return [
            RuleInfo(
                id=entry.rule,
                name=f"learned-{category.value.replace('_', '-')}",
                title=entry.message.split("(", 1)[0],
                description=f"{self.policy.label}:{entry.message}",
                category=category,
                severity=self.policy.severity,
                basis=entry.basis,
            )
            for category, entry in sorted(self.policy.categories.items(), key=lambda item: item[1].rule)
        ]

    def hears(self, attribute: Attribute, counted: Sequence[Finding]) -> bool:
        """Whether the rules leave the draft to the signal: 主动公开, or 删减后公开 with every finding that
        counts (``medium`` or ``high``) of a pack of ``speaks_over`` (an identifier cut, the rest
        published)."""
        if attribute is Attribute.PROACTIVE:
            return True
        packs = self.policy.speaks_over
        weighty = [finding for finding in counted if finding.severity is not Severity.LOW]
        return (
            attribute is Attribute.REDACTED
            and bool(packs)
            and bool(weighty)
            and all(finding.rule[:2] in packs for finding in weighty)
        )

    def silenced(self, text: str) -> bool:
        """Whether one of the policy's public forms (``unless``) matches the normalized ``text``."""
        return any(pattern.search(text[:MAX_READ]) for pattern in self._unless)

    def review(
        self,
        extracted: ExtractedText,
        normalized: NormalizedText,
        counted: Sequence[Finding],
        labels: Mapping[Category, str],
        signals: Mapping[str, str] | None = None,
        paper: Paper | None = None,
    ) -> tuple[list[Finding], list[TraceStep]] | None:
        """The findings and trace of a draft the rules leave to it (``hears``; ``counted``: the findings
        that count, none of a judged category; ``signals``: the judgement signals that fired, name → label),
        when the signal speaks; else None. One finding holds the draft back; with ``paper`` (the draft as
        the judge read it) and the policy's ``cut``, the parts its matter is in may be cut instead, one
        severable finding each (``learned_cut.choose``)."""
        if not self.policy.enabled or any(finding.category in JUDGED for finding in counted):
            return None
        if self.silenced(normalized.text):
            return None  # a public form of the subject: the rules know it, the model does not
        reading = self.model.read(normalized.text, signals)
        if not self.speaks(reading):
            return None  # the category and the evidence change neither probability
        scored = self.model.scored(reading, self.policy.evidence)
        if not scored.evidence:
            return None
        cut = self._cut(reading, paper, scored.category, counted)
        if cut is not None and paper is not None and cut.parts:
            return self._cut_findings(cut, scored, extracted, paper, labels)
        category = self.policy.categories[scored.category]
        line = (
            scored.paragraph_line
            if scored.probability < self.policy.threshold and self.by_paragraph(scored)
            else scored.telling_line
        )
        start, end = normalized.to_original(*line)
        text = extracted.text
        label = labels.get(scored.category, scored.category.value)
        finding = Finding(
            rule=category.rule,
            category=scored.category,
            severity=self.policy.severity,
            start=start,
            end=end,
            text=text[start:end],
            part=extracted.part_at(start, end),
            message=category.message,
            replacement=None,
            line=text.count("\n", 0, start) + 1,
            column=start - (text.rfind("\n", 0, start) + 1) + 1,
        )
        held = self._held_note(cut, extracted, paper) if cut is not None and paper is not None else ""
        trace = [
            TraceStep(role=TraceRole.SIGNAL, message=describe(scored, self.policy, labels) + held),
            TraceStep(
                role=TraceRole.COMBINED,
                category=scored.category,
                count=1,
                rules=[category.rule],
                message=f"{category.rule} {label}: {self.policy.label}(规则未认定,仅提示人工核实){held}",
                basis=category.basis,
            ),
        ]
        return [finding], trace

    def _held_note(self, cut: Cut, extracted: ExtractedText, paper: Paper) -> str:
        """The trace's note of a draft held whole because the rules read its matter in parts a cut of the
        loudest ones would leave (``Cut.outside``): which lines it would cut, where the matter stands too."""
        policy = self.policy.cut
        assert policy is not None
        text = extracted.text

        def line(start: int) -> str:
            return str(text.count("\n", 0, paper.normalized.to_original(start, start)[0]) + 1)

        loudest = [paper.regions.lines[number - 1].start for number in cut.lines]
        return policy.held.format(
            lines="、".join(map(line, loudest)), outside="、".join(line(start) for start, _ in cut.outside)
        )

    def _cut(
        self, reading: Reading, paper: Paper | None, own: Category, counted: Sequence[Finding]
    ) -> Cut | None:
        """The parts of ``paper`` its matter is in (``learned_cut.choose``), when the policy cuts. Where the
        rules cut the draft at identifiers (``speaks_over``), the parts must be the main lines they cut in."""
        policy = self.policy.cut
        if policy is None or not policy.enabled or paper is None:
            return None
        regions, normalized = paper.regions, paper.normalized
        lines = self.model.loudness(reading, [line.start for line in regions.lines])
        number = {line.index: lines[line.index][0] for line in regions.lines}
        loudness = {line.index: lines[line.index][1] for line in regions.lines}
        weighty = [finding for finding in counted if finding.severity is not Severity.LOW]
        within = {regions.line_of(normalized.to_matching(finding.start)) for finding in weighty} or None

        def rest(dropped: Sequence[int], signals: Mapping[str, str]) -> tuple[float, float]:
            return self.model.without(reading, {number[index] for index in dropped}, signals)

        return choose(paper, policy, loudness, rest, own, within)

    def _cut_findings(
        self,
        cut: Cut,
        scored: Scored,
        extracted: ExtractedText,
        paper: Paper,
        labels: Mapping[Category, str],
    ) -> tuple[list[Finding], list[TraceStep]]:
        """One severable finding per part ``cut`` takes (its span is what the redacted copy removes), and
        the trace: the signal, why it cuts, and each category's combined step."""
        policy = self.policy.cut
        assert policy is not None
        text = extracted.text
        findings = []
        for (start, end), category in cut.parts:
            start, end = paper.normalized.to_original(start, end)
            entry = self.policy.categories[category]
            findings.append(
                Finding(
                    rule=entry.rule,
                    category=category,
                    severity=self.policy.severity,
                    start=start,
                    end=end,
                    text=text[start:end],
                    part=extracted.part_at(start, end),
                    message=entry.message + policy.message,
                    replacement=None,
                    line=text.count("\n", 0, start) + 1,
                    column=start - (text.rfind("\n", 0, start) + 1) + 1,
                    severable=True,
                )
            )
        lines = "、".join(str(finding.line) for finding in findings)
        note = policy.note.format(lines=lines, rest=cut.rest[0], paragraph=cut.rest[1], public=cut.public)
        trace = [TraceStep(role=TraceRole.SIGNAL, message=describe(scored, self.policy, labels) + note)]
        for category in dict.fromkeys(category for _, category in cut.parts):
            entry = self.policy.categories[category]
            label = labels.get(category, category.value)
            trace.append(
                TraceStep(
                    role=TraceRole.COMBINED,
                    category=category,
                    count=sum(1 for _, found in cut.parts if found is category),
                    rules=[entry.rule],
                    message=f"{entry.rule} {label}: {self.policy.label}(规则未认定,仅提示人工核实){note}",
                    basis=entry.basis,
                )
            )
        return findings, trace

    def decided(self, decision: Decision, finding: Finding, labels: Mapping[Category, str]) -> Decision:
        """The decision the rules make once the learned ``finding`` is among the findings, worded as what it
        is: a suspicion a person checks, the draft held back (``hold``) until then. The rules left the draft
        主动公开, or cut it at identifiers alone (``speaks_over``): the learned finding is the reason it is
        held, the identifiers' reasons follow it. A severable finding (the policy's ``cut``) leaves the
        decision the rules make with it (删减后公开: the part is cut), its reason worded as a suspicion."""
        label = labels.get(finding.category, finding.category.value)
        entry = self.policy.categories[finding.category]
        cut = self.policy.cut if finding.severable else None
        if cut is not None:
            message = cut.reason.format(label=label, lines=finding.line)
            basis = f"{entry.basis};{CUT_BASIS}"
            attribute = decision.attribute
        else:
            message = self.policy.reason.format(label=label) + entry.after_check
            basis = entry.basis
            attribute = max((self.policy.hold, decision.attribute), key=lambda held: held.strictness)
        reason = Reason(category=finding.category, message=message, basis=basis)
        trace = [
            step.model_copy(update={"attribute": attribute, "message": reason.message})
            if step.role is TraceRole.DECISIVE and step.category is finding.category
            else step
            for step in decision.trace
        ]
        others = [item for item in decision.reasons if item.category is not finding.category]
        decision.attribute = attribute
        decision.reasons = [reason, *others]
        decision.trace = trace
        decision.suggested_note = None  # the 附注 is written once a person has decided
        return decision


def _pattern(pattern: str, near: Path) -> regex.Pattern[str]:
    try:
        return compile_regex(pattern)  # from the build cache's stored program when it has one
    except regex.error as error:
        where = near.with_name(POLICY_FILE.name)
        raise RulePackError(f"E246 {where} → learned.unless: invalid regex {pattern!r}: {error}") from error


def read_policy(path: Path) -> LearnedPolicy:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        policy = LearnedPolicy.model_validate(raw.get("learned", {}))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise RulePackError(f"E246 {path}: cannot read: {error}") from error
    except ValidationError as error:
        raise _invalid(path, "learned.", error) from error
    missing = sorted(category.value for category in JUDGED - set(policy.categories))
    if missing:
        raise RulePackError(f"E246 {path} → learned.categories: no entry for {', '.join(missing)}")
    return policy


def read_model(path: Path) -> Model:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise RulePackError(f"E246 {path}: cannot read: {error}") from error
    with suppress(ValidationError):  # parsed and checked in one pass: a third of a check's first document
        return Model.model_validate_json(data)
    try:  # what is wrong with it, said as before: the JSON's own error first
        return Model.model_validate(json.loads(data.decode("utf-8")))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise RulePackError(f"E246 {path}: cannot read: {error}") from error
    except ValidationError as error:
        raise _invalid(path, "", error) from error


def _invalid(path: Path, prefix: str, error: ValidationError) -> RulePackError:
    """E246 naming the first field ``error`` found wrong (under ``prefix``) and what is wrong with it."""
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    return RulePackError(f"E246 {path} → {prefix}{where}: {first['msg']}")


def load_learned(model: Path | None = None, policy: Path | None = None) -> Learned:
    """The shipped learned signal (or the files given)."""
    rules = builtin_rules_dir()
    return Learned(read_policy(policy or rules / POLICY_FILE), model or rules / MODEL_FILE)


def describe(scored: Scored, policy: LearnedPolicy, labels: Mapping[Category, str]) -> str:
    """The trace line of the signal: its probability, the category, the features that raised it most."""
    words = "、".join(f"“{item.text}”" for item in scored.evidence) or "无"
    label = labels.get(scored.category, scored.category.value)
    signals = f";规则信号 {'、'.join(scored.signals)}" if scored.signals else ""
    paragraph = (
        f",单段最高 {scored.paragraph:.2f}(阈值 {policy.paragraph_threshold:.2f})"
        if policy.paragraph_threshold is not None
        else ""
    )
    return (
        f"{policy.label}:不宜公开的概率 {scored.probability:.2f}(阈值 {policy.threshold:.2f}){paragraph},"
        f"最接近{label};主要依据 {words}{signals}"
    )


def _sigmoid(total: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, total))))


def top_features(model: Model, category: Category | None = None, count: int = 20) -> Sequence[Feature]:
    """The features that raise the score most (for a category: its log-ratio), for inspection."""
    if category is None:
        return sorted(model.features, key=lambda feature: -feature.weight)[:count]
    return sorted(model.features, key=lambda feature: -feature.categories.get(category, 0.0))[:count]
