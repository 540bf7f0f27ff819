"""Hostile and messy input: every case ends with a result or a one-line error, and nothing leaks.

Covers zip bombs, oversized and too many parts, XXE and billion laughs, encryption, binary,
truncated and empty files, mixed encodings and NUL bytes, a large text file with bounded
memory, pathological input for the patterns, and a CLI run over good and bad files together
(the other files are still checked, inputs are unchanged, temporary files are removed).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import random
import shutil
import tempfile
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from secreview import Engine
from secreview.cli import main
from secreview.errors import ExtractionError
from secreview.extract import EXTRACTORS, extract_bytes, extract_path, ziputil
from secreview.extract.base import ExtractedText
from secreview.extract.ziputil import CFB_SIGNATURE
from tests.testing.docx_builder import patch_central_entry
from tests.testing.pdf_builder import build_flate_bomb_pdf
from tests.testing.samples import IDENTITY, MAIN_PARTS, SAMPLES, rezip

ZIP_FORMATS = sorted(MAIN_PARTS)
EVERY_SUFFIX = sorted(EXTRACTORS)


@pytest.fixture(autouse=True)
def no_converters(monkeypatch: pytest.MonkeyPatch) -> None:
    """Legacy files are not handed to a LibreOffice that may be installed: that path has its own tests."""
    monkeypatch.setattr(shutil, "which", lambda name: None)


def result_or_one_line_error(data: bytes, suffix: str) -> ExtractedText | ExtractionError:
    """What extracting ``data`` gives; any exception other than ExtractionError fails the test."""
    try:
        extracted = extract_bytes(data, suffix)
    except ExtractionError as error:
        message = str(error)
        assert message and "\n" not in message, repr(message)
        return error
    assert_well_formed(extracted)
    return extracted


def assert_well_formed(extracted: ExtractedText) -> None:
    previous_end = 0
    for segment in extracted.segments:
        assert previous_end <= segment.start < segment.end <= len(extracted.text), segment
        previous_end = segment.end


def refused(data: bytes, suffix: str, message: str) -> str:
    with pytest.raises(ExtractionError) as raised:
        extract_bytes(data, suffix)
    assert message in str(raised.value)
    return str(raised.value)


def test_every_sample_is_read_and_shows_its_identity_number() -> None:
    for suffix, build in SAMPLES.items():
        extracted = extract_bytes(build(), suffix)
        assert IDENTITY in extracted.text, suffix


# --- zip containers -----------------------------------------------------------


@pytest.mark.parametrize("suffix", ZIP_FORMATS)
def test_highly_compressed_part_is_a_bomb(suffix: str) -> None:
    data = rezip(SAMPLES[suffix](), replace={MAIN_PARTS[suffix]: bytes(40 * 1024 * 1024)})
    refused(data, suffix, "zip 炸弹")


@pytest.mark.parametrize("suffix", [".xlsx", ".ofd"])
def test_streamed_400_megabyte_bomb(suffix: str) -> None:
    members = {}
    with zipfile.ZipFile(io.BytesIO(SAMPLES[suffix]())) as archive:
        members = {name: archive.read(name) for name in archive.namelist() if name != MAIN_PARTS[suffix]}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
        with archive.open(MAIN_PARTS[suffix], "w", force_zip64=True) as member:
            zeros = bytes(1024 * 1024)
            for _ in range(400):
                member.write(zeros)
    refused(buffer.getvalue(), suffix, "zip 炸弹")


@pytest.mark.parametrize("suffix", ZIP_FORMATS)
def test_part_and_total_size_limits(suffix: str, monkeypatch: pytest.MonkeyPatch) -> None:
    data = SAMPLES[suffix]()
    with monkeypatch.context() as patched:
        patched.setattr(ziputil, "MAX_MEMBER_SIZE", 200)
        refused(data, suffix, "zip 炸弹")
    with monkeypatch.context() as patched:
        patched.setattr(ziputil, "MAX_TOTAL_SIZE", 600)
        refused(data, suffix, "zip 炸弹")


@pytest.mark.parametrize("suffix", ZIP_FORMATS)
def test_too_many_parts(suffix: str) -> None:
    extra = {f"media/{index}.bin": b"" for index in range(ziputil.MAX_MEMBERS)}
    refused(rezip(SAMPLES[suffix](), extra=extra), suffix, "文件过多")


def test_too_many_cells(monkeypatch: pytest.MonkeyPatch) -> None:
    from secreview.extract import xlsx

    monkeypatch.setattr(xlsx, "MAX_CELLS", 3)
    refused(SAMPLES[".xlsx"](), ".xlsx", "单元格过多")


@pytest.mark.parametrize("suffix", ZIP_FORMATS)
def test_declared_size_that_lies_is_corruption(suffix: str) -> None:
    data = patch_central_entry(SAMPLES[suffix](), MAIN_PARTS[suffix], file_size=10)
    refused(data, suffix, "已损坏")


def _with_doctype(part: bytes, declarations: str) -> bytes:
    """``part`` with a DOCTYPE (declaring ``declarations``) before its root and ``&e;`` as first content."""
    text = part.decode("utf-8")
    if text.startswith("<?xml"):
        text = text[text.index("?>") + 2 :]
    text = text.lstrip()
    root_end = text.index(">") + 1
    root_name = text[
        1 : len(text) - len(text[1:].lstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ:_"))
    ]
    return f"<!DOCTYPE {root_name} [{declarations}]>{text[:root_end]}&e;{text[root_end:]}".encode()


@pytest.mark.parametrize("suffix", ZIP_FORMATS)
def test_external_entities_are_refused_and_never_read(suffix: str, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("XXE-SECRET-4711", encoding="utf-8")
    data = SAMPLES[suffix]()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        part = archive.read(MAIN_PARTS[suffix])
    hostile = _with_doctype(part, f'<!ENTITY e SYSTEM "{secret.as_uri()}">')
    message = refused(rezip(data, replace={MAIN_PARTS[suffix]: hostile}), suffix, "外部实体或 DTD")
    assert "XXE-SECRET-4711" not in message


@pytest.mark.parametrize("suffix", ZIP_FORMATS)
def test_billion_laughs_is_refused(suffix: str) -> None:
    laughs = '<!ENTITY l0 "lol">' + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    data = SAMPLES[suffix]()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        part = archive.read(MAIN_PARTS[suffix])
    hostile = _with_doctype(part, laughs + '<!ENTITY e "&l9;">')
    refused(rezip(data, replace={MAIN_PARTS[suffix]: hostile}), suffix, "外部实体或 DTD")


@pytest.mark.parametrize("suffix", ZIP_FORMATS)
def test_encrypted_zip_member(suffix: str) -> None:
    data = patch_central_entry(SAMPLES[suffix](), MAIN_PARTS[suffix], set_flags=0x1)
    refused(data, suffix, "已加密")


@pytest.mark.parametrize("suffix", [".docx", ".xlsx"])
def test_password_protected_office_file(suffix: str) -> None:
    # Office encrypts a whole .docx/.xlsx into an EncryptedPackage stream of a CFB container.
    data = CFB_SIGNATURE + bytes(504) + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 20
    data += "EncryptedPackage".encode("utf-16-le") + bytes(512)
    refused(data, suffix, "已加密")


def test_a_pdf_content_stream_bomb_ends_with_an_error() -> None:
    """pypdf stops inflating a stream at its own limit (75 MB); the page then has no text: not checked."""
    outcome = result_or_one_line_error(build_flate_bomb_pdf(200 * 1024 * 1024), ".pdf")
    assert isinstance(outcome, ExtractionError) or [item.part for item in outcome.unchecked] == ["page 1"]


# --- damaged and odd bytes ------------------------------------------------------


@pytest.mark.parametrize("suffix", EVERY_SUFFIX)
def test_empty_binary_and_random_bytes(suffix: str) -> None:
    generator = random.Random(suffix)
    cases = [
        b"",
        b"\x00" * 64,
        bytes(range(256)) * 4,
        CFB_SIGNATURE + bytes(256),
        b"PK\x03\x04" + bytes(64),
        b"%PDF-1.4\n" + bytes(generator.randrange(256) for _ in range(512)),
    ]
    cases += [bytes(generator.randrange(256) for _ in range(generator.randrange(1, 2048))) for _ in range(10)]
    for data in cases:
        result_or_one_line_error(data, suffix)


@pytest.mark.parametrize("suffix", sorted(SAMPLES))
def test_truncated_files(suffix: str) -> None:
    data = SAMPLES[suffix]()
    for cut in sorted({*range(0, len(data), max(len(data) // 25, 1)), len(data) - 1}):
        result_or_one_line_error(data[:cut], suffix)


@pytest.mark.parametrize("suffix", [".txt", ".csv", ".html"])
def test_mixed_encodings_and_nul_bytes(suffix: str) -> None:
    mixed = "UTF-8 部分".encode() + ",GB18030 部分\n".encode("gb18030")
    with_nul = "正文\x00正文".encode()
    for data in (mixed * 20, with_nul, "正文 text 2024".encode("utf-16-le")):
        outcome = result_or_one_line_error(data, suffix)
        if suffix != ".html":
            assert isinstance(outcome, ExtractionError)


# --- size and time ----------------------------------------------------------------

PROSE = "各单位要按照要求认真做好政府信息公开工作,进一步规范公开程序,提升公开质量。\n"
ROSTER_LINE = f"联系人张三,身份证号 {IDENTITY},电话 13800138000。\n"


def write_large_draft(path: Path, megabytes: float) -> None:
    """Mostly prose, with an identity number every 40 lines."""
    block = (PROSE * 39 + ROSTER_LINE).encode("utf-8")
    path.write_bytes(block * max(int(megabytes * 2**20) // len(block), 1))


def test_a_5_megabyte_text_file_is_read_with_bounded_memory(tmp_path: Path) -> None:
    """Reading and decoding take memory in proportion to the file (about 4x its size), never more.

    benchmarks/large_file.py checks a 50 MB file end to end and reports time and peak RSS.
    """
    path = tmp_path / "large.txt"
    write_large_draft(path, 5)
    size = path.stat().st_size
    tracemalloc.start()
    try:
        extracted = extract_path(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    print(f"\nlarge text: {size / 2**20:.1f} MB read, peak traced memory {peak / 2**20:.1f} MB")
    assert len(extracted.text) > size // 3
    assert peak < 6 * size


def test_a_large_text_file_is_checked_end_to_end(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "large.txt"
    write_large_draft(path, 0.5)
    file = engine.check_file(path).files[0]
    assert file.error is None
    assert {finding.text for finding in file.findings} >= {IDENTITY}


@pytest.mark.parametrize(
    "text",
    [
        "1" * 1_000_000,
        "1 " * 20_000,
        "★" * 100_000,
        "秘密" * 50_000,
        "秘密★" * 30_000,
        IDENTITY * 5_000,
        ("身份证号" + "1" * 17 + "X") * 4_000,
        "@" * 100_000 + "a" * 100_000,
    ],
    ids=["digits", "spaced-digits", "stars", "mimi", "mimi-star", "ids", "labels", "at-signs"],
)
def test_pathological_text_ends_with_a_report(engine: Engine, text: str) -> None:
    file = engine.check_text(text).files[0]
    assert (file.attribute is None) == (file.error is not None)
    assert file.error is None or "\n" not in file.error


# --- a whole run ------------------------------------------------------------------


def _digest(folder: Path) -> dict[str, str]:
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.iterdir())}


def _temporary_entries() -> set[str]:
    return {path.name for path in Path(tempfile.gettempdir()).glob("secreview-*")}


def test_a_run_over_good_and_hostile_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    for suffix, build in SAMPLES.items():
        (folder / f"good{suffix}").write_bytes(build())
    hostile = {
        "bomb.docx": rezip(SAMPLES[".docx"](), replace={MAIN_PARTS[".docx"]: bytes(4 * 1024 * 1024)}),
        "truncated.xlsx": SAMPLES[".xlsx"]()[:300],
        "empty.pdf": b"",
        "scan.pdf": b"%PDF-1.4\n%%EOF",
        "binary.txt": bytes(range(256)),
        "encrypted.ofd": patch_central_entry(SAMPLES[".ofd"](), MAIN_PARTS[".ofd"], set_flags=0x1),
        "legacy.doc": CFB_SIGNATURE + bytes(512),
    }
    for name, data in hostile.items():
        (folder / name).write_bytes(data)
    before, temporary = _digest(folder), _temporary_entries()
    with contextlib.suppress(SystemExit):
        status = main(["check", "--format", "json", str(folder)])
    captured = capsys.readouterr()
    files = {Path(item["path"]).name: item for item in json.loads(captured.out)["files"]}
    assert status == 2
    assert set(files) == set(before)
    for suffix in SAMPLES:
        good = files[f"good{suffix}"]
        assert good["error"] is None, (suffix, good["error"])
        assert IDENTITY in [finding["text"] for finding in good["findings"]], suffix
    for name in hostile:
        assert files[name]["error"] and files[name]["attribute"] is None, name
        assert f"{name}:" in captured.err
    assert _digest(folder) == before
    assert _temporary_entries() == temporary
