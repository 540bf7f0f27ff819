"""Every rule's own examples, run through the whole engine: hits must be kept, misses must not."""

from __future__ import annotations

from pathlib import Path

import pytest

from secreview import Engine
from secreview.extract.base import BODY, ExtractedText, Segment
from secreview.rulepack import CompiledRule, load_packs

USER_PACKS = Path(__file__).resolve().parents[1] / "fixtures" / "packs" / "user_terms.toml"
ALL_PACKS = load_packs([USER_PACKS])
ENGINE = Engine(packs=ALL_PACKS)
CASES = [
    pytest.param(compiled, example, expect, id=f"{compiled.rule.id}-{expect}-{index}")
    for pack in ALL_PACKS
    for compiled in pack.rules
    for expect, examples in (("hit", compiled.rule.examples.hit), ("miss", compiled.rule.examples.miss))
    for index, example in enumerate(examples)
]


def _kept_by(engine: Engine, compiled: CompiledRule, example: str) -> list[str]:
    reported, public = engine.weigh_all(ExtractedText(example, [Segment(0, len(example), BODY)]))
    pool = public if compiled.rule.effect == "suppress" else reported
    return [item.why for item in pool if item.kept and item.candidate.rule is compiled]


@pytest.mark.parametrize(("compiled", "example", "expect"), CASES)
def test_rule_example(compiled: CompiledRule, example: str, expect: str) -> None:
    kept = _kept_by(ENGINE, compiled, example)
    if expect == "hit":
        assert kept, f"{compiled.rule.id} should match {example!r}"
    else:
        assert not kept, f"{compiled.rule.id} should not match {example!r}"
