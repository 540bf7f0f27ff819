"""The order in which a line holding bidi controls is displayed, so that rules match what a reader sees.

The Unicode Bidirectional Algorithm (UAX #9) for one line of a left-to-right paragraph, simplified: explicit
embeddings, overrides and isolates (X1–X8, isolates treated as embeddings whose PDI closes them), the
weak and neutral rules on each run of one level (W1–W7, N1–N2), implicit levels (I1–I2), segment
separators and trailing spaces at the paragraph level (L1), and reordering (L2). An RLO before a number
shows it reversed; an RLE or RLI around digit groups separated by spaces shows the groups in reverse order.
The controls themselves are left out of the order: they show nothing.
"""

from __future__ import annotations

import unicodedata

LRE, RLE, PDF, LRO, RLO = "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
CONTROLS = frozenset((LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI))
_MAX_DEPTH = 125
_STRONG_RIGHT = frozenset({"R", "AL"})
_NEUTRAL = frozenset({"B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"})
_RESET = frozenset({"B", "S"})
_TRAILING = frozenset({"WS", "LRI", "RLI", "FSI", "PDI"})

_Entry = tuple[int, str | None, bool]  # embedding level, override class, opened by an isolate initiator


def _first_strong_is_right(line: str, start: int) -> bool:
    """FSI: whether the first strong character up to the matching PDI is right-to-left."""
    depth = 0
    for char in line[start:]:
        if char in (LRI, RLI, FSI):
            depth += 1
        elif char == PDI:
            if depth == 0:
                return False
            depth -= 1
        elif depth == 0:
            kind = unicodedata.bidirectional(char)
            if kind == "L":
                return False
            if kind in _STRONG_RIGHT:
                return True
    return False


def _explicit(line: str) -> tuple[list[int], list[int], list[str], list[str], dict[int, list[int]]]:
    """(indices kept, their embedding levels, their classes after overrides, their own classes, and the
    boundary neutrals (zero-width characters, soft hyphens) after each kept one, -1 for before the first:
    X9 leaves them out of the resolution; they stay next to the character they follow)."""
    stack: list[_Entry] = [(0, None, False)]
    kept: list[int] = []
    levels: list[int] = []
    classes: list[str] = []
    own: list[str] = []
    attached: dict[int, list[int]] = {}
    for index, char in enumerate(line):
        level, override, _ = stack[-1]
        if char in (LRE, LRO, LRI, RLE, RLO, RLI, FSI):
            right = char in (RLE, RLO, RLI) or (char == FSI and _first_strong_is_right(line, index + 1))
            new = level + 1 + (level % 2 == 1) if right else level + 2 - (level % 2 == 1)
            new_override = "R" if char == RLO else "L" if char == LRO else None
            if new <= _MAX_DEPTH and len(stack) <= _MAX_DEPTH:
                stack.append((new, new_override, char in (LRI, RLI, FSI)))
        elif char == PDF:
            if len(stack) > 1 and not stack[-1][2]:
                stack.pop()
        elif char == PDI:
            if any(entry[2] for entry in stack[1:]):
                while not stack.pop()[2]:
                    pass
        else:
            kind = unicodedata.bidirectional(char) or "L"
            if kind == "BN":
                attached.setdefault(len(kept) - 1, []).append(index)
                continue
            kept.append(index)
            levels.append(level)
            own.append(kind)
            classes.append(override if override is not None and kind not in _RESET else kind)
    return kept, levels, classes, own, attached


def _resolve_run(types: list[str], level: int, sos: str, eos: str) -> list[int]:
    """Levels of one run of characters at embedding ``level`` (W1–W7, N1–N2, I1–I2)."""
    last_strong = sos
    previous = sos
    for position, kind in enumerate(types):
        if kind == "NSM":
            kind = types[position] = previous
        if kind == "EN" and last_strong == "AL":
            kind = types[position] = "AN"
        if kind in ("L", "R", "AL"):
            last_strong = kind
        if kind == "AL":
            types[position] = "R"
        previous = types[position]
    for position in range(1, len(types) - 1):
        before, kind, after = types[position - 1], types[position], types[position + 1]
        if before == after and (
            (kind == "ES" and before == "EN") or (kind == "CS" and before in ("EN", "AN"))
        ):
            types[position] = before
    for position, kind in enumerate(types):
        if kind == "ET":
            end = position
            while end < len(types) and types[end] == "ET":
                end += 1
            if (position and types[position - 1] == "EN") or (end < len(types) and types[end] == "EN"):
                types[position:end] = ["EN"] * (end - position)
    types[:] = ["ON" if kind in ("ES", "ET", "CS") else kind for kind in types]
    last_strong = sos
    for position, kind in enumerate(types):
        if kind in ("L", "R"):
            last_strong = kind
        elif kind == "EN" and last_strong == "L":
            types[position] = "L"
    embedding = "R" if level % 2 else "L"
    position = 0
    while position < len(types):
        if types[position] not in _NEUTRAL:
            position += 1
            continue
        end = position
        while end < len(types) and types[end] in _NEUTRAL:
            end += 1
        before = _strong_direction(types[position - 1]) if position else sos
        after = _strong_direction(types[end]) if end < len(types) else eos
        types[position:end] = [before if before == after else embedding] * (end - position)
        position = end
    if level % 2 == 0:
        return [level + (1 if kind == "R" else 2 if kind in ("AN", "EN") else 0) for kind in types]
    return [level + (1 if kind in ("L", "AN", "EN") else 0) for kind in types]


def _strong_direction(kind: str) -> str:
    return "L" if kind == "L" else "R"


def display_order(line: str) -> list[int]:
    """Indices of the characters of ``line`` (one line of a left-to-right paragraph) other than the
    bidi controls, in the order they are shown from left to right."""
    kept, embedding, classes, own, attached = _explicit(line)
    levels = [0] * len(kept)
    start = 0
    while start < len(kept):
        end = start
        while end < len(kept) and embedding[end] == embedding[start]:
            end += 1
        level = embedding[start]
        sos = "R" if max(level, embedding[start - 1] if start else 0) % 2 else "L"
        eos = "R" if max(level, embedding[end] if end < len(kept) else 0) % 2 else "L"
        levels[start:end] = _resolve_run(classes[start:end], level, sos, eos)
        start = end
    trailing = True
    for position in range(len(kept) - 1, -1, -1):  # L1
        if own[position] in _RESET:
            levels[position] = 0
            trailing = True
        elif trailing and own[position] in _TRAILING:
            levels[position] = 0
        else:
            trailing = False
    order = attached.get(-1, [])
    for position in _reordered(levels):
        order.append(kept[position])
        order.extend(attached.get(position, ()))
    return order


_Node = tuple[list["_Node | range"], bool]  # children in logical order (runs or nodes), reversed


def _reordered(levels: list[int]) -> list[int]:
    """L2 without a pass per level: the runs of one level form a tree whose nodes are the groups a level
    reverses; a group reversed an even number of times keeps its order. Each position is emitted once."""
    runs: list[tuple[int, int, int]] = []  # start, end, level
    for position, level in enumerate(levels):
        if runs and runs[-1][2] == level:
            runs[-1] = (runs[-1][0], position + 1, level)
        else:
            runs.append((position, position + 1, level))
    lowest_odd = min((level for level in levels if level % 2), default=None)
    order: list[int] = []
    index = 0
    while index < len(runs):
        if lowest_odd is None or runs[index][2] < lowest_odd:
            order.extend(range(runs[index][0], runs[index][1]))
            index += 1
            continue
        end = index
        while end < len(runs) and runs[end][2] >= lowest_odd:
            end += 1
        _emit(_group(runs, index, end, lowest_odd), False, order)
        index = end
    return order


def _group(runs: list[tuple[int, int, int]], start: int, end: int, level: int) -> _Node:
    """The node of runs ``[start, end)``, all at ``level`` or above: reversed once for each level from
    ``level`` to their lowest one."""
    lowest = min(run[2] for run in runs[start:end])
    children: list[_Node | range] = []
    index = start
    while index < end:
        if runs[index][2] == lowest:
            children.append(range(runs[index][0], runs[index][1]))
            index += 1
            continue
        inner = index
        while inner < end and runs[inner][2] > lowest:
            inner += 1
        children.append(_group(runs, index, inner, lowest + 1))
        index = inner
    return children, (lowest - level + 1) % 2 == 1


def _emit(node: _Node, flipped: bool, order: list[int]) -> None:
    children, reversed_ = node
    flipped ^= reversed_
    for child in reversed(children) if flipped else children:
        if isinstance(child, range):
            order.extend(reversed(child) if flipped else child)
        else:
            _emit(child, flipped, order)
