"""One finding per thing: nested personal matches are one finding, the longest; other markings stay."""

from __future__ import annotations

from secreview import Engine, check_text
from secreview.categories import PERSONAL
from secreview.extract.base import BODY
from secreview.models import Severity
from secreview.nesting import one_of, outermost
from secreview.rulepack.schema import CompiledRule
from secreview.weighed import Weighed


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.category.value, f.text) for f in check_text(text).files[0].findings]


def test_phone_inside_an_email_is_the_email() -> None:
    assert _found("您留下的联系方式为:13912345678@139.com。") == [("email", "13912345678@139.com")]


def test_prefixed_phone_found_by_two_rules_is_one_finding() -> None:
    text = "汤桂英 330106194011273046 +86-15912340922"
    assert _found(text) == [("id_number", "330106194011273046"), ("phone", "+86-15912340922")]


def test_touching_sensitive_details_are_one_finding_and_counted_once() -> None:
    report = check_text("户主王建国,建档立卡贫困户,患尿毒症。").files[0]
    sensitive = [f.text for f in report.findings if f.category.value == "sensitive_personal"]
    assert sensitive == ["建档立卡贫困户", "患尿毒症"]
    assert any("敏感个人信息 2 处" in reason.message for reason in report.reasons)


def test_one_of_two_items_of_a_span_is_what_outermost_keeps() -> None:
    """Weighing keeps one item per span and category as it goes (``one_of``); the report would keep the
    same one from both (``outermost``, then the first of a span and category), whatever came first."""
    engine = Engine()
    by_category: dict[object, list[CompiledRule]] = {}
    for compiled in engine.rules:
        if compiled.rule.effect == "report" and compiled.rule.category is not None:
            by_category.setdefault(compiled.rule.category, []).append(compiled)
    pairs = [(a, b) for rules in by_category.values() for a in rules[:4] for b in rules[:4] if a is not b]
    assert any(a.rule.category in PERSONAL for a, _ in pairs)
    assert any(a.rule.category not in PERSONAL for a, _ in pairs)
    for first, second in pairs:
        for low, high in ((Severity.LOW, Severity.HIGH), (Severity.HIGH, Severity.MEDIUM)):
            earlier = Weighed(first, 3, 9, BODY, None, low, first.rule.message, "kept")
            later = Weighed(second, 3, 9, BODY, None, high, second.rule.message, "kept")
            kept = outermost(sorted([earlier, later], key=lambda item: item.rule.rule.id))
            assert one_of(earlier, later) == kept[0] == one_of(later, earlier)
