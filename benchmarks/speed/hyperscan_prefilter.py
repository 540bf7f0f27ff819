"""Issue 20: the identifier stage with one Hyperscan pass over the whole text in front of the pattern rules'
runs — measured, not shipped (README, "Session 21, speed36").

    pip install hyperscan                                           # 0.9.1: manylinux x86_64 wheel
    python benchmarks/speed/hyperscan_prefilter.py                  # realistic text, 256 KB
    python benchmarks/speed/hyperscan_prefilter.py --corpus hit-dense

Every pattern source of the identifier packs (PI, PB) is written as a Hyperscan expression
(``hyperscan_form``) and compiled in prefilter mode (``HS_FLAG_PREFILTER | HS_FLAG_UTF8 | HS_FLAG_UCP``: a
superset of its matches) into one database with the trigger words and trigger patterns. One scan of the UTF-8
text reports each match's end; its line says where the source may end a match. Each source then runs on those
of its windows that hold such a line: the same windows otherwise, so the same matches (checked on the text
before timing). Start of match is not asked for (``HS_FLAG_SOM_LEFTMOST``): a window needs only the ends.

Printed: compile time of the database (cached in the temporary folder: it takes minutes), the number of
matches the scan reports and its CPU time, then rounds of the stage (``stages.py identifiers``) of main and
with the prefilter, alternated, with Presidio's pass when installed and the bound of any window prefilter
(each source's windows kept only where main's run found a match, at no cost).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from itertools import accumulate
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

import corpus  # noqa: E402
import regex  # noqa: E402
import run  # noqa: E402

import secreview  # noqa: E402
from secreview import match  # noqa: E402
from secreview.broken_lines import BROKEN_NUMBER  # noqa: E402
from secreview.layout import Places  # noqa: E402
from secreview.lines import line_starts  # noqa: E402
from secreview.normalize import normalize  # noqa: E402
from secreview.rulepack.schema import CompiledRule, compile_pattern  # noqa: E402


def hyperscan_form(source: str) -> str:
    """``source`` (``regex`` syntax) as a Hyperscan expression that matches at least what it matches:
    ``\\uXXXX`` as ``\\x{XXXX}``, a colon or bracket inside a class escaped (Hyperscan reads ``[:`` as a POSIX
    class), possessive quantifiers and atomic groups as plain ones, ``\\K`` and ``\\G`` dropped."""
    out: list[str] = []
    index, length, in_class, class_opened = 0, len(source), False, False
    while index < length:
        char = source[index]
        if char == "\\":
            following = source[index + 1 : index + 2]
            if following in ("u", "U"):
                digits = 4 if following == "u" else 8
                out.append("\\x{" + source[index + 2 : index + 2 + digits] + "}")
                index += 2 + digits
            elif not in_class and following in ("K", "G"):
                index += 2
            else:
                out.append(source[index : index + 2])
                index += 2
            class_opened = False
            continue
        if in_class:
            if char == "]" and not class_opened:
                in_class = False
                out.append(char)
            else:
                out.append("\\" + char if char in ":[" else char)
            class_opened = False
            index += 1
        elif char == "[":
            in_class = class_opened = True
            out.append(char)
            index += 1
            if source[index : index + 1] == "^":
                out.append("^")
                index += 1
        elif char in "*+?}" and source[index + 1 : index + 2] == "+":
            out.append(char)
            index += 2
        elif source.startswith("(?>", index):
            out.append("(?:")
            index += 3
        else:
            out.append(char)
            index += 1
    return "".join(out)


def _flags(hyperscan: Any, pattern: regex.Pattern[str]) -> int:
    """Prefilter mode over UTF-8 with Unicode classes, and the pattern's own flags."""
    flags = hyperscan.HS_FLAG_PREFILTER | hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_UCP
    flags |= hyperscan.HS_FLAG_ALLOWEMPTY
    for mine, theirs in ((regex.M, "MULTILINE"), (regex.I, "CASELESS"), (regex.S, "DOTALL")):
        if pattern.flags & mine:
            flags |= getattr(hyperscan, f"HS_FLAG_{theirs}")
    return flags


def _digest(value: object) -> str:
    return hashlib.sha256(repr(value).encode()).hexdigest()[:16]


class Database:
    """The identifier packs' pattern sources, trigger words and trigger patterns in one Hyperscan database."""

    def __init__(self, hyperscan: Any, matcher: match.PatternMatcher) -> None:
        self.hyperscan = hyperscan
        sources = sorted({source for compiled in matcher._rules for source in compiled.pattern_sources})
        forms = [
            (hyperscan_form(pattern.pattern), _flags(hyperscan, pattern))
            for pattern in map(compile_pattern, sources)
        ]
        folder = Path(tempfile.gettempdir())
        # Which sources Hyperscan refuses, asked one by one (each compile may take seconds), kept.
        asked = folder / f"secreview-hyperscan-{_digest((hyperscan.__version__, forms))}.refused"
        if not asked.exists():
            asked.write_text(
                json.dumps([number for number, form in enumerate(forms) if not self._compiles(*form)])
            )
        refused = set(json.loads(asked.read_text()))
        self.refused = [source for number, source in enumerate(sources) if number in refused]
        expressions: list[tuple[str, int]] = []
        self.number: dict[str, int] = {}  # each source's expression number
        for number, (source, form) in enumerate(zip(sources, forms, strict=True)):
            if number not in refused:
                self.number[source] = len(expressions)
                expressions.append(form)
        assert matcher.triggers is not None
        for word in matcher.triggers.words:
            expressions.append((regex.escape(word), hyperscan.HS_FLAG_UTF8))
        for pattern, *_ in matcher._trigger_patterns:
            expressions.append((hyperscan_form(pattern.pattern), _flags(hyperscan, pattern)))
        self.count = len(expressions)
        stored = folder / f"secreview-hyperscan-{_digest((hyperscan.__version__, expressions))}.db"
        self.compile_seconds = 0.0
        if stored.exists():
            self.database = hyperscan.loadb(stored.read_bytes(), hyperscan.HS_MODE_BLOCK)
        else:
            began = time.process_time()
            self.database = hyperscan.Database()
            self.database.compile(
                expressions=[expression.encode() for expression, _ in expressions],
                ids=list(range(self.count)),
                elements=self.count,
                flags=[flags for _, flags in expressions],
            )
            self.compile_seconds = time.process_time() - began
            stored.write_bytes(hyperscan.dumpb(self.database))
        self.database.scratch = hyperscan.Scratch(self.database)

    def _compiles(self, expression: str, flags: int) -> bool:
        try:
            self.hyperscan.Database().compile(
                expressions=[expression.encode()], ids=[0], elements=1, flags=[flags]
            )
        except self.hyperscan.error:
            return False
        return True

    def end_lines(self, text: str) -> tuple[list[list[int]], int]:
        """For each expression, the lines (in order, each once) where a match it reports ends; and how many
        matches the scan reported."""
        data = text.encode()
        starts = [0, *accumulate(len(line) + 1 for line in data.split(b"\n")[:-1])]
        lines: list[list[int]] = [[] for _ in range(self.count)]
        last = [-1] * self.count
        reported = [0]

        def reported_match(number: int, _start: int, end: int, _flags: int, _context: object) -> None:
            reported[0] += 1
            line = bisect_right(starts, end - 1) - 1
            if line != last[number]:
                last[number] = line
                lines[number].append(line)

        self.database.scan(data, match_event_handler=reported_match)
        return lines, reported[0]


class PrefilteredMatcher(match.PatternMatcher):
    """``PatternMatcher.find`` with each source's windows kept only where ``lines_of`` says it may end a
    match (a source it says nothing of keeps them all)."""

    lines_of: Callable[[str], dict[str, list[int]]]

    def find(
        self,
        text: str,
        places: Places | None = None,
        hopeless: Callable[[CompiledRule], bool] | None = None,
        *,
        folded: bool = False,
    ) -> Iterator[match.Candidate]:
        plane = match._BEYOND_BMP.search(text) is None
        windows = self._windows(text, folded, plane)
        ends = self.lines_of(text)
        starts = line_starts(text)
        runs: dict[tuple[str, str | None, int, int], array[int]] = {}
        joined: dict[tuple[tuple[int, int], ...], match._Joined] = {}
        active = [*self._untriggered]
        for number, spans in enumerate(windows):
            if spans:
                active.extend(self._rules_of_key[number])
        for position in sorted(active):
            compiled, number = self._rules[position], self._key_numbers[position]
            spans = windows[number] if number >= 0 else [(0, len(text))]
            after = 0
            count = self._last_lines[position]
            if count is not None and places is not None and spans:
                after = places.last_lines_start(count)
                spans = [(left, right) for left, right in spans if right > after]
            if not spans:
                continue
            if hopeless is not None and hopeless(compiled):
                for source in compiled.pattern_sources:
                    if self._last_reader[(source, compiled.group, number)] == position:
                        runs.pop((source, compiled.group, number, after), None)
                continue
            for source, kept in self._sources_of[position]:
                key = (source, compiled.group, number, after)
                if key not in runs:
                    pattern, required, broken_number, joins = self._source(source)
                    held = spans
                    lines = ends.get(source)
                    if lines is not None:
                        held = []
                        for left, right in spans:
                            first, after = (
                                bisect_right(starts, left) - 1,
                                bisect_right(starts, max(left, right - 1)),
                            )
                            found = bisect_left(lines, first)
                            if found < len(lines) and lines[found] < after:
                                held.append((left, right))
                    if required is not None:
                        held = [(left, right) for left, right in held if required(text, left, right)]
                    if held and broken_number:
                        held = [
                            (left, right) for left, right in held if BROKEN_NUMBER.search(text, left, right)
                        ]
                    if len(held) > 1 and joins:
                        joined_key = tuple(held)
                        if joined_key not in joined:
                            joined[joined_key] = match._Joined(text, held)
                        runs[key] = joined[joined_key].spans(pattern, compiled.rule.id, compiled.group)
                    else:
                        probe = self._probe(pattern) if len(held) > 1 else None
                        if probe is not None:
                            joined_key = tuple(held)
                            if joined_key not in joined:
                                joined[joined_key] = match._Joined(text, held)
                            held = joined[joined_key].probed(probe, held)
                        runs[key] = self._spans(compiled, pattern, text, held, plane) if held else array("q")
                bounds = runs[key] if kept else runs.pop(key)
                for index in range(0, len(bounds), 2):
                    yield match.Candidate(compiled, bounds[index], bounds[index + 1])


def prefiltered(lines_of: Callable[[str], dict[str, list[int]]]) -> secreview.Engine:
    """The identifier engine with its pattern matcher prefiltered by ``lines_of``."""
    engine = run.identifier_engine()
    engine._patterns.__class__ = PrefilteredMatcher
    engine._patterns.lines_of = lines_of  # type: ignore[attr-defined]
    return engine


def best(one_pass: Callable[[], object], seconds: float) -> float:
    """The least CPU time of a pass, in ms, over ``seconds`` of passes."""
    least = float("inf")
    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        began = time.process_time()
        one_pass()
        least = min(least, time.process_time() - began)
    return least * 1000


def candidates(engine: secreview.Engine, text: str) -> list[tuple[str, int, int]]:
    return [
        (found.rule.rule.id, found.start, found.end) for found in engine._patterns.find(text, folded=True)
    ]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", choices=("realistic", "hit-dense"), default="realistic")
    parser.add_argument("--kb", type=int, default=256)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=3.0, help="passes of each contender per round")
    args = parser.parse_args()
    try:
        import hyperscan
    except ImportError:
        print("hyperscan not installed: pip install hyperscan (0.9.1, manylinux x86_64)")
        return 0
    main_engine = run.identifier_engine()
    database = Database(hyperscan, main_engine._patterns)
    print(
        f"{database.count} expressions ({len(database.number)} sources, {len(database.refused)} refused), "
        f"compiled in {database.compile_seconds:.1f} s CPU (0: read from the cache)"
    )
    text = corpus.build(args.kb * 1024, dense=args.corpus == "hit-dense")
    normalized = normalize(text).text

    def from_database(folded_text: str) -> dict[str, list[int]]:
        lines = database.end_lines(folded_text)[0]
        return {source: lines[number] for source, number in database.number.items()}

    scanned = prefiltered(from_database)
    # The bound: each source's windows kept where main's run found a match ending, at no cost.
    starts = line_starts(normalized)
    found_lines: dict[str, set[int]] = {}
    for found in main_engine._patterns.find(normalized, folded=True):
        last_line = bisect_right(starts, max(found.start, found.end - 1)) - 1
        for source in found.rule.pattern_sources:
            found_lines.setdefault(source, set()).add(last_line)
    known = {source: sorted(found_lines.get(source, ())) for source in database.number}
    bound = prefiltered(lambda _text: known)
    expected = candidates(main_engine, normalized)
    for name, engine in (("prefiltered", scanned), ("bound", bound)):
        if candidates(engine, normalized) != expected:
            print(f"{name}: candidates differ from main's")
            return 1
    reported = database.end_lines(normalized)[1]
    scan = best(lambda: database.end_lines(normalized), args.seconds)
    print(f"{args.corpus} {args.kb} KB: {len(expected)} candidates, equal; scan {scan:.2f} ms CPU", end="")
    print(f", {reported} matches reported")
    presidio = None
    try:
        import peers

        presidio = peers.presidio_patterns()[0]
    except Exception as error:  # a peer that cannot load is reported, not fatal
        print(f"Presidio not measured: {error}")
    for number in range(args.rounds):
        times = {
            name: best(lambda engine=engine: run.identifier_stage(engine, text), args.seconds)
            for name, engine in (("main", main_engine), ("prefiltered", scanned), ("bound", bound))
        }
        peer = best(lambda: presidio(text), args.seconds) if presidio is not None else float("nan")
        shown = " / ".join(f"{name} {ms:.2f}" for name, ms in times.items())
        ratios = " / ".join(f"{peer / ms:.3f}" for ms in times.values())
        print(f"round {number + 1}: stage ms {shown}; Presidio {peer:.2f} ms", end="")
        print(f"; × Presidio {ratios}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
