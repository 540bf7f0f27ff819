"""Public documents in the words of process and deliberation, and contact lines on free mail
hosts (look58, session 22): 35 drafts of my own, written blind in offices no tuning part speaks for
(tests/rules/look58_drafts.py), run through the shipped engine and the rules alone. Main b3026bc9
decided eight of them otherwise: seven cut at an office's or a firm's mailbox on a free host (PI103:
a 咨询方式 item, a 公示's objection line, a notice's return address, a procurement agent's line, a
comment notice's letter-and-mail line, a firm's line in a 公示, a plan's return address), one
commendation cut at the disabled its honoured served (SN001), and one reply to a 政协提案 held whole
by the learned signal (JL004) on its 正在研究 and 初步考虑.

The twins in the same voices stay withheld or found: a 请示 putting two courses up, the office's own
minutes with its views not settled, a draft sent round not to be passed on, a price recommendation
to keep quiet before the hearing, the experts' split views sent to the leader, petitioners under
watch, the office's own staff appraisal; and a complainant's own mailbox in a mediation record stays
a person's."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.rules.look58_drafts import PUBLIC_DOCUMENTS, WITHHELD
from tests.testing.judgement import weighed_test
from tests.testing.known_public import public
from tests.testing.personal import assert_personal_found, public_documents_test

public(__name__, PUBLIC_DOCUMENTS, "PUBLIC_DOCUMENTS")

FAILING_ON_MAIN = {
    "disabled-policy-reading",
    "disabled-commendation-publicity",
    "disabled-training-notice",
    "emission-procurement-result",
    "mushroom-proposal-reply",
    "exhibition-free-opening-draft",
    "wall-reform-firm-list",
    "health-campaign-plan",
}
FAILING_BY_THE_RULES_ALONE = FAILING_ON_MAIN - {"mushroom-proposal-reply"}

test_public_document_stays_public = public_documents_test(PUBLIC_DOCUMENTS, failing=FAILING_ON_MAIN)
test_public_document_stays_public_by_the_rules_alone = public_documents_test(
    PUBLIC_DOCUMENTS, "rules_alone", failing=FAILING_BY_THE_RULES_ALONE
)

_CATEGORIES = {
    "pipeline-request-two-courses": Category.PROCESS_INFO,
    "wall-reform-own-meeting-minutes": Category.PROCESS_INFO,
    "health-draft-to-members": Category.PROCESS_INFO,
    "emission-price-recommendation": Category.PROCESS_INFO,
    "exhibition-experts-views-to-leader": Category.PROCESS_INFO,
    "health-petitioners-under-watch": Category.SECURITY_RISK,
    "disabled-own-staff-appraisal": Category.INTERNAL_AFFAIRS,
}
_TWINS = [pytest.param(WITHHELD[name], category, id=name) for name, category in sorted(_CATEGORIES.items())]

test_the_twins_stay_withheld = weighed_test(_TWINS, Attribute.WITHHELD)
test_the_twins_stay_withheld_by_the_rules_alone = weighed_test(_TWINS, Attribute.WITHHELD, "rules_alone")


def test_a_complainants_own_mailbox_stays_found(rules_alone: Engine) -> None:
    record = WITHHELD["consumer-complainant-mailbox"]
    assert_personal_found(rules_alone, record, "PI103", "heyulan1982@163.com")
