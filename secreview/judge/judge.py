"""Runs the judgement policy over one document and turns what holds into findings and trace steps."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from secreview.extract.base import ExtractedText
from secreview.judge.combine import Combiner, Outcome, Verdict
from secreview.judge.learned_cut import Paper, fired_labels
from secreview.judge.load import CompiledJudgement
from secreview.judge.schema import JUDGED, Combination
from secreview.judge.signals import Fired, Hit, Regions, find_signals
from secreview.judge.structure import framed_public, held_for, never_cut, parts, stated_public
from secreview.models import Category, Finding, RuleInfo, Severity, TraceRole, TraceStep
from secreview.normalize import NormalizedText
from secreview.rulepack.decision_policy import SeverableDecision

# The pack findings a combination may defer or yield to: the judged categories and the markings.
REPORTED = JUDGED | {Category.STATE_SECRET, Category.WORK_SECRET}


@dataclass(slots=True)
class Judged:
    """The findings with the judgement's own added (in text order), and the trace of its signals."""

    findings: list[Finding]
    trace: list[TraceStep] = field(default_factory=list)
    # The signals that fired (name → label), whatever they combined into: the learned signal reads them.
    signals: dict[str, str] = field(default_factory=dict)
    # The draft as the judge read it (its lines and where each signal fired): the learned signal reads it by
    # its parts (``learned_cut``); None where the judge did not read it.
    paper: Paper | None = None


class Judge:
    def __init__(
        self,
        judgement: CompiledJudgement,
        labels: Mapping[Category, str],
        *,
        enabled: bool = True,
        severable: str = SeverableDecision().reason,
    ) -> None:
        """``severable``: the decision policy's wording of a severable passage (``[severable] reason``, with
        ``{label}`` and ``{count}``), the message of a document combination reported as one."""
        self.judgement = judgement
        self.enabled = enabled
        self._labels = labels
        self._severable = severable
        self._settings = judgement.policy.judgement
        self._combiner = Combiner(judgement.combinations, labels, self._settings)
        # Each subject signal's categories (the combinations that require it, in file order) and, per
        # category, the first combination of it: what a part cut for structure holds is cut under that.
        self._told: dict[str, list[Category]] = {}
        self._first: dict[Category, Combination] = {}
        for combination in judgement.combinations:
            self._first.setdefault(combination.category, combination)
            for name in {name for group in combination.require for name in group}:
                told = self._told.setdefault(name, [])
                if combination.category not in told:
                    told.append(combination.category)
        self._actionable = Severity.MEDIUM.rank

    def rule_infos(self) -> list[RuleInfo]:
        """The combinations, as reporters (SARIF) describe rules."""
        return [
            RuleInfo(
                id=combination.id,
                name=combination.name,
                title=combination.message.split(",", 1)[0],
                description=combination.description,
                category=combination.category,
                severity=combination.severity,
                basis=combination.basis,
            )
            for combination in self.judgement.combinations
            if self.enabled
        ]

    def review(
        self,
        extracted: ExtractedText,
        normalized: NormalizedText,
        findings: Sequence[Finding],
        marked: Sequence[Finding] | None = None,
    ) -> Judged:
        """``marked``: the same findings as the project's filters marked them; a combination defers to a
        pack finding of its category only when that finding is not set aside."""
        if not self.enabled:
            return Judged(list(findings))
        regions = Regions(extracted, normalized, self.judgement)
        if not regions.lines:
            return Judged(list(findings))
        reported: dict[Category, str] = {}
        # Each category's counted findings where all are of passage rules (``findings`` of a signal: what
        # they found is a passage's content), as spans of the normalized text; None once one is not.
        passages: dict[Category, list[tuple[int, int]] | None] = {}
        spans: list[tuple[str, int, int]] = []
        for finding in marked if marked is not None else findings:
            if finding.suppressed_by is not None:
                continue
            # A marking (密级, 工作秘密) counts too: a combination may yield to it (``yields_to``).
            if finding.category in REPORTED and finding.severity.rank >= self._actionable:
                reported.setdefault(finding.category, finding.rule)
                span = normalized.to_matching(finding.start), normalized.to_matching(finding.end)
                known = passages.setdefault(finding.category, [])
                if finding.rule in self.judgement.passage_rules and known is not None:
                    known.append(span)
                    spans.append((finding.rule, *span))
                else:
                    passages[finding.category] = None
        document, paragraphs = find_signals(self.judgement, regions, spans)
        fired = fired_labels(document, paragraphs)
        paper = Paper(extracted, normalized, self.judgement, regions, document, paragraphs, self._told)
        confinable = {category: found for category, found in passages.items() if found}
        outcome = self._combiner.combine(regions, document, paragraphs, reported, confinable)
        # The structural reading runs where no pack finding reports a judged category, or where every one it
        # reports lies in severable paragraphs (released: a 标底 cut from a progress report, tune61 dt-031).
        if set(reported) <= outcome.released:
            fired_here = (document, paragraphs)
            outcome = self._structural(extracted, normalized, regions, fired_here, outcome) or outcome
        added = [
            _finding(verdict, extracted, normalized, self._message(verdict)) for verdict in outcome.verdicts
        ]
        kept = [_severed(finding, outcome.released, self.judgement.passage_rules) for finding in findings]
        if not added:
            return Judged(kept, outcome.trace, fired, paper)
        merged = sorted([*kept, *added], key=lambda finding: (finding.start, -finding.end, finding.rule))
        return Judged(merged, outcome.trace, fired, paper)

    def _structural(
        self,
        extracted: ExtractedText,
        normalized: NormalizedText,
        regions: Regions,
        fired: tuple[Mapping[str, Fired], Mapping[str, Mapping[int, Fired]]],
        outcome: Outcome,
    ) -> Outcome | None:
        """The outcome with the combinations that hold the document whole cut at the parts their evidence
        lies in (``structure.parts``), when the title states a public matter — or the other parts do
        (``structure.stated_public``) — and the document read with those parts blank is held whole by no
        combination (第三十七条); else None. Each part is cut under what it holds (``structure.held_for``)."""
        settings = self._settings.structure
        document, paragraphs = fired
        whole = [verdict for verdict in outcome.verdicts if not verdict.severable]
        withheld = {verdict.combination.category for verdict in whole}
        if settings is None or not whole or never_cut(regions, document, settings, withheld, self._told):
            return None
        spans = parts(regions, document, whole, settings)
        if not spans:
            return None
        title = framed_public(document, settings)
        count = 0 if title else stated_public(regions, fired, whole, spans, settings, self._told)
        if not title and not (count and self._told_apart(whole, spans, document, paragraphs)):
            return None
        rest = Regions(extracted, normalized, self.judgement, spans)
        found, in_paragraphs = find_signals(self.judgement, rest, ())
        left = self._combiner.combine(rest, found, in_paragraphs, {}, {}, withheld)
        if any(not verdict.severable for verdict in left.verdicts):
            return None
        verdicts = list(left.verdicts)
        steps = [step for step in outcome.trace if step.role is TraceRole.SIGNAL]
        steps += [step for step in left.trace if step.role is not TraceRole.SIGNAL]
        for verdict in whole:
            hits = [hit for item in verdict.used for hit in item.hits]
            mine = [span for span in spans if any(_within(hit, span) for hit in hits)]
            for start, end in mine:
                combination = self._held(verdict.combination, (start, end), document, paragraphs)
                verdicts.append(Verdict(combination, start, end, verdict.used, True))
                lines = str(regions.line_of(start) + 1)
                note = (
                    settings.note.format(title=title, lines=lines)
                    if title
                    else settings.parts_note.format(count=count, lines=lines)
                )
                steps.append(self._combiner.step(combination, verdict.used, note))
        return Outcome(verdicts, steps, left.released | outcome.released)

    def _told_apart(
        self,
        whole: Sequence[Verdict],
        spans: Sequence[tuple[int, int]],
        document: Mapping[str, Fired],
        paragraphs: Mapping[str, Mapping[int, Fired]],
    ) -> bool:
        """Whether, in a document no frame names, each part a process combination would cut holds the matter
        of another category (an open case, a firm's figures, a weak point, one official): its state is that
        matter's (案件仍在调查), not a proposal the document puts up, which is what such a paper is."""
        for verdict in whole:
            if verdict.combination.category is not Category.PROCESS_INFO:
                continue
            for span in spans:
                held = held_for(span, document, paragraphs, self._told, Category.PROCESS_INFO)
                if held is Category.PROCESS_INFO:
                    return False
        return True

    def _held(
        self,
        combination: Combination,
        span: tuple[int, int],
        document: Mapping[str, Fired],
        paragraphs: Mapping[str, Mapping[int, Fired]],
    ) -> Combination:
        """``combination`` as the part ``span`` cut for structure reports it: under the category of what the
        part holds (a firm's figures 第十五条, an open case's file), with that category's basis."""
        category = held_for(span, document, paragraphs, self._told, combination.category)
        if category is combination.category:
            return combination
        basis = self._first[category].basis
        return combination.model_copy(update={"category": category, "basis": basis})

    def _message(self, verdict: Verdict) -> str:
        """The combination's message; for a document combination reported as a severable passage (a bulletin
        item, a numbered section), the policy's severable wording: its own says the whole is withheld; for a
        paragraph combination's passage that is what the document is (withheld whole), its message with the
        closing clause that cuts the passage (``cut_clauses``) given way to why the whole is withheld."""
        combination = verdict.combination
        if verdict.whole:
            return f"{_without_cut(combination.message, self._settings.cut_clauses)};{verdict.whole}"
        if not (verdict.severable and combination.scope == "document"):
            return combination.message
        label = self._labels.get(combination.category, combination.category.value)
        return self._severable.format(label=label, count=1)


def _within(hit: Hit, span: tuple[int, int]) -> bool:
    return span[0] <= hit.start and hit.end <= span[1]


def _without_cut(message: str, clauses: Sequence[str]) -> str:
    """``message`` without the closing clause of ``clauses`` it ends with (the loader holds that a
    combination that may be withheld whole ends with one: E247)."""
    for clause in clauses:
        if message.endswith(clause):
            return message[: -len(clause)]
    return message


def _severed(finding: Finding, released: set[Category], rules: frozenset[str]) -> Finding:
    """A passage rule's finding of a category whose every counted finding lies inside severable passages
    is part of what the redacted copy removes (第三十七条), not a reason to withhold the whole document."""
    if finding.category in released and finding.rule in rules and not finding.severable:
        return finding.model_copy(update={"severable": True})
    return finding


def _finding(verdict: Verdict, extracted: ExtractedText, normalized: NormalizedText, message: str) -> Finding:
    start, end = normalized.to_original(verdict.start, verdict.end)
    text = extracted.text
    line_start = text.rfind("\n", 0, start) + 1
    combination = verdict.combination
    return Finding(
        rule=combination.id,
        category=combination.category,
        severity=combination.severity,
        start=start,
        end=end,
        text=text[start:end],
        part=extracted.part_at(start, end),
        message=message,
        replacement=None,
        line=text.count("\n", 0, start) + 1,
        column=start - line_start + 1,
        severable=verdict.severable,
    )
