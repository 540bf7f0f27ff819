"""One table says what each category is; everything that needs a set of categories takes it from there."""

from __future__ import annotations

from pathlib import Path

import pytest

from secreview import aggregate, nesting
from secreview.categories import CATEGORIES, IDENTIFIERS, IDENTIFYING, PERSONAL, REDACTABLE, label
from secreview.engine import Engine
from secreview.models import Category, Finding, RuleInfo, Severity
from secreview.redact import must_redact
from secreview.report.sarif import _tag
from secreview.rulepack import builtin_rules_dir, load_policy
from secreview.rulepack.load import POLICY_FILE
from tests.testing.findings import made_finding

# Valid GB 11643 numbers (the standard's own sample and numbers of the test suite's generators).
ROWS = [("张伟", "11010519491231002X"), ("王芳", "110101199003074514"), ("李娜", "430102199003071234")]


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
    return made_finding(category, message="")


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


def test_list_groups_name_categories_as_the_policy_does(tmp_path: Path) -> None:
    rows = "".join(f"{name} 身份证号 {number}\n" for name, number in ROWS)
    group = Engine().review_text("低保对象名单\n" + rows).groups[0]
    assert group.message.startswith(f"名单含 {len(ROWS)} 名自然人的{label(Category.ID_NUMBER)}")
    policy = (builtin_rules_dir() / POLICY_FILE).read_text(encoding="utf-8")
    own = policy.replace("[categories.id_number]\n", '[categories.id_number]\nlabel = "公民身份号码"\n')
    (tmp_path / "policy.toml").write_text(own, encoding="utf-8")
    office = Engine(policy=tmp_path / "policy.toml").review_text("低保对象名单\n" + rows)
    assert office.groups[0].message.startswith(f"名单含 {len(ROWS)} 名自然人的公民身份号码")
    assert "公民身份号码" in office.reasons[0].message
