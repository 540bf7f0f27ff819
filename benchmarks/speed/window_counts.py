"""How much work the pattern rules' trigger windows make, counted (no timing): the windows the triggers open,
the pre-tests asked of them (the words a match holds, pattern by pattern), the windows each pattern then runs
on, the regex calls that takes (joined windows are one call) and the matches; per KB, and the rules that ran
without a match.

    python benchmarks/speed/window_counts.py                          # the real documents, check_text
    python benchmarks/speed/window_counts.py --corpus realistic --kb 1024 --identifiers   # run.py's stage

Counts do not depend on the machine's load: a change that cuts windows or runs shows here exactly.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

import run  # noqa: E402
import stages  # noqa: E402

import secreview  # noqa: E402
import secreview.match as match_module  # noqa: E402
from secreview.match import PatternMatcher  # noqa: E402


def instrument(counts: Counter[str], by_rule: dict[str, Counter[str]]) -> None:
    """Wrap the matcher's windows, pre-tests and runs to count them into ``counts`` and ``by_rule``."""
    windows_of = PatternMatcher._windows
    required_of = PatternMatcher._required
    spans_of = PatternMatcher._spans
    joined_spans = match_module._Joined.spans

    def windows(self: PatternMatcher, *args: Any) -> list[list[tuple[int, int]]]:
        found = windows_of(self, *args)
        counts["windows opened"] += sum(map(len, found))
        return found

    def required(self: PatternMatcher, pattern: Any) -> Callable[[str, int, int], bool] | None:
        check = required_of(self, pattern)
        if check is None:
            return None

        def counted(text: str, start: int, end: int) -> bool:
            held = check(text, start, end)
            counts["pre-tests"] += 1
            counts["pre-tests passed"] += held
            return held

        return counted

    def spans(
        compiled: Any, pattern: Any, text: str, spans: list[tuple[int, int]], plane: bool = False
    ) -> Any:
        bounds = spans_of(compiled, pattern, text, spans, plane)
        _ran(compiled.rule.id, len(spans), len(spans), len(bounds) // 2)
        return bounds

    def joined(self: Any, pattern: Any, rule_id: str, group: str | None) -> Any:
        bounds = joined_spans(self, pattern, rule_id, group)
        _ran(rule_id, len(self._starts), 1, len(bounds) // 2)
        return bounds

    def _ran(rule_id: str, window_runs: int, calls: int, matches: int) -> None:
        counts["window runs"] += window_runs
        counts["regex calls"] += calls
        counts["matches"] += matches
        by_rule.setdefault(rule_id, Counter()).update({"window runs": window_runs, "matches": matches})

    PatternMatcher._windows = windows  # type: ignore[method-assign]
    PatternMatcher._required = required  # type: ignore[method-assign,assignment]
    PatternMatcher._spans = staticmethod(spans)  # type: ignore[method-assign,assignment]
    match_module._Joined.spans = joined  # type: ignore[method-assign,assignment]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", choices=("real", "realistic", "hit-dense"), default="real")
    parser.add_argument("--kb", type=int, default=256)
    parser.add_argument(
        "--identifiers", action="store_true", help="run.py's identifier stage instead of check_text"
    )
    args = parser.parse_args()
    documents = stages.documents_of(args.corpus, args.kb)
    engine = run.identifier_engine() if args.identifiers else secreview.Engine()
    if args.identifiers:

        def check(document: str) -> object:
            return run.identifier_stage(engine, document)
    else:
        check = engine.check_text
    check(documents[0])  # compile what the first check compiles, then count
    counts: Counter[str] = Counter()
    by_rule: dict[str, Counter[str]] = {}
    instrument(counts, by_rule)
    # The matcher keeps each source's window test from its first use: told again, through the counting one.
    engine._patterns._sources.clear()
    for document in documents:
        check(document)
    kilobytes = sum(len(document.encode()) for document in documents) / 1024
    what = "identifier stage" if args.identifiers else "check_text"
    print(f"{len(documents)} texts, {kilobytes:.0f} KB ({args.corpus}, {what})")
    for name in ("windows opened", "pre-tests", "pre-tests passed", "window runs", "regex calls", "matches"):
        print(f"  {name:<17} {counts[name]:>8,}  {counts[name] / kilobytes:8.1f} per KB")
    idle = sorted(rule for rule, ran in by_rule.items() if not ran["matches"])
    idle_runs = sum(by_rule[rule]["window runs"] for rule in idle)
    print(
        f"  rules run {len(by_rule)}, {len(idle)} of them without a match, with {idle_runs:,} of the "
        f"{counts['window runs']:,} window runs"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
