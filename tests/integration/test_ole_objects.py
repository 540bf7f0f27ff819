"""Files embedded in a .docx or .xlsx as OLE objects (Word's 插入 → 对象 → 由文件创建) are checked as the
file they carry, their findings named after it; an object that cannot be read is listed as not checked
with the reason and the rest of the document is still checked; a redacted copy keeps none of them."""

from __future__ import annotations

import io
import json
import shutil
import struct
from pathlib import Path

import docx
import olefile
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secreview import Engine
from secreview.extract import extract_bytes
from secreview.extract.legacy import MISSING_TOOL_MESSAGE
from secreview.extract.ole import CORRUPT, ENCRYPTED, IMAGE, TRUNCATED
from secreview.models import Category
from secreview.redact import redact_bytes
from tests.testing import cfb
from tests.testing import office_places as places
from tests.testing.cli import run_in_process
from tests.testing.docx_builder import build_docx, paragraph
from tests.testing.pdf_builder import build_pdf

OLE_TYPES = {"bin": "application/vnd.openxmlformats-officedocument.oleObject"}
PDF = build_pdf([["附件:申请人名单", places.SENTENCE]])
PERSON = [(Category.PERSON_NAME, places.NAME), (Category.ID_NUMBER, places.ID_NUMBER)]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def in_docx(ole: bytes, name: str = "oleObject1.bin") -> bytes:
    return places._embedded(name, ole, "oleObject", OLE_TYPES)


def _found(engine: Engine, data: bytes, suffix: str) -> set[tuple[Category, str, str]]:
    report = engine.review(extract_bytes(data, suffix), f"object{suffix}")
    assert report.unchecked == []
    assert report.attribute is not None and report.attribute.value == "redacted"
    return {(finding.category, finding.text, finding.part) for finding in report.findings}


def _unchecked(data: bytes, suffix: str = ".docx") -> list[tuple[str, str]]:
    extracted = extract_bytes(data, suffix)
    assert places.ORDINARY in extracted.text  # the rest of the document is read
    return [(item.part, item.reason) for item in extracted.unchecked]


def test_the_compound_file_writer_is_read_back_by_olefile() -> None:
    streams = {"\x01Ole10Native": cfb.ole10_native("名单.txt", b"x" * 100), "Big": bytes(range(256)) * 40}
    ole = olefile.OleFileIO(io.BytesIO(cfb.compound_file(streams, cfb.PACKAGE_CLSID)), raise_defects=0)
    assert ole.root.clsid == "0003000C-0000-0000-C000-000000000046"
    assert {name: ole.openstream(name).read() for name in streams} == streams


@pytest.mark.parametrize("suffix", [".docx", ".xlsx"])
def test_a_package_wrapping_a_pdf_is_read_as_the_pdf(engine: Engine, suffix: str) -> None:
    ole = cfb.package_object("申请人名单.pdf", PDF)
    data = in_docx(ole) if suffix == ".docx" else places.xlsx_embedded("oleObject1.bin", ole)
    found = _found(engine, data, suffix)
    assert (Category.ID_NUMBER, places.ID_NUMBER, "embedded:申请人名单.pdf") in found
    assert (Category.PHONE, places.MOBILE, "embedded:申请人名单.pdf") in found


def test_an_acrobat_object_is_read_from_its_contents_stream(engine: Engine) -> None:
    found = _found(engine, in_docx(cfb.acrobat_object(PDF)), ".docx")
    assert (Category.ID_NUMBER, places.ID_NUMBER, "embedded:oleObject1.bin") in found


def test_the_label_is_taken_from_its_unicode_copy_where_the_package_has_one(engine: Engine) -> None:
    label = "𠮷家名单.pdf"  # 𠮷 has no GBK code: the ANSI label says ?家名单.pdf
    ole = cfb.compound_file({"\x01Ole10Native": cfb.ole10_native(label, PDF, unicode=True)})
    found = _found(engine, in_docx(ole), ".docx")
    assert (Category.ID_NUMBER, places.ID_NUMBER, f"embedded:{label}") in found


def test_a_package_wrapping_a_text_file_is_read_as_text(engine: Engine) -> None:
    ole = cfb.package_object("名单.txt", places.SENTENCE.encode("gbk"))
    found = _found(engine, in_docx(ole), ".docx")
    assert {(category, value, "embedded:名单.txt") for category, value in PERSON} <= found


def test_a_docx_in_a_package_in_a_docx_is_read_with_its_place(engine: Engine) -> None:
    inner = build_docx([paragraph("附件"), paragraph(places.SENTENCE)])
    report = engine.review(extract_bytes(in_docx(cfb.package_object("名单.docx", inner)), ".docx"), "a.docx")
    (finding,) = [item for item in report.findings if item.category == Category.ID_NUMBER]
    assert (finding.part, finding.location) == ("embedded:名单.docx", "body")


def test_packages_nest_only_to_the_depth_limit() -> None:
    data = build_docx([paragraph(places.SENTENCE)])
    for _ in range(3):
        data = in_docx(cfb.package_object("名单.docx", data))
    extracted = extract_bytes(data, ".docx")
    assert places.MOBILE not in extracted.text
    assert [item.reason for item in extracted.unchecked] == ["嵌套超过 2 层"]


def test_a_word97_object_without_libreoffice_is_not_checked_and_says_how(
    monkeypatch: pytest.MonkeyPatch, engine: Engine
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    extracted = extract_bytes(in_docx(cfb.word97_object()), ".docx")
    assert [(item.part, item.reason) for item in extracted.unchecked] == [
        ("embedded:oleObject1.doc", MISSING_TOOL_MESSAGE)
    ]
    assert engine.review(extracted, "a.docx").attribute is None


@pytest.mark.parametrize(
    ("ole", "reason"),
    [
        (cfb.SIGNATURE + bytes(range(256)) * 8, CORRUPT),
        (cfb.package_object("名单.pdf", PDF)[:1800], TRUNCATED),
        (cfb.package_object("名单.pdf", PDF, declared=len(PDF) + 1), TRUNCATED),
        (cfb.package_object("名单.pdf", PDF, total=len(PDF) * 2), TRUNCATED),
        (cfb.compound_file({"EncryptedPackage": bytes(5000), "EncryptionInfo": bytes(200)}), ENCRYPTED),
    ],
    ids=["garbage", "cut-short", "data-size-past-the-stream", "total-past-the-stream", "encrypted"],
)
def test_an_object_that_cannot_be_read_is_listed_with_the_reason(
    engine: Engine, ole: bytes, reason: str
) -> None:
    data = in_docx(ole)
    assert _unchecked(data) == [("embedded:oleObject1.bin", reason)]
    assert engine.review(extract_bytes(data, ".docx"), "a.docx").attribute is None


@pytest.mark.parametrize("field", ["declared", "total"])
def test_a_huge_declared_size_is_refused_before_anything_is_read(field: str) -> None:
    ole = cfb.package_object("名单.pdf", PDF, **{field: 0xFFFFFFFF})
    ((part, reason),) = _unchecked(in_docx(ole))
    assert part == "embedded:oleObject1.bin" and "4,294,967,295 字节" in reason and "过大" in reason


def test_an_object_of_an_unknown_class_is_named_by_its_class() -> None:
    equation = cfb.compound_file(
        {"Equation Native": bytes(range(40)), "\x01CompObj": cfb.comp_obj("Microsoft Equation 3.0")}
    )
    assert _unchecked(in_docx(equation)) == [
        ("embedded:oleObject1.bin", "嵌入的 OLE 对象类型不受支持(Microsoft Equation 3.0),未检查")
    ]


def test_a_lone_stream_of_text_in_an_unknown_class_is_read_as_text(engine: Engine) -> None:
    text = places.SENTENCE.encode("utf-8")
    ole = cfb.compound_file({"CONTENTS": text, "\x01CompObj": cfb.comp_obj("Note")})
    found = _found(engine, in_docx(ole), ".docx")
    assert (Category.ID_NUMBER, places.ID_NUMBER, "embedded:oleObject1.txt") in found


def test_a_package_of_an_unsupported_type_is_named(engine: Engine) -> None:
    ((part, reason),) = _unchecked(in_docx(cfb.package_object("工具.exe", b"MZ\x90\x00" + bytes(200))))
    assert part == "embedded:工具.exe" and "不支持的文件类型" in reason


@pytest.mark.parametrize("suffix", [".docx", ".xlsx"])
def test_the_redacted_copy_keeps_no_object_and_no_finding(engine: Engine, suffix: str) -> None:
    ole = cfb.package_object("申请人名单.pdf", PDF)
    data = in_docx(ole) if suffix == ".docx" else places.xlsx_embedded("oleObject1.bin", ole)
    copy = redact_bytes(engine, data, suffix, f"a{suffix}")
    assert places.ID_NUMBER in {finding.text for finding in copy.original.findings}
    assert copy.recheck.error is None and copy.recheck.unchecked == []
    assert [finding for finding in copy.recheck.findings if finding.suppressed_by is None] == []
    assert not [where for where, _ in places.nested_texts(copy.data) if "embeddings" in where]
    assert any("嵌入" in note for note in copy.notes)
    if suffix == ".docx":
        assert docx.Document(io.BytesIO(copy.data)).paragraphs[0].text == places.ORDINARY


@pytest.mark.parametrize(
    ("ole", "part"),
    [
        (cfb.package_object("照片", b"\x89PNG\r\n\x1a\n" + bytes(64)), "embedded:照片.png"),
        (
            cfb.compound_file({"\x01Ole10Native": struct.pack("<I", 66) + b"BM" + bytes(64)}),
            "embedded:oleObject1.bmp",
        ),
    ],
    ids=["package", "paintbrush"],
)
def test_an_embedded_image_needs_ocr(ole: bytes, part: str) -> None:
    assert _unchecked(in_docx(ole)) == [(part, IMAGE)]


def test_the_cli_names_the_attachment_and_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "通知.docx"
    data = in_docx(cfb.package_object("申请人名单.pdf", PDF))
    path.write_bytes(data)
    ran = run_in_process("check", "--isolated", "--format", "json", path)
    assert ran.returncode == 1
    (file,) = json.loads(ran.stdout)["files"]
    found = {(item["text"], item["part"], item["location"]) for item in file["findings"]}
    assert (places.ID_NUMBER, "embedded:申请人名单.pdf", "body page:1") in found
    assert path.read_bytes() == data


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    """An object of every kind with a few bytes changed or the end cut off."""
    ole = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 6))):
        position = draw(st.integers(0, len(ole) - 1))
        ole[position] = draw(st.integers(0, 255))
    return bytes(ole[: draw(st.integers(8, len(ole)))])


SEEDS = [
    cfb.package_object("名单.pdf", PDF),
    cfb.package_object("名单.txt", places.SENTENCE.encode("gbk")),
    cfb.acrobat_object(PDF),
    cfb.word97_object(),
]


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(damaged())
def test_a_damaged_object_is_read_or_listed_never_a_failure(ole: bytes) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(shutil, "which", lambda name: None)
        extracted = extract_bytes(in_docx(ole), ".docx")
    assert places.ORDINARY in extracted.text
    assert all(item.reason and "\n" not in item.reason for item in extracted.unchecked)
