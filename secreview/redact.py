"""Masks for matched text: the suggested replacement of a finding."""

from __future__ import annotations

MASK_CHAR = "*"


def mask(original: str, keep: tuple[int, int]) -> str:
    """Hide every letter, digit or character of ``original`` except the first and last ``keep``;
    separators such as spaces and hyphens stay where they are."""
    visible = [index for index, char in enumerate(original) if char.isalnum()]
    keep_start, keep_end = keep
    hidden = set(visible[keep_start : len(visible) - keep_end] if keep_end else visible[keep_start:])
    return "".join(MASK_CHAR if index in hidden else char for index, char in enumerate(original))
