"""From findings to one of the four attributes, with every reason that fired and its legal basis."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from secreview.models import Attribute, Category, Finding, Reason
from secreview.rulepack.schema import Policy


@dataclass(frozen=True, slots=True)
class Decision:
    attribute: Attribute
    reasons: list[Reason]


class Decider:
    """Applies the decision policy of ``rules/policy.toml`` (or an office's own)."""

    def __init__(self, policy: Policy) -> None:
        self._policy = policy
        self._declarations = [
            (regex.compile(declaration.pattern), declaration.attribute) for declaration in policy.declaration
        ]

    def actionable(self, finding: Finding) -> bool:
        """Low findings are advisory; only findings at or above the policy's threshold move the attribute."""
        return finding.severity.rank >= self._policy.decision.min_severity.rank

    def decide(self, findings: Sequence[Finding]) -> Decision:
        counts = Counter(finding.category for finding in findings if self.actionable(finding))
        reasons: list[tuple[int, int, Reason]] = []
        attribute = Attribute.PROACTIVE
        order = list(Category)
        for category, count in counts.items():
            rule = self._policy.categories[category]
            if rule.attribute.strictness > attribute.strictness:
                attribute = rule.attribute
            message = rule.reason.format(label=rule.label, count=count)
            reason = Reason(category=category, message=message, basis=rule.basis)
            reasons.append((-rule.attribute.strictness, order.index(category), reason))
        return Decision(attribute, [reason for *_, reason in sorted(reasons, key=lambda item: item[:2])])

    def declared(self, normalized_text: str) -> Attribute | None:
        """The attribute the draft declares for itself: the first declaration found, in text order."""
        earliest: tuple[int, Attribute] | None = None
        for pattern, attribute in self._declarations:
            match = pattern.search(normalized_text)
            if match is not None and (earliest is None or match.start() < earliest[0]):
                earliest = (match.start(), attribute)
        return earliest[1] if earliest else None
