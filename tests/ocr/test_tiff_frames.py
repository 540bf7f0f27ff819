"""A multi-page TIFF (a scanner's usual output) is read frame by frame, each frame a page: every frame,
not only the first; the page limit applies to frames; the redacted copy keeps every frame."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.testing.cli import ID_NUMBER, MOBILE, run_in_process, write
from tests.testing.scans import tiff_bytes


@pytest.fixture(scope="module")
def frames() -> bytes:
    return tiff_bytes([["关于发放救助金的通知", "各村(居)委会:"], [f"户主张建国,身份证号{ID_NUMBER}"]])


def test_the_id_on_the_second_frame_is_found_on_page_2(tmp_path: Path, frames: bytes) -> None:
    source = write(tmp_path / "名单.tif", frames)
    result = run_in_process("check", "--isolated", "--format", "json", source)
    assert result.returncode == 1, result.stderr
    (file,) = json.loads(result.stdout)["files"]
    assert "unchecked" not in file and file["ocr"]["pages"] == 2
    (finding,) = [item for item in file["findings"] if item["category"] == "id_number"]
    assert finding["text"] == ID_NUMBER and finding["part"] == "ocr:page 2" and finding["page"] == 2
    assert finding["box"]["unit"] == "px"


def test_frames_past_the_page_limit_are_listed_as_not_checked(tmp_path: Path, frames: bytes) -> None:
    source = write(tmp_path / "名单.tiff", frames)
    write(tmp_path / "secreview.toml", "ocr-page-limit = 1\n")
    result = run_in_process("check", "--format", "json", source)
    assert result.returncode == 2
    (file,) = json.loads(result.stdout)["files"]
    assert file["attribute"] is None and file["ocr"]["pages"] == 1
    assert [item["part"] for item in file["unchecked"]] == ["page 2"]
    assert "上限" in file["unchecked"][0]["reason"]


def test_the_redacted_copy_keeps_every_frame_and_boxes_the_second(tmp_path: Path) -> None:
    from PIL import Image

    data = tiff_bytes([[f"联系电话{MOBILE}"], [f"户主张建国,身份证号{ID_NUMBER}"], ["此页无个人信息"]])
    source = write(tmp_path / "名单.tif", data)
    checked = json.loads(run_in_process("check", "--isolated", "--format", "json", source).stdout)
    boxes = {
        item["page"]: item["box"] for item in checked["files"][0]["findings"] if item["severity"] == "high"
    }
    assert set(boxes) == {1, 2}
    out = tmp_path / "删减稿.tif"
    result = run_in_process("redact", "--isolated", source, "-o", out)
    assert result.returncode == 0, result.stderr
    with Image.open(out) as image:
        assert getattr(image, "n_frames", 1) == 3
        for page, box in boxes.items():
            image.seek(page - 1)
            middle = (round(box["x"] + box["w"] / 2), round(box["y"] + box["h"] / 2))
            assert image.convert("RGB").getpixel(middle) == (0, 0, 0)
    recheck = json.loads(run_in_process("check", "--isolated", "--format", "json", out).stdout)
    (file,) = recheck["files"]
    assert file["ocr"]["pages"] == 3
    assert not [item for item in file["findings"] if item["severity"] != "low"]
