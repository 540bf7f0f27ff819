"""An OFD page that is only a picture: read by OCR (boxes in mm), redacted by replacing the picture."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from secreview.extract.ofd import extract_ofd
from tests.testing.cli import ID_NUMBER, run_in_process, write
from tests.testing.scans import scanned_ofd


def test_an_ofd_picture_page_is_read_and_its_picture_redacted(tmp_path: Path) -> None:
    source = write(tmp_path / "公示.ofd", scanned_ofd(["低保对象公示", f"户主张建国,身份证号{ID_NUMBER}"]))
    if not extract_ofd(source.read_bytes()).unchecked:
        pytest.skip("this OFD reader does not list picture pages as needing OCR")
    checked = json.loads(run_in_process("check", "--isolated", "--format", "json", source).stdout)
    (file,) = checked["files"]
    assert "unchecked" not in file, file.get("error")
    (finding,) = [item for item in file["findings"] if item["category"] == "id_number"]
    assert finding["part"] == "ocr:page 1" and finding["page"] == 1 and finding["box"]["unit"] == "mm"
    assert 0 < finding["box"]["x"] < 210 and 0 < finding["box"]["y"] < 297
    out = tmp_path / "删减稿.ofd"
    result = run_in_process("redact", "--isolated", source, "-o", out)
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(out) as copy, zipfile.ZipFile(source) as original:
        assert copy.read("Doc_0/Res/scan.png") != original.read("Doc_0/Res/scan.png")
        assert copy.namelist() == original.namelist()
    recheck = json.loads(run_in_process("check", "--isolated", "--format", "json", out).stdout)
    assert not [item for item in recheck["files"][0]["findings"] if item["severity"] != "low"]
