"""A rule's triggers only save work: with them, its patterns find exactly what they find on the whole text.

Checked for every triggered rule on the examples of every rule (alone and joined into longer texts, so that
windows of different lines meet) and on labelled documents of every generator; `secreview rules --check`
runs the same proof on a user's pack with the examples.
"""

from __future__ import annotations

import pytest

from secreview.normalize import normalize
from secreview.proof import proof_texts, trigger_problems
from secreview.rulepack import CompiledPack, CompiledRule, load_packs
from tests.testing import identifiers, privacy_documents, secrecy_documents

PACKS = load_packs()
TRIGGERED = [(pack, compiled) for pack in PACKS for compiled in pack.rules if compiled.triggered]


def _texts() -> list[str]:
    documents = [document.text for document in identifiers.labelled_documents(seed=3, count=60)]
    documents += [labelled.text for labelled in privacy_documents.documents(40, seed=4)]
    documents += [labelled.text for labelled in secrecy_documents.labelled_documents(per_category=3)]
    rules = [compiled for _, compiled in TRIGGERED]
    return [normalize(text).text for text in documents] + proof_texts(rules)


TEXTS = _texts()


@pytest.mark.parametrize(("pack", "compiled"), TRIGGERED, ids=[compiled.rule.id for _, compiled in TRIGGERED])
def test_triggers_never_lose_a_match(pack: CompiledPack, compiled: CompiledRule) -> None:
    assert [str(problem) for problem in trigger_problems(compiled, TEXTS, pack.source)] == []


def test_every_pattern_rule_of_the_identifier_packs_is_triggered() -> None:
    untriggered = [
        compiled.rule.id
        for pack in PACKS
        if pack.header.prefix in ("PI", "PB")
        for compiled in pack.rules
        if compiled.patterns and not compiled.triggered
    ]
    assert untriggered == []
