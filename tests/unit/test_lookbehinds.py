"""A window where a pattern's probe (the pattern without its look-arounds, lookbehinds.py) finds nothing
is skipped: the same candidates as with every window run."""

from __future__ import annotations

import random

import pytest

from secreview.lookbehinds import probe_source, stored_probe
from secreview.match import PatternMatcher
from secreview.normalize import normalize
from tests.testing.skipped_windows import candidates, random_texts, rule_examples, rules_told


@pytest.mark.parametrize(
    ("source", "probe"),
    [
        (r"(?<![0-9A-Za-z*.+]|\d ?[.、/_—·•, \-] ?)0\d{2,3}(?P<s>[ -])[2-9](?P=s)\d(?![0-9]|\.\d)",
         r"0\d{2,3}(?P<s>[ -])[2-9](?:[ -])\d"),
        (r"(?<=[A-Za-z])(?<![0-9*])1[3-9]\d{9}(?=[a-w])", r"1[3-9]\d{9}"),
        (r"(?<=[<\[]x)a(?=[>\]])|b", r"a|b"),
        (r"(?<!\p{Han})\d{6}", r"\d{6}"),
    ],
)  # fmt: skip
def test_the_probe_leaves_out_the_look_arounds(source: str, probe: str) -> None:
    assert probe_source(source) == probe


@pytest.mark.parametrize(
    "source",
    [
        r"\d{6}",  # nothing to leave out
        r"(?m)^(?=\d)\d+",  # global flags first: not read
        r"(?<=(a))\d+",  # a look-behind that captures
        r"a(?=b)?c",  # a repeated look-ahead
        r"(a)\d+(?<!x)\1",  # a numbered back-reference
        r"[[a-z]--[b]](?<!x)\d",  # a nested set
    ],
)
def test_no_probe(source: str) -> None:
    assert probe_source(source) is None


_PIECES = ["\n", " ", "-", ".", "、", "/", "_", "—", "·", ",", "1", "3", "9", "0", "7", "2", "139", "8765",
           "4321", "0731", "8456", "430102", "1990", "0307", "6222", "0212", "X", "a", "Tel", "SF", "湘",
           "A", "电话", "手机", "身份证号", "卡号", "车牌", "号", "元", "你局", "《关于", "》", "(", ")",
           ":"]  # fmt: skip


def test_the_matcher_finds_the_same_with_and_without_the_probe(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules with a probe, on their examples, on examples joined as lines and on random texts."""
    rules = rules_told(stored_probe)
    rng = random.Random(13)
    examples = rule_examples(rules)
    # Lines far apart, so that the trigger windows stay apart (the probe is for several windows).
    apart = "\n" + "各单位要高度重视,明确责任分工,确保各项工作落到实处。" * 12 + "\n"
    texts = [apart.join(rng.choice(examples) for _ in range(rng.randint(2, 6))) for _ in range(400)]
    texts += [apart.join(random_texts(rng, _PIECES, rng.randint(2, 5), 40)) for _ in range(1500)]
    views = [normalize(text).text for text in [*examples, *texts]]
    probing = candidates(rules, views)
    monkeypatch.setattr(PatternMatcher, "_probe", lambda self, pattern: None)
    running = candidates(rules, views)
    assert probing == running
    assert sum(map(len, running)) >= len(rules)  # the hit examples are found
