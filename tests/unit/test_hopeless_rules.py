"""A report's check of a long text without labels does not run a rule that needs a context word when none
of its words is in the text (weighing would drop every candidate): it reports the same as when every rule
runs."""

from __future__ import annotations

import random

import pytest

from secreview import Engine
from secreview.extract.base import BODY, ExtractedText, Segment
from secreview.validators import gb11643_check_char
from secreview.weigh import Weigher


def _id_number(rng: random.Random) -> str:
    first = f"4301{rng.randrange(2, 30):02d}19{rng.randrange(50, 99)}{rng.randrange(1, 13):02d}"
    first += f"{rng.randrange(1, 28):02d}{rng.randrange(100, 999)}"
    return first + gb11643_check_char(first)


def _list(rows: int, extra: str = "") -> str:
    rng = random.Random(rows)
    lines = ["2026年临时救助对象公示", "序号\t姓名\t身份证号\t联系电话"]
    for row in range(1, rows + 1):
        lines.append(f"{row}\t王某某\t{_id_number(rng)}\t1{rng.choice('3589')}{rng.randrange(10**9):09d}")
        if row % 300 == 0 and extra:
            lines.append(extra)
    return "\n".join(lines) + "\n"


# Each text, and which look-alike rules (bank account, social security card, credit code) are not run.
_CASES = [
    (_list(1200), {"PI202", "PI009", "PB003"}),
    # Context words of the look-alike rules in the list: they run, and keep what they keep.
    (_list(1200, "开户行账号 6222021234567890128 统一社会信用代码 91350100M000100Y43 社保卡号 12"), set()),
    (_list(1200, "银行账号:62170012345678901"), {"PI009", "PB003"}),
    (_list(30), set()),  # short: every rule runs
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("index", range(4))
def test_a_long_list_is_reported_as_when_every_rule_runs(
    engine: Engine, index: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    text, not_run = _CASES[index]
    asked: list[str] = []
    hopeless = Weigher.hopeless

    def counted(self: Weigher, extracted: ExtractedText, normalized: str) -> object:
        test = hopeless(self, extracted, normalized)
        if test is None:
            return None
        return lambda compiled: test(compiled) and not asked.append(compiled.rule.id)

    monkeypatch.setattr(Weigher, "hopeless", counted)
    fast = engine.check_text(text).model_dump_json()
    monkeypatch.setattr(Weigher, "hopeless", lambda self, extracted, normalized: None)
    assert engine.check_text(text).model_dump_json() == fast
    assert {"PI202", "PI009", "PB003"} & set(asked) == not_run
    assert asked or len(text) < 32_768


def test_a_labelled_text_runs_every_rule(engine: Engine) -> None:
    text = _list(1200)
    extracted = ExtractedText(text, [Segment(0, len(text), BODY, label="名单")])
    assert engine._weigher.hopeless(extracted, text) is None


def test_the_rules_without_a_word_in_the_text_are_those_a_search_per_rule_finds(engine: Engine) -> None:
    """One word search of every context word tells the same as searching the text for each rule's words."""
    rng = random.Random(7)
    words = sorted(
        {word for compiled in engine.rules for word in (*compiled.context, *compiled.exclude_context)}
    )
    asked = [compiled for compiled in engine.rules if compiled.rule.require_context]
    for _ in range(40):
        extra = "".join(rng.choice(words) + "。" for _ in range(rng.randint(0, 6)))
        text = _list(1200, extra)
        extracted = ExtractedText(text, [Segment(0, len(text), BODY)])
        test = engine._weigher.hopeless(extracted, text)
        assert test is not None
        for compiled in asked:
            plan = engine._weigher._plan(compiled)
            expected = plan.any_word is None or plan.any_word.search(text) is None
            assert test(compiled) == expected, compiled.rule.id
