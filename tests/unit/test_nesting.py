"""One finding per thing: nested personal matches are one finding, the longest; other markings stay."""

from __future__ import annotations

from secreview import check_text


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
