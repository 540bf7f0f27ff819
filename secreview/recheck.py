"""Why the re-check of a redacted copy is stricter than the original: what the copy's own check found that
the original did not, and where the original stood on it. The copy is checked from its own text alone (as
a pre-commit hook or a publishing system checks it), so it no longer holds what the original's verdict rested
on; the officer is told so in Chinese.
"""

from __future__ import annotations

from collections.abc import Collection

from secreview.masking import must_redact
from secreview.models import FileReport, Finding, Severity, TraceRole
from secreview.report.places import place


def stricter_recheck(original: FileReport, recheck: FileReport, learned_rules: Collection[str]) -> list[str]:
    """Lines for the officer when ``recheck`` (the copy's report) is stricter than ``original``; none
    otherwise. ``learned_rules``: the rules of the learned signal (JL…)."""
    if original.attribute is None or recheck.attribute is None:
        return []
    if recheck.attribute.strictness <= original.attribute.strictness:
        return []
    lines = [
        f"secreview: 注意: 删减稿复查为“{recheck.attribute_zh}”,比原文件的“{original.attribute_zh}”更严格。"
        "删减稿只按其本身的文字复查,复查发现:"
    ]
    known = {finding.rule for finding in original.findings if _counts(finding)}
    for finding in recheck.findings:
        if not _counts(finding) or must_redact(finding) or finding.rule in known:
            continue
        lines.append(f"  {place(finding)}  [{finding.rule}] {finding.message}")
        lines.append(f"    原因: {_why(finding.rule, original, learned_rules)}")
    lines.append("  请人工核实删减稿:其余部分确无不宜公开的内容的,可按原文件的建议办理;否则不予公开。")
    return lines


def _counts(finding: Finding) -> bool:
    return finding.severity in (Severity.HIGH, Severity.MEDIUM) and finding.suppressed_by is None


def _why(rule: str, original: FileReport, learned_rules: Collection[str]) -> str:
    if rule in learned_rules:
        return (
            "原文件中规则已认定应删除的内容,统计模型不作提示;删减稿中规则已无发现,"
            "也看不出删去的段落(整段涂黑 20 字以上),统计模型按剩下的文字作出提示"
        )
    step = next(
        (
            step
            for step in original.trace
            if step.role is TraceRole.COMBINED and not step.rules and step.message.startswith(f"{rule} ")
        ),
        None,
    )
    if step is None or ";" not in step.message:
        return "原文件中未发现此项;删减后剩下的文字构成了此项"
    note = step.message.split(";", 1)[1]
    if note.startswith("但有"):
        return f"原文件中此项未成立({note});使其不成立的文字已随删除的内容去掉"
    return (
        f"原文件中此项未成立({note});删减稿中看不出删去的段落"
        "(整段涂黑不足 20 字时,无法与遮盖的证件号码等个人信息区分)"
    )
