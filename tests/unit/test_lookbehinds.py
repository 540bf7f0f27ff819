"""A window where a pattern's probe (the pattern without its look-arounds, lookbehinds.py) finds nothing
is skipped: the same candidates as with every window run."""

from __future__ import annotations

import random

import pytest

from secreview import Engine
from secreview.lookbehinds import probe_source, stored_probe
from secreview.match import PatternMatcher
from secreview.normalize import normalize
from secreview.rulepack.schema import compile_pattern


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
    rules = [
        compiled
        for compiled in Engine().rules
        if any(stored_probe(compile_pattern(source)) for source in compiled.pattern_sources)
    ]
    assert rules
    rng = random.Random(13)
    examples = [
        example
        for compiled in rules
        for example in (*compiled.rule.examples.hit, *compiled.rule.examples.miss)
    ]
    # Lines far apart, so that the trigger windows stay apart (the probe is for several windows).
    apart = "\n" + "各单位要高度重视,明确责任分工,确保各项工作落到实处。" * 12 + "\n"
    texts = [apart.join(rng.choice(examples) for _ in range(rng.randint(2, 6))) for _ in range(400)]
    texts += [
        apart.join(
            "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 40))) for _ in range(rng.randint(2, 5))
        )
        for _ in range(1500)
    ]
    views = [normalize(text).text for text in [*examples, *texts]]

    def found() -> list[list[tuple[str, int, int]]]:
        matcher = PatternMatcher(rules)
        return [[(c.rule.rule.id, c.start, c.end) for c in matcher.find(view, folded=True)] for view in views]

    probing = found()
    monkeypatch.setattr(PatternMatcher, "_probe", lambda self, pattern: None)
    running = found()
    assert probing == running
    assert sum(map(len, running)) >= len(rules)  # the hit examples are found
