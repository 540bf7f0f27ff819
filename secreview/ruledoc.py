"""The documentation page of a rule, from its own data: what `secreview rules ID` prints."""

from __future__ import annotations

from secreview.rulepack.schema import Rule

_SEVERITY_ZH = {"high": "高(不得原样公开)", "medium": "中(应删除或不公开,除非人工认定)", "low": "提示"}


def render_rule(rule: Rule, pack_title: str) -> str:
    """Markdown with fixed headings: 检测内容 / 为什么重要 / 示例 / 依据."""
    if rule.effect == "suppress":
        effect = (
            "抑制误报:其范围内的 " + "、".join(category.value for category in rule.suppresses) + " 不报告"
        )
    else:
        assert rule.category is not None
        effect = f"类别 `{rule.category.value}`,严重程度 {_SEVERITY_ZH[rule.severity.value]}"
    lines = [
        f"# {rule.id} {rule.name}: {rule.title}",
        "",
        f"规则包:{pack_title}。{effect}。",
        "",
        "## 检测内容与处理建议",
        "",
        rule.description.strip(),
        "",
        "## 示例",
        "",
        "应当命中:",
        *(f"- `{example}`" for example in rule.examples.hit),
        "",
        "不应命中:",
        *(f"- `{example}`" for example in rule.examples.miss),
    ]
    if rule.basis:
        lines += ["", "## 依据", "", rule.basis]
    return "\n".join(lines).replace("\n\n\n", "\n\n") + "\n"
