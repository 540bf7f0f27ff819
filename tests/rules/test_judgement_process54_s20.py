"""process54 (session 20): process information found as what it is, beside the category of its topic.

A request before the decision, minutes with the course not chosen, a report putting options up, a letter
asking another agency's view, a draft sent round for opinions are process information (第十六条第二款)
whatever their topic. Where the topic holds a category of its own — a crowd's plan (第十四条), the agency's
own staff (第十六条第一款) — that category is the first reason and process information is cited beside it
as the second (`[[second_reason]]` in rules/policy.toml), each with its article. Where the words of
personnel or logistics are about others (the firms a bureau pays by their scores, the service windows the
public rated, a complaint's handling, the room a meeting sat in), they make no internal affairs.

Drafts in tests/rules/process54_drafts.py, written before the rules in offices no tuning part speaks for.
"""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.judge.schema import JUDGED
from secreview.models import Category, FileReport
from tests.rules import process54_drafts as drafts
from tests.testing.judgement import first_and_second, named, public_test, report_of, weighed_categories
from tests.testing.known_public import public

PROCESS = Category.PROCESS_INFO
BASIS = "第十六条第二款"

# Process information and nothing else judged. Main 04de2af3 found the scoring request and the ratings
# report internal affairs (their 绩效考核, 扣减 and 测评 are the contractors' and the windows'); the other
# four it got right (guards).
PROCESS_ALONE = [
    pytest.param(drafts.GALLERY_MINUTES, id="gallery-minutes"),
    pytest.param(
        drafts.ARCHIVES_SCORING_REQUEST,
        id="archives-scoring-request",
    ),
    pytest.param(
        drafts.FOREIGN_AFFAIRS_RATINGS,
        id="foreign-affairs-ratings",
    ),
    pytest.param(drafts.THEATRE_COMPLAINT_MINUTES, id="theatre-complaint-minutes"),
    pytest.param(drafts.ARCHIVES_CONSULTATION_LETTER, id="archives-consultation-letter"),
    pytest.param(drafts.ACADEMY_DRAFT_FOR_OPINIONS, id="academy-draft-for-opinions"),
    pytest.param(
        drafts.BEDS_COORDINATION_MINUTES,
        id="beds-coordination-minutes",
    ),
    pytest.param(
        drafts.GUARANTEE_RESCUE_REQUEST,
        id="guarantee-rescue-request",
    ),
]

# The topic's category first, process information cited beside it. Main cited the request's genre through
# the request packs (PD001/PD002: guards); a report or an assessment that puts a decision up without the
# word 请示 it withheld for the topic alone (JD187 and JD186 stand beside it now).
BESIDE = [
    pytest.param(drafts.THEATRE_GUARDING_REQUEST, Category.SECURITY_RISK, id="theatre-guarding-request"),
    pytest.param(
        drafts.MEMORIAL_GATHERING_REPORT,
        Category.SECURITY_RISK,
        id="memorial-gathering-report",
    ),
    pytest.param(
        drafts.REST_HOME_ASSESSMENT,
        Category.SECURITY_RISK,
        id="rest-home-assessment",
    ),
    pytest.param(drafts.ARCHIVES_ROTATION_REQUEST, Category.INTERNAL_AFFAIRS, id="archives-rotation-request"),
]

TWINS = public(
    __name__,
    {
        "ARCHIVES_APPROVAL": drafts.ARCHIVES_APPROVAL,
        "GALLERY_MEETING_NEWS": drafts.GALLERY_MEETING_NEWS,
        "THEATRE_FARE_DECISION": drafts.THEATRE_FARE_DECISION,
        "ACADEMY_PUBLIC_COMMENT": drafts.ACADEMY_PUBLIC_COMMENT,
    },
)


def _assert_process_alone(report: FileReport) -> None:
    assert report.attribute is Attribute.WITHHELD
    judged = weighed_categories(report) & JUDGED
    assert judged == {PROCESS}, [step.message for step in report.trace]
    assert any(BASIS in (reason.basis or "") for reason in report.reasons)


def _assert_beside(report: FileReport, first: Category) -> None:
    assert report.attribute is Attribute.WITHHELD
    decisive, second = first_and_second(report)
    assert decisive == {first}, [step.message for step in report.trace]
    assert PROCESS in second, [step.message for step in report.trace]
    # both cited, each with its article
    cited = {reason.category: reason.basis for reason in report.reasons}
    assert first in cited
    assert BASIS in (cited.get(PROCESS) or "")


@pytest.mark.parametrize("text", PROCESS_ALONE)
def test_process_information_is_what_the_paper_is(engine: Engine, text: str) -> None:
    _assert_process_alone(report_of(engine, text))


@pytest.mark.parametrize("text", PROCESS_ALONE)
def test_the_rules_alone_find_it(rules_alone: Engine, text: str) -> None:
    _assert_process_alone(report_of(rules_alone, text))


@pytest.mark.parametrize(("text", "first"), BESIDE)
def test_process_information_is_cited_beside_the_topic(engine: Engine, text: str, first: Category) -> None:
    _assert_beside(report_of(engine, text), first)


@pytest.mark.parametrize(("text", "first"), BESIDE)
def test_the_rules_alone_cite_both(rules_alone: Engine, text: str, first: Category) -> None:
    _assert_beside(report_of(rules_alone, text), first)


test_the_public_twins_stay_public = public_test(named(TWINS))
