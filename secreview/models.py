"""The output types of secreview: the JSON report's fields (README, JSON and SARIF output) and what the
reporters and the redactor read. Changing a field changes the output contract."""

from __future__ import annotations

import re
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1
# The rule ids of the judgement layer's learned weak signal (JL001 …): its finding is a suspicion a person
# checks, not a rule's finding (secreview/judge/learned.py; the 处理 line words it so).
LEARNED_RULE = re.compile(r"^JL[0-9]{3}$")


class Attribute(StrEnum):
    """公开属性, the disclosure attribute of a document."""

    PROACTIVE = "proactive"
    REDACTED = "redacted"
    ON_REQUEST = "on_request"
    WITHHELD = "withheld"

    @property
    def zh(self) -> str:
        return _ATTRIBUTE_ZH[self]

    @property
    def strictness(self) -> int:
        """0 for proactive up to 3 for withheld: the stricter attribute wins."""
        return _STRICTNESS[self]


_ATTRIBUTE_ZH = {
    Attribute.PROACTIVE: "主动公开",
    Attribute.REDACTED: "删减后公开",
    Attribute.ON_REQUEST: "依申请公开",
    Attribute.WITHHELD: "不公开",
}
_STRICTNESS = {attribute: rank for rank, attribute in enumerate(Attribute)}


class Severity(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        """2 for high, 1 for medium, 0 for low (advisory)."""
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.HIGH: 2, Severity.MEDIUM: 1, Severity.LOW: 0}


class Category(StrEnum):
    """The category vocabulary shared by findings and reasons."""

    ID_NUMBER = "id_number"
    PHONE = "phone"
    BANK_ACCOUNT = "bank_account"
    EMAIL = "email"
    VEHICLE_PLATE = "vehicle_plate"
    PERSON_NAME = "person_name"
    ADDRESS = "address"
    SENSITIVE_PERSONAL = "sensitive_personal"
    STATE_SECRET = "state_secret"
    WORK_SECRET = "work_secret"
    SECURITY_RISK = "security_risk"
    TRADE_SECRET = "trade_secret"
    INTERNAL_AFFAIRS = "internal_affairs"
    PROCESS_INFO = "process_info"
    ENFORCEMENT_FILE = "enforcement_file"
    SPECIFIC_RECIPIENT = "specific_recipient"


class Suppression(StrEnum):
    """Why a project accepted a finding: a baseline entry, an allow-listed term, an ignored rule."""

    BASELINE = "baseline"
    ALLOW = "allow"
    IGNORE = "ignore"


class _Frozen(BaseModel):
    # defer_build: the validator is built on first use, not on import (a check builds 10 of 50)
    model_config = ConfigDict(frozen=True, use_enum_values=False, defer_build=True)


class Box(_Frozen):
    """Where on a page or image a finding was seen: left, top, width, height in ``unit`` (``pt`` points
    from the top left of a PDF page, ``px`` pixels of an image, ``mm`` millimetres of an OFD page)."""

    x: float
    y: float
    w: float
    h: float
    unit: str


class Finding(_Frozen):
    """One span of the extracted text that a rule flagged."""

    rule: str
    category: Category
    severity: Severity
    start: int = Field(description="code-point offset into the extracted text, inclusive")
    end: int = Field(description="code-point offset into the extracted text, exclusive")
    text: str
    part: str
    message: str
    replacement: str | None
    location: str | None = Field(default=None, description="where inside the part, e.g. a cell reference")
    line: int = Field(description="1-based line of start in the extracted text")
    column: int = Field(description="1-based column of start in its line")
    suppressed_by: Suppression | None = Field(
        default=None, description="accepted by the project: shown, but not counted in the decision"
    )
    severable: bool = Field(
        default=False,
        exclude_if=lambda severable: not severable,
        description="a passage of an otherwise public document that the redacted copy removes (第三十七条)",
    )
    page: int | None = Field(
        default=None, exclude_if=lambda page: page is None, description="the page an OCR finding was seen on"
    )
    box: Box | None = Field(
        default=None,
        exclude_if=lambda box: box is None,
        description="where an OCR finding was seen (the union of its characters' boxes)",
    )
    ocr_confidence: float | None = Field(
        default=None,
        exclude_if=lambda confidence: confidence is None,
        description="the lowest OCR confidence of the finding's characters",
    )


# What a Finding built from a rule's match has set: the fields ``rule_finding`` fills. One set for them all
# (pydantic copies it before a ``model_copy`` changes it), instead of one per finding.
_RULE_FINDING_FIELDS = {
    "rule",
    "category",
    "severity",
    "start",
    "end",
    "text",
    "part",
    "message",
    "replacement",
    "location",
    "line",
    "column",
}
_set_slot = object.__setattr__


def _shared_keys_values() -> dict[str, object]:
    """The ``__dict__`` of a Finding whose field names are shared with every other (CPython's key-sharing
    instance dicts: each finding holds its values, not a table of names of its own, 208 bytes instead of
    464). Made by setting the fields one by one on a new instance; a copy of it shares the names too."""
    finding = Finding.__new__(Finding)
    for name, field in Finding.model_fields.items():
        if field.is_required() and name not in _RULE_FINDING_FIELDS:
            raise TypeError(f"rule_finding does not set the required field {name}")
        _set_slot(finding, name, field.default)
    return finding.__dict__


_RULE_FINDING_VALUES = _shared_keys_values()
# The setters of BaseModel's slots, called directly (object.__setattr__ looks each name up on the type).
_set_fields_set = vars(BaseModel)["__pydantic_fields_set__"].__set__
_set_extra = vars(BaseModel)["__pydantic_extra__"].__set__
_set_private = vars(BaseModel)["__pydantic_private__"].__set__


def rule_finding(
    rule: str,
    category: Category,
    severity: Severity,
    start: int,
    end: int,
    text: str,
    part: str,
    message: str,
    replacement: str | None,
    location: str | None,
    line: int,
    column: int,
) -> Finding:
    """``Finding(...)`` of values of the right types already (the report boundary of a rule's match):
    equal to the validated one, in a fifth of the time and under half the memory (no set of fields and no
    table of field names of its own). A list of names makes hundreds of thousands."""
    finding = Finding.__new__(Finding)
    values = _RULE_FINDING_VALUES.copy()  # the defaults of the fields not set here
    values["rule"] = rule
    values["category"] = category
    values["severity"] = severity
    values["start"] = start
    values["end"] = end
    values["text"] = text
    values["part"] = part
    values["message"] = message
    values["replacement"] = replacement
    values["location"] = location
    values["line"] = line
    values["column"] = column
    _set_slot(finding, "__dict__", values)
    _set_fields_set(finding, _RULE_FINDING_FIELDS)
    _set_extra(finding, None)
    _set_private(finding, None)
    return finding


class Reason(_Frozen):
    """Why the attribute was chosen, with its legal basis."""

    category: Category
    message: str
    basis: str


class TraceRole(StrEnum):
    """What a group of findings did to the decision."""

    DECISIVE = "decisive"  # implies the recommended attribute
    CONTRIBUTING = "contributing"  # implies a looser, non-proactive attribute: still a reason
    OVERRIDDEN = "overridden"  # an exception of the policy cancelled or changed what it implies
    ADVISORY = "advisory"  # below the policy's severity threshold
    DEFAULT = "default"  # nothing fired: 公开为常态
    SIGNAL = "signal"  # a document-level signal of the judgement layer (genre, audience, state …)
    COMBINED = "combined"  # signals that together make a category, per the judgement policy


class TraceStep(_Frozen):
    """One line of the decision's explanation: a category's findings and their effect."""

    role: TraceRole
    category: Category | None = None
    attribute: Attribute | None = Field(default=None, description="what these findings imply")
    count: int = 0
    rules: list[str] = Field(default_factory=list)
    message: str
    basis: str | None = None


class FindingGroup(_Frozen):
    """A list or table of private persons with identifiers, to be handled as a whole."""

    part: str
    persons: int = Field(description="rows that identify a private person")
    categories: list[Category]
    columns: list[str] = Field(description="column headings (or kinds of data) to remove or mask")
    severity: Severity
    message: str


class UncheckedPart(_Frozen):
    """A part of a document that was not read (a page that is only an image, an attachment beyond the
    nesting limit …): the findings of the other parts do not make the document clean."""

    part: str = Field(description="where: page 3, attachment:名单.xlsx, attachment:a.pdf page 2 …")
    reason: str = Field(description="why it was not read, for the officer (Chinese)")


class OcrSummary(_Frozen):
    """How much of a document OCR read, and how sure it was."""

    pages: int = Field(description="pages and images read by OCR")
    mean_confidence: float = Field(description="mean confidence of the lines read, 0 to 1")


class FileReport(_Frozen):
    path: str
    attribute: Attribute | None
    attribute_zh: str | None
    declared_attribute: Attribute | None = None
    reasons: list[Reason] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    error: str | None = None
    trace: list[TraceStep] = Field(default_factory=list)
    declared_reason: str | None = Field(default=None, description="the reason the declaration states")
    return_for_revision: str | None = Field(
        default=None, description="退文: the draft lacks its attribute or the reason for a non-public one"
    )
    suggested_note: str | None = Field(default=None, description="附注 wording for the recommended attribute")
    groups: list[FindingGroup] = Field(default_factory=list)
    ocr: OcrSummary | None = Field(
        default=None, exclude_if=lambda ocr: ocr is None, description="pages read by OCR, when any"
    )
    unchecked: list[UncheckedPart] = Field(
        default_factory=list,
        exclude_if=lambda unchecked: not unchecked,
        description="parts not read; with any, ``error`` lists them and there is no attribute",
    )

    @classmethod
    def failed(cls, path: str, error: str) -> FileReport:
        """The report of a document that could not be checked: no attribute, one line saying why."""
        return cls(path=path, attribute=None, attribute_zh=None, error=error)

    def incomplete(self, unchecked: list[UncheckedPart], error: str) -> FileReport:
        """This report of the parts that were read, for a document some parts of which were not: no
        attribute (the parts read cannot make it 主动公开), ``error`` listing the parts, findings kept."""
        return self.model_copy(
            update={
                "attribute": None,
                "attribute_zh": None,
                "reasons": [],
                "trace": [],
                "suggested_note": None,
                "error": error,
                "unchecked": list(unchecked),
            }
        )

    @property
    def counted(self) -> list[Finding]:
        """The findings that count toward the decision: those the project did not accept."""
        return [finding for finding in self.findings if finding.suppressed_by is None]

    @property
    def contradicts_declaration(self) -> bool:
        """The document declares an attribute looser than the one recommended."""
        return (
            self.attribute is not None
            and self.declared_attribute is not None
            and self.declared_attribute.strictness < self.attribute.strictness
        )


class RuleInfo(_Frozen):
    """What a reporter may say about a rule (SARIF ``tool.driver.rules``); not part of the JSON output."""

    id: str
    name: str
    title: str
    description: str
    category: Category
    severity: Severity
    basis: str


class NoteKind(StrEnum):
    UNUSED_BASELINE_ENTRY = "unused_baseline_entry"
    UNUSED_ALLOW_TERM = "unused_allow_term"
    MISSING_BASELINE = "missing_baseline"  # configured, not created yet: the run goes on without it
    UNSELECTED_PACK = "unselected_pack"  # a configured pack of which select runs no rule


class Note(_Frozen):
    """Advice about the run itself rather than a document: always low severity, never a finding."""

    kind: NoteKind
    severity: Severity = Severity.LOW
    message: str
    path: str | None = None
    line: int | None = None
    rule: str | None = None


class Report(_Frozen):
    # model_dump() names the fields as the JSON does (``schema``, not ``schema_version``).
    model_config = ConfigDict(frozen=True, use_enum_values=False, serialize_by_alias=True, defer_build=True)

    schema_version: int = Field(default=SCHEMA_VERSION, serialization_alias="schema")
    version: str
    files: list[FileReport] = Field(default_factory=list)
    notes: list[Note] = Field(default_factory=list)
    rules: list[RuleInfo] = Field(default_factory=list, exclude=True)

    def to_json(self, indent: int | None = 2) -> str:
        """The JSON of the output contract."""
        return self.model_dump_json(by_alias=True, indent=indent)
