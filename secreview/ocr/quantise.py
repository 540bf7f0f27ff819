"""The recognition model in 8-bit integers, built on this machine from the packaged one (never downloaded).

Nearly all of a dense page's time is the recognition model (onnxruntime's profiler, one thread: 77 % the
convolutions of the backbone, 8 % the final layer over the 18,710 characters, the rest the sequence
encoder). It is built once, on first use, from the model inside rapidocr's wheel: the graph is fused by
onnxruntime first (GELU, layer normalisation; convolutions and the final product are left unfused so that
they can be quantised); the convolutions and the additions, pooling and joins between them are quantised
statically (QDQ, weights per channel) with activation ranges measured on our own calibration lines
(``calibration/``, written by ``benchmarks/ocr/calibration.py``); the final layer's weights are quantised
per character with its input quantised per line as it comes (dynamic), so its scores stay in floating
point and every character the packaged model knows is still a class of its own. The encoder's products,
GELU, normalisation and the softmax stay in floating point, and so do the channel-attention products
(quantising them turned 强 and 静 of two names into 強 and 靜 on the benchmark's pages).

Before it is used, the built model must read every calibration line as the packaged model does (compared
after NFKC, which folds the full- and half-width forms of punctuation the two sometimes choose between);
otherwise it is marked refused and the packaged model is used. The result is kept in the private ``ocr``
folder of secreview's cache (created 0700; a folder another user can write is not used), named after the
source model's SHA-256, onnxruntime's version and this recipe's, with the SHA-256 of its content beside
it, checked on every load. Without the ``onnx`` package, without a private folder, or if building fails,
the packaged model is used as it is: slower, never different in what it reads. Processes that need it at
once (the workers of ``--jobs``) take turns: the first builds it while the others wait on a lock file of
the folder, then find it built (where there is no ``fcntl``, each may build it; the renames keep every
file whole).
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import tempfile
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

try:
    import fcntl
except ImportError:  # not POSIX
    fcntl = None  # type: ignore[assignment]

RECIPE = 1  # changes whenever what is built changes
CALIBRATION = Path(__file__).parent / "calibration"
HEIGHT = 48  # the recognition model's input height
MIN_WIDTH = 96  # a short line is padded to twice its height, as the reader recognises it
# Quantised statically: the backbone's operations (not Mul, HardSigmoid: the channel attention).
QUANTISED_OPERATIONS = ("Conv", "Relu", "Add", "MaxPool", "AveragePool", "Concat")
FINAL_LAYER_CLASSES = 10_000  # a product with more output columns than this is the layer over the characters
# Left unfused before quantising (a fused convolution or product cannot be quantised).
UNFUSED = ["ConvActivationFusion", "ConvAddActivationFusion", "MatmulTransposeFusion"]
REFUSED = "refused"  # written instead of a digest when the built model read a calibration line differently
LOCK = ".build.lock"  # held by the process that looks for the model and builds it if missing

_lock = threading.Lock()


def private_folder() -> Path | None:
    """The ``ocr`` folder of secreview's cache, this user's alone, or None."""
    from secreview.jieba_cache import private_subfolder

    return private_subfolder("ocr")


def _digest(path: Path) -> str:
    with path.open("rb") as file:
        return hashlib.file_digest(file, "sha256").hexdigest()


def cached_name(source: Path) -> str:
    """The file name of the quantised model built from ``source`` with this onnxruntime and recipe."""
    import onnxruntime

    key = f"{_digest(source)}\0{onnxruntime.__version__}\0{RECIPE}"
    return f"rec-int8-{hashlib.sha256(key.encode()).hexdigest()[:24]}.onnx"


def quantised(source: Path) -> Path | None:
    """The quantised model built from ``source``: from the cache, or built now; None when it cannot be."""
    folder = private_folder()
    if folder is None:
        return None
    with _lock:
        try:
            with _taking_turns(folder):
                target = folder / cached_name(source)
                if _intact(target):
                    return target
                if _refused(target) or not any(CALIBRATION.glob("line-*.png")):
                    return None
                build(source, target)
                remove_stale(folder, target.name)
        except Exception:  # any failure (no ``onnx`` package, a full disk) leaves the packaged model in use
            return None
        return target if _intact(target) else None


@contextmanager
def _taking_turns(folder: Path) -> Iterator[None]:
    """Held while this process looks for the model and builds it: another process waits meanwhile (closing
    the file releases the lock, also when a process dies holding it)."""
    if fcntl is None:
        yield
        return
    descriptor = os.open(folder / LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)


def _refused(target: Path) -> bool:
    try:
        return target.with_suffix(".sha256").read_text(encoding="ascii").strip() == REFUSED
    except OSError:
        return False


def _intact(target: Path) -> bool:
    """Whether ``target`` is the file a process built: its SHA-256 is the one written beside it."""
    digest = target.with_suffix(".sha256")
    try:
        return digest.read_text(encoding="ascii").strip() == _digest(target)
    except OSError:
        return False


def build(source: Path, target: Path) -> None:
    """Writes the quantised model of ``source`` to ``target`` and its SHA-256 beside it (both atomically)."""
    import onnx
    import onnx.version_converter
    import onnxruntime

    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".build-") as temporary:
        work = Path(temporary)
        model = onnx.load(str(source))
        if model.opset_import[0].version < 13:  # per-channel scales need opset 13
            model = onnx.version_converter.convert_version(model, 13)
        onnx.save(model, str(work / "opset13.onnx"))
        options = onnxruntime.SessionOptions()
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
        options.optimized_model_filepath = str(work / "fused.onnx")
        options.intra_op_num_threads = 1
        onnxruntime.InferenceSession(
            str(work / "opset13.onnx"),
            options,
            providers=["CPUExecutionProvider"],
            disabled_optimizers=UNFUSED,
        )
        built = work / "int8.onnx"
        logging.disable(logging.WARNING)  # the quantiser's advice to pre-process, on the root logger
        try:
            _quantise(work / "fused.onnx", work / "static.onnx", model.graph.input[0].name)
            _quantise_final_layer(work / "static.onnx", built)
        finally:
            logging.disable(logging.NOTSET)
        _check_characters(source, built)
        same = reads_alike(source, built)
        digest = _digest(built) if same else REFUSED
        if same:
            os.replace(built, target)
        partial = work / "digest"
        partial.write_text(digest + "\n", encoding="ascii")
        os.replace(partial, target.with_suffix(".sha256"))


def _quantise(source: Path, target: Path, input_name: str) -> None:
    from onnxruntime.quantization import CalibrationMethod, QuantFormat, QuantType, quantize_static

    quantize_static(
        str(source),
        str(target),
        _Calibration(input_name),
        quant_format=QuantFormat.QDQ,
        per_channel=True,
        activation_type=QuantType.QUInt8,
        weight_type=QuantType.QInt8,
        op_types_to_quantize=list(QUANTISED_OPERATIONS),
        calibrate_method=CalibrationMethod.MinMax,
    )


def _quantise_final_layer(source: Path, target: Path) -> None:
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model = onnx.load(str(source))
    weights = {item.name: item for item in model.graph.initializer}
    final = [
        node.name
        for node in model.graph.node
        if node.op_type == "MatMul"
        and any(name in weights and weights[name].dims[-1] > FINAL_LAYER_CLASSES for name in node.input)
    ]
    if len(final) != 1:
        raise ValueError(f"expected one final layer, found {len(final)}")
    quantize_dynamic(
        str(source),
        str(target),
        weight_type=QuantType.QInt8,
        per_channel=True,
        nodes_to_quantize=final,
        op_types_to_quantize=["MatMul"],
    )


def reads_alike(source: Path, built: Path) -> bool:
    """Whether ``built`` reads every calibration line as ``source`` does (after NFKC)."""
    return _read(source) == _read(built)


def _read(model: Path) -> list[str]:
    """The text of every calibration line as ``model`` reads it (greedy CTC, as rapidocr decodes)."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    session = onnxruntime.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
    characters = ["", *session.get_modelmeta().custom_metadata_map["character"].splitlines(), " "]
    name = session.get_inputs()[0].name
    reader = _Calibration(name)
    texts = []
    while (feed := reader.get_next()) is not None:
        best = session.run(None, feed)[0][0].argmax(axis=1)
        kept = [
            int(index)
            for position, index in enumerate(best)
            if index and (position == 0 or index != best[position - 1])
        ]
        texts.append(unicodedata.normalize("NFKC", "".join(characters[index] for index in kept)))
    return texts


def _check_characters(source: Path, built: Path) -> None:
    """The built model carries the packaged model's character list (rapidocr reads it from the model)."""
    import onnx

    def characters(path: Path) -> str | None:
        found = onnx.load(str(path), load_external_data=False).metadata_props
        return next((item.value for item in found if item.key == "character"), None)

    if characters(built) != characters(source):
        raise ValueError("the quantised model lost the character list")


def normalised(image: Any) -> Any:
    """A grey or BGR line as the recogniser's input: 48 pixels high, at least 96 wide (padded), in [-1, 1]."""
    import cv2
    import numpy

    if image.ndim == 2:
        image = cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
    height, width = image.shape[:2]
    resized_width = max(1, math.ceil(HEIGHT * width / height))
    resized = cv2.resize(image, (resized_width, HEIGHT)).astype(numpy.float32)
    scaled = (resized.transpose(2, 0, 1) / 255 - 0.5) / 0.5
    padded = numpy.zeros((3, HEIGHT, max(MIN_WIDTH, resized_width)), dtype=numpy.float32)
    padded[:, :, :resized_width] = scaled
    return padded[numpy.newaxis]


class _Calibration:
    """onnxruntime's calibration data reader over the shipped lines."""

    def __init__(self, input_name: str) -> None:
        self._input = input_name
        self._paths = iter(sorted(CALIBRATION.glob("line-*.png")))

    def get_next(self) -> dict[str, Any] | None:
        import numpy
        from PIL import Image

        path = next(self._paths, None)
        if path is None:
            return None
        with Image.open(path) as image:
            grey = numpy.asarray(image.convert("L"))
        return {self._input: normalised(grey)}

    def rewind(self) -> None:
        self._paths = iter(sorted(CALIBRATION.glob("line-*.png")))


def remove_stale(folder: Path, keep: str) -> None:
    """Quantised models of other sources or versions, removed (each is 13 MB)."""
    for path in folder.glob("rec-int8-*"):
        if path.stem != Path(keep).stem:
            with suppress(OSError):
                path.unlink()
