"""One image through rapidocr's stages, arranged for speed on a page: text is detected on the image scaled
down to ``DETECT_PIXELS`` (detection costs grow with the pixels, and lines stay findable at that size), and
each line is recognised from its crop of the full-resolution image (recognition costs grow with the width
of the line at 48 pixels high, whatever the resolution of the crop, so reading sharp crops costs nothing).
Crops are recognised one at a time: a batch is padded to its widest line, which costs more than it saves
on one core.

Uses rapidocr's own detector, recogniser, crop and character-box helpers (rapidocr 3.x), so the results
are rapidocr's for the same crops.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Pixels of the image that text is detected on: an A4 page at about 90 dpi, where a line of 9-point text
# is still 11 pixels high. Larger images are scaled down to it (their proportions kept).
DETECT_PIXELS = 800_000


@dataclass(frozen=True, slots=True)
class RawLine:
    """A line as rapidocr gives it: the corner points in the image's pixels, the text, its mean score,
    and per character (text, score, corner points), or nothing when the characters could not be placed."""

    points: Any
    text: str
    score: float
    characters: tuple[tuple[str, float, Any], ...]


def read_lines(model: Any, image: Any, text_score: float) -> list[RawLine]:
    """The lines rapidocr's ``model`` reads in ``image`` (an RGB Pillow image), top to bottom."""
    import numpy
    from rapidocr.ch_ppocr_rec import TextRecInput

    full = numpy.ascontiguousarray(numpy.asarray(image)[:, :, ::-1])  # BGR, as rapidocr's loader gives
    boxes, crops = _detected(model, full)
    if not crops:
        return []
    recognised = model._load_rec_model()(TextRecInput(img=crops, return_word_box=True))
    if recognised.txts is None:
        return []
    wanted = [
        index
        for index, (text, score) in enumerate(zip(recognised.txts, recognised.scores, strict=True))
        if text.strip() and score >= text_score
    ]
    if not wanted:
        return []
    recognised.txts = tuple(recognised.txts[index] for index in wanted)
    recognised.scores = tuple(recognised.scores[index] for index in wanted)
    recognised.word_results = tuple(recognised.word_results[index] for index in wanted)
    boxes, crops = boxes[wanted], [crops[index] for index in wanted]
    placed = model.cal_rec_boxes(crops, boxes, recognised, True).word_results
    lines = []
    for box, text, score, characters in zip(boxes, recognised.txts, recognised.scores, placed, strict=True):
        found = tuple((item[0], float(item[1]), item[2]) for item in characters if item[2] is not None)
        lines.append(RawLine(box, text, float(score), found))
    return lines


def crop_lines(model: Any, image: Any) -> list[Any]:
    """The crops (BGR arrays) of the lines rapidocr's ``model`` finds in ``image`` (an RGB Pillow image)."""
    import numpy

    return _detected(model, numpy.ascontiguousarray(numpy.asarray(image)[:, :, ::-1]))[1]


def _detected(model: Any, full: Any) -> tuple[Any, list[Any]]:
    """The boxes of the lines found in ``full`` (BGR) and their crops from it, empty crops left out."""
    from rapidocr.utils.process_img import (
        apply_vertical_padding,
        get_rotate_crop_image,
        increase_min_side,
        map_boxes_to_original,
    )

    height, width = full.shape[:2]
    small = _scaled_down(full)
    small, _, _ = increase_min_side(small, model.min_side_len)  # a thin strip, as rapidocr does
    scale = {"ratio_h": height / small.shape[0], "ratio_w": width / small.shape[1]}
    small, record = apply_vertical_padding(
        small, {"preprocess": scale}, model.width_height_ratio, model.min_height
    )
    detected = model._load_det_model()(small)
    if detected.boxes is None or len(detected.boxes) == 0:
        return [], []
    boxes = map_boxes_to_original(detected.boxes, record, height, width)
    crops = [get_rotate_crop_image(full, box.copy()) for box in boxes]
    kept = [index for index, crop in enumerate(crops) if crop.size]
    return boxes[kept], [crops[index] for index in kept]


def _scaled_down(image: Any) -> Any:
    """``image`` with at most ``DETECT_PIXELS`` pixels, averaged down (thin strokes survive)."""
    import cv2

    height, width = image.shape[:2]
    factor = (DETECT_PIXELS / (height * width)) ** 0.5
    if factor >= 1:
        return image
    size = (max(1, round(width * factor)), max(1, round(height * factor)))
    return cv2.resize(image, size, interpolation=cv2.INTER_AREA)
