"""Two partial masks of one number that together give it whole: ``138****8000`` in one place and
``1380013****`` in another (two tables masked by two clerks, a list and its annex). Each mask alone is the
de-identified form the contract leaves alone; side by side they are the number.

Masked values (digits and ``*``, or x or × written two or more in a row, single spaces or hyphens between
them) are read per kind by their length:
11 for a mobile, 18 for a 身份证号, 16 or 19 for a bank card. Two different masks of one kind are one number
when they agree on every position both show, share at least ``_LEAST_SHARED`` shown digits, and together show
all of it, or all but one digit that the check character (MOD 11-2, Luhn) gives back; the joined number must
pass the kind's check. Every place either mask is written is then a candidate: the rule's mask keeps only the
first digits (what both commonly show), so that the copy shows the same stricter mask in both places.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import partial
from itertools import combinations

from secreview.build_cache import compile_regex
from secreview.recognizers.number_kinds import NUMBER_KINDS, NumberKind
from secreview.recognizers.view import DocumentView, Span

_HIDDEN = "*"
# A masked value: digits and hidden characters (*, or two x or × in a row: 138XXXX8000), single spaces or
# hyphens between them, at least one hidden character and one digit.
_MASKED = compile_regex(
    r"(?<![0-9A-Za-z*×])(?=[0-9 \-]*(?:\*|[xX×]{2}))(?=[*xX× \-]*\d)"
    r"[0-9*xX×](?:[ \-]?[0-9*xX×]){9,18}(?![0-9A-Za-z*×])"
)
_AS_HIDDEN = str.maketrans({"x": _HIDDEN, "X": _HIDDEN, "×": _HIDDEN, " ": None, "-": None})
_LEAST_SHARED = 3


def _masked_values(view: DocumentView) -> tuple[tuple[int, int, str], ...]:
    """Every masked value of the text: its span and its characters without separators."""
    text = view.text
    if _HIDDEN not in text and "xx" not in text and "XX" not in text and "××" not in text:
        return ()
    return tuple(
        (match.start(), match.end(), match.group().translate(_AS_HIDDEN)) for match in _MASKED.finditer(text)
    )


def _joined(first: str, second: str) -> str:
    """The characters two masks that agree show together, ``*`` where neither shows one."""
    return "".join(one if one != _HIDDEN else other for one, other in zip(first, second, strict=True))


def _whole(joined: str, kind: NumberKind) -> bool:
    """Whether ``joined`` is a number of ``kind`` once its hidden digits, if the check gives them back,
    are filled in."""
    hidden = joined.count(_HIDDEN)
    if hidden > kind.restorable:
        return False
    if hidden == 0:
        return kind.holds(joined)
    position = joined.index(_HIDDEN)
    return any(
        kind.holds(joined[:position] + digit + joined[position + 1 :])
        for digit in "0123456789X"
        if digit != "X" or position == len(joined) - 1
    )


def _pairs(values: Sequence[tuple[int, int, str]], kind: NumberKind) -> Iterator[Span]:
    """The spans of every masked value of ``kind`` that another one completes. Masks hiding the same
    positions never complete each other: only masks of two different shapes are compared, through the
    digits both shapes show (a list of a thousand masks of one shape costs one pass)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    shapes: dict[tuple[bool, ...], list[str]] = {}
    for start, end, characters in values:
        if len(characters) in kind.lengths:
            if characters not in spans:
                shapes.setdefault(tuple(char == _HIDDEN for char in characters), []).append(characters)
            spans.setdefault(characters, []).append((start, end))
    leaking: set[str] = set()
    for first, second in combinations(shapes, 2):
        if len(first) != len(second):
            continue
        if sum(one and other for one, other in zip(first, second, strict=True)) > kind.restorable:
            continue  # a position neither shows that no check gives back
        shared = [
            index for index, (one, other) in enumerate(zip(first, second, strict=True)) if not (one or other)
        ]
        if len(shared) < _LEAST_SHARED:
            continue
        by_shared: dict[str, list[str]] = {}
        for characters in shapes[second]:
            by_shared.setdefault("".join(characters[index] for index in shared), []).append(characters)
        for characters in shapes[first]:
            for other in by_shared.get("".join(characters[index] for index in shared), ()):
                if _whole(_joined(characters, other), kind):
                    leaking.update((characters, other))
    for characters in leaking:
        yield from spans[characters]


def _pairs_of(view: DocumentView, kind: NumberKind) -> Iterator[Span]:
    values = view.analysis(_masked_values)
    return _pairs(values, kind) if len(values) > 1 else iter(())


mobiles = partial(_pairs_of, kind=NUMBER_KINDS["mobile"])
citizen_ids = partial(_pairs_of, kind=NUMBER_KINDS["citizen_id"])
bank_cards = partial(_pairs_of, kind=NUMBER_KINDS["bank_card"])
