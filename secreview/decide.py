"""From findings to one of the four attributes, with every reason that fired, its legal basis and a trace.

The procedure: the strictest attribute implied by a category wins (不公开 > 依申请公开 >
删减后公开 > 主动公开); exceptions (a draft released 向社会公开征求意见, 行政许可 results …) are the policy's
``[[override]]`` entries, matched on the normalized text, never on rule ids.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import regex

from secreview.basis import merge_bases
from secreview.build_cache import compile_regex
from secreview.errors import RulePackError
from secreview.models import (
    Attribute,
    Category,
    FileReport,
    Finding,
    Reason,
    Severity,
    TraceRole,
    TraceStep,
)
from secreview.rulepack.decision_policy import REASON_GROUP, Override
from secreview.rulepack.schema import Policy

MISSING_DECLARATION = "拟制公文未明确公开属性,按规定应予退文;请在附注中注明公开属性"
MISSING_REASON = "文件自述为“{attribute}”,但未说明理由,按规定应予退文;请在附注中说明理由"
_CATEGORY_ORDER = {category: index for index, category in enumerate(Category)}


@dataclass(frozen=True, slots=True)
class Declared:
    """What the draft says about itself: the attribute, and the reason it gives, if any."""

    attribute: Attribute
    reason: str | None
    start: int


@dataclass(frozen=True, slots=True)
class _Effect:
    """What the findings of one category imply once the overrides are applied."""

    category: Category
    findings: list[Finding]
    attribute: Attribute
    message: str
    basis: str
    override: Override | None = None
    second: bool = False  # a second reason: a more specific category implies the same attribute
    stood_back: bool = False  # a form's category that stands back for a judgement of the content


@dataclass(slots=True)
class Decision:
    attribute: Attribute
    reasons: list[Reason]
    trace: list[TraceStep] = field(default_factory=list)
    declared: Declared | None = None
    return_for_revision: str | None = None
    suggested_note: str | None = None

    def report_fields(self) -> dict[str, Any]:
        """The fields of a FileReport this decision fills."""
        return {
            "attribute": self.attribute,
            "attribute_zh": self.attribute.zh,
            "reasons": self.reasons,
            "trace": self.trace,
            "declared_attribute": self.declared.attribute if self.declared else None,
            "declared_reason": self.declared.reason if self.declared else None,
            "return_for_revision": self.return_for_revision,
            "suggested_note": self.suggested_note,
        }


class _CompiledOverride:
    def __init__(self, override: Override) -> None:
        self.override = override
        self._patterns = [compile_regex(pattern) for pattern in override.patterns]
        self._exclude = [compile_regex(pattern) for pattern in override.exclude]

    def applies(self, text: str) -> bool:
        if self.override.first_lines is not None:
            text = "\n".join(text.split("\n", self.override.first_lines)[: self.override.first_lines])
        return any(p.search(text) for p in self._patterns) and not any(p.search(text) for p in self._exclude)


class Decider:
    """Applies the decision policy of ``rules/policy.toml`` (or an office's own)."""

    def __init__(self, policy: Policy) -> None:
        missing = [category.value for category in Category if category not in policy.categories]
        if missing:
            raise RulePackError(
                f"E222 decision policy: no [categories.{missing[0]}] (missing: {', '.join(missing)})"
            )
        self._policy = policy
        self._declarations = [
            (compile_regex(declaration.pattern), declaration.attribute) for declaration in policy.declaration
        ]
        self._overrides = [_CompiledOverride(override) for override in policy.override]
        self._cuts = [[compile_regex(pattern) for pattern in entry.patterns] for entry in policy.stands_back]
        self._reason_patterns = [compile_regex(pattern) for pattern in policy.declared.reason_patterns]

    def actionable(self, finding: Finding) -> bool:
        """Low findings are advisory; only findings at or above the policy's threshold move the attribute."""
        return finding.severity.rank >= self._policy.decision.min_severity.rank

    def decide(self, findings: Sequence[Finding], normalized_text: str = "") -> Decision:
        """The attribute, its reasons and trace; with the normalized text, overrides and declaration too."""
        by_category: dict[Category, list[Finding]] = defaultdict(list)
        advisory: dict[Category, list[Finding]] = defaultdict(list)
        threshold = self._policy.decision.min_severity.rank
        actionable = {severity: severity.rank >= threshold for severity in Severity}
        for finding in findings:
            (by_category if actionable[finding.severity] else advisory)[finding.category].append(finding)
        effects = self._seconded(
            self._standing_back(
                [self._effect(category, found, normalized_text) for category, found in by_category.items()],
                normalized_text,
            )
        )
        effects.sort(
            key=lambda e: (-e.attribute.strictness, e.second, _CATEGORY_ORDER[e.category]),
        )
        attribute = max((effect.attribute for effect in effects), key=lambda a: a.strictness, default=None)
        attribute = attribute or Attribute.PROACTIVE
        reasons = [
            Reason(category=effect.category, message=effect.message, basis=effect.basis)
            for effect in effects
            if effect.attribute is not Attribute.PROACTIVE
        ]
        trace = self._trace(attribute, effects, advisory)
        declared = self.declaration(normalized_text) if normalized_text else None
        return Decision(
            attribute=attribute,
            reasons=reasons,
            trace=trace,
            declared=declared,
            return_for_revision=self._unreasoned(declared),
            suggested_note=self.note(attribute, effects),
        )

    def _effect(self, category: Category, findings: list[Finding], text: str) -> _Effect:
        rule = self._policy.categories[category]
        label = self._policy.label(category)
        count = len(findings)
        for compiled in self._overrides:
            override = compiled.override
            if category in override.categories and text and compiled.applies(text):
                message = override.reason.format(label=label, count=count)
                return _Effect(category, findings, override.attribute, message, override.basis, override)
        severable = self._policy.severable
        if severable.attribute.strictness < rule.attribute.strictness and all(f.severable for f in findings):
            message = severable.reason.format(label=label, count=count)
            return _Effect(
                category, findings, severable.attribute, message, severable.basis.format(basis=rule.basis)
            )
        message = rule.reason.format(label=label, count=count)
        return _Effect(category, findings, rule.attribute, message, rule.basis)

    def _standing_back(self, effects: list[_Effect], text: str) -> list[_Effect]:
        """The effects, a category of ``[[stands_back]]`` made 主动公开 where a category it stands back for
        implies more, or where the text shows a cut."""
        held = {effect.category for effect in effects if effect.attribute is not Attribute.PROACTIVE}
        result = []
        for effect in effects:
            entry = next(
                (
                    e
                    for e, cuts in zip(self._policy.stands_back, self._cuts, strict=True)
                    if e.category is effect.category
                    and (held & set(e.to) or any(cut.search(text) for cut in cuts))
                ),
                None,
            )
            if entry is not None and effect.attribute is not Attribute.PROACTIVE:
                label = self._policy.label(effect.category)
                message = entry.reason.format(label=label, count=len(effect.findings))
                effect = replace(effect, attribute=Attribute.PROACTIVE, message=message, stood_back=True)
            result.append(effect)
        return result

    def _seconded(self, effects: list[_Effect]) -> list[_Effect]:
        """The effects, those that are a second reason (``[[second_reason]]``) worded as one."""
        implied = {effect.category: effect.attribute for effect in effects}
        seconded = []
        for effect in effects:
            for entry in self._policy.second_reason:
                first = [c for c in entry.after if implied.get(c) is effect.attribute]
                if (
                    entry.category is effect.category
                    and first
                    and effect.attribute is not Attribute.PROACTIVE
                ):
                    label = self._policy.label(effect.category)
                    message = entry.reason.format(label=label, count=len(effect.findings))
                    effect = replace(effect, message=message, second=True)
                    break
            seconded.append(effect)
        return seconded

    def _trace(
        self, attribute: Attribute, effects: list[_Effect], advisory: dict[Category, list[Finding]]
    ) -> list[TraceStep]:
        steps: list[TraceStep] = []
        for effect in effects:
            if (effect.override is not None or effect.stood_back) and effect.attribute is Attribute.PROACTIVE:
                role = TraceRole.OVERRIDDEN
            elif effect.attribute is attribute and not effect.second:
                role = TraceRole.DECISIVE
            else:
                role = TraceRole.CONTRIBUTING
            steps.append(
                _step(role, effect.category, effect.attribute, effect.findings, effect.message, effect.basis)
            )
        for category in sorted(advisory, key=_CATEGORY_ORDER.__getitem__):
            label = self._policy.label(category)
            message = f"{label} {len(advisory[category])} 处为提示级,仅供人工复核,不影响公开属性"
            steps.append(_step(TraceRole.ADVISORY, category, None, advisory[category], message, None))
        if attribute is Attribute.PROACTIVE and not any(s.role is TraceRole.OVERRIDDEN for s in steps):
            default = self._policy.default
            steps.append(TraceStep(role=TraceRole.DEFAULT, message=default.message, basis=default.basis))
        return steps

    def declaration(self, normalized_text: str) -> Declared | None:
        """The attribute the draft declares for itself: the first declaration found, in text order."""
        earliest: tuple[regex.Match[str], Attribute] | None = None
        for pattern, attribute in self._declarations:
            match = pattern.search(normalized_text)
            if match is not None and (earliest is None or match.start() < earliest[0].start()):
                earliest = (match, attribute)
        if earliest is None:
            return None
        match, attribute = earliest
        return Declared(attribute, self._stated_reason(match, normalized_text), match.start())

    def declared(self, normalized_text: str) -> Attribute | None:
        found = self.declaration(normalized_text)
        return found.attribute if found else None

    def _stated_reason(self, match: regex.Match[str], text: str) -> str | None:
        if REASON_GROUP in match.re.groupindex and match.group(REASON_GROUP):
            return _clean(match.group(REASON_GROUP))
        after = text[match.end() : match.end() + self._policy.declared.reason_window]
        for pattern in self._reason_patterns:
            found = pattern.search(after)
            if found is not None and found.group(REASON_GROUP):
                return _clean(found.group(REASON_GROUP))
        return None

    def _unreasoned(self, declared: Declared | None) -> str | None:
        if declared is None or declared.reason is not None:
            return None
        if declared.attribute not in self._policy.declared.reason_required_for:
            return None
        return MISSING_REASON.format(attribute=declared.attribute.zh)

    def note(self, attribute: Attribute, effects: Sequence[_Effect]) -> str:
        """The 附注 to write for ``attribute``, naming what drove it and its basis."""
        driving = [effect for effect in effects if effect.attribute is attribute and not effect.second]
        labels = "、".join(dict.fromkeys(self._policy.label(e.category) for e in driving))
        basis = merge_bases(effect.basis for effect in driving)
        return self._policy.notes.template(attribute).format(labels=labels, basis=basis)


def require_declaration(report: FileReport) -> FileReport:
    """The report with the 退文 condition set when the draft declares no attribute at all."""
    if report.error is not None or report.declared_attribute is not None or report.return_for_revision:
        return report
    return report.model_copy(update={"return_for_revision": MISSING_DECLARATION})


def _step(
    role: TraceRole,
    category: Category,
    attribute: Attribute | None,
    findings: list[Finding],
    message: str,
    basis: str | None,
) -> TraceStep:
    rules = sorted({finding.rule for finding in findings})
    return TraceStep(
        role=role,
        category=category,
        attribute=attribute,
        count=len(findings),
        rules=rules,
        message=message,
        basis=basis,
    )


def _clean(reason: str) -> str | None:
    stripped = reason.strip(" ,;:。、)")
    return stripped or None
