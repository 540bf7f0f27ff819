"""What a finding hides and how: masks for matched text, and the replacements a redacted copy makes.

Depends on the findings only; ``redact`` applies the replacements to a document's pieces.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from secreview.categories import REDACTABLE
from secreview.models import Finding, Severity

MASK_CHAR = "*"
BLOCK_CHAR = "■"


class Style(StrEnum):
    MASK = "mask"  # the finding's replacement, e.g. 430102********1234
    FULL = "full"  # every character but spaces becomes a block


def mask(original: str, keep: tuple[int, int]) -> str:
    """Hide every letter, digit or character of ``original`` except the first and last ``keep``;
    separators such as spaces and hyphens stay where they are. A value no longer than what the mask keeps
    (a cell of seven digits under 联系电话, masked 3 + 4) is hidden whole: a mask never leaves a finding as
    it was."""
    keep_start, keep_end = keep
    if keep_end <= len(original) and original.isalnum():  # no separators: one run of hidden characters
        hidden_count = len(original) - keep_start - keep_end
        if hidden_count <= 0:
            return MASK_CHAR * len(original)
        return original[:keep_start] + MASK_CHAR * hidden_count + original[keep_start + hidden_count :]
    visible = [index for index, char in enumerate(original) if char.isalnum()]
    hidden = set(visible[keep_start : len(visible) - keep_end] if keep_end else visible[keep_start:])
    if not hidden:
        hidden = set(visible)
    return "".join(MASK_CHAR if index in hidden else char for index, char in enumerate(original))


def block(original: str) -> str:
    """A full block of the same length; whitespace (line breaks in particular) stays."""
    return "".join(char if char.isspace() else BLOCK_CHAR for char in original)


@dataclass(frozen=True, slots=True)
class Replacement:
    """Characters ``[start, end)`` of the extracted text become ``text`` (same length when possible)."""

    start: int
    end: int
    text: str


def must_redact(finding: Finding) -> bool:
    """A high or medium finding of a redactable category, or a severable passage (第三十七条), that the
    project did not accept (allow, ignore)."""
    return (
        (finding.category in REDACTABLE or finding.severable)
        and finding.severity in (Severity.HIGH, Severity.MEDIUM)
        and finding.suppressed_by is None
    )


def replacements(findings: Iterable[Finding], style: Style = Style.MASK) -> list[Replacement]:
    """Non-overlapping replacements in text order; overlapping findings merge into one full block."""
    chosen = sorted((f for f in findings if must_redact(f)), key=lambda f: (f.start, -f.end))
    merged: list[tuple[int, int, str, bool]] = []  # start, end, original text, keep the finding's mask
    masks: dict[tuple[int, int], str] = {}
    for finding in chosen:
        if style is Style.MASK and finding.replacement is not None:
            masks[(finding.start, finding.end)] = finding.replacement
        if merged and finding.start < merged[-1][1]:
            start, end, text, _ = merged[-1]
            if finding.end > end:
                text += finding.text[end - finding.start :]
                end = finding.end
            merged[-1] = (start, end, text, False)
            continue
        merged.append((finding.start, finding.end, finding.text, True))
    result = []
    for start, end, text, single in merged:
        replacement = masks.get((start, end)) if single else None
        result.append(Replacement(start, end, replacement if replacement is not None else block(text)))
    return result


def apply(text: str, changes: Sequence[Replacement]) -> str:
    """``text`` with the non-overlapping ``changes`` applied."""
    pieces: list[str] = []
    position = 0
    for change in changes:
        pieces.append(text[position : change.start])
        pieces.append(change.text)
        position = change.end
    pieces.append(text[position:])
    return "".join(pieces)
