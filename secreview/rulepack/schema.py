"""Input types: what a rule-pack file and the decision policy may contain."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Annotated, Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, model_validator

from secreview.models import Attribute, Category, Severity
from secreview.rulepack.decision_policy import DeclaredSettings, DefaultDecision, Notes, Override

RULE_ID = r"^[A-Z]{2}[0-9]{3}$"
KEBAB = r"^[a-z0-9]+(-[a-z0-9]+)*$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Examples(_Strict):
    hit: list[str] = Field(min_length=1)
    miss: list[str] = Field(min_length=1)


class OnInvalid(_Strict):
    """What a candidate that fails its validator becomes instead of being dropped."""

    severity: Severity
    require_context: bool = True
    message: str


class Position(_Strict):
    """Where a match counts: among the first or last lines of the main text, or anywhere in some parts."""

    first_lines: Annotated[int, Field(ge=1)] | None = None
    last_lines: Annotated[int, Field(ge=1)] | None = None
    or_parts: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _some_place(self) -> Position:
        if self.first_lines is None and self.last_lines is None and not self.or_parts:
            raise ValueError("a position needs `first_lines`, `last_lines` or `or_parts`")
        return self


class Rule(_Strict):
    id: Annotated[str, Field(pattern=RULE_ID)]
    name: Annotated[str, Field(pattern=KEBAB)]
    kind: Literal["pattern", "keyword", "recognizer"]
    effect: Literal["report", "suppress"] = "report"
    title: str
    description: str = Field(min_length=1)
    examples: Examples
    category: Category | None = None
    suppresses: list[Category] = Field(default_factory=list)
    severity: Severity = Severity.MEDIUM
    message: str = ""
    basis: str = ""
    patterns: list[str] = Field(default_factory=list)
    group: str | None = None  # report only this named group of a pattern match
    # The pattern runs only on lines holding one of these words (plus `trigger_lines` around them): a
    # pattern that could start anywhere then costs nothing on documents without the words.
    triggers: list[str] = Field(default_factory=list)
    # The same for a regex every match must contain (e.g. a run of digits); one run per distinct pattern.
    trigger_pattern: str | None = None
    trigger_lines: Annotated[int, Field(ge=0, le=5)] = 0
    # "document": a trigger anywhere runs the patterns on the whole text (for patterns that look at the
    # start or the end of the document); "lines": only on the lines around each trigger.
    trigger_scope: Literal["lines", "document"] = "lines"
    recognizer: str | None = None
    keywords: list[str] = Field(default_factory=list)
    keyword_files: list[str] = Field(default_factory=list)
    boundary: Literal["none", "token"] = "none"
    validator: str | None = None
    on_invalid: OnInvalid | None = None
    context: list[str] = Field(default_factory=list)
    require_context: bool = False
    exclude_context: list[str] = Field(default_factory=list)
    context_window: Annotated[int, Field(ge=1, le=200)] = 16
    scope: list[str] = Field(default_factory=list)
    position: Position | None = None
    mask: tuple[int, int] | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Rule:
        if self.kind == "pattern" and not self.patterns:
            raise ValueError("a pattern rule needs `patterns`")
        if (self.triggers or self.trigger_pattern) and self.kind != "pattern":
            raise ValueError("`triggers` and `trigger_pattern` only apply to pattern rules")
        if self.trigger_scope == "document" and not (self.triggers or self.trigger_pattern):
            raise ValueError("`trigger_scope` needs `triggers` or a `trigger_pattern`")
        if self.kind == "recognizer" and self.recognizer is None:
            raise ValueError("a recognizer rule needs `recognizer`")
        if self.kind == "keyword" and not (self.keywords or self.keyword_files):
            raise ValueError("a keyword rule needs `keywords` or `keyword_files`")
        if self.effect == "report" and (self.category is None or not self.message or not self.basis):
            raise ValueError("a reporting rule needs `category`, `message` and `basis`")
        if self.effect == "suppress" and not self.suppresses:
            raise ValueError("a suppressing rule needs `suppresses`")
        if self.on_invalid is not None and self.validator is None:
            raise ValueError("`on_invalid` needs a `validator`")
        return self


class PackHeader(_Strict):
    prefix: Annotated[str, Field(pattern=r"^[A-Z]{2}$")]
    title: str
    version: str
    schema_: int = Field(alias="schema", default=1)


class Pack(_Strict):
    pack: PackHeader
    rule: list[Rule] = Field(min_length=1)


class CategoryPolicy(_Strict):
    label: str
    attribute: Attribute
    reason: str
    basis: str


class Declaration(_Strict):
    """A way a draft states its own attribute (附注, 公开属性 field)."""

    pattern: str
    attribute: Attribute


class DecisionSettings(_Strict):
    min_severity: Severity = Severity.MEDIUM


class Policy(_Strict):
    decision: DecisionSettings = DecisionSettings()
    categories: dict[Category, CategoryPolicy]
    declaration: list[Declaration] = Field(default_factory=list)
    override: list[Override] = Field(default_factory=list)
    default: DefaultDecision = DefaultDecision()
    declared: DeclaredSettings = DeclaredSettings()
    notes: Notes = Notes()


@cache
def compile_pattern(source: str) -> regex.Pattern[str]:
    return regex.compile(source)


@dataclass(frozen=True, slots=True)
class CompiledRule:
    """A rule ready to run: keywords folded to the matching view, regexes compiled when first needed."""

    rule: Rule
    pack: str
    pattern_sources: tuple[str, ...]
    keywords: tuple[str, ...]
    triggers: tuple[str, ...]
    trigger_pattern: regex.Pattern[str] | None
    context: tuple[str, ...]
    exclude_context: tuple[str, ...]

    @property
    def patterns(self) -> tuple[regex.Pattern[str], ...]:
        """The compiled patterns. A check compiles only the rules it runs: most never see their trigger."""
        return tuple(compile_pattern(source) for source in self.pattern_sources)

    @property
    def triggered(self) -> bool:
        """Whether the rule runs only around its trigger words or trigger pattern."""
        return bool(self.triggers) or self.trigger_pattern is not None


@dataclass(frozen=True, slots=True)
class CompiledPack:
    header: PackHeader
    source: str
    rules: tuple[CompiledRule, ...]
