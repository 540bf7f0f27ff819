"""The OCR model: rapidocr's PP-OCR detection, direction and recognition models, shipped inside its wheel and
run by onnxruntime on the CPU. Loaded once per process, on the first image (a worker process or a Dask
worker loads its own), with the models named by path so that nothing is ever downloaded: a missing model
file is an error, not a download. The recognition model is the 8-bit one built on this machine from the
packaged one (``quantise.py``) when it can be built, else the packaged one.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any

from secreview.errors import ExtractionError
from secreview.extract.glyphs import Box, split_evenly, union
from secreview.extract.image_files import ocr_available
from secreview.ocr.pipeline import read_lines

if TYPE_CHECKING:
    from PIL.Image import Image

EXTRA = "secreview[ocr]"
INSTALL_HINT = f"未安装 OCR 扩展,安装后可识别:pip install '{EXTRA}'"
# The files inside rapidocr's wheel (rapidocr 3.x): detection, 0/180° direction, recognition.
MODEL_FILES = {
    "Det": "PP-OCRv6_det_small.onnx",
    "Cls": "ch_ppocr_mobile_v2.0_cls_mobile.onnx",
    "Rec": "PP-OCRv6_rec_small.onnx",
}


@dataclass(frozen=True, slots=True)
class RecognisedLine:
    """A line as the model read it: text, mean confidence, and a box and confidence per character (pixels)."""

    text: str
    confidence: float
    boxes: tuple[Box, ...]
    confidences: tuple[float, ...]


RED_INK = 30  # how much redder than green and blue the ink of a seal's text is, on average (black: 0)
TEXT_SCORE = 0.3  # lines recognised with less confidence are noise (stains, seal strokes)
MODEL_VARIABLE = "SECREVIEW_OCR_MODEL"  # "packaged": read with the packaged recognition model as it is
_lock = threading.Lock()
_models: dict[bool, Any] = {}


def model_directory() -> Path:
    spec = find_spec("rapidocr")
    if spec is None or spec.origin is None:
        raise ExtractionError(INSTALL_HINT)
    return Path(spec.origin).parent / "models"


def model_parameters(quantised: bool = True) -> dict[str, Any]:
    """rapidocr's parameters: the packaged models by path, one thread a process (``--jobs`` parallelises);
    with ``quantised``, the 8-bit recognition model built from the packaged one, where it can be built."""
    directory = model_directory()
    parameters: dict[str, Any] = {
        "Global.log_level": "error",
        # The 0/180° classifier turned whole upright lines of clean pages upside down (a line with an ID
        # read as "22室"): scans are read as they stand.
        "Global.use_cls": False,
        # Lines read unsurely are kept (rapidocr drops those below 0.5): the OC rules report their numbers.
        "Global.text_score": TEXT_SCORE,
        "EngineConfig.onnxruntime.intra_op_num_threads": 1,
        "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        # Lines one at a time: a batch is padded to its widest line.
        "Rec.rec_batch_num": 1,
        # A short line (a table cell, a page number) is padded to twice its height, not to 320 pixels.
        "Rec.rec_img_shape": [3, 48, 96],
    }
    for task, name in MODEL_FILES.items():
        path = directory / name
        if not path.is_file():
            raise ExtractionError(f"OCR 模型文件缺失({path}),请重新安装 {EXTRA}")
        parameters[f"{task}.model_path"] = str(path)
    if quantised:
        from secreview.ocr.quantise import quantised as quantised_model

        built = quantised_model(directory / MODEL_FILES["Rec"])
        if built is not None:
            parameters["Rec.model_path"] = str(built)
    return parameters


def loaded_model(quantised: bool = True) -> Any:
    """rapidocr's engine, loaded on first use: with the 8-bit recognition model (where it can be built), or
    with the packaged one (``quantised=False``; the benchmark compares them)."""
    model = _models.get(quantised)
    if model is None:
        with _lock:
            model = _models.get(quantised)
            if model is None:
                if not ocr_available():
                    raise ExtractionError(INSTALL_HINT)
                from rapidocr import RapidOCR

                model = _models[quantised] = RapidOCR(params=model_parameters(quantised))
    return model


def _box(points: Any) -> Box:
    xs = [float(point[0]) for point in points]
    ys = [float(point[1]) for point in points]
    return Box(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def _red_ink(image: Any, box: Box) -> bool:
    """Whether the ink of ``box`` is red (the text of a seal, the red masthead): its dark pixels are red."""
    import numpy

    crop = numpy.asarray(image.crop((box.x, box.y, box.right, box.bottom)), dtype=numpy.int16)
    if crop.size == 0:
        return False
    red, green, blue = crop[..., 0], crop[..., 1], crop[..., 2]
    ink = (green + blue) / 2 < 170  # darker than the paper in green and blue
    if not ink.any():
        return False
    return bool(((red - (green + blue) / 2)[ink]).mean() > RED_INK)


def quantised_wanted() -> bool:
    """Whether to read with the 8-bit recognition model: unless ``SECREVIEW_OCR_MODEL=packaged``."""
    return os.environ.get(MODEL_VARIABLE, "").strip().lower() != "packaged"


def recognise(image: Image) -> list[RecognisedLine]:
    """The lines of text in ``image`` (RGB), top to bottom, each with its boxes in the image's pixels."""
    image = image.convert("RGB")
    lines = []
    for found in read_lines(loaded_model(quantised_wanted()), image, TEXT_SCORE):
        text, chars = found.text, found.characters
        line_box = _box(found.points)
        if _red_ink(image, line_box):  # a seal's ring of text, not the document's
            continue
        if len(chars) == len(text) and all(char == item[0] for char, item in zip(text, chars, strict=True)):
            boxes = tuple(_box(item[2]) for item in chars)
            confidences = tuple(float(item[1]) for item in chars)
        else:  # the model's characters do not line up with the text: split the line's box evenly
            boxes = tuple(split_evenly(line_box, len(text)))
            confidences = (found.score,) * len(text)
        lines.append(RecognisedLine(text, found.score, boxes, confidences))
    return lines


__all__ = ["EXTRA", "INSTALL_HINT", "RecognisedLine", "recognise", "union"]
