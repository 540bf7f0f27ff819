"""Scanned pages inside attachments: a PDF attached to a PDF whose pages are images, and an attached
image, are read by OCR (their pages counting towards the document's page limit); without OCR they are
listed per page as not checked, never silently clean; and a finding in them cannot be drawn over."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tests.testing.cli import ID_NUMBER, run_in_process, write
from tests.testing.scans import png_bytes, scanned_pdf

LINES = ["附件一", f"户主张建国,身份证号{ID_NUMBER}"]


def _with_attachments(files: dict[str, bytes]) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    for name, data in files.items():
        writer.add_attachment(name, data)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def outer() -> bytes:
    return _with_attachments({"名单.pdf": scanned_pdf([["关于救助金的说明"], LINES])})


def _file(*args: str | Path) -> dict[str, object]:
    result = run_in_process("check", "--format", "json", *args)
    (file,) = json.loads(result.stdout)["files"]
    assert isinstance(file, dict)
    return {"status": result.returncode, **file}


def test_the_scanned_pages_of_an_attached_pdf_are_read(tmp_path: Path, outer: bytes) -> None:
    file = _file("--isolated", write(tmp_path / "通知.pdf", outer))
    assert file["status"] == 1 and "unchecked" not in file
    findings = file["findings"]
    assert isinstance(findings, list)
    (finding,) = [item for item in findings if item["category"] == "id_number"]
    assert finding["text"] == ID_NUMBER and finding["part"] == "attachment:名单.pdf"
    assert finding["location"] == "ocr:page 2 page:2" and finding["box"]["unit"] == "pt"
    assert "page" not in finding  # the attachment's page 2, not the outer document's
    assert file["ocr"] == {"pages": 3, "mean_confidence": pytest.approx(1.0, abs=0.2)}


def test_without_ocr_they_are_listed_per_page(tmp_path: Path, outer: bytes) -> None:
    file = _file("--isolated", "--no-ocr", write(tmp_path / "通知.pdf", outer))
    assert file["status"] == 2 and file["attribute"] is None
    unchecked = file["unchecked"]
    assert isinstance(unchecked, list)
    parts = [item["part"] for item in unchecked]
    assert parts == ["attachment:名单.pdf page 1", "attachment:名单.pdf page 2", "page 1"]


def test_the_attachments_pages_count_towards_the_page_limit(tmp_path: Path, outer: bytes) -> None:
    path = write(tmp_path / "通知.pdf", outer)
    write(tmp_path / "secreview.toml", "ocr-page-limit = 2\n")
    file = _file(path)
    assert file["status"] == 2 and file["attribute"] is None
    unchecked = file["unchecked"]
    assert isinstance(unchecked, list)
    assert [item["part"] for item in unchecked] == ["page 1"] and "上限(2)" in unchecked[0]["reason"]


def test_an_attached_image_is_read_and_the_copy_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "通知.pdf", _with_attachments({"照片.png": png_bytes(LINES)}))
    file = _file("--isolated", path)
    findings = file["findings"]
    assert isinstance(findings, list)
    (finding,) = [item for item in findings if item["category"] == "id_number"]
    assert finding["part"] == "attachment:照片.png" and finding["box"]["unit"] == "px"
    result = run_in_process("redact", "--isolated", path, "-o", tmp_path / "删减稿.pdf")
    assert result.returncode == 2 and "无法安全删减" in result.stderr
    assert not (tmp_path / "删减稿.pdf").exists()


def test_a_scanned_pdf_attached_to_an_ofd_is_read(tmp_path: Path) -> None:
    from tests.testing.ofd_builder import build_ofd

    data = build_ofd([["关于救助金的说明"]], attachments={"名单.pdf": scanned_pdf([LINES])})
    file = _file("--isolated", write(tmp_path / "说明.ofd", data))
    assert file["status"] == 1 and "unchecked" not in file
    findings = file["findings"]
    assert isinstance(findings, list)
    (finding,) = [item for item in findings if item["category"] == "id_number"]
    assert finding["part"] == "attachment:名单.pdf" and finding["location"] == "ocr:page 1 page:1"
