"""The documentation page of a rule, from its own data: what `secreview rules ID` prints."""

from __future__ import annotations

from collections.abc import Sequence

from secreview.judge.schema import Combination
from secreview.rulepack.schema import Rule

_SEVERITY_ZH = {"high": "高(不得原样公开)", "medium": "中(应删除或不公开,除非人工认定)", "low": "提示"}


def _examples(hit: Sequence[str], miss: Sequence[str]) -> list[str]:
    """The 示例 section of a page: what must match, what must not."""
    hits = [f"- `{example}`" for example in hit]
    misses = [f"- `{example}`" for example in miss]
    return ["## 示例", "", "应当命中:", *hits, "", "不应命中:", *misses]


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
        *_examples(rule.examples.hit, rule.examples.miss),
    ]
    if rule.basis:
        lines += ["", "## 依据", "", rule.basis]
    return "\n".join(lines).replace("\n\n\n", "\n\n") + "\n"


def render_combination(combination: Combination, source: str) -> str:
    """The page of a judgement combination (JD…): what it needs, what stops it, examples, basis."""
    scope = "段落(可分割,删除该段后公开)" if combination.scope == "paragraph" else "全文"
    needs = " 且 ".join("(" + " 或 ".join(group) + ")" for group in combination.require)
    lines = [
        f"# {combination.id} {combination.name}: {combination.message.split(',', 1)[0]}",
        "",
        f"判断规则:{source}。类别 `{combination.category.value}`,"
        f"严重程度 {_SEVERITY_ZH[combination.severity.value]},范围:{scope}。",
        "",
        "## 检测内容与处理建议",
        "",
        combination.description.strip(),
        "",
        f"需要的信号:{needs}",
        *([f"以下信号之一出现则不成立:{'、'.join(combination.unless)}"] if combination.unless else []),
        "",
        *_examples(combination.examples.hit, combination.examples.miss),
        "",
        "## 依据",
        "",
        combination.basis,
    ]
    return "\n".join(line.replace("\n", "\\n") for line in lines) + "\n"


def combination_line(combination: Combination) -> str:
    """One line of ``secreview rules``, as a pack rule's."""
    title = combination.message.split(",", 1)[0]
    return (
        f"  {combination.id}  {combination.name:<32} {combination.severity.value:<6} "
        f"{combination.category.value:<22} {title}"
    )


def judgement_listing(prefix: str) -> list[str]:
    """The lines of ``secreview rules`` for the built-in judgement combinations whose id starts with
    ``prefix``: a heading and one line each, or nothing."""
    from secreview.judge import load_judgement

    judgement = load_judgement()
    chosen = sorted((c for c in judgement.combinations if c.id.startswith(prefix)), key=lambda c: c.id)
    if not chosen:
        return []
    heading = f"JD  内容判断(无标识内容的组合判断)  ({judgement.source})"
    return [heading, *(combination_line(combination) for combination in chosen)]


def judgement_page(wanted: str) -> str | None:
    """The page of the built-in judgement combination with this id or name, or None."""
    from secreview.judge import load_judgement

    judgement = load_judgement()
    for combination in judgement.combinations:
        if wanted.upper() == combination.id or wanted.lower() == combination.name:
            return render_combination(combination, str(judgement.source))
    return None
