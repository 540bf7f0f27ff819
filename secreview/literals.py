"""The literal words a match of a regular expression must hold, told from the parsed pattern.

A requirement says what any text holding a match holds: one word of a set (``frozenset``), every one of
several requirements (``tuple``), or one of several (``list``). Adjacent fixed strings are spelled out
whole (``(?:不得|勿)在`` needs 不得在 or 勿在, not 在). The judge's signal search (judge/prefilter.py) finds
the lines meeting it; the pattern rules (match.py) skip a window that does not meet it.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import regex

from secreview.build_cache import compile_re, remembered

_NEWLINE = ord("\n")
_NO_NEWLINE_CATEGORIES = {
    sre.CATEGORY_NOT_SPACE,
    sre.CATEGORY_DIGIT,
    sre.CATEGORY_WORD,
    sre.CATEGORY_NOT_LINEBREAK,
}


class Unsafe(Exception):
    """The pattern has a construct this analysis does not follow."""


def _class_has_newline(items: list[tuple[Any, Any]]) -> bool:
    negate = False
    found = False
    for op, av in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            found = found or av == _NEWLINE
        elif op is sre.RANGE:
            found = found or av[0] <= _NEWLINE <= av[1]
        elif op is sre.CATEGORY:
            found = found or av not in _NO_NEWLINE_CATEGORIES
        else:
            raise Unsafe
    return found != negate


class Walk:
    """Whether a parsed pattern can take a line break, and the widest look ahead in it."""

    def __init__(self, dotall: bool, multiline: bool) -> None:
        self.dotall = dotall
        self.multiline = multiline
        self.lookahead = 0

    def takes_newline(self, items: Any) -> bool:
        return any(self._item(op, av) for op, av in items)

    def _item(self, op: Any, av: Any) -> bool:
        if op is sre.LITERAL:
            return bool(av == _NEWLINE)
        if op is sre.NOT_LITERAL:
            return bool(av != _NEWLINE)
        if op is sre.ANY:
            return self.dotall
        if op is sre.IN:
            return _class_has_newline(av)
        if op is sre.CATEGORY:
            return av not in _NO_NEWLINE_CATEGORIES
        if op is sre.BRANCH:
            return any(self.takes_newline(branch) for branch in av[1])
        if op is sre.SUBPATTERN:
            if av[1] or av[2]:
                raise Unsafe  # local flags
            return self.takes_newline(av[3])
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            return self.takes_newline(av[2])
        if op is sre.ATOMIC_GROUP:
            return self.takes_newline(av)
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            direction, inner = av
            self.takes_newline(inner)
            if direction > 0:
                width = inner.getwidth()[1]
                if width >= sre.MAXREPEAT:
                    raise Unsafe
                self.lookahead = max(self.lookahead, width)
            return False
        if op is sre.AT:
            if av is sre.AT_END_STRING or (av is sre.AT_END and not self.multiline):
                raise Unsafe  # \Z, or $ without MULTILINE: both see where the searched run ends
            return False
        raise Unsafe


def _minimal(words: set[str]) -> frozenset[str]:
    """Drop a word that holds another: a text holding it holds the other."""
    return frozenset(word for word in words if not any(other != word and other in word for other in words))


Requirement = frozenset[str] | tuple["Requirement", ...] | list["Requirement"]
# Adjacent fixed strings are joined into the words they spell while there are at most this many.
_MAX_SPELLED = 64


def _exact(items: Any) -> set[str] | None:
    """Every string the sequence ``items`` can match, when it matches only a few fixed strings."""
    spelled = {""}
    for op, av in items:
        strings = _exact_item(op, av)
        if strings is None or len(spelled) * len(strings) > _MAX_SPELLED:
            return None
        spelled = {head + tail for head in spelled for tail in strings}
    return spelled


def _exact_item(op: Any, av: Any) -> set[str] | None:
    if op is sre.LITERAL:
        return {chr(av)}
    if op is sre.IN and all(item_op is sre.LITERAL for item_op, _ in av):
        return {chr(code) for _, code in av}
    if op is sre.BRANCH:
        strings: set[str] = set()
        for branch in av[1]:
            found = _exact(branch)
            if found is None:
                return None
            strings |= found
        return strings
    if op is sre.SUBPATTERN and not (av[1] or av[2]):
        return _exact(av[3])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[1] <= 2:
        once = _exact(av[2])
        if once is None:
            return None
        spelled = {""} if av[0] == 0 else set()
        if av[0] <= 1 <= av[1]:
            spelled |= once
        if av[1] == 2:
            spelled |= {head + tail for head in once for tail in once}
        return spelled
    if op is sre.ATOMIC_GROUP:
        return _exact(av)
    return None


def requirement(
    items: Any, *, every_part: bool = False, same_line: Callable[[Any], bool] | None = None
) -> Requirement | None:
    """What a line holding a match of the sequence ``items`` holds; None when nothing is known. Without
    ``every_part``, a part that only asks for one of some single characters is left out when there are
    others (for a word search, where it would only add hits). With ``same_line`` (whether a look-around's
    parsed content can take no line break), the words a positive look-around whose content takes none must
    see are asked too, unless one character is enough: they lie on the line of the place it is tried at, the
    match's line (judge/prefilter.py)."""
    parts: list[Requirement] = []
    spelled = {""}

    def close() -> None:
        if "" not in spelled:
            parts.append(_minimal(spelled))

    for op, av in items:
        if op is sre.ASSERT and same_line is not None:
            close()
            spelled = {""}
            seen = requirement(av[1], same_line=same_line) if same_line(av[1]) else None
            if seen is not None and _shortest(seen) >= 2:  # one of some characters would only add hits
                parts.append(seen)
            continue
        strings = _exact_item(op, av)
        if strings is not None and len(spelled) * len(strings) <= _MAX_SPELLED:
            spelled = {head + tail for head in spelled for tail in strings}
            continue
        close()
        spelled = {""}
        if strings is not None:
            spelled = strings
            continue
        inner = _item_requirement(op, av, same_line)
        if inner is not None:
            parts.append(inner)
    close()
    strong = parts if every_part else [part for part in parts if _shortest(part) >= 2]
    strong = strong or sorted(parts, key=_shortest)[-1:]
    if not strong:
        return None
    return strong[0] if len(strong) == 1 else tuple(strong)


def _shortest(requirement: Requirement) -> int:
    """The length of the shortest word that may meet ``requirement`` alone or as one of a set."""
    if isinstance(requirement, frozenset):
        return min(map(len, requirement))
    if isinstance(requirement, tuple):
        return max(map(_shortest, requirement))
    return min(map(_shortest, requirement))


def _item_requirement(op: Any, av: Any, same_line: Callable[[Any], bool] | None = None) -> Requirement | None:
    if op is sre.BRANCH:
        alternatives: list[Requirement] = []
        for branch in av[1]:
            found = requirement(branch, same_line=same_line)
            if found is None:
                return None
            alternatives.append(found)
        sets = [found for found in alternatives if isinstance(found, frozenset)]
        others: list[Requirement] = [found for found in alternatives if not isinstance(found, frozenset)]
        if sets:  # alternatives that each need one word of a set need one word of their union
            others.append(_minimal(set().union(*sets)))
        return others[0] if len(others) == 1 else others
    if op is sre.SUBPATTERN:
        return None if av[1] or av[2] else requirement(av[3], same_line=same_line)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return requirement(av[2], same_line=same_line) if av[0] >= 1 else None
    if op is sre.ATOMIC_GROUP:
        return requirement(av, same_line=same_line)
    return None


def words_of(requirement: Requirement) -> set[str]:
    if isinstance(requirement, frozenset):
        return set(requirement)
    return set().union(*(words_of(part) for part in requirement))


# ``regex`` syntax that ``re`` would read otherwise: fuzzy constraints ({e<=1}) and other braces that are
# not repeat counts, nested sets ([[:digit:]]), escaped backslashes; and case-insensitive matching.
_NOT_READ_ALIKE = re.compile(r"\{(?!\d*(?:,\d*)?\})|\[\[|\\\\|\(\?[a-zA-Z-]*i")
# A property class in a pattern's source (\p{Han}, \P{Lu}): ``re`` reads none of them.
PROPERTY_CLASS = re.compile(r"\\[pP]\{[^}]*\}")
# A rule's search that skips whole lines to where its matches start (\G, whole lines, a line start, \K):
# what a match needs is what the rest of the pattern needs, read as if it began at the line start.
_LINE_SKIP = re.compile(r"^((?:\(\?[a-zA-Z]+\))?)\\G\(\?:\[\^\\n\]\*\+\\n\)\*\?\^\\K")
# The property classes known to hold no line break (\P{Han}, \p{Cc} … may hold one).
_LINE_PROPERTIES = frozenset({r"\p{Han}"})


def re_parse(pattern: regex.Pattern[str], *, line_skip: bool = False, for_words: bool = False) -> Any | None:
    """``re``'s parse of a ``regex`` pattern it reads alike, each property class as \\w; else None. With
    ``for_words`` (the words a match holds, not its line breaks), a group with flags of its own is read
    too, and a reset of the match's start (\\K) as \\A: a search from a window's start still reads the
    text before it in the window, and \\A, which no word holds, parts the words either side of it."""
    # \w stands for any property class as far as literal words and line breaks go. With ``line_skip``,
    # a leading skip of whole lines (``_LINE_SKIP``) is read as a line start.
    if pattern.flags & (regex.IGNORECASE | regex.FULLCASE | regex.VERSION1):
        return None
    source = PROPERTY_CLASS.sub(r"\\w", pattern.pattern)
    if _NOT_READ_ALIKE.search(source):
        return None
    if line_skip:
        source = _LINE_SKIP.sub(r"\1^", source)
    if for_words:
        source = source.replace(r"\K", r"\A")  # no escaped backslash is left (_NOT_READ_ALIKE)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            parsed = sre_parse.parse(source, pattern.flags & (regex.MULTILINE | regex.DOTALL | regex.VERBOSE))
    except (re.error, FutureWarning, DeprecationWarning, RecursionError, OverflowError):
        return None
    if parsed.state.flags & re.IGNORECASE or (not for_words and _has_local_flags(parsed)):
        return None
    return parsed


def pattern_requirement(pattern: regex.Pattern[str]) -> Requirement | None:
    """The requirement of a ``regex`` pattern, when ``re`` reads its literal parts alike; None otherwise."""
    parsed = re_parse(pattern, line_skip=True, for_words=True)
    return None if parsed is None else requirement(parsed, every_part=True)


def re_parse_true_to_lines(pattern: regex.Pattern[str]) -> Any | None:
    """``re_parse``, when each property class holds no line break, as the \\w it is read as holds none."""
    if not _LINE_PROPERTIES.issuperset(PROPERTY_CLASS.findall(pattern.pattern)):
        return None
    return re_parse(pattern)


def within_lines(pattern: regex.Pattern[str]) -> bool:
    """Whether no match of a ``regex`` pattern can hold a line break (False when that cannot be told)."""
    parsed = re_parse_true_to_lines(pattern)
    if parsed is None:
        return False
    flags = parsed.state.flags
    try:
        return not Walk(bool(flags & re.DOTALL), bool(flags & re.MULTILINE)).takes_newline(parsed)
    except Unsafe:
        return False


class _JoinWalk(Walk):
    """``Walk`` that also refuses a look-ahead that can take a line break or see an unbounded width, and
    notes the widest look-behind."""

    def __init__(self, dotall: bool, multiline: bool) -> None:
        super().__init__(dotall, multiline)
        self.lookbehind = 0

    def _item(self, op: Any, av: Any) -> bool:
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            direction, inner = av
            takes = self.takes_newline(inner)  # also walks the look-arounds inside it
            width = inner.getwidth()[1]
            if width >= sre.MAXREPEAT or (direction > 0 and takes):
                raise Unsafe
            if direction < 0:
                self.lookbehind = max(self.lookbehind, width)
            return False
        return super()._item(op, av)


def joins_lines(pattern: regex.Pattern[str]) -> bool:
    """Whether the matches of ``pattern`` in windows of whole lines (each searched alone, from a line start
    to a line end) are its matches in the windows joined by line breaks into one text: no match and no
    look-ahead can take a line break, and no look-behind sees more than one character back. Then a
    search meets a line break, or the end of a window, only where neither a match nor a look-ahead can go
    on, and a look-behind at a window's start sees the line break before it either way."""
    parsed = re_parse_true_to_lines(pattern)
    if parsed is None:
        return False
    flags = parsed.state.flags
    walk = _JoinWalk(bool(flags & re.DOTALL), bool(flags & re.MULTILINE))
    try:
        return not walk.takes_newline(parsed) and walk.lookbehind <= 1
    except Unsafe:
        return False


def stored_joins_lines(pattern: regex.Pattern[str]) -> bool:
    """``joins_lines``, told once and then kept in the build cache."""
    key = f"{int(pattern.flags)}\0{pattern.pattern}"
    return bool(remembered("joins lines", key, lambda: joins_lines(pattern)))


def stored_requirement(pattern: regex.Pattern[str]) -> Requirement | None:
    """``pattern_requirement``, told once and then kept in the build cache: the same answer every start."""
    key = f"{int(pattern.flags)}\0{pattern.pattern}"
    return from_json(remembered("requirement", key, lambda: to_json(pattern_requirement(pattern))))


def to_json(found: Requirement | None) -> Any:
    """A requirement as JSON: a set of words as {"any": [...]}, every one of several as {"all": [...]},
    one of several as {"one": [...]}."""
    if found is None:
        return None
    if isinstance(found, frozenset):
        return {"any": sorted(found)}
    if isinstance(found, tuple):
        return {"all": [to_json(part) for part in found]}
    return {"one": [to_json(part) for part in found]}


def from_json(value: Any) -> Requirement | None:
    """The requirement ``to_json`` wrote."""
    return None if value is None else _decoded(value)


def _decoded(value: Any) -> Requirement:
    if "any" in value:
        return frozenset(value["any"])
    if "all" in value:
        return tuple(_decoded(part) for part in value["all"])
    return [_decoded(part) for part in value["one"]]


def _has_local_flags(items: Any) -> bool:
    for op, av in items:
        if op is sre.SUBPATTERN:
            if av[1] or av[2]:
                return True
            if _has_local_flags(av[3]):
                return True
        elif op is sre.BRANCH:
            if any(_has_local_flags(branch) for branch in av[1]):
                return True
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if _has_local_flags(av[2]):
                return True
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            if _has_local_flags(av[1]):
                return True
        elif op is sre.ATOMIC_GROUP and _has_local_flags(av):
            return True
    return False


def holds(found: Requirement, text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds what ``found`` asks."""
    if isinstance(found, frozenset):
        return any(text.find(word, start, end) >= 0 for word in found)
    if isinstance(found, tuple):
        return all(holds(part, text, start, end) for part in found)
    return any(holds(part, text, start, end) for part in found)


Check = Callable[[str, int, int], bool]


def _longest_first(word: str) -> tuple[int, str]:
    return -len(word), word


def checker(found: Requirement) -> Check:
    """``holds`` for one requirement, prepared: a set of words becomes one ``re`` search."""
    if isinstance(found, frozenset):
        if len(found) == 1:
            (word,) = found
            return lambda text, start, end: text.find(word, start, end) >= 0
        # Longest first, ties by the words: the same pattern in every process, so its stored program is used.
        search = compile_re("|".join(map(re.escape, sorted(found, key=_longest_first)))).search
        return lambda text, start, end: search(text, start, end) is not None
    if isinstance(found, tuple) and all(isinstance(part, frozenset) for part in found):
        return _every(found)  # type: ignore[arg-type]
    parts = [checker(part) for part in found]
    if isinstance(found, tuple):
        return lambda text, start, end: all(part(text, start, end) for part in parts)
    return lambda text, start, end: any(part(text, start, end) for part in parts)


def _every(found: tuple[frozenset[str], ...]) -> Check:
    """``checker`` of every one of several sets of words, in one call: the words that stand alone are
    looked for first (a string search), then each set of several in one ``re`` search (the most common
    requirement, asked of every window of a pattern rule: a call for each part cost as much as the
    searches)."""
    words = tuple(next(iter(part)) for part in found if len(part) == 1)
    searches = tuple(
        compile_re("|".join(map(re.escape, sorted(part, key=_longest_first)))).search
        for part in found
        if len(part) > 1
    )

    def every(text: str, start: int, end: int) -> bool:
        for word in words:
            if text.find(word, start, end) < 0:
                return False
        for search in searches:  # noqa: SIM110 - all() of a generator costs a frame per call
            if search(text, start, end) is None:
                return False
        return True

    return every
