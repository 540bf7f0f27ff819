"""passage58 (session 22): a public paper with one exempt paragraph that no signal read.

A period's report, a progress statement, a 简报, a reply to a proposal: public in its title, its frame and
most of its parts, with one paragraph that tells a weak point not remedied, a third party's own data, a case
still open or an item still pending — said in the paragraph itself, not by a genre or a circulation word.
That paragraph is cut (第十四条、第十五条、第十六条第二款、第三十七条) and the rest published; the twins tell
the same topic as public matter (the lock repaired, the case penalised, the sector's totals, the tender's
result, the fee decided) and stay 主动公开.

Drafts in tests/rules/passage58_drafts.py, written before the rules in offices no tuning part speaks
for. Main b3026bc9 cut 2 of the 13 (the property firm's books, JD020; the pool price put up in a
reply, JD043), by the rules alone and with the learned signal (which held two others whole); the
other 11 were committed xfail-strict first.
"""

from __future__ import annotations

from secreview.models import Category
from tests.rules import passage58_drafts as drafts
from tests.rules import passage58_drafts2 as drafts2
from tests.testing.judgement import cut_cases, cut_out_test, drafts_named, public_test
from tests.testing.known_public import public

SECURITY = Category.SECURITY_RISK
TRADE = Category.TRADE_SECRET
CASE = Category.ENFORCEMENT_FILE
PROCESS = Category.PROCESS_INFO


CUT = [
    *cut_cases(drafts, SECURITY, "TUNNEL_HALF_YEAR", "BROADCAST_DRILL", "CITY_GRID_SUMMARY"),  # a weak point
    *cut_cases(drafts, TRADE, "PROPERTY_REPORT", "BIOGAS_PROGRESS", "CONSUMER_YEAR"),  # a third party's data
    *cut_cases(drafts, CASE, "SLAUGHTER_YEAR", "MONITOR_HALF_YEAR", "STADIUM_YEAR"),  # a case still open
    # an item still pending
    *cut_cases(drafts, TRADE, "NAMING_RIGHT_REPORT", "STOVE_PROCUREMENT"),
    *cut_cases(drafts, PROCESS, "TUNNEL_FEE_REPORT", "POOL_PROPOSAL_REPLY"),
]

TWINS = public(
    __name__,
    drafts_named(
        drafts,
        "TUNNEL_REPAIRED",
        "MONITOR_CASES_CLOSED",
        "PROPERTY_SECTOR",
        "SLAUGHTER_CASE_CLOSED",
        "STOVE_TENDER_RESULT",
        "NAMING_RIGHT_SOLD",
        "TUNNEL_FEE_DECIDED",
        "CITY_GRID_SECURE",
        "CONSUMER_COUNTS",
    ),
)

test_the_exempt_paragraph_is_cut_and_the_rest_published = cut_out_test(CUT)
test_the_twins_stay_public = public_test(list(TWINS.values()))
test_the_rules_alone_publish_the_twins = public_test(list(TWINS.values()), "rules_alone")


# Second round (passage58_drafts2.py), written after the first rules landed in other offices and a
# looser, spoken voice, to measure how far they carry: main c121c2f6 cut 2 of the 8 (a caterer's books
# by JD022, a reply's two courses by JD043), both by rules older than this session's; the other 6 were
# committed xfail-strict, then read by the same shapes told in speech (带病运行, 坏了半年, 还没修,
# 只留一名, 化验结果还没回来, 还在找人, 人还没抓到, 挂出去之前不跟意向方讲, 按该公司内部测算, 累计亏损):
# fitted to them, so they measure nothing more.
CUT2 = [
    *cut_cases(drafts2, SECURITY, "FERRY_YEAR", "READINESS_SUMMARY"),
    *cut_cases(drafts2, TRADE, "PARKING_HALF_YEAR", "HALL_FIRM"),
    *cut_cases(drafts2, CASE, "PARK_YEAR", "FERRY_CASE"),
    *cut_cases(drafts2, TRADE, "HALL_LEASE"),
    *cut_cases(drafts2, PROCESS, "PARKING_REPLY"),
]

TWINS2 = public(
    __name__,
    drafts_named(drafts2, "FERRY_FIXED", "PARKING_TOTALS", "HALL_LEASED", "PARK_CASE_CLOSED"),
    "round2",
)

test_the_spoken_paragraph_is_cut = cut_out_test(CUT2)
test_the_second_twins_stay_public = public_test(list(TWINS2.values()))
test_the_rules_alone_publish_the_second_twins = public_test(list(TWINS2.values()), "rules_alone")
