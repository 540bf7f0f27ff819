"""A scanned PDF embedded in a .docx as an OLE Package is read by OCR like an attached one (its finding
named after the embedded file, its page the embedded file's); without OCR its pages are listed as not
checked, never silently clean."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.testing import cfb
from tests.testing import office_places as places
from tests.testing.cli import ID_NUMBER, run_in_process, write
from tests.testing.scans import png_bytes, scanned_pdf

LINES = ["附件一", f"户主张建国,身份证号{ID_NUMBER}"]
OLE_TYPES = {"bin": "application/vnd.openxmlformats-officedocument.oleObject"}


@pytest.fixture(scope="module")
def document() -> bytes:
    ole = cfb.package_object("名单.pdf", scanned_pdf([LINES]))
    return places._embedded("oleObject1.bin", ole, "oleObject", OLE_TYPES)


def _file(*args: str | Path) -> dict[str, object]:
    result = run_in_process("check", "--format", "json", *args)
    (file,) = json.loads(result.stdout)["files"]
    assert isinstance(file, dict)
    return {"status": result.returncode, **file}


def test_the_scanned_pages_of_an_embedded_pdf_are_read(tmp_path: Path, document: bytes) -> None:
    file = _file("--isolated", write(tmp_path / "通知.docx", document))
    assert file["status"] == 1 and "unchecked" not in file
    findings = file["findings"]
    assert isinstance(findings, list)
    (finding,) = [item for item in findings if item["category"] == "id_number"]
    assert finding["text"] == ID_NUMBER and finding["part"] == "embedded:名单.pdf"
    assert finding["location"] == "ocr:page 1 page:1" and finding["box"]["unit"] == "pt"


def test_without_ocr_its_pages_are_listed(tmp_path: Path, document: bytes) -> None:
    file = _file("--isolated", "--no-ocr", write(tmp_path / "通知.docx", document))
    assert file["status"] == 2 and file["attribute"] is None
    unchecked = file["unchecked"]
    assert isinstance(unchecked, list)
    assert [item["part"] for item in unchecked] == ["embedded:名单.pdf page 1"]


def test_an_embedded_picture_is_read(tmp_path: Path) -> None:
    ole = cfb.package_object("照片.png", png_bytes(LINES))
    path = write(tmp_path / "通知.docx", places._embedded("oleObject1.bin", ole, "oleObject", OLE_TYPES))
    file = _file("--isolated", path)
    assert file["status"] == 1 and "unchecked" not in file
    findings = file["findings"]
    assert isinstance(findings, list)
    (finding,) = [item for item in findings if item["category"] == "id_number"]
    assert finding["part"] == "embedded:照片.png" and finding["box"]["unit"] == "px"
