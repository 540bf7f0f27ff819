"""`secreview rules --check`: a pack proven as the test suite proves the shipped ones.

Its file read and validated against the schema (a rule's fields are those of its `kind`, part names those
the extractors give), its regexes compiled, its examples run through the engine with the shipped packs,
its triggers shown to lose no match on the examples of every pack.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from secreview.engine import Engine
from secreview.proof import example_problems, proof_texts, trigger_problems
from secreview.rulepack import CompiledPack, PackProblems, Problem, load_pack, load_packs, load_policy
from secreview.rulepack.load import duplicate_problems, pack_files
from secreview.rulepack.wordlists import WORD_LIST_SUFFIX


@dataclasses.dataclass(frozen=True, slots=True)
class PackCheck:
    """What a check found: the packs that loaded, with their number of rules, and every problem."""

    packs: list[CompiledPack]
    problems: list[Problem]

    @property
    def rules(self) -> int:
        return sum(len(pack.rules) for pack in self.packs)


def _checked(paths: Sequence[Path], policy: Path | None) -> tuple[list[CompiledPack], list[Problem]]:
    """Each named pack loaded on its own, so that one broken pack does not hide the others' problems."""
    packs: list[CompiledPack] = []
    problems: list[Problem] = []
    for path in paths:
        for file in pack_files(path) if path.is_dir() else [path]:
            try:
                if file.suffix.lower() == WORD_LIST_SUFFIX:
                    packs += load_packs([file], builtin=False, policy=load_policy(policy))
                else:
                    packs.append(load_pack(file))
            except PackProblems as error:
                problems += error.problems
    return packs, problems


def check_packs(paths: Sequence[Path], policy: Path | None = None) -> PackCheck:
    """Every problem of the packs at ``paths`` (files, folders, word lists), shipped packs included."""
    shipped = load_packs()
    by_source = {Path(pack.source).resolve(): pack for pack in shipped}
    loaded, problems = _checked(paths, policy)
    # A shipped pack named on the command line is checked, but not loaded twice.
    checked = [by_source.get(Path(pack.source).resolve(), pack) for pack in loaded]
    added = [pack for pack in checked if not pack.shipped]
    problems += duplicate_problems([*shipped, *added])
    # Marked as shipped only so that building the engine does not stop at the first failing example.
    engine = Engine(
        packs=[dataclasses.replace(pack, shipped=True) for pack in [*shipped, *added]], policy=policy
    )
    rules = [compiled for pack in [*shipped, *added] for compiled in pack.rules]
    texts = proof_texts(rules)
    for pack in checked:
        for compiled in pack.rules:
            problems += example_problems(engine, compiled, pack.source)
            problems += trigger_problems(compiled, texts, pack.source)
    return PackCheck(checked, problems)
