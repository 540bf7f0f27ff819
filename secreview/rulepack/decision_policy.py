"""Input types of the decision policy beyond the category table: exceptions, declarations, 附注 wording."""

from __future__ import annotations

from typing import Annotated

import regex
from pydantic import BaseModel, ConfigDict, Field, field_validator

from secreview.build_cache import compile_regex
from secreview.models import Attribute, Category

KEBAB = r"^[a-z0-9]+(-[a-z0-9]+)*$"
REASON_GROUP = "reason"


class _Strict(BaseModel):
    # defer_build: the validator is built on first use, not on import (a check builds 10 of 50)
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


def _compiled(patterns: list[str]) -> list[str]:
    for pattern in patterns:
        try:
            compile_regex(pattern)
        except regex.error as error:
            raise ValueError(f"invalid regex {pattern!r}: {error}") from error
    return patterns


class Override(_Strict):
    """An exception of the decision procedure, as data.

    Where one of ``patterns`` matches the normalized text (within the first ``first_lines`` lines, if
    set) and none of ``exclude`` does, findings of ``categories`` imply ``attribute`` instead of their
    usual one, with this override's reason and basis. ``attribute = "proactive"`` cancels them.
    """

    name: Annotated[str, Field(pattern=KEBAB)]
    patterns: list[str] = Field(min_length=1)
    exclude: list[str] = Field(default_factory=list)
    first_lines: Annotated[int, Field(ge=1)] | None = None
    categories: list[Category] = Field(min_length=1)
    attribute: Attribute = Attribute.PROACTIVE
    reason: str
    basis: str

    _check_patterns = field_validator("patterns", "exclude")(_compiled)


class DefaultDecision(_Strict):
    """Why a document with nothing to withhold or remove is proactive: 公开为常态、不公开为例外."""

    message: str = "未发现需不予公开、依申请公开或删减的内容,按“公开为常态、不公开为例外”主动公开"
    basis: str = "《中华人民共和国政府信息公开条例》第五条、第十三条"


class SeverableDecision(_Strict):
    """What a category implies when every finding of it is a severable passage (第三十七条): the rest of the
    document is published once the passages are removed. ``{basis}`` is the category's own basis."""

    attribute: Attribute = Attribute.REDACTED
    reason: str = "含可分割的{label} {count} 处,删除该部分后其余内容可公开"
    basis: str = "{basis};《中华人民共和国政府信息公开条例》第三十七条"


class SecondReason(_Strict):
    """A category that is the document's second reason when a category of ``after`` implies the same
    attribute: a 请示 or minutes whose content endangers security or is an open case file is withheld for
    what its content is (第十四条, the case file), with its genre (第十六条第二款) as the second reason. Its
    reason is worded with ``reason`` and listed after the others; the 附注 names the first reasons."""

    category: Category
    after: list[Category] = Field(min_length=1)
    reason: str = Field(min_length=1)


class StandsBack(_Strict):
    """A category implied by a document's form that stands back once its content has been judged: where a
    category of ``to`` implies more than 主动公开, or one of ``patterns`` matches the normalized text (the cut
    a redacted copy shows, where such content stood), findings of ``category`` imply 主动公开 and stay in the
    trace, overridden, with ``reason``. A reply to one unit (第二十七条) whose content a judged category holds
    — a third party's data that a redacted copy removes — is decided by that content."""

    category: Category
    to: list[Category] = Field(min_length=1)
    patterns: list[str] = Field(default_factory=list)
    reason: str = Field(min_length=1)

    _check_patterns = field_validator("patterns")(_compiled)


class DeclaredSettings(_Strict):
    """How the reason of a declared attribute is found and when one is required (退文)."""

    reason_patterns: list[str] = Field(default_factory=list)
    reason_window: Annotated[int, Field(ge=0, le=400)] = 80
    reason_required_for: list[Attribute] = Field(
        default_factory=lambda: [Attribute.REDACTED, Attribute.ON_REQUEST, Attribute.WITHHELD]
    )

    @field_validator("reason_patterns")
    @classmethod
    def _with_reason_group(cls, patterns: list[str]) -> list[str]:
        for pattern in _compiled(patterns):
            if REASON_GROUP not in compile_regex(pattern).groupindex:
                raise ValueError(f"pattern {pattern!r} needs a named group (?P<{REASON_GROUP}>…)")
        return patterns


class Notes(_Strict):
    """附注 wording suggested for each attribute; ``{labels}`` and ``{basis}`` come from the reasons."""

    proactive: str = "（此件公开发布）"
    redacted: str = "（此件删减后公开，理由：涉及{labels}，依据{basis}）"
    on_request: str = "（此件依申请公开，理由：此件为{labels}，依据{basis}）"
    withheld: str = "（此件不予公开，理由：涉及{labels}，依据{basis}）"

    def template(self, attribute: Attribute) -> str:
        return str(getattr(self, attribute.value))
