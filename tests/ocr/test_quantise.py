"""The 8-bit recognition model: built on this machine from the packaged one into a private folder of the
cache, named after what it was built from, checked by its SHA-256 before use, reading what the packaged
model reads; where it cannot be built, the packaged model is used. Building takes several seconds: it
is done once for the module."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from secreview.ocr import quantise
from secreview.ocr.reader import MODEL_FILES, model_directory, model_parameters
from tests.testing.cli import ID_NUMBER, MOBILE
from tests.testing.scans import font_or_skip, page_image

LINES = [
    "低保对象公示(第二批)",
    f"户主欧阳淑芬,身份证号{ID_NUMBER}",
    f"联系电话{MOBILE},住址长沙市芙蓉区五一大道88号",
]


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    font_or_skip()
    pytest.importorskip("onnx")
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="module")
def built(cache: Path) -> Path:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(cache))
        path = quantise.quantised(model_directory() / MODEL_FILES["Rec"])
    assert path is not None
    return path


def _source() -> Path:
    return model_directory() / MODEL_FILES["Rec"]


def _files(folder: Path) -> list[Path]:
    """What is in ``folder`` but the lock file that processes building the model take turns on."""
    return [path for path in folder.iterdir() if path.name != quantise.LOCK]


def test_it_is_built_in_a_private_folder_named_after_its_source_and_runtime(cache: Path, built: Path) -> None:
    folder = cache / "secreview" / "ocr"
    assert built.parent == folder and stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert built.name == quantise.cached_name(_source())
    digest = hashlib.sha256(built.read_bytes()).hexdigest()
    assert built.with_suffix(".sha256").read_text(encoding="ascii").strip() == digest
    assert sorted(path.name for path in folder.iterdir()) == sorted(
        [built.name, built.with_suffix(".sha256").name, quantise.LOCK]
    )


def test_the_reader_uses_it_once_built(cache: Path, built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    assert model_parameters()["Rec.model_path"] == str(built)
    assert model_parameters(quantised=False)["Rec.model_path"] == str(_source())


def test_it_reads_what_the_packaged_model_reads(
    cache: Path, built: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rapidocr import RapidOCR

    from secreview.ocr.pipeline import read_lines

    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    image = page_image(LINES)
    read = {}
    for quantised in (False, True):
        model = RapidOCR(params=model_parameters(quantised))
        read[quantised] = [line.text for line in read_lines(model, image, 0.3)]
    assert read[True] == read[False]
    assert ID_NUMBER in read[True][1] and MOBILE in read[True][2]
    assert len(read[True]) == len(LINES)


def test_a_changed_file_is_not_used(built: Path, tmp_path: Path) -> None:
    copy = tmp_path / built.name
    shutil.copy(built, copy)
    shutil.copy(built.with_suffix(".sha256"), copy.with_suffix(".sha256"))
    assert quantise._intact(copy)
    with copy.open("r+b") as file:
        file.seek(1000)
        byte = file.read(1)
        file.seek(1000)
        file.write(bytes([byte[0] ^ 1]))
    assert not quantise._intact(copy)
    copy.with_suffix(".sha256").unlink()
    assert not quantise._intact(copy)


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_folder_others_can_write_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = tmp_path / "secreview" / "ocr"
    folder.mkdir(parents=True)
    folder.chmod(0o777)
    assert quantise.private_folder() is None
    assert quantise.quantised(_source()) is None
    assert list(folder.iterdir()) == []
    assert model_parameters()["Rec.model_path"] == str(_source())


def test_without_the_onnx_package_the_packaged_model_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    font_or_skip()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setitem(sys.modules, "onnx", None)  # import onnx raises ImportError
    assert quantise.quantised(_source()) is None
    assert model_parameters()["Rec.model_path"] == str(_source())
    assert _files(tmp_path / "secreview" / "ocr") == []


def test_models_of_other_sources_are_removed_when_one_is_built(tmp_path: Path) -> None:
    for name in ("rec-int8-old.onnx", "rec-int8-old.sha256", "rec-int8-new.onnx", "rec-int8-new.sha256"):
        (tmp_path / name).write_bytes(b"")
    quantise.remove_stale(tmp_path, "rec-int8-new.onnx")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["rec-int8-new.onnx", "rec-int8-new.sha256"]


def test_a_refused_model_is_not_built_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    font_or_skip()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = quantise.private_folder()
    assert folder is not None
    target = folder / quantise.cached_name(_source())
    target.with_suffix(".sha256").write_text("refused\n", encoding="ascii")
    monkeypatch.setattr(quantise, "build", lambda *arguments: pytest.fail("built again"))
    assert quantise.quantised(_source()) is None


def test_a_model_that_does_not_read_alike_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    font_or_skip()
    pytest.importorskip("onnx")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(quantise, "_quantise", lambda source, target, name: shutil.copy(source, target))
    monkeypatch.setattr(quantise, "reads_alike", lambda source, built: False)
    assert quantise.quantised(_source()) is None
    (digest,) = _files(tmp_path / "secreview" / "ocr")
    assert digest.suffix == ".sha256" and digest.read_text(encoding="ascii").strip() == "refused"


# Two processes that need the model at once (workers of --jobs): each says it has arrived, then asks for
# the model; the build (a stand-in: the real one takes seconds) waits until both have arrived, so the
# second asks while the first builds. One build, one model for both.
_ONE_OF_TWO = """
import hashlib, sys, time
from pathlib import Path
from secreview.ocr import quantise
from secreview.ocr.reader import MODEL_FILES, model_directory

meeting, number = Path(sys.argv[1]), sys.argv[2]

def build(source, target):
    with (meeting / "builds").open("a") as log:
        log.write(number + "\\n")
    deadline = time.monotonic() + 30
    while len(list(meeting.glob("arrived-*"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.5)  # the other process is now asking for the model
    content = b"model built by " + number.encode()
    partial = target.with_suffix(".part" + number)
    partial.write_bytes(content)
    partial.replace(target)
    target.with_suffix(".sha256").write_text(hashlib.sha256(content).hexdigest() + "\\n", encoding="ascii")

quantise.build = build
(meeting / ("arrived-" + number)).touch()
print(quantise.quantised(model_directory() / MODEL_FILES["Rec"]))
"""


@pytest.mark.skipif(quantise.fcntl is None, reason="without fcntl each process may build the model")
def test_processes_that_need_it_at_once_build_it_once(tmp_path: Path) -> None:
    pytest.importorskip("onnxruntime")
    model_directory()  # rapidocr installed
    meeting = tmp_path / "meeting"
    meeting.mkdir()
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    command = [sys.executable, "-c", _ONE_OF_TWO, str(meeting)]
    processes = [
        subprocess.Popen([*command, number], env=environment, stdout=subprocess.PIPE, text=True)
        for number in ("1", "2")
    ]
    paths = {process.communicate(timeout=120)[0].strip() for process in processes}
    assert [process.returncode for process in processes] == [0, 0]
    assert len((meeting / "builds").read_text().split()) == 1
    (path,) = paths
    assert Path(path).name == quantise.cached_name(_source()) and quantise._intact(Path(path))
