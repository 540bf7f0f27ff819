"""A mistake in a rule pack, with its code (docs/errors.md), file, rule and field: one line each."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from secreview.errors import RulePackError


@dataclass(frozen=True, slots=True)
class Problem:
    code: str
    source: str
    message: str
    rule: str | None = None
    field: str | None = None

    def __str__(self) -> str:
        rule = f" rule {self.rule}" if self.rule else ""
        field = f" → {self.field}" if self.field else ""
        return f"{self.code} {self.source}{rule}{field}: {self.message}"


class PackProblems(RulePackError):
    """One or more problems of rule packs; the message has one line per problem."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = list(problems)
