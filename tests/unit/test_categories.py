"""One table says what each category is; everything that needs a set of categories takes it from there."""

from __future__ import annotations

import pytest

from secreview import aggregate, nesting
from secreview.categories import CATEGORIES, IDENTIFIERS, IDENTIFYING, PERSONAL, REDACTABLE
from secreview.models import Category, Finding, RuleInfo, Severity
from secreview.redact import must_redact
from secreview.report.sarif import _tag
from secreview.rulepack import load_policy


def test_every_category_has_an_entry_in_the_table_and_in_the_policy() -> None:
    missing = [category.value for category in Category if category not in CATEGORIES]
    assert missing == [], f"add these categories to secreview/categories.py: {missing}"
    policy = load_policy()
    unruled = [category.value for category in Category if category not in policy.categories]
    assert unruled == [], f"add [categories.…] for these to rules/policy.toml: {unruled}"


def test_the_shipped_policy_uses_the_table_labels() -> None:
    policy = load_policy()
    for category, info in CATEGORIES.items():
        assert policy.categories[category].label is None, f"{category}: the label lives in the table"
        assert policy.label(category) == info.label
    assert len({info.label for info in CATEGORIES.values()}) == len(CATEGORIES)


def test_the_sets_hang_together() -> None:
    assert IDENTIFIERS <= PERSONAL and IDENTIFYING <= PERSONAL
    assert PERSONAL <= REDACTABLE


def _finding(category: Category) -> Finding:
    return Finding(
        rule="XX001",
        category=category,
        severity=Severity.HIGH,
        start=0,
        end=1,
        text="x",
        part="body",
        message="",
        replacement=None,
        line=1,
        column=1,
    )


@pytest.mark.parametrize("category", list(Category))
def test_each_consumer_follows_the_table(category: Category) -> None:
    info = CATEGORIES[category]
    rule = RuleInfo(
        id="XX001", name="x", title="", description="", category=category, severity=Severity.HIGH, basis=""
    )
    assert (_tag(rule) == "privacy") is info.personal
    assert must_redact(_finding(category)) is info.redactable
    assert (category in aggregate._PERSONAL) is info.personal
    assert (category in aggregate._IDENTIFYING) is info.identifying
    assert (category in nesting._IDENTIFIERS) is info.identifier
