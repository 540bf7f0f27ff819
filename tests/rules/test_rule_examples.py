"""Every rule's own examples, run through the whole engine: hits must be kept, misses must not.

The same function proves a user's pack when it is loaded and in `secreview rules --check`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from secreview import Engine
from secreview.proof import example_problems
from secreview.rulepack import CompiledPack, CompiledRule, load_packs

USER_PACKS = Path(__file__).resolve().parents[1] / "fixtures" / "packs" / "user_terms.toml"
ALL_PACKS = load_packs([USER_PACKS])
ENGINE = Engine(packs=ALL_PACKS)
CASES = [pytest.param(pack, compiled, id=compiled.rule.id) for pack in ALL_PACKS for compiled in pack.rules]


@pytest.mark.parametrize(("pack", "compiled"), CASES)
def test_rule_examples(pack: CompiledPack, compiled: CompiledRule) -> None:
    assert [str(problem) for problem in example_problems(ENGINE, compiled, pack.source)] == []
