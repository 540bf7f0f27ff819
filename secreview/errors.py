"""Exceptions. Per-file problems are data (ExtractionError); pack and config problems stop the run."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


class SecreviewError(Exception):
    """Base class of every error secreview raises on purpose."""


class ExtractionError(SecreviewError):
    """A file could not be read; the message is one line, in Chinese, for the officer."""


class RulePackError(SecreviewError):
    """A rule pack is malformed; the message names the file, the rule and the field."""


class ConfigError(SecreviewError):
    """A configuration file or option is invalid."""


class OutputError(SecreviewError):
    """An output file cannot be written, or would overwrite a file being checked; names the file."""


@dataclass(frozen=True, slots=True)
class Problem:
    """A mistake in a rule pack, with its code (docs/errors.md), file, rule and field: one line each."""

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
