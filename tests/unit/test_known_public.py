"""The registry of the blind public drafts of tests/rules (tests/testing/known_public.py), which the learned
signal's threshold rule reads as documents known to be public (benchmarks/judgement/crossval.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.testing import known_public
from tests.testing.known_public import known

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks" / "judgement"))


def test_registering_returns_the_drafts_unchanged_and_names_them_by_module(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(known_public, "_PUBLIC", {})
    drafts = ["甲公告", "乙通知"]
    table = {"first": "丙公示"}
    assert known_public.public("tests.rules.test_x", drafts, "PUBLIC") is drafts
    assert known_public.public("tests.rules.test_x", table) is table
    assert known_public.public("tests.rules.test_x", "丁简报", "ONE") == "丁简报"
    assert known_public._PUBLIC == {
        "test_x::PUBLIC[0]": "甲公告",
        "test_x::PUBLIC[1]": "乙通知",
        "test_x::first": "丙公示",
        "test_x::ONE": "丁简报",
    }


def test_a_name_given_two_texts_an_empty_draft_or_a_draft_without_a_name_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(known_public, "_COPIED", {})
    known_public.copied("tests.rules.test_x", "甲审核意见", "REVIEW")
    known_public.copied("tests.rules.test_x", "甲审核意见", "REVIEW")  # the same text again: one entry
    with pytest.raises(ValueError, match="twice"):
        known_public.copied("tests.rules.test_x", "乙审核意见", "REVIEW")
    with pytest.raises(ValueError, match="empty"):
        known_public.copied("tests.rules.test_x", " \n", "BLANK")
    with pytest.raises(ValueError, match="name"):
        known_public.copied("tests.rules.test_x", "丙审核意见")
    assert known_public._COPIED == {"test_x::REVIEW": "甲审核意见"}


def test_the_blind_drafts_a_retrain_turned_red_are_registered() -> None:
    """learned14 (session 18): the retrain at 0.82/0.99 held back a service bulletin and a reservoir press
    draft and cut the conclusion of a firm-table review's copy; the guard reads all three."""
    from tests.rules import test_judgement_bulletins, test_judgement_own_pending_matter
    from tests.rules import test_lookalike_precision22_judged as precision22

    public, copied = known()
    assert public["test_judgement_bulletins::BULLETINS[0]"] == test_judgement_bulletins.BULLETINS[0]
    assert (
        public["test_lookalike_precision22_judged::reservoir_press"]
        == precision22.PUBLIC_DRAFTS["reservoir_press"]
    )
    assert (
        copied["test_judgement_own_pending_matter::FIRM_TABLE_ROWS_CUT"]
        == test_judgement_own_pending_matter.FIRM_TABLE_ROWS_CUT
    )
    assert len(public) >= 250 and len(copied) >= 50


def test_the_threshold_rule_reads_the_blind_drafts_and_the_rules_copies_of_the_others() -> None:
    """crossval.blind_public_texts: every registered public draft as it is, and every copied draft as the
    rules alone cut it (the copy, not the draft: it no longer holds what the rules cut)."""
    import crossval

    public, copied = known()
    found = dict(crossval.blind_public_texts())
    assert {name for name in found if name.startswith(crossval.TESTS)} == {
        f"{crossval.TESTS}{name}" for name in public
    }
    assert {name for name in found if name.startswith(crossval.COPY)} == {
        f"{crossval.COPY}{name}" for name in copied
    }
    assert all(found[f"{crossval.TESTS}{name}"] == text for name, text in public.items())
    firm = found[f"{crossval.COPY}test_judgement_own_pending_matter::FIRM_TABLE_ROWS_CUT"]
    assert "3860万元" not in firm and "建议按实际投资额" in firm and "■" in firm
    assert {crossval._source(name) for name in found} == {"tests"}
    assert crossval._source("generated:1-10-public-001") == "generated"
    assert crossval._source("051_macau.txt") == "real"
