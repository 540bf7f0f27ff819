"""Zip containers judged by what they produce: ordinary heavy documents are read, bombs are refused, and
``redact`` takes over what ``check`` never reads."""

from __future__ import annotations

import io
import os
import zipfile

import pytest

from secreview import Engine
from secreview.errors import ExtractionError
from secreview.extract import extract_bytes, ziputil
from secreview.redact import redact_bytes
from tests.testing.docx_builder import build_docx

ID_NUMBER = "430102199003071234"


def test_a_small_docx_of_200000_short_paragraphs_is_read() -> None:
    data = build_docx(["第一段", *("一" for _ in range(200_000)), f"身份证号{ID_NUMBER}"])
    assert len(data) < 60_000
    extracted = extract_bytes(data, ".docx")
    assert extracted.text.count("一\n") >= 200_000 and ID_NUMBER in extracted.text


def test_a_part_that_decompresses_far_beyond_an_ordinary_part_is_still_a_bomb() -> None:
    zeros = build_docx(["正文"], replace={"word/document.xml": b"<" + b" " * (40 * 1024 * 1024)})
    with pytest.raises(ExtractionError, match="zip 炸弹"):
        extract_bytes(zeros, ".docx")


def stored(data: bytes, name: str, content: bytes) -> bytes:
    """``data`` with the member ``name`` added, stored (not compressed), as a video is."""
    buffer = io.BytesIO(data)
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), content)
    return buffer.getvalue()


def test_redact_takes_over_a_large_video_that_check_never_reads(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ziputil, "MAX_MEMBER_SIZE", 1024 * 1024)
    monkeypatch.setattr(ziputil, "MAX_TOTAL_SIZE", 2 * 1024 * 1024)
    video = os.urandom(3 * 1024 * 1024)
    data = stored(build_docx([f"户主张三,身份证号{ID_NUMBER}"]), "word/media/video1.mp4", video)
    copy = redact_bytes(engine, data, ".docx", "录像.docx")
    assert copy.replaced >= 1
    with zipfile.ZipFile(io.BytesIO(copy.data)) as archive:
        names = archive.namelist()
        if "word/media/video1.mp4" in names:  # kept or removed with the pictures: never refused
            assert archive.read("word/media/video1.mp4") == video
        assert ID_NUMBER.encode() not in archive.read("word/document.xml")


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256"])
def test_an_aes_pdf_with_an_empty_user_password_is_read(algorithm: str) -> None:
    from pypdf import PdfReader, PdfWriter

    from tests.testing.pdf_builder import build_pdf

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(build_pdf([[f"户主张三,身份证号{ID_NUMBER}"]]))))
    writer.encrypt("", "owner-secret", algorithm=algorithm)
    output = io.BytesIO()
    writer.write(output)
    assert ID_NUMBER in extract_bytes(output.getvalue(), ".pdf").text


def test_redact_takes_over_a_large_binary_of_a_workbook(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.testing.xlsx_builder import raw_xlsx

    monkeypatch.setattr(ziputil, "MAX_MEMBER_SIZE", 1024 * 1024)
    monkeypatch.setattr(ziputil, "MAX_TOTAL_SIZE", 2 * 1024 * 1024)
    video = os.urandom(3 * 1024 * 1024)
    cells = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>身份证号</t></is></c></row>'
        f'<row r="2"><c r="A2" t="inlineStr"><is><t>{ID_NUMBER}</t></is></c></row>'
    )
    data = stored(raw_xlsx(cells), "xl/media/video1.mp4", video)
    copy = redact_bytes(engine, data, ".xlsx", "录像.xlsx")
    assert copy.replaced >= 1
    with zipfile.ZipFile(io.BytesIO(copy.data)) as archive:
        assert archive.read("xl/media/video1.mp4") == video
        assert ID_NUMBER.encode() not in archive.read("xl/worksheets/sheet1.xml")
