"""The literal words a window must hold for a pattern to match in it because of the pattern's look-aheads:
a search of a window ends at the window's end, so what a look-ahead that every match passes must see lies
in the window, though not in the match. A spelled number (PI011, PI108, PI110, PI203) looks ahead for a
Chinese numeral: a window without one is skipped, which costs a string search instead of a run that tries
the pattern's look-behinds at every character of the window.
"""

from __future__ import annotations

from re import _constants as sre  # type: ignore[attr-defined]

import regex

from secreview.build_cache import remembered
from secreview.literals import Requirement, from_json, re_parse, requirement, to_json


def lookahead_requirement(pattern: regex.Pattern[str]) -> Requirement | None:
    """What the text from a match's start to the end of the searched run holds, told from the positive
    look-aheads of the pattern's top level (each tried at the match's start or after a part of it); None
    when nothing is told. Not for a search of whole lines (judge/prefilter.py): a look-ahead may see the
    next line."""
    parsed = re_parse(pattern)
    if parsed is None:
        return None
    parts: list[Requirement] = []
    for op, av in parsed:
        if op is sre.ASSERT and av[0] > 0:  # (?=...): direction 1; a look-behind (-1) sees before the run
            found = requirement(av[1], every_part=True)
            if found is not None:
                parts.append(found)
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else tuple(parts)


def stored_lookahead_requirement(pattern: regex.Pattern[str]) -> Requirement | None:
    """``lookahead_requirement``, told once and then kept in the build cache."""
    key = f"{int(pattern.flags)}\0{pattern.pattern}"
    found = remembered("look-ahead requirement", key, lambda: to_json(lookahead_requirement(pattern)))
    return from_json(found)
