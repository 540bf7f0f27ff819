"""passage59 (session 23): a public paper's one exempt paragraph, read by how the paragraph is built.

A period's report, a 简报 or 情况反映 told in speech, a terse 台账 or 工作要点: public in its title, its frame
and most of its parts, with one paragraph that holds a plan not yet carried out or a weak point not fixed, a
named party's own undisclosed data, the steps of a case still open, or an item still under deliberation.
That paragraph is cut (第十四条、第十五条、第十六条第二款、第三十七条) and the rest published; the twins tell
the same topic as public matter (repaired, paid in aggregate, penalised and published, decided and announced,
told after the event in totals) and stay 主动公开.

Drafts in tests/rules/passage59_drafts.py, written before the rules in offices no tuning part speaks for,
in three voices. Main 42b606eb cut 3 of the 13 by the rules alone (the fee's two courses, JD043; the
children's illnesses, JD058; the developer's cash, JD022) and the same 3 with the learned signal, which held
three others whole; one twin (the bridge's gaps repaired) was cut as a weak point (JD044). The drafts main
decides otherwise were committed xfail-strict first.
"""

from __future__ import annotations

import pytest

from secreview.models import Category
from tests.rules import passage59_drafts as drafts
from tests.testing.judgement import cut_out_test, public_test

SECURITY = Category.SECURITY_RISK
TRADE = Category.TRADE_SECRET
CASE = Category.ENFORCEMENT_FILE
PROCESS = Category.PROCESS_INFO

MAIN = pytest.mark.xfail(strict=True, reason="main 42b606eb does not cut this paragraph alone")


def _cut(name: str, category: Category, *marks: pytest.MarkDecorator) -> object:
    text = getattr(drafts, name)
    gone, kept = getattr(drafts, f"{name}_GONE"), getattr(drafts, f"{name}_KEPT")
    return pytest.param(text, category, gone, kept, id=name.lower().replace("_", "-"), marks=marks)


CUT = [
    # a plan not yet carried out, a weak point not fixed
    _cut("BRIDGE_YEAR", SECURITY, MAIN),  # formal
    _cut("SCULPTURE_EVENT", SECURITY, MAIN),  # spoken
    _cut("HOUSE_MOVE", SECURITY, MAIN),  # spoken
    _cut("EXAM_LEDGER", SECURITY, MAIN),  # terse
    # a named party's own undisclosed data
    _cut("LAND_TRANSFER", TRADE, MAIN),  # formal
    _cut("SHELTER_REPORT", TRADE, MAIN),  # spoken
    _cut("TERMITE_REPORT", TRADE),  # spoken
    _cut("KINDERGARTEN_POINTS", TRADE),  # terse
    # the steps of a case still open
    _cut("EXAM_SCALPER", CASE, MAIN),  # spoken
    _cut("PESTICIDE_LEDGER", CASE, MAIN),  # terse
    _cut("BRIDGE_CASE_LEDGER", CASE, MAIN),  # terse
    # an item still under deliberation
    _cut("HOUSE_FEE", PROCESS),  # formal
    _cut("SCULPTURE_YEAR", PROCESS, MAIN),  # formal
]

TWINS = [
    pytest.param(
        drafts.BRIDGE_REPAIRED, id="bridge-repaired", marks=pytest.mark.xfail(strict=True, reason="JD044")
    ),
    pytest.param(drafts.SHELTER_TOTALS, id="shelter-totals"),
    pytest.param(drafts.PESTICIDE_CLOSED, id="pesticide-closed"),
    pytest.param(drafts.HOUSE_FEE_DECIDED, id="house-fee-decided"),
    pytest.param(drafts.SCULPTURE_EVENT_HELD, id="sculpture-event-held"),
    pytest.param(drafts.EXAM_FIXED, id="exam-fixed"),
    pytest.param(drafts.LAND_RESULT, id="land-result"),
    pytest.param(drafts.EXAM_SCALPER_CLOSED, id="exam-scalper-closed"),
]

test_the_exempt_paragraph_is_cut_and_the_rest_published = cut_out_test(CUT)
test_the_twins_stay_public = public_test(TWINS, ("engine", "rules_alone"))
