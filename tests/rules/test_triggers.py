"""A rule's triggers only save work: with them, its patterns find exactly what they find on the whole text.

Checked for every triggered rule on its own examples and on labelled documents of every generator, with
the examples and documents also joined into one text so that windows of different lines meet.
"""

from __future__ import annotations

import dataclasses
import random

import pytest

from secreview.match import PatternMatcher
from secreview.normalize import normalize
from secreview.rulepack import CompiledRule, load_packs
from tests.testing import identifiers, privacy_documents, secrecy_documents

TRIGGERED = [compiled for pack in load_packs() for compiled in pack.rules if compiled.triggered]


def _texts() -> list[str]:
    documents = [document.text for document in identifiers.labelled_documents(seed=3, count=60)]
    documents += [labelled.text for labelled in privacy_documents.documents(40, seed=4)]
    documents += [labelled.text for labelled in secrecy_documents.labelled_documents(per_category=3)]
    examples = [
        example
        for compiled in TRIGGERED
        for example in (*compiled.rule.examples.hit, *compiled.rule.examples.miss)
    ]
    shuffled = examples[:]
    random.Random(8).shuffle(shuffled)
    joined = ["\n".join(shuffled[start : start + 25]) for start in range(0, len(shuffled), 25)]
    return [normalize(text).text for text in (*documents, *examples, *joined)]


TEXTS = _texts()


def _spans(compiled: CompiledRule, text: str) -> list[tuple[int, int]]:
    return [(candidate.start, candidate.end) for candidate in PatternMatcher([compiled]).find(text)]


@pytest.mark.parametrize("compiled", TRIGGERED, ids=[compiled.rule.id for compiled in TRIGGERED])
def test_triggers_never_lose_a_match(compiled: CompiledRule) -> None:
    everywhere = dataclasses.replace(compiled, triggers=(), trigger_pattern=None)
    assert not everywhere.triggered
    for text in TEXTS:
        assert _spans(compiled, text) == _spans(everywhere, text), text[:200]


def test_every_pattern_rule_of_the_identifier_packs_is_triggered() -> None:
    untriggered = [
        compiled.rule.id
        for pack in load_packs()
        if pack.header.prefix in ("PI", "PB")
        for compiled in pack.rules
        if compiled.patterns and not compiled.triggered
    ]
    assert untriggered == []
