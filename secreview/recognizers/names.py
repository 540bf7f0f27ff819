"""Recognizers for names of private persons: the ones to redact, and the ones a rule makes public."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from secreview.recognizers.persons import persons_of
from secreview.recognizers.view import DocumentView


def private_person_names(view: DocumentView) -> Iterable[tuple[int, int]]:
    """Names of private persons identified as such (applicants, households, parties, rows of a list)."""
    return [(span.start, span.end) for span in view.analysis(persons_of).private]


def _public(kind: str) -> Callable[[DocumentView], Iterable[tuple[int, int]]]:
    """Names in a list of the ``kind`` of rules/lexicons/public_names.toml: advisory only."""

    def recognize(view: DocumentView) -> Iterable[tuple[int, int]]:
        return [(span.start, span.end) for span in view.analysis(persons_of).public.get(kind, [])]

    recognize.__name__ = f"public_{kind}_names"
    return recognize


published_person_names = _public("award")  # 表彰决定, 录用结果
public_assistance_names = _public("assistance")  # 低保, 特困, 补贴 and 补助 公示
procurement_expert_names = _public("experts")  # 评审专家 in procurement results
legal_representative_names = _public("legal_representative")  # 法定代表人 of an enterprise
sentenced_person_names = _public("sentence")  # a 减刑、假释 公示's prisoners
defaulter_names = _public("defaulter")  # a court's list of judgment defaulters
credit_defaulter_names = _public("credit")  # a tax authority's serious-violation defaulters
