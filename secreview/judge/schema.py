"""Input types of the judgement policy (``rules/judgement/judgement.toml``): signals, combinations."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from secreview.models import Category, Severity

KEBAB = r"^[a-z0-9]+(-[a-z0-9]+)*$"
COMBINATION_ID = r"^JD[0-9]{3}$"
PACK_RULE_ID = r"^[A-Z]{2,3}[0-9]{3}$"
# The categories of content that carries no marking; the judgement layer reports nothing else.
JUDGED = frozenset(
    {
        Category.SECURITY_RISK,
        Category.TRADE_SECRET,
        Category.INTERNAL_AFFAIRS,
        Category.PROCESS_INFO,
        Category.ENFORCEMENT_FILE,
    }
)

# severed: a passage a redacted copy blocked out (■), where the original's severable content stood.
SignalKind = Literal["genre", "audience", "state", "circulation", "subject", "public", "severed"]
# title: the title lines at the top; addressee: the 主送 line; head/closing: the first/last lines;
# document: anywhere; paragraph: each paragraph on its own (for severable parts).
Region = Literal["title", "addressee", "head", "closing", "document", "paragraph"]


class _Strict(BaseModel):
    # defer_build: the validator is built on first use, not on import (a check builds 10 of 50)
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class SignalExamples(_Strict):
    """Texts in which the signal must fire (hit) and must not (miss); the tests run them."""

    hit: list[str] = Field(min_length=1)
    miss: list[str] = Field(min_length=1)


class Signal(_Strict):
    """One observable fact about a document, found by patterns in one region of it."""

    name: Annotated[str, Field(pattern=KEBAB)]
    kind: SignalKind
    label: str = Field(min_length=1, description="what the officer reads in the trace, in Chinese")
    region: Region
    patterns: list[str] = Field(default_factory=list)
    terms: list[str] = Field(default_factory=list, description="plain words, matched as they are")
    findings: list[Annotated[str, Field(pattern=PACK_RULE_ID)]] = Field(
        default_factory=list,
        description="rule-pack rules whose content is a passage's (a deployment's place, a bid's price): the "
        "signal fires where one of them found something the decision counts, instead of on patterns",
    )
    exclude: list[str] = Field(
        default_factory=list, description="a match on a line that one of these matches does not count"
    )
    min_distinct: Annotated[int, Field(ge=1, le=10)] = 1
    min_lines: Annotated[int, Field(ge=1, le=20)] = Field(
        default=1, description="the matches must stand on at least this many lines (all through the text)"
    )
    weak: bool = Field(
        default=False,
        description="a genre or audience that public documents share (报告, 情况, 方案): it does not keep "
        "a combination whose other evidence lies inside severable paragraphs from being reported as those",
    )
    examples: SignalExamples

    @model_validator(mode="after")
    def _something_to_find(self) -> Signal:
        if not self.patterns and not self.terms and not self.findings:
            raise ValueError("a signal needs `patterns`, `terms` or `findings`")
        if self.findings and (self.patterns or self.terms or self.exclude):
            raise ValueError("a signal of `findings` has no `patterns`, `terms` or `exclude`")
        return self


class CombinationExamples(_Strict):
    """Whole documents this combination must report (hit) and must leave alone (miss)."""

    hit: list[str] = Field(min_length=1)
    miss: list[str] = Field(min_length=1)


class Combination(_Strict):
    """Signals that together make a category: every group of ``require`` has a signal that fired, and
    none of ``unless`` fired. ``scope = "paragraph"``: the paragraph signals must fire in one paragraph,
    which becomes a severable finding (第三十七条) of an otherwise public document."""

    id: Annotated[str, Field(pattern=COMBINATION_ID)]
    name: Annotated[str, Field(pattern=KEBAB)]
    category: Category
    severity: Severity = Severity.HIGH
    scope: Literal["document", "paragraph"] = "document"
    require: list[list[str]] = Field(min_length=1)
    unless: list[str] = Field(default_factory=list)
    evidence: list[str] = Field(default_factory=list, description="signals whose span the finding takes")
    yields_to: list[Category] = Field(
        default_factory=list,
        description="not reported when one of these categories is already reported for the whole document "
        "(by a rule pack or a document combination): the more specific article says why it is withheld",
    )
    beside: list[Category] = Field(
        default_factory=list,
        description="reported only where one of these categories is already reported for the whole document, "
        "and then beside it rather than yielding: what the paper is for its genre and state (a request "
        "putting courses up, an assessment before the decision) cited as the second reason of a paper "
        "withheld for its topic (the policy's ``[[second_reason]]``); looked at after those categories",
    )
    yields_to_severable: list[Category] = Field(
        default_factory=list,
        description="not reported when severable paragraphs of these categories hold and the combination "
        "uses no state or circulation signal: the genre and direction alone (a report to a superior, which "
        "第十六条第二款 only allows withholding) do not withhold a document whose exempt content can be cut; "
        "but a subject signal whose hits outside those paragraphs still fire keeps it reported (what it is "
        "withheld for would be published with the rest)",
    )
    severable_frames: list[str] = Field(
        default_factory=list,
        description="genre and audience signals under which ``yields_to_severable`` applies: when set, the "
        "combination stands back only if every genre and audience signal it uses is one of these or one "
        "public documents share (weak): a section's signature under a public summary, not an address to "
        "the agency's own leaders or sections, whose paper is the handling itself",
    )
    severable_in: list[str] = Field(
        default_factory=list,
        description="genre signals of which one must have fired for ``yields_to_severable`` to apply: a "
        "paper whose parts each tell their own matter (a 工作简报's items), not one whose exempt paragraph "
        "is the matter it was written for (a plan, a stability report sent up)",
    )
    routine_states: list[str] = Field(
        default_factory=list,
        description="signals of what every report of the kind says without proposing or awaiting a decision "
        "(a closing request to read it, a date set for a step of a procedure already under way): a state "
        "signal all of whose hits lie inside theirs does not keep ``yields_to_severable`` from applying",
    )
    routine_matter: list[str] = Field(
        default_factory=list,
        description="signals that the matter of the report's states is not the agency's to deliberate (one "
        "third party's own application: a named firm's subsidy, recognition, pricing arrangement; a matter "
        "already decided and announced): when one fired, the report's states are that matter's procedure "
        "and, like ``routine_states``, do not keep ``yields_to_severable`` from applying",
    )
    yields_to_cut: list[str] = Field(
        default_factory=list,
        description="signals of kind `severed` (a passage a redacted copy blocked out): not reported when "
        "one fired and the combination uses only genre and audience signals. The copy of a document this "
        "combination stood back on (yields_to_severable) is judged as its original, from its own text",
    )
    runs_on: list[str] = Field(
        default_factory=list,
        description="paragraph signals (of `require`) that, once the paragraph combination holds in one "
        "paragraph, count as fired in every paragraph of the document: a firm named once, or its request "
        "for confidentiality, is the subject of the figures its other paragraphs and table rows go on to "
        "give, which the redacted copy cuts with the first",
    )
    runs_on_when: list[str] = Field(
        default_factory=list,
        description="signals of the whole document (the one firm it is about) one of which must have fired "
        "for `runs_on` to apply: a report on many firms or a territory's figures is not one firm's",
    )
    whole_when_most: bool = Field(
        default=False,
        description="a paragraph combination whose paragraphs make up most of the text (with the others so "
        "marked) is what the document is: the document is withheld whole instead of redacted",
    )
    whole_when_most_unless: list[str] = Field(
        default_factory=list,
        description="signals of the whole document under which ``whole_when_most`` does not hold: a bulletin "
        "sent to every lower unit tells its cases as examples of its own matter, however long they are, and "
        "is public once they are cut (第三十七条)",
    )
    whole_in: list[str] = Field(
        default_factory=list,
        description="signals of the whole document — the genre of a record of deliberation "
        "(讨论记录, 磋商信函, 请示, 论证意见: 第十六条第二款) — under which the paragraphs of this "
        "paragraph combination are what the document is, however short: when one fired outside them, the "
        "document is withheld whole instead of redacted (第三十七条 cuts only what can be separated; the "
        "record's other items are the same deliberation)",
    )
    message: str = Field(min_length=1)
    basis: str = Field(min_length=1)
    description: str = Field(min_length=1)
    examples: CombinationExamples

    @field_validator("category")
    @classmethod
    def _judged_category(cls, category: Category) -> Category:
        if category not in JUDGED:
            allowed = ", ".join(sorted(judged.value for judged in JUDGED))
            raise ValueError(f"{category.value!r} is not judged here (one of {allowed})")
        return category

    @field_validator("require")
    @classmethod
    def _no_empty_group(cls, require: list[list[str]]) -> list[list[str]]:
        if any(not group for group in require):
            raise ValueError("every group of `require` names at least one signal")
        return require


class StructureSettings(_Strict):
    """When a document combination that holds the whole document yields to a cut of the parts its evidence
    lies in (第三十七条): the document's title states a public matter (one of ``frames`` fired, none of
    ``never``), its evidence lies in at most ``max_parts`` body parts that make up at most ``max_share`` of
    the text, none of them the title, the addressee, the opening paragraph or the closing lines, and with
    those parts taken out no combination holds the document whole."""

    frames: list[str] = Field(
        min_length=1,
        description="title signals of a document whose genre and purpose are public (a period's review, a "
        "progress report, a bulletin of the period's work, a market analysis): the rest of it is public "
        "information in its own right",
    )
    never: list[str] = Field(
        default_factory=list,
        description="signals of a document whose whole matter is the exempt one (a 请示, minutes, a case "
        "file, a paper on one official or one case, a paper kept from circulation): never cut for structure",
    )
    max_parts: Annotated[int, Field(ge=1, le=5)] = 2
    max_share: Annotated[float, Field(gt=0, lt=0.5)] = 0.34
    note: str = Field(
        min_length=1,
        description="the trace's note on a combination cut for structure ({title}: the title, {lines}: the "
        "parts' first lines)",
    )
    # struct55 (session 21): a document no frame names is read by its parts too, when its other parts state
    # public matter (figures, results, schedules) and neither its title, addressee nor opening carries the
    # withholding evidence.
    public_matter: list[str] = Field(
        default_factory=list,
        description="patterns of a body part that states public matter in its own right (a figure with its "
        "unit, a rate, a count): read in the parts a cut leaves",
    )
    public_parts: Annotated[int, Field(ge=1, le=20)] = 3
    parts_never: list[str] = Field(
        default_factory=list,
        description="signals that keep a document no frame names whole (a plan, whose parts are its "
        "operation; options put up to the reader, which are what the paper is)",
    )
    parts_categories: list[Category] = Field(
        default_factory=list,
        description="the categories a document no frame names may be cut for (security is not: what a "
        "paper on a facility's running tells beside its weak point is rarely public in its own right)",
    )
    subject_outside: Annotated[int, Field(ge=1, le=5)] = 2
    subject_outside_categories: list[Category] = Field(
        default_factory=lambda: sorted(JUDGED),
        description="the categories whose subject, told again in the body outside the parts, keeps the "
        "document whole (a weak point's or a firm's words are exempt in themselves; a case's or a staff "
        "matter's words only beside the state the parts hold)",
    )
    parts_note: str = Field(
        default="",
        description="the trace's note on a cut for structure in a document no frame names ({count}: its "
        "other parts that state public matter, {lines}: the parts' first lines); empty: only frames are read",
    )


class JudgementSettings(_Strict):
    head_lines: Annotated[int, Field(ge=1, le=20)] = 8
    title_lines: Annotated[int, Field(ge=1, le=6)] = 4
    closing_lines: Annotated[int, Field(ge=1, le=20)] = 8
    cut_clauses: list[Annotated[str, Field(min_length=1)]] = Field(
        default=[",应删除该段后公开", ",应删除后公开"],
        min_length=1,
        description="the closing clause of a paragraph combination's message that tells the passage is "
        "cut (第三十七条); a combination that may be withheld whole (`whole_in`, `whole_when_most`) ends "
        "with one",
    )
    whole_record: str = Field(
        default="{signal}“{text}”:本文件即为讨论、审议的记录,该段与其余内容同属其过程,不能分割,整篇不予公开",
        min_length=1,
        description="why a paragraph combination's passages are withheld whole under a `whole_in` genre "
        "({signal}: its label, {text}: what it matched): in the trace, and in the finding instead of the cut "
        "clause",
    )
    whole_most: str = Field(
        default="此类段落占全文大半,即为文件的主要内容,整篇不予公开",
        min_length=1,
        description="why passages of `whole_when_most` combinations that make up most of the text are "
        "withheld whole: in the trace, and in the finding instead of the cut clause",
    )
    structure: StructureSettings | None = Field(
        default=None,
        description="the structural reading that cuts the parts a whole-document combination's evidence lies "
        "in, before it withholds a document whose title states a public matter (struct53); none: never",
    )


class JudgementPolicy(_Strict):
    judgement: JudgementSettings = Field(default_factory=JudgementSettings)  # made when needed
    signal: list[Signal] = Field(min_length=1)
    combination: list[Combination] = Field(min_length=1)
