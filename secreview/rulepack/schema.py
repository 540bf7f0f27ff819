"""Input types: what a rule-pack file and the decision policy may contain."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Annotated, Any, Literal

import regex
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, WithJsonSchema, model_validator
from pydantic_core import PydanticCustomError

from secreview.build_cache import compile_regex
from secreview.categories import CATEGORIES
from secreview.extract.base import PARTS
from secreview.models import Attribute, Category, Severity
from secreview.pack_fragments import FRAGMENT_NAME
from secreview.rulepack.decision_policy import (
    DeclaredSettings,
    DefaultDecision,
    Notes,
    Override,
    SecondReason,
    SeverableDecision,
    StandsBack,
)

RULE_ID = r"^[A-Z]{2}[0-9]{3}$"
# The longest keyword or trigger word: longer ones are sentences, and make building the word search slow
# (its time grows with the square of a word's length in ahocorasick-rs).
MAX_WORD_LENGTH = 200
Word = Annotated[str, Field(min_length=1, max_length=MAX_WORD_LENGTH)]  # an empty word would match everywhere
KEBAB = r"^[a-z0-9]+(-[a-z0-9]+)*$"


class _Strict(BaseModel):
    # defer_build: the validator is built on first use, not on import (a check builds 10 of 50)
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Examples(_Strict):
    hit: list[Word] = Field(min_length=1)
    miss: list[Word] = Field(min_length=1)


class OnInvalid(_Strict):
    """What a candidate that fails its validator becomes instead of being dropped."""

    severity: Severity
    require_context: bool = True
    message: str


def _known_part(part: str) -> str:
    if part not in PARTS:
        raise PydanticCustomError(
            "unknown_part",
            "unknown part '{part}' (parts: {parts})",
            {"part": part, "parts": ", ".join(PARTS)},
        )
    return part


# A part of a document as extractors name them (body, table, header …); the schema lists them for editors.
PartName = Annotated[
    str, AfterValidator(_known_part), WithJsonSchema({"type": "string", "enum": list(PARTS)})
]


def _unused(field: str, message: str) -> PydanticCustomError:
    """A field set where the rest of the rule gives it no use (or a field the rest needs is missing)."""
    return PydanticCustomError("rule_fields", "{message}", {"field": field, "message": message})


class Position(_Strict):
    """Where a match counts: among the first or last lines of the main text, or anywhere in some parts."""

    first_lines: Annotated[int, Field(ge=1)] | None = None
    last_lines: Annotated[int, Field(ge=1)] | None = None
    or_parts: list[PartName] = Field(default_factory=list)

    @model_validator(mode="after")
    def _some_place(self) -> Position:
        if self.first_lines is None and self.last_lines is None and not self.or_parts:
            raise ValueError("a position needs `first_lines`, `last_lines` or `or_parts`")
        return self


class _RuleBase(_Strict):
    """What every kind of rule has: identity, documentation, examples, and how candidates are weighed."""

    id: Annotated[
        str, Field(pattern=RULE_ID, description="Stable id: the pack prefix and three digits, PI001")
    ]
    name: Annotated[str, Field(pattern=KEBAB, description="Stable kebab-case name, unique over all packs")]
    effect: Literal["report", "suppress"] = Field(
        "report", description="report: findings of `category`; suppress: a public span that hides others"
    )
    title: str = Field(description="Short Chinese title, shown in lists")
    description: str = Field(min_length=1, description="What it finds and what the officer should do")
    examples: Examples = Field(description="Texts the rule must find (hit) and must not (miss); they are run")
    category: Category | None = Field(None, description="Category of a reporting rule's findings")
    suppresses: list[Category] = Field(
        default_factory=list, description="Categories a suppressing rule hides inside its matches"
    )
    severity: Severity = Severity.MEDIUM
    message: str = Field("", description="Chinese message of a finding")
    basis: str = Field("", description="Legal basis, e.g. 《中华人民共和国政府信息公开条例》第十五条")
    boundary: Literal["none", "token"] = Field(
        "none", description="token: keep a match only where it starts and ends on word boundaries (jieba)"
    )
    validator: str | None = Field(None, description="A registered checker of the matched text (checksums)")
    on_invalid: OnInvalid | None = Field(
        None, description="What a candidate its validator rejects becomes instead of being dropped"
    )
    context: list[Word] = Field(default_factory=list, description="Words that confirm a match nearby")
    require_context: bool = Field(False, description="Keep a match only with a `context` word nearby")
    exclude_context: list[Word] = Field(default_factory=list, description="Words nearby that drop a match")
    context_window: Annotated[int, Field(ge=1, le=200)] = Field(
        16, description="Characters before and after a match where context words count"
    )
    exclude_owner: str | None = Field(
        None,
        description="A regular expression of what an exclusion word labels when not the match: a word in "
        "another line or sentence that holds such a match of its own (咨询电话:0731-85880114 on the next "
        "line) speaks of that, and does not drop the match",
    )
    scope: list[PartName] = Field(default_factory=list, description="Only these parts of a document")
    position: Position | None = Field(None, description="Only at these places of a document")
    mask: tuple[int, int] | None = Field(
        None, description="Characters kept at the start and the end when the match is masked"
    )

    @model_validator(mode="after")
    def _consistent(self) -> _RuleBase:
        if self.effect == "report":
            for needed in ("category", "message", "basis"):
                if not getattr(self, needed):
                    raise _unused(needed, f"a reporting rule needs `{needed}`")
            if self.suppresses:
                raise _unused("suppresses", 'only a rule with effect = "suppress" uses `suppresses`')
        else:
            if not self.suppresses:
                raise _unused("suppresses", "a suppressing rule needs `suppresses`")
            for unused in ("category", "severity", "message", "basis", "mask", "on_invalid"):
                if unused in self.model_fields_set:
                    raise _unused(unused, f"a suppressing rule reports nothing: `{unused}` has no use")
        if self.on_invalid is not None and self.validator is None:
            raise _unused("on_invalid", "`on_invalid` needs a `validator`")
        if self.require_context and not self.context:
            raise _unused("require_context", "`require_context` needs `context` words")
        if "context_window" in self.model_fields_set and not (self.context or self.exclude_context):
            raise _unused("context_window", "`context_window` needs `context` or `exclude_context` words")
        if self.exclude_owner is not None and not self.exclude_context:
            raise _unused("exclude_owner", "`exclude_owner` needs `exclude_context` words")
        return self


class PatternRule(_RuleBase):
    """Candidates are the matches of regular expressions on the folded text."""

    kind: Literal["pattern"]
    patterns: list[str] = Field(min_length=1, description="Regular expressions (the `regex` module's syntax)")
    group: str | None = Field(None, description="Report only this named group of a match")
    triggers: list[Word] = Field(
        default_factory=list,
        description="The patterns run only on lines holding one of these words (plus `trigger_lines`): a "
        "pattern that could start anywhere then costs nothing on documents without them",
    )
    trigger_pattern: str | None = Field(
        None, description="The same for a regex every match contains (e.g. a run of digits)"
    )
    trigger_lines: Annotated[int, Field(ge=0, le=5)] = Field(0, description="Lines around a trigger's line")
    trigger_scope: Literal["lines", "document"] = Field(
        "lines",
        description="document: a trigger anywhere runs the patterns on the whole text (for patterns that "
        "look at the start or the end of a document)",
    )

    @model_validator(mode="after")
    def _triggered(self) -> PatternRule:
        triggered = bool(self.triggers) or self.trigger_pattern is not None
        for needs_trigger in ("trigger_lines", "trigger_scope"):
            if needs_trigger in self.model_fields_set and not triggered:
                raise _unused(needs_trigger, f"`{needs_trigger}` needs `triggers` or a `trigger_pattern`")
        return self


class KeywordRule(_RuleBase):
    """Candidates are the occurrences of listed words (one Aho-Corasick automaton for all rules)."""

    kind: Literal["keyword"]
    keywords: list[Word] = Field(default_factory=list, description="Words, written in the folded form")
    keyword_files: list[str] = Field(
        default_factory=list, description="Plain text files next to the pack, one word a line, # comments"
    )

    @model_validator(mode="after")
    def _some_words(self) -> KeywordRule:
        if not (self.keywords or self.keyword_files):
            raise _unused("keywords", "a keyword rule needs `keywords` or `keyword_files`")
        return self


class RecognizerRule(_RuleBase):
    """Candidates come from a registered Python recognizer (names, addresses …)."""

    kind: Literal["recognizer"]
    recognizer: str = Field(description="Name of a registered recognizer")


# A rule's `kind` says which of these it is; a field another kind uses is an error, not silently ignored.
Rule = Annotated[PatternRule | KeywordRule | RecognizerRule, Field(discriminator="kind")]
RULE_KINDS: dict[str, type[_RuleBase]] = {
    "pattern": PatternRule,
    "keyword": KeywordRule,
    "recognizer": RecognizerRule,
}


FragmentName = Annotated[str, Field(pattern=FRAGMENT_NAME)]


class PackHeader(_Strict):
    prefix: Annotated[str, Field(pattern=r"^[A-Z]{2}$")]
    title: str
    version: str
    schema_: int = Field(alias="schema", default=1)


class Pack(_Strict):
    pack: PackHeader
    fragments: dict[FragmentName, Annotated[str, Field(min_length=1)]] = Field(
        default_factory=dict,
        description="Regex text written once and used in the rules' patterns and trigger_pattern as {{name}}",
    )
    rule: list[Rule] = Field(min_length=1)


class CategoryPolicy(_Strict):
    label: str | None = None  # this policy's own wording of the category table's label
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
    # Defaults made when needed: an instance made at import would build its model's validator then.
    decision: DecisionSettings = Field(default_factory=DecisionSettings)
    categories: dict[Category, CategoryPolicy]
    declaration: list[Declaration] = Field(default_factory=list)
    override: list[Override] = Field(default_factory=list)
    severable: SeverableDecision = Field(default_factory=SeverableDecision)
    second_reason: list[SecondReason] = Field(default_factory=list)
    stands_back: list[StandsBack] = Field(default_factory=list)
    default: DefaultDecision = Field(default_factory=DefaultDecision)
    declared: DeclaredSettings = Field(default_factory=DeclaredSettings)
    notes: Notes = Field(default_factory=Notes)

    def label(self, category: Category) -> str:
        """The category's label in this policy: its own wording, else the category table's."""
        return self.categories[category].label or CATEGORIES[category].label


def pack_json_schema() -> dict[str, Any]:
    """The JSON Schema of a pack file, for editors (e.g. taplo's ``#:schema`` directive)."""
    schema = Pack.model_json_schema(by_alias=True)
    schema["title"] = "secreview rule pack"
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


@cache
def compile_pattern(source: str) -> regex.Pattern[str]:
    return compile_regex(source)


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
    group: str | None = None
    trigger_lines: int = 0
    trigger_scope: str = "lines"
    recognizer: str | None = None

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
    shipped: bool = False  # one of secreview's own packs, whose examples the test suite runs
