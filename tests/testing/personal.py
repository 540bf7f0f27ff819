"""The personal-data findings an officer is asked to act on (medium or high) in one checked text."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

import pytest

from secreview import Attribute, Engine
from secreview.categories import PERSONAL
from secreview.models import Finding, Severity


def _loud(findings: Iterable[Finding]) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in findings if f.category in PERSONAL and f.severity is not Severity.LOW]


def loud_personal(engine: Engine, text: str) -> list[tuple[str, str]]:
    """(rule, matched text) of each medium or high personal-data finding of ``text``."""
    return _loud(engine.check_text(text).files[0].findings)


def assert_proactive_without_personal_findings(engine: Engine, text: str) -> None:
    """``text`` is 主动公开 and has no medium or high personal-data finding; a failure shows its findings."""
    report = engine.check_text(text).files[0]
    findings = [(f.rule, f.text) for f in report.findings]
    assert _loud(report.findings) == [], findings
    assert report.attribute is Attribute.PROACTIVE, findings


def assert_personal_found(engine: Engine, text: str, rule: str, value: str) -> None:
    """A medium or high personal-data finding of ``rule`` whose text holds ``value`` is in ``text``; a
    failure shows the findings."""
    found = loud_personal(engine, text)
    assert any(found_rule == rule and value in found_text for found_rule, found_text in found), found


def public_documents_test(
    documents: Mapping[str, str], engine_name: str | Sequence[str] = "engine", failing: Collection[str] = ()
) -> Callable[..., None]:
    """A test of a table of public documents by name: by the engine of the fixture ``engine_name`` (or by
    each of several, ids ``<name>-<fixture>``), each is :func:`assert_proactive_without_personal_findings`;
    those named in ``failing`` are expected to fail (xfail-strict: main decides them otherwise until the rule
    is written). Give it a test's name::

        test_public_document_stays_public = public_documents_test(PUBLIC_DOCUMENTS, failing=FAILING_ON_MAIN)
    """
    cases = [
        pytest.param(name, marks=pytest.mark.xfail(strict=True)) if name in failing else name
        for name in sorted(documents)
    ]
    if isinstance(engine_name, str):
        fixture = engine_name

        @pytest.mark.parametrize("name", cases)
        def stays_public(request: pytest.FixtureRequest, name: str) -> None:
            assert_proactive_without_personal_findings(request.getfixturevalue(fixture), documents[name])

        return stays_public

    @pytest.mark.parametrize("engine_name", engine_name)
    @pytest.mark.parametrize("name", cases)
    def stays_public_by_each(request: pytest.FixtureRequest, engine_name: str, name: str) -> None:
        assert_proactive_without_personal_findings(request.getfixturevalue(engine_name), documents[name])

    return stays_public_by_each


def public_documents_tests(
    documents: Mapping[str, str], failing: Collection[str] = (), failing_alone: Collection[str] | None = None
) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests of a table of public documents, to be given two names: by the engine with the learned
    signal (``failing`` xfail-strict) and by the rules alone (``failing_alone``, else ``failing``), each
    :func:`public_documents_test`::

        test_the_round_stays_public, test_the_round_stays_public_by_the_rules_alone = public_documents_tests(
            ROUND, failing=ROUND_FAILING
        )
    """
    alone = failing if failing_alone is None else failing_alone
    return (
        public_documents_test(documents, failing=failing),
        public_documents_test(documents, "rules_alone", failing=alone),
    )
