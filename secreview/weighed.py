"""What weighing makes of a candidate: its rule and span in original coordinates, and its fate."""

from __future__ import annotations

from typing import NamedTuple

from secreview.models import Severity
from secreview.rulepack.schema import CompiledRule


class Weighed(NamedTuple):
    """A candidate's rule and span in original coordinates, kept with a severity and message, or dropped
    with a reason.

    A named tuple rather than a frozen dataclass, and without the candidate (whose span is in the
    matching view's coordinates): a hit-dense document makes hundreds of thousands."""

    rule: CompiledRule
    start: int
    end: int
    part: str
    location: str | None
    severity: Severity | None
    message: str
    why: str

    @property
    def kept(self) -> bool:
        return self.severity is not None
