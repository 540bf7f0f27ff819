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
decided otherwise were committed xfail-strict first; the rules reach all 13 now, the twins public.

Two more rounds measure the carry (written after the rules before them): the second round
(passage59_drafts2.py, 6 drafts in other offices and voices) was reached 2 of 6 by the first round's rules,
both by older rules (JD058, JD043), then read by its own shapes (fitted: it measures nothing more); the third
round (passage59_drafts3.py, 5 drafts) is reached 1 of 5 by the rules of both rounds (a majority's leaning,
JD043): the four it misses stay xfail-strict, the measure of what an unseen writer's paragraph meets.
"""

from __future__ import annotations

import pytest

from secreview.models import Category
from tests.rules import passage59_drafts as drafts
from tests.rules import passage59_drafts2 as drafts2
from tests.rules import passage59_drafts3 as drafts3
from tests.testing.judgement import cut_out_test, public_test
from tests.testing.known_public import public

SECURITY = Category.SECURITY_RISK
TRADE = Category.TRADE_SECRET
CASE = Category.ENFORCEMENT_FILE
PROCESS = Category.PROCESS_INFO

UNREACHED = pytest.mark.xfail(strict=True, reason="not reached by the rules of the rounds before it")


def _cut(name: str, category: Category, *marks: pytest.MarkDecorator, module: object = drafts) -> object:
    text = getattr(module, name)
    gone, kept = getattr(module, f"{name}_GONE"), getattr(module, f"{name}_KEPT")
    return pytest.param(text, category, gone, kept, id=name.lower().replace("_", "-"), marks=marks)


CUT = [
    # a plan not yet carried out, a weak point not fixed
    _cut("BRIDGE_YEAR", SECURITY),  # formal
    _cut("SCULPTURE_EVENT", SECURITY),  # spoken
    _cut("HOUSE_MOVE", SECURITY),  # spoken
    _cut("EXAM_LEDGER", SECURITY),  # terse
    # a named party's own undisclosed data
    _cut("LAND_TRANSFER", TRADE),  # formal
    _cut("SHELTER_REPORT", TRADE),  # spoken
    _cut("TERMITE_REPORT", TRADE),  # spoken
    _cut("KINDERGARTEN_POINTS", TRADE),  # terse
    # the steps of a case still open
    _cut("EXAM_SCALPER", CASE),  # spoken
    _cut("PESTICIDE_LEDGER", CASE),  # terse
    _cut("BRIDGE_CASE_LEDGER", CASE),  # terse
    # an item still under deliberation
    _cut("HOUSE_FEE", PROCESS),  # formal
    _cut("SCULPTURE_YEAR", PROCESS),  # formal
]

TWINS = public(
    __name__,
    {
        "BRIDGE_REPAIRED": drafts.BRIDGE_REPAIRED,
        "SHELTER_TOTALS": drafts.SHELTER_TOTALS,
        "PESTICIDE_CLOSED": drafts.PESTICIDE_CLOSED,
        "HOUSE_FEE_DECIDED": drafts.HOUSE_FEE_DECIDED,
        "SCULPTURE_EVENT_HELD": drafts.SCULPTURE_EVENT_HELD,
        "EXAM_FIXED": drafts.EXAM_FIXED,
        "LAND_RESULT": drafts.LAND_RESULT,
        "EXAM_SCALPER_CLOSED": drafts.EXAM_SCALPER_CLOSED,
        "BOATS_FIXED": drafts2.BOATS_FIXED,
        "VEGETABLE_CLOSED": drafts2.VEGETABLE_CLOSED,
        "GREENWAY_DECIDED": drafts2.GREENWAY_DECIDED,
        "TEMPLE_FIXED": drafts3.TEMPLE_FIXED,
        "FOLK_TOTALS": drafts3.FOLK_TOTALS,
    },
)

CUT2 = [
    _cut("BOATS_INFO", SECURITY, module=drafts2),  # a 政务信息 piece
    _cut("STREET_BULLETIN", SECURITY, module=drafts2),  # a 工作简报 on an event ahead
    _cut("EQUIPMENT_OUTLINE", TRADE, module=drafts2),  # a 汇报提纲 of dashes
    _cut("BOATS_POINTS", TRADE, module=drafts2),  # a terse 工作要点
    _cut("VEGETABLE_BULLETIN", CASE, module=drafts2),  # a 季度通报
    _cut("GREENWAY_REPLY", PROCESS, module=drafts2),  # a reply to a deputy's proposal
]

CUT3 = [
    _cut("TEMPLE_MONTH", SECURITY, UNREACHED, module=drafts3),  # a month's 小结
    _cut("TEMPLE_CEREMONY", SECURITY, UNREACHED, module=drafts3),  # a 工作简报 on a ceremony ahead
    _cut("FOLK_VILLAGE", TRADE, UNREACHED, module=drafts3),  # a 情况汇报 with what was heard
    _cut("FOLK_LEDGER", CASE, UNREACHED, module=drafts3),  # a terse 台账
    _cut("PLANNING_YEAR", PROCESS, module=drafts3),  # a formal yearly report
]

test_the_exempt_paragraph_is_cut_and_the_rest_published = cut_out_test(CUT)
test_the_second_round_is_cut = cut_out_test(CUT2)
test_the_third_round_is_cut = cut_out_test(CUT3)
test_the_twins_stay_public = public_test(list(TWINS.values()), ("engine", "rules_alone"))
