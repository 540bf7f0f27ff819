"""third58 (session 23): a third party's personal or business data given as items of a public paper,
found by the rules themselves (the learned signal held such drafts whole, or let them out).

Whose the data is (a named firm, cooperative, private home or person other than the agency: 该公司, 其,
申请人某某), what it is (purchase and selling prices, costs, takings, margins, buyers, debts; an illness, a
disability, a family's income, an overdue loan; a complainant's phone and address), how it was published
or came to the agency (a 公示 or 公告 by rule; 申报, 台账, 介绍, 征信记录), and where it stands: an item of a
report, summary or result notice is cut (删减后公开, 第十五条、第三十七条); where it is the paper's matter —
a letter handing a firm's formula to the experts, a check of one household's means, a note on one firm's
debts and cash — the paper is withheld (不予公开). Published by rule, the same kind of data stays public.

Drafts in tests/rules/third58_drafts.py, written before the rules in offices no tuning part speaks for.
Each draft is asked of both engines (with the learned signal, and by the rules alone); a draft main
42b606eb fails on one engine is xfail-strict there.
"""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category
from tests.rules import third58_drafts as drafts
from tests.testing.judgement import BOTH_ENGINES, assert_cut_out, assert_public, assert_weighed, report_of
from tests.testing.known_public import public

TRADE = Category.TRADE_SECRET
RULES, SIGNAL = "rules_alone", "engine"
MAIN_FAILS = pytest.mark.xfail(strict=True, reason="main 42b606eb: not found, or not as what it is")


def _params(table: dict[str, tuple[str, ...]]) -> list[object]:
    """One case per draft and engine; xfail-strict on the engines named as failing on main."""
    return [
        pytest.param(
            name,
            engine,
            id=f"{name.lower().replace('_', '-')}-{engine}",
            marks=[MAIN_FAILS] * (engine in fails),
        )
        for name, fails in table.items()
        for engine in BOTH_ENGINES
    ]


# An item of a public paper: the item's data is cut, the rest published (the engines main fails on).
CUT = {
    "FEED_SUMMARY": (),
    "OILTEA_RESULT": (),
    "LIVESTOCK_REPORT": (),
    "ELDERLY_BULLETIN": (),
    "GRAIN_REPORT": (),
    "VEG_NOTICE": (),
    "HERB_REPORT": (),
    "CEMENT_REPORT": (),
}

# The third party's data is the paper's matter: withheld whole.
WITHHELD = {
    "RELIC_FORMULA_LETTER": (),
    "LIVESTOCK_CHECK": (),
    "CEMENT_PLANT_NOTE": (),
}

# Published by rule: stays 主动公开.
TWINS = public(
    __name__,
    {
        "OILTEA_SUBSIDY_PUBLICITY": drafts.OILTEA_SUBSIDY_PUBLICITY,
        "GRAIN_SAMPLING_NOTICE": drafts.GRAIN_SAMPLING_NOTICE,
        "ELDERLY_GRADE_NOTICE": drafts.ELDERLY_GRADE_NOTICE,
        "FEED_STATISTICS": drafts.FEED_STATISTICS,
    },
)


@pytest.mark.parametrize(("name", "engine_name"), _params(CUT))
def test_the_third_partys_items_are_cut(request: pytest.FixtureRequest, name: str, engine_name: str) -> None:
    engine: Engine = request.getfixturevalue(engine_name)
    gone, kept = getattr(drafts, f"{name}_GONE"), getattr(drafts, f"{name}_KEPT")
    assert_cut_out(engine, getattr(drafts, name), TRADE, gone=gone, kept=kept)


@pytest.mark.parametrize(("name", "engine_name"), _params(WITHHELD))
def test_the_paper_of_the_third_partys_data_is_withheld(
    request: pytest.FixtureRequest, name: str, engine_name: str
) -> None:
    engine: Engine = request.getfixturevalue(engine_name)
    assert_weighed(report_of(engine, getattr(drafts, name)), Attribute.WITHHELD, TRADE)


@pytest.mark.parametrize("engine_name", BOTH_ENGINES)
@pytest.mark.parametrize("name", sorted(TWINS))
def test_data_published_by_rule_stays_public(
    request: pytest.FixtureRequest, name: str, engine_name: str
) -> None:
    assert_public(request.getfixturevalue(engine_name), TWINS[name])
