"""Recognizers for names of private persons: the ones to redact, and the ones a rule makes public."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from secreview.recognizers.persons import persons_of
from secreview.recognizers.view import DocumentView


def private_person_names(view: DocumentView) -> Iterable[tuple[int, int]]:
    """Names of private persons identified as such (applicants, households, parties, rows of a list)."""
    return [(span.start, span.end) for span in view.analysis(persons_of).private]


def _public_names(view: DocumentView, kind: str) -> Iterable[tuple[int, int]]:
    """Names in a list of the ``kind`` of rules/lexicons/public_names.toml: advisory only."""
    return [(span.start, span.end) for span in view.analysis(persons_of).public.get(kind, [])]


def published_person_names(view: DocumentView) -> Iterable[tuple[int, int]]:
    """表彰决定, 录用结果; and a 公示 of a procedure's result, a hearing's participants (that kind is read
    after every other, so that a list of another kind keeps its own rule)."""
    return sorted([*_public_names(view, "award"), *_public_names(view, "result_notice")])


def public_assistance_names(view: DocumentView) -> Iterable[tuple[int, int]]:
    """低保, 特困, 补贴 and 补助 公示; a student grant's (助学金, 奖学金) and a minority grant's."""
    return sorted(
        [
            *_public_names(view, "assistance"),
            *_public_names(view, "minority_grant"),
            *_public_names(view, "student_grant"),
        ]
    )


procurement_expert_names = partial(_public_names, kind="experts")  # 评审专家 in procurement results
legal_representative_names = partial(_public_names, kind="legal_representative")  # 法定代表人, a company's
sentenced_person_names = partial(_public_names, kind="sentence")  # a 减刑、假释 公示's prisoners
defaulter_names = partial(_public_names, kind="defaulter")  # a court's list of judgment defaulters
credit_defaulter_names = partial(_public_names, kind="credit")  # a tax authority's serious violators
penalty_party_names = partial(_public_names, kind="penalty_party")  # a 行政处罚决定书's natural-person party
service_addressee_names = partial(_public_names, kind="service_notice")  # the addressee of a 公告送达
