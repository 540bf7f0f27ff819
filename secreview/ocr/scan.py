"""One image for the OCR pass to read: where its text goes, the unchecked part it settles, how to load it,
and how its pixels stand on the page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from secreview.extract.glyphs import Box

if TYPE_CHECKING:
    from PIL.Image import Image


@dataclass(frozen=True, slots=True)
class Scan:
    """One image to read: the part its text gets, the unchecked part it settles, and how to get it."""

    part: str
    page: int | None
    settles: str | None
    unit: str
    scale: tuple[float, float]  # unit per pixel, across and down
    load: Callable[[], Image]
    origin: tuple[float, float] = (0.0, 0.0)  # where the image's top left stands on the page, in unit
    source: str | None = None  # the package member holding the image

    def placed(self, box: Box) -> Box:
        """``box`` (pixels of the image) in the page's unit."""
        (sx, sy), (ox, oy) = self.scale, self.origin
        return Box(ox + box.x * sx, oy + box.y * sy, box.w * sx, box.h * sy)
