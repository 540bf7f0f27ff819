"""The OCR model comes from the files inside rapidocr's wheel: loading it opens no connection."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest

from secreview.extract.image_files import ocr_available
from secreview.ocr.reader import MODEL_FILES, model_directory, model_parameters


def test_the_models_are_named_by_path_inside_the_installed_package() -> None:
    if not ocr_available():
        pytest.skip("the ocr extra is not installed: pip install '.[ocr]'")
    parameters = model_parameters(quantised=False)
    directory = model_directory()
    for task, name in MODEL_FILES.items():
        path = Path(parameters[f"{task}.model_path"])
        assert path == directory / name and path.is_file()


def test_the_recognition_model_is_the_packaged_one_or_built_here_from_it() -> None:
    if not ocr_available():
        pytest.skip("the ocr extra is not installed: pip install '.[ocr]'")
    from secreview.ocr.quantise import cached_name, private_folder

    parameters = model_parameters()
    directory = model_directory()
    assert parameters["Det.model_path"] == str(directory / MODEL_FILES["Det"])
    recogniser = Path(parameters["Rec.model_path"])
    packaged = directory / MODEL_FILES["Rec"]
    assert recogniser in (packaged, (private_folder() or packaged) / cached_name(packaged))


def test_loading_the_model_downloads_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    if not ocr_available():
        pytest.skip("the ocr extra is not installed: pip install '.[ocr]'")
    from rapidocr import RapidOCR
    from rapidocr.utils.download_file import DownloadFile

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the OCR model tried to reach the network")

    monkeypatch.setattr(DownloadFile, "run", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    model = RapidOCR(params=model_parameters())
    assert model.cfg.Det.model_path.endswith(MODEL_FILES["Det"])
