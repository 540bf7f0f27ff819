"""The guard's inputs (tests/testing/known_public.py): every draft registered as public is left 主动公开 by
the rules alone, so the learned signal's threshold rule reads it (crossval.py scores the drafts the rules
leave to the signal), and every draft registered for its copy is cut by the rules and its copy re-checks
主动公开 by the rules alone (the copy the signal would read)."""

from __future__ import annotations

import pytest

from secreview import Attribute, Engine
from tests.testing.judgement import assert_public, redacted_copy, report_of
from tests.testing.known_public import known

PUBLIC, COPIED = known()


@pytest.mark.parametrize("name", sorted(PUBLIC))
def test_a_registered_public_draft_is_left_to_the_signal(rules_alone: Engine, name: str) -> None:
    assert report_of(rules_alone, PUBLIC[name]).attribute is Attribute.PROACTIVE


@pytest.mark.parametrize("name", sorted(COPIED))
def test_a_registered_copy_is_cut_and_public(rules_alone: Engine, name: str) -> None:
    copy = redacted_copy(rules_alone, COPIED[name])
    assert copy != COPIED[name]
    assert_public(rules_alone, copy)
