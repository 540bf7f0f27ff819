"""Scanned pages and images read by OCR: findings with page and box, redaction by rasterising, and the
same files without OCR listed per page as not checked. A few small pages only (each costs a second or
more of OCR)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tests.integration.test_sarif import assert_valid_sarif
from tests.testing.cli import ID_NUMBER, MOBILE, run_in_process, write
from tests.testing.scans import png_bytes, scanned_pdf

LINES = ["低保对象公示", f"户主张建国,身份证号{ID_NUMBER}", f"联系电话{MOBILE}"]


@pytest.fixture(scope="module")
def scan_bytes() -> bytes:
    return scanned_pdf([["关于发放救助金的通知", "各村(居)委会:"], LINES])


def _scan(tmp_path: Path, data: bytes) -> Path:
    return write(tmp_path / "公示.pdf", data)


def test_check_finds_the_id_on_the_scanned_page_with_page_and_box(tmp_path: Path, scan_bytes: bytes) -> None:
    result = run_in_process("check", "--isolated", "--format", "json", _scan(tmp_path, scan_bytes))
    assert result.returncode == 1, result.stderr
    (file,) = json.loads(result.stdout)["files"]
    assert file["attribute"] == "redacted" and "unchecked" not in file
    (finding,) = [finding for finding in file["findings"] if finding["category"] == "id_number"]
    assert finding["text"] == ID_NUMBER and finding["part"] == "ocr:page 2" and finding["page"] == 2
    box = finding["box"]
    assert box["unit"] == "pt" and box["w"] > box["h"] > 0
    # The page is 1200 px wide at 200 dpi: 432 points; the number stands right of 身份证号 on line 2.
    assert box["x"] > 100 and box["x"] + box["w"] <= 432 and 28 < box["y"] < 80
    assert file["ocr"]["pages"] == 2 and 0.8 < file["ocr"]["mean_confidence"] <= 1


def test_the_text_report_and_sarif_say_where_on_the_page(tmp_path: Path, scan_bytes: bytes) -> None:
    path = _scan(tmp_path, scan_bytes)
    text = run_in_process("check", "--isolated", path)
    assert "OCR 第2页 (x " in text.stdout and "磅)" in text.stdout and ID_NUMBER in text.stdout
    assert "OCR: 识别 2 页" in text.stdout
    sarif = json.loads(run_in_process("check", "--isolated", "--format", "sarif", path).stdout)
    assert_valid_sarif(sarif)
    (result,) = [item for item in sarif["runs"][0]["results"] if item["ruleId"] == "PI001"]
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region["properties"]["page"] == 2 and region["properties"]["box"]["unit"] == "pt"
    assert ID_NUMBER not in json.dumps(sarif)


def test_redact_rasterises_the_page_and_the_copy_has_no_finding(tmp_path: Path, scan_bytes: bytes) -> None:
    from pypdf import PdfReader

    source = _scan(tmp_path, scan_bytes)
    out = tmp_path / "删减稿.pdf"
    result = run_in_process("redact", "--isolated", source, "-o", out)
    assert result.returncode == 0, result.stderr
    assert "复查建议属性: 主动公开" in result.stderr and "无文字层" in result.stderr
    copy = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(copy.pages) == 2
    assert all(not (page.extract_text() or "").strip() for page in copy.pages)
    # The redacted page holds one new image; the original scan of that page is nowhere in the copy.
    original_image = PdfReader(io.BytesIO(scan_bytes)).pages[1].images[0].data
    assert original_image not in out.read_bytes()
    recheck = json.loads(run_in_process("check", "--isolated", "--format", "json", out).stdout)
    (file,) = recheck["files"]
    assert file["attribute"] == "proactive" and file["ocr"]["pages"] == 2
    assert not [finding for finding in file["findings"] if finding["severity"] != "low"]


def test_without_ocr_the_scan_is_not_checked_per_page(tmp_path: Path, scan_bytes: bytes) -> None:
    result = run_in_process(
        "check", "--isolated", "--no-ocr", "--format", "json", _scan(tmp_path, scan_bytes)
    )
    assert result.returncode == 2
    (file,) = json.loads(result.stdout)["files"]
    assert file["attribute"] is None and file["findings"] == []
    assert [item["part"] for item in file["unchecked"]] == ["page 1", "page 2"]
    assert all("需要 OCR" in item["reason"] and "OCR 已关闭" in item["reason"] for item in file["unchecked"])


def test_the_configuration_turns_ocr_off(tmp_path: Path, scan_bytes: bytes) -> None:
    path = _scan(tmp_path, scan_bytes)
    write(tmp_path / "secreview.toml", "ocr = false\n")
    result = run_in_process("check", "--format", "json", path)
    assert result.returncode == 2
    assert json.loads(result.stdout)["files"][0]["unchecked"]
    assert run_in_process("check", "--ocr", "--format", "json", path).returncode == 1


def test_a_page_limit_leaves_the_other_pages_unchecked(tmp_path: Path, scan_bytes: bytes) -> None:
    path = _scan(tmp_path, scan_bytes)
    write(tmp_path / "secreview.toml", "ocr-page-limit = 1\n")
    result = run_in_process("check", "--format", "json", path)
    assert result.returncode == 2
    (file,) = json.loads(result.stdout)["files"]
    assert file["ocr"]["pages"] == 1
    assert [item["part"] for item in file["unchecked"]] == ["page 2"]
    assert "上限" in file["unchecked"][0]["reason"]


def test_an_image_file_is_read_and_redacted_as_an_image(tmp_path: Path) -> None:
    from PIL import Image

    source = write(tmp_path / "名单.png", png_bytes(LINES))
    checked = json.loads(run_in_process("check", "--isolated", "--format", "json", source).stdout)
    findings = checked["files"][0]["findings"]
    (finding,) = [finding for finding in findings if finding["category"] == "id_number"]
    assert finding["part"] == "ocr:image" and finding["box"]["unit"] == "px" and "page" not in finding
    out = tmp_path / "删减稿.png"
    result = run_in_process("redact", "--isolated", source, "-o", out)
    assert result.returncode == 0, result.stderr
    box = finding["box"]
    with Image.open(out) as image:
        middle = (round(box["x"] + box["w"] / 2), round(box["y"] + box["h"] / 2))
        assert image.convert("RGB").getpixel(middle) == (0, 0, 0)
    recheck = json.loads(run_in_process("check", "--isolated", "--format", "json", out).stdout)
    assert not [finding for finding in recheck["files"][0]["findings"] if finding["severity"] != "low"]


def test_an_image_inside_a_word_file_is_read_and_the_copy_drops_it(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("关于低保对象的说明")
    document.add_picture(io.BytesIO(png_bytes([f"户主张建国,身份证号{ID_NUMBER}"])))
    source = tmp_path / "说明.docx"
    document.save(str(source))
    checked = json.loads(run_in_process("check", "--isolated", "--format", "json", source).stdout)
    (finding,) = [item for item in checked["files"][0]["findings"] if item["category"] == "id_number"]
    assert finding["part"] == "ocr:image word/media/image1.png" and finding["box"]["unit"] == "px"
    out = tmp_path / "删减稿.docx"
    result = run_in_process("redact", "--isolated", source, "-o", out)
    assert result.returncode == 0 and "复查建议属性: 主动公开" in result.stderr


def test_a_picture_on_a_page_with_text_is_read_and_redaction_refuses_it(tmp_path: Path) -> None:
    from tests.testing.scans import text_page_with_picture

    data = text_page_with_picture(
        ["关于低保对象的说明", "附:申请表照片"], [f"户主张建国,身份证号{ID_NUMBER}"]
    )
    source = write(tmp_path / "说明.pdf", data)
    checked = json.loads(run_in_process("check", "--isolated", "--format", "json", source).stdout)
    (file,) = checked["files"]
    assert "unchecked" not in file and "关于低保对象的说明" not in json.dumps(file["findings"])
    (finding,) = [item for item in file["findings"] if item["category"] == "id_number"]
    assert finding["part"].startswith("ocr:image page 1 ") and finding["page"] == 1
    result = run_in_process("redact", "--isolated", source, "-o", tmp_path / "删减稿.pdf")
    assert result.returncode == 2 and "无法安全删减" in result.stderr
    assert not (tmp_path / "删减稿.pdf").exists()
