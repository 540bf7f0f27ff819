"""The kinds of personal number that recognizers put together from pieces (the cells of a row, two masks of
one number): the lengths a number of each kind has, the check it must pass, and the category of the rules that
report it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from secreview.validators import Verdict, bank_card, cn_mobile, gb11643, spelled_landline


@dataclass(frozen=True, slots=True)
class NumberKind:
    category: str  # of its rules, and of a column heading that names it
    lengths: tuple[int, ...]
    check: Callable[[str], Verdict]
    restorable: int  # hidden digits the check character gives back
    # The lengths of the number's own fields (a 身份证号's region, birth date, sequence and check): a number
    # split over cells exactly there is one without a cue (a drafter's three cells 330104 | 19740615 | 282X).
    fields: tuple[int, ...] = ()

    def holds(self, digits: str) -> bool:
        """Whether ``digits`` are a whole number of this kind."""
        return len(digits) in self.lengths and self.check(digits) is Verdict.VALID


NUMBER_KINDS = {
    "citizen_id": NumberKind("id_number", (18,), gb11643, 1, (6, 8, 4)),
    "bank_card": NumberKind("bank_account", (16, 19), bank_card, 1),
    "mobile": NumberKind("phone", (11,), cn_mobile, 0),
    "landline": NumberKind("phone", (10, 11, 12), spelled_landline, 0),
}
