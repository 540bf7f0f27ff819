"""What the judgement tests (tests/rules/test_judgement_*.py) ask of one draft: its report, the findings
that weigh in the decision, whether a category was found, the paragraphs cut and the redacted copy; and the
tests of a whole table of drafts (:func:`cut_out_test`, :func:`weighed_test`) that blind-draft tests share.

A blind-draft test reads best as its drafts, a table of them, and one line a test::

    test_the_passage_is_cut_and_the_rest_published = cut_out_test(CUT)
    test_the_rules_alone_withhold_it = weighed_test(WITHHELD, Attribute.WITHHELD, "rules_alone")
    test_the_twins_stay_public = public_test(TWINS, "rules_alone")
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from types import ModuleType

import pytest

from secreview import Attribute, Engine
from secreview.models import Category, FileReport, Finding, Severity, TraceRole
from secreview.redact import redact_bytes


def report_of(engine: Engine, text: str) -> FileReport:
    return engine.check_text(text).files[0]


def draft_of(lines: Sequence[str]) -> str:
    """A draft written as its lines: joined, with a line end after the last."""
    return "\n".join(lines) + "\n"


def doc(*lines: str) -> str:
    """A draft written as its lines, given one by one (:func:`draft_of`)."""
    return draft_of(lines)


def named(drafts: Mapping[str, str]) -> list[object]:
    """A table of drafts by name, for the table tests below: ``pytest.param(text, id=name)`` in name order."""
    return [pytest.param(drafts[name], id=name) for name in sorted(drafts)]


def named_with(drafts: Mapping[str, str], categories: Mapping[str, Category]) -> list[object]:
    """A table for :func:`weighed_test` of the drafts ``categories`` names, each with its category:
    ``pytest.param(drafts[name], category, id=name)`` in name order."""
    return [pytest.param(drafts[name], category, id=name) for name, category in sorted(categories.items())]


def drafts_named(drafts: ModuleType, *names: str) -> dict[str, str]:
    """The drafts of ``names`` in a module of drafts, by name (in the order given)."""
    return {name: getattr(drafts, name) for name in names}


def cut_cases(drafts: ModuleType, category: Category, *names: str) -> list[object]:
    """Cases of :func:`cut_out_test` from a module of drafts: each draft of ``names`` with ``category``, what
    its copy must lose (``<name>_GONE``) and keep (``<name>_KEPT``); ids the names in lower case with
    dashes."""
    return [
        pytest.param(
            getattr(drafts, name),
            category,
            getattr(drafts, f"{name}_GONE"),
            getattr(drafts, f"{name}_KEPT"),
            id=name.lower().replace("_", "-"),
        )
        for name in names
    ]


def weighing(report: FileReport) -> list[Finding]:
    """The findings of medium severity or above: the ones the decision weighs."""
    return [f for f in report.findings if f.severity.rank >= Severity.MEDIUM.rank]


def weighed_categories(report: FileReport) -> set[Category]:
    """The categories of the findings that weigh in the decision."""
    return {f.category for f in weighing(report)}


def assert_weighed(report: FileReport, attribute: Attribute, *categories: Category) -> None:
    """The draft is given ``attribute`` and, when ``categories`` are named, a finding of one of them weighs
    in it; the decision's trace is shown when the attribute is another."""
    assert report.attribute is attribute, [step.message for step in report.trace]
    if categories:
        assert weighed_categories(report) & set(categories)


def assert_found_by(report: FileReport, attribute: Attribute, rule: str) -> None:
    """The draft is given ``attribute`` and the rule ``rule`` is among its findings; the decision's trace is
    shown when the attribute is another."""
    assert report.attribute is attribute, [step.message for step in report.trace]
    assert rule in {f.rule for f in report.findings}


def assert_public(engine: Engine, text: str) -> None:
    """A twin: the draft stays 主动公开 (the decision's trace is shown when it does not)."""
    assert_weighed(report_of(engine, text), Attribute.PROACTIVE)


def assert_first_reason(
    report: FileReport,
    category: Category,
    *,
    not_cited: Category | None = None,
    attribute: Attribute | None = Attribute.WITHHELD,
) -> None:
    """The draft is given ``attribute`` (withheld unless named; ``None``: any) with ``category`` as its first
    reason; with ``not_cited``, that category is none of its reasons. The decision's trace is shown when
    the attribute or the first reason is another."""
    trace = [step.message for step in report.trace]
    if attribute is not None:
        assert report.attribute is attribute, trace
    assert report.reasons and report.reasons[0].category is category, trace
    if not_cited is not None:
        assert not_cited not in {reason.category for reason in report.reasons}, trace


def first_and_second(report: FileReport) -> tuple[set[Category], set[Category]]:
    """The categories the decision gives as its first reasons (decisive) and those it cites as second
    reasons (``[[second_reason]]`` in the policy: contributing, each with its article)."""
    roles: dict[TraceRole, set[Category]] = {TraceRole.DECISIVE: set(), TraceRole.CONTRIBUTING: set()}
    for step in report.trace:
        if step.role in roles and step.category is not None:
            roles[step.role].add(step.category)
    return roles[TraceRole.DECISIVE], roles[TraceRole.CONTRIBUTING]


def high_categories(report: FileReport) -> set[Category]:
    """The categories of the draft's high findings."""
    return {f.category for f in report.findings if f.severity is Severity.HIGH}


def attribute_and_categories(engine: Engine, text: str) -> tuple[Attribute | None, set[Category]]:
    """The draft's attribute and the categories of the findings that weigh in it."""
    report = report_of(engine, text)
    return report.attribute, weighed_categories(report)


def attribute_and_found(engine: Engine, text: str, category: Category) -> tuple[Attribute | None, bool]:
    """The draft's attribute, and whether a finding of ``category`` weighs in it."""
    attribute, categories = attribute_and_categories(engine, text)
    return attribute, category in categories


def found_and_public(found: Sequence[str], attribute: Attribute, public: Sequence[str]) -> list[object]:
    """One table for :func:`attribute_and_found` of drafts and their near twins: each of ``found`` is given
    ``attribute`` with the category found in it (ids found-N), each of ``public`` stays 主动公开 without it
    (ids public-N)."""
    return [
        *(pytest.param(text, (attribute, True), id=f"found-{index}") for index, text in enumerate(found)),
        *(
            pytest.param(text, (Attribute.PROACTIVE, False), id=f"public-{index}")
            for index, text in enumerate(public)
        ),
    ]


def assert_still_found(engine: Engine, text: str, category: Category) -> None:
    """A near twin: ``category`` is found and the draft is not published as it is."""
    attribute, found = attribute_and_found(engine, text, category)
    assert found and attribute is not Attribute.PROACTIVE


def assert_still_cut(engine: Engine, text: str, category: Category) -> None:
    """A near twin: ``category`` is found and the draft is 删减后公开."""
    attribute, found = attribute_and_found(engine, text, category)
    assert found and attribute is Attribute.REDACTED


def assert_cut(report: FileReport, category: Category) -> list[Finding]:
    """The draft is 删减后公开 and every finding of ``category`` (there is one at least) is a severable
    passage; returns those findings."""
    assert report.attribute is Attribute.REDACTED
    cut = [f for f in report.findings if f.category is category]
    assert cut and all(f.severable for f in cut)
    return cut


def assert_withheld_whole(report: FileReport, category: Category) -> None:
    """The draft is withheld and a finding of ``category`` holds the whole of it (it is not severable)."""
    assert report.attribute is Attribute.WITHHELD
    assert any(f.category is category and not f.severable for f in report.findings)


def assert_cut_out(
    engine: Engine,
    text: str,
    category: Category,
    gone: list[str],
    kept: list[str],
    *,
    no_high: Category | None = None,
) -> None:
    """The draft's ``category`` passages are cut (:func:`assert_cut`), and its redacted copy has lost each
    of ``gone`` and still holds each of ``kept``; with ``no_high``, no high finding of that category is
    in the draft (the category a rule must not read in it)."""
    report = report_of(engine, text)
    assert_cut(report, category)
    if no_high is not None:
        assert no_high not in high_categories(report)
    copy = redacted_copy(engine, text)
    assert [piece for piece in gone if piece in copy] == []
    assert [piece for piece in kept if piece not in copy] == []


def redacted_copy(engine: Engine, text: str) -> str:
    """The text of the draft's redacted copy, as the CLI's redact would write it for a .txt file."""
    return redact_bytes(engine, text.encode("utf-8"), ".txt", "draft.txt").data.decode("utf-8")


def assert_case_attribute(engine: Engine, name: str, lines: list[str], expected: str) -> None:
    """A table's case, its draft given as lines and named ``name``.txt, is given the attribute whose value
    is ``expected``; the decision's trace is shown when it is not."""
    report = engine.check_text("\n".join(lines) + "\n", f"{name}.txt").files[0]
    assert report.attribute is not None
    assert report.attribute.value == expected, [step.message for step in report.trace]


BOTH_ENGINES = ("engine", "rules_alone")  # the fixtures: with the learned signal, and by the rules alone


def cut_out_test(cases: Sequence[object]) -> Callable[..., None]:
    """A test of a table of drafts whose passage is cut, each a ``pytest.param(text, category, gone, kept,
    id=…)``: by the engine with the learned signal and by the rules alone (ids ``<id>-engine`` and
    ``<id>-rules_alone``), each is :func:`assert_cut_out`. Give it a test's name in the module::

        test_the_exempt_passage_is_cut_and_the_rest_published = cut_out_test(CUT)
    """

    @pytest.mark.parametrize("engine_name", BOTH_ENGINES)
    @pytest.mark.parametrize(("text", "category", "gone", "kept"), cases)
    def cut_out(
        request: pytest.FixtureRequest,
        engine_name: str,
        text: str,
        category: Category,
        gone: list[str],
        kept: list[str],
    ) -> None:
        assert_cut_out(request.getfixturevalue(engine_name), text, category, gone=gone, kept=kept)

    return cut_out


def weighed_test(
    cases: Sequence[object], attribute: Attribute, engine_name: str = "engine"
) -> Callable[..., None]:
    """A test of a table of drafts, each a ``pytest.param(text, category, id=…)``: by the engine of the
    fixture ``engine_name``, each is given ``attribute`` with a finding of ``category`` weighing in it
    (:func:`assert_weighed`). Give it a test's name in the module::

        test_the_rules_alone_withhold_it = weighed_test(WITHHELD, Attribute.WITHHELD, "rules_alone")
    """

    @pytest.mark.parametrize(("text", "category"), cases)
    def weighed(request: pytest.FixtureRequest, text: str, category: Category) -> None:
        assert_weighed(report_of(request.getfixturevalue(engine_name), text), attribute, category)

    return weighed


def weighed_tests(
    cases: Sequence[object], attribute: Attribute
) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests of a table for :func:`weighed_test`, to be given two names: by the engine with the
    learned signal and by the rules alone::

        test_the_twins_stay_withheld, test_the_twins_stay_withheld_by_the_rules_alone = weighed_tests(
            TWINS, Attribute.WITHHELD
        )
    """
    return weighed_test(cases, attribute), weighed_test(cases, attribute, "rules_alone")


def drafts_weighed_test(
    drafts: ModuleType, cases: Sequence[object], attribute: Attribute, category: Category
) -> Callable[..., None]:
    """A test of drafts named in a module of drafts, each case a ``pytest.param(name, engine_name, id=…)``:
    by the engine of the fixture ``engine_name``, the draft ``name`` of ``drafts`` is given ``attribute``
    with a finding of ``category`` weighing in it (:func:`assert_weighed`)."""

    @pytest.mark.parametrize(("name", "engine_name"), cases)
    def weighed(request: pytest.FixtureRequest, name: str, engine_name: str) -> None:
        engine: Engine = request.getfixturevalue(engine_name)
        assert_weighed(report_of(engine, getattr(drafts, name)), attribute, category)

    return weighed


def decided_test(
    cases: Sequence[object], attribute: Attribute, engine_name: str | Sequence[str] = "engine"
) -> Callable[..., None]:
    """A test of a table of drafts, each a draft's text or a ``pytest.param(text, id=…)``: by the engine of
    the fixture ``engine_name`` (or by each of several, ids ``<id>-<fixture>``), each is given ``attribute``
    (:func:`assert_weighed`, the decision's trace shown when it is not). Give it a test's name::

        test_the_paper_stays_withheld = decided_test(WHOLE, Attribute.WITHHELD, BOTH_ENGINES)
    """
    if isinstance(engine_name, str):
        fixture = engine_name

        @pytest.mark.parametrize("text", cases)
        def decided(request: pytest.FixtureRequest, text: str) -> None:
            assert_weighed(report_of(request.getfixturevalue(fixture), text), attribute)

        return decided

    @pytest.mark.parametrize("engine_name", engine_name)
    @pytest.mark.parametrize("text", cases)
    def decided_by_each(request: pytest.FixtureRequest, engine_name: str, text: str) -> None:
        assert_weighed(report_of(request.getfixturevalue(engine_name), text), attribute)

    return decided_by_each


def public_test(cases: Sequence[object], engine_name: str | Sequence[str] = "engine") -> Callable[..., None]:
    """A test of a table of twins, each a draft's text or a ``pytest.param(text, id=…)``: by the engine of
    the fixture ``engine_name`` (or by each of several), each stays 主动公开 (:func:`decided_test`). Give it a
    test's name in the module::

        test_the_twins_stay_public = public_test(TWINS, "rules_alone")
    """
    return decided_test(cases, Attribute.PROACTIVE, engine_name)
