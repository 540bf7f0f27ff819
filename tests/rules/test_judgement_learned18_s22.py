"""learned18 (session 22, issue 15): the learned signal says 删减后公开 where the matter it reads is one part.
A public paper (an inspection bulletin, a screening report, a market's monthly report, a quality bulletin)
whose one item holds a private person's data beside the identifiers the rules cut, or one firm's unpublished
figures that no rule finds: the signal used to hold it whole (不予公开) whatever the rest told; now the item
is cut (第三十七条) under what it holds and the rest published, and the public twins stay 主动公开.

Drafts written before the code, in offices no tuning part speaks for: a 县职业病防治院, a 市标准化研究院,
a 县农产品批发市场管理办公室, a 县纤维检验所 (``learned18_drafts.py``).
"""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category, TraceRole
from tests.rules.learned18_drafts import CUT, GONE, KEPT, TWINS
from tests.testing.judgement import assert_cut_out, public_test, report_of
from tests.testing.known_public import public

# The twins are registered as known public documents (the threshold rule reads them); the cut drafts are not
# registered for their copies: the rules alone do not cut them (the signal does), so their rules' copy is
# the draft itself.
public(__name__, TWINS)


@pytest.mark.parametrize("name", sorted(CUT))
def test_the_item_is_cut_and_the_rest_published(engine: Engine, name: str) -> None:
    assert_cut_out(engine, CUT[name], Category.TRADE_SECRET, gone=GONE[name], kept=KEPT[name])


# Since third57 (session 22, JD195) the rules alone cut the standards draft's firm paragraph, and since
# third58 (session 23: a check's results, title-check-of-parties) the cotton bulletin's firm item; the signal
# reads the two others.
BY_THE_RULES = ["cotton", "standards"]
BY_THE_SIGNAL = sorted(set(CUT) - set(BY_THE_RULES))


@pytest.mark.parametrize("name", BY_THE_SIGNAL)
def test_the_cut_says_it_is_the_signal_s_and_asks_for_a_check(engine: Engine, name: str) -> None:
    report = report_of(engine, CUT[name])
    assert report.attribute is Attribute.REDACTED
    assert report.reasons[0].category is Category.TRADE_SECRET
    assert "请人工核实" in report.reasons[0].message and "第三十七条" in report.reasons[0].basis
    signal = [step.message for step in report.trace if step.role is TraceRole.SIGNAL]
    assert any("统计模型" in message and "按部分读" in message for message in signal)


@pytest.mark.parametrize("name", BY_THE_SIGNAL)
def test_the_rules_alone_leave_the_item_s_data(rules_alone: Engine, name: str) -> None:
    """What the rules reach alone: at most the identifiers (the person's or the firm's data stays)."""
    report = report_of(rules_alone, CUT[name])
    assert report.attribute in (Attribute.PROACTIVE, Attribute.REDACTED)
    assert not [f for f in report.findings if f.category is Category.TRADE_SECRET]


test_the_twins_stay_public = public_test(list(TWINS.values()), "engine")


@pytest.mark.parametrize("name", BY_THE_RULES)
def test_the_rules_alone_cut_the_firm_s_item(rules_alone: Engine, name: str) -> None:
    assert_cut_out(rules_alone, CUT[name], Category.TRADE_SECRET, GONE[name], KEPT[name])
