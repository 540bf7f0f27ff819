"""What each category of finding is: its Chinese label and the kind of information it holds.

The one table of categories. List groups, one-finding-per-thing, redaction and SARIF tags take their sets
from it; the decision policy (``rules/policy.toml``) says what a category implies (attribute, reason,
basis) and may word a label its own way. A category added to ``models.Category`` needs an entry here and
one in the policy; the test suite fails until both exist.
"""

from __future__ import annotations

from dataclasses import dataclass

from secreview.models import Category


@dataclass(frozen=True, slots=True)
class CategoryInfo:
    label: str
    personal: bool = False  # about a private person: SARIF "privacy", list groups, one finding per thing
    identifier: bool = False  # a number or address; one inside another identifier is part of it
    identifying: bool = False  # a list row that holds it identifies a person
    redactable: bool = False  # masking its span severs it: a redacted copy removes it


CATEGORIES: dict[Category, CategoryInfo] = {
    Category.ID_NUMBER: CategoryInfo(
        "身份证件号码", personal=True, identifier=True, identifying=True, redactable=True
    ),
    Category.PHONE: CategoryInfo(
        "个人电话号码", personal=True, identifier=True, identifying=True, redactable=True
    ),
    Category.BANK_ACCOUNT: CategoryInfo(
        "个人银行账号", personal=True, identifier=True, identifying=True, redactable=True
    ),
    Category.EMAIL: CategoryInfo("个人电子邮箱", personal=True, identifier=True, redactable=True),
    Category.VEHICLE_PLATE: CategoryInfo("个人机动车号牌", personal=True, identifier=True, redactable=True),
    Category.PERSON_NAME: CategoryInfo("自然人姓名", personal=True, identifying=True, redactable=True),
    Category.ADDRESS: CategoryInfo("个人住址", personal=True, redactable=True),
    Category.SENSITIVE_PERSONAL: CategoryInfo("敏感个人信息", personal=True, redactable=True),
    Category.STATE_SECRET: CategoryInfo("国家秘密标志或定密内容"),
    Category.WORK_SECRET: CategoryInfo("工作秘密或内部限制标识"),
    Category.SECURITY_RISK: CategoryInfo("公开后可能危及安全稳定的内容"),
    Category.TRADE_SECRET: CategoryInfo("第三方商业秘密", redactable=True),
    Category.INTERNAL_AFFAIRS: CategoryInfo("内部事务信息"),
    Category.PROCESS_INFO: CategoryInfo("过程性信息"),
    Category.ENFORCEMENT_FILE: CategoryInfo("行政执法案卷信息"),
    Category.SPECIFIC_RECIPIENT: CategoryInfo("涉及特定对象的信息"),
}


def _where(trait: str) -> frozenset[Category]:
    return frozenset(category for category, info in CATEGORIES.items() if getattr(info, trait))


PERSONAL = _where("personal")
IDENTIFIERS = _where("identifier")
IDENTIFYING = _where("identifying")
REDACTABLE = _where("redactable")


def label(category: Category) -> str:
    return CATEGORIES[category].label
