"""What proves a rule pack beyond its schema: its examples run through the engine (each hit found, no
miss), and its trigger words or trigger pattern lose no match its patterns find on the whole text."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Iterable, Sequence
from typing import Protocol

from secreview.extract.base import BODY, OCR, ExtractedText, Segment
from secreview.match import PatternMatcher
from secreview.normalize import NormalizedText, normalize
from secreview.ocr.examples import ocr_example
from secreview.rulepack import CompiledPack, CompiledRule, PackProblems, Problem

TYPE_CHECKING = False
if TYPE_CHECKING:
    from secreview.weighed import Weighed

JOINED_EXAMPLES = 25  # examples per joined text, so that the trigger windows of different lines meet
QUOTED = 60  # characters of a text quoted in a problem


class Weighs(Protocol):
    def weigh_all(
        self, extracted: ExtractedText, normalized: NormalizedText | None = None
    ) -> tuple[list[Weighed], list[Weighed]]: ...


def _quoted(text: str) -> str:
    return "“" + (text if len(text) <= QUOTED else text[:QUOTED] + "…").replace("\n", "⏎") + "”"


def example_problems(engine: Weighs, compiled: CompiledRule, source: str) -> list[Problem]:
    """Each ``hit`` example must be kept as a finding (or public span) of the rule, no ``miss`` example.
    An example stands in the body, or, for a rule limited to other parts, in the first of its ``scope``."""
    rule = compiled.rule
    part = rule.scope[0] if rule.scope and BODY not in rule.scope else BODY
    problems = []
    for expect, examples in (("hit", rule.examples.hit), ("miss", rule.examples.miss)):
        for index, example in enumerate(examples):
            # A rule about OCR text proves its examples as OCR text (⟦…⟧: read with low confidence).
            extracted = (
                ocr_example(example)
                if part == OCR
                else ExtractedText(example, [Segment(0, len(example), part)])
            )
            reported, public = engine.weigh_all(extracted)
            pool = public if rule.effect == "suppress" else reported
            mine = [item for item in pool if item.rule is compiled]
            kept = [extracted.text[item.start : item.end] for item in mine if item.kept]
            field = f"examples.{expect}[{index}]"
            if expect == "hit" and not kept:
                why = "; ".join(dict.fromkeys(item.why for item in mine)) or "nothing matched"
                message = f"not found in {_quoted(example)} ({why})"
                problems.append(Problem("E230", source, message, rule.id, field))
            elif expect == "miss" and kept:
                message = f"found {_quoted(kept[0])} in {_quoted(example)}, which must not match"
                problems.append(Problem("E231", source, message, rule.id, field))
    return problems


def prove_examples(engine: Weighs, packs: Iterable[CompiledPack]) -> None:
    """Raise PackProblems when an example of these packs fails (what loading a user's pack runs)."""
    problems = [
        problem
        for pack in packs
        for compiled in pack.rules
        for problem in example_problems(engine, compiled, pack.source)
    ]
    if problems:
        raise PackProblems(problems)


def proof_texts(rules: Sequence[CompiledRule], seed: int = 8) -> list[str]:
    """The normalized examples of ``rules``, alone and shuffled together into longer texts."""
    examples = [
        example
        for compiled in rules
        for example in (*compiled.rule.examples.hit, *compiled.rule.examples.miss)
    ]
    shuffled = examples[:]
    random.Random(seed).shuffle(shuffled)
    joined = [
        "\n".join(shuffled[start : start + JOINED_EXAMPLES])
        for start in range(0, len(shuffled), JOINED_EXAMPLES)
    ]
    return [normalize(text).text for text in (*examples, *joined)]


def _spans(compiled: CompiledRule, text: str) -> list[tuple[int, int]]:
    return [(candidate.start, candidate.end) for candidate in PatternMatcher([compiled]).find(text)]


def trigger_problems(compiled: CompiledRule, texts: Iterable[str], source: str) -> list[Problem]:
    """A triggered rule must find on each (normalized) text exactly what its patterns find everywhere."""
    if not compiled.triggered:
        return []
    everywhere = dataclasses.replace(compiled, triggers=(), trigger_pattern=None)
    for text in texts:
        triggered, whole = _spans(compiled, text), _spans(everywhere, text)
        if triggered != whole:
            lost = [text[start:end] for start, end in whole if (start, end) not in set(triggered)]
            what = f"lose {_quoted(lost[0])}" if lost else "change the matches"
            field = (
                "trigger_pattern"
                if compiled.trigger_pattern is not None and not compiled.triggers
                else "triggers"
            )
            message = f"the triggers {what} in {_quoted(text)}: add a trigger or widen `trigger_lines`"
            return [Problem("E232", source, message, compiled.rule.id, field)]
    return []
