"""learned19 (session 23, issue 15): the learned signal cuts where its matter is three adjacent items.
A public bulletin (spot checks on liquor dealers, a quality bulletin of ready-mixed concrete) whose one firm's
own books are told over three items that no rule reads: the signal held it whole (不予公开) because the rest
still read like a withheld draft after two parts; a cut of the three items (第三十七条) publishes the rest.
The public twins stay 主动公开; the same matter put up as a 请示 before the decision stays withheld whole.

Drafts written before the code, in offices no tuning part speaks for: a 市酒类流通管理办公室 and a
市建材质量监督检验站 (``learned19_drafts.py``).
"""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from secreview.models import Category, TraceRole
from tests.rules.learned19_drafts import CUT, GONE, KEPT, REQUEST, TWINS
from tests.testing.judgement import assert_cut_out, public_test, report_of
from tests.testing.known_public import public

# The twins are registered as known public documents (the threshold rule reads them).
public(__name__, TWINS)


@pytest.mark.parametrize("name", sorted(CUT))
def test_the_three_items_are_cut_and_the_rest_published(engine: Engine, name: str) -> None:
    assert_cut_out(engine, CUT[name], Category.TRADE_SECRET, gone=GONE[name], kept=KEPT[name])


# Since third58 (session 23) the rules alone read the concrete plant's figures; the signal reads the liquor
# dealer's books alone.
BY_THE_SIGNAL = sorted(set(CUT) - {"materials"})


@pytest.mark.parametrize("name", BY_THE_SIGNAL)
def test_the_cut_is_the_signal_s_reading_by_parts(engine: Engine, name: str) -> None:
    report = report_of(engine, CUT[name])
    assert report.attribute is Attribute.REDACTED
    assert len([f for f in report.findings if f.rule == "JL002" and f.severable]) == 3
    signal = [step.message for step in report.trace if step.role is TraceRole.SIGNAL]
    assert any("统计模型" in message and "按部分读" in message for message in signal)


@pytest.mark.parametrize("name", BY_THE_SIGNAL)
def test_the_rules_alone_leave_the_firm_s_books(rules_alone: Engine, name: str) -> None:
    """What the rules reach alone: nothing of the firm's own figures (the signal reads them)."""
    report = report_of(rules_alone, CUT[name])
    assert report.attribute is Attribute.PROACTIVE


test_the_twins_stay_public = public_test(list(TWINS.values()), "engine")


def test_the_request_before_the_decision_stays_withheld_whole(engine: Engine) -> None:
    report = report_of(engine, REQUEST)
    assert report.attribute is Attribute.WITHHELD
    assert not [f for f in report.findings if f.rule.startswith("JL")]
