"""Legacy .doc/.wps/.xls/.et: converted when LibreOffice or antiword is present, a clear error otherwise."""

from __future__ import annotations

import shutil
import stat
import sys
import tempfile
from pathlib import Path

import pytest

from secreview.errors import ExtractionError
from secreview.extract import extract_bytes, extract_path, legacy
from secreview.extract.ziputil import CFB_SIGNATURE
from tests.testing.docx_builder import build_docx
from tests.testing.xlsx_builder import roster, workbook_bytes

LEGACY_BYTES = CFB_SIGNATURE + b"\x00" * 504 + "旧版文档".encode("utf-16-le")


def fake_tool(folder: Path, name: str, body: str) -> Path:
    """An executable ``name`` in ``folder`` running the Python ``body`` (argv in ``sys.argv``)."""
    folder.mkdir(exist_ok=True)
    script = folder / name
    script.write_text(f"#!{sys.executable}\nimport sys, shutil, pathlib\n{body}\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def only_on_path(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setenv("PATH", str(folder))


def fake_soffice(folder: Path, converted: Path, log: Path) -> None:
    fake_tool(
        folder,
        "soffice",
        f"""
args = sys.argv[1:]
pathlib.Path({str(log)!r}).write_text("\\n".join(args), encoding="utf-8")
target = args[args.index("--convert-to") + 1]
outdir = pathlib.Path(args[args.index("--outdir") + 1])
outdir.mkdir(parents=True, exist_ok=True)
source = pathlib.Path(args[-1])
assert source.read_bytes().startswith(bytes.fromhex("d0cf11e0a1b11ae1"))
shutil.copy({str(converted)!r}, outdir / (source.stem + "." + target))
""",
    )


def test_without_converters_the_file_is_not_checked_and_says_how_to_enable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    for suffix in (".doc", ".wps", ".xls", ".et"):
        with pytest.raises(ExtractionError) as raised:
            extract_bytes(LEGACY_BYTES, suffix)
        assert str(raised.value) == legacy.MISSING_TOOL_MESSAGE
        assert "LibreOffice" in str(raised.value) and "\n" not in str(raised.value)


def test_doc_is_converted_through_libreoffice_in_a_temporary_folder_that_is_removed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    converted = tmp_path / "converted.docx"
    converted.write_bytes(build_docx(["转换后的正文"]))
    log = tmp_path / "args.txt"
    fake_soffice(tmp_path / "bin", converted, log)
    only_on_path(monkeypatch, tmp_path / "bin")
    before = set(Path(tempfile.gettempdir()).glob("secreview-*"))
    source = tmp_path / "旧文件.doc"
    source.write_bytes(LEGACY_BYTES)
    extracted = extract_path(source)
    assert extracted.text.startswith("转换后的正文\n")
    arguments = log.read_text(encoding="utf-8").split("\n")
    assert "--headless" in arguments and arguments[arguments.index("--convert-to") + 1] == "docx"
    assert set(Path(tempfile.gettempdir()).glob("secreview-*")) == before
    assert source.read_bytes() == LEGACY_BYTES


def test_et_and_xls_are_converted_to_xlsx(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    converted = tmp_path / "converted.xlsx"
    converted.write_bytes(workbook_bytes(roster([["表格内容"]])))
    fake_soffice(tmp_path / "bin", converted, tmp_path / "args.txt")
    only_on_path(monkeypatch, tmp_path / "bin")
    for suffix in (".et", ".xls"):
        extracted = extract_bytes(LEGACY_BYTES, suffix)
        assert extracted.text.startswith("表格内容\n")
        assert extracted.part_at(0, 1) == "sheet:名单"


def test_a_failed_conversion_is_an_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake_tool(tmp_path / "bin", "soffice", "sys.exit(1)")
    only_on_path(monkeypatch, tmp_path / "bin")
    with pytest.raises(ExtractionError, match="无法转换"):
        extract_bytes(LEGACY_BYTES, ".doc")


def test_a_hanging_converter_is_killed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake_tool(tmp_path / "bin", "soffice", "import time\ntime.sleep(60)")
    only_on_path(monkeypatch, tmp_path / "bin")
    monkeypatch.setattr(legacy, "CONVERT_TIMEOUT_SECONDS", 1)
    with pytest.raises(ExtractionError, match="转换超时"):
        extract_bytes(LEGACY_BYTES, ".doc")


def test_antiword_is_the_fallback_for_word_files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake_tool(tmp_path / "bin", "antiword", 'sys.stdout.buffer.write("反字正文\\n".encode("utf-8"))')
    only_on_path(monkeypatch, tmp_path / "bin")
    extracted = extract_bytes(LEGACY_BYTES, ".wps")
    assert extracted.text == "反字正文\n" and extracted.part_at(0, 1) == "body"
    with pytest.raises(ExtractionError, match="LibreOffice"):
        extract_bytes(LEGACY_BYTES, ".xls")


def test_legacy_names_holding_zip_files_are_read_directly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert extract_bytes(build_docx(["其实是 docx"]), ".wps").text.startswith("其实是 docx\n")
    assert extract_bytes(workbook_bytes(roster([["其实是 xlsx"]])), ".et").text.startswith("其实是 xlsx\n")


def test_a_doc_renamed_docx_goes_to_conversion_and_encrypted_ooxml_is_encrypted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(ExtractionError, match="LibreOffice"):
        extract_bytes(LEGACY_BYTES, ".docx")
    encrypted = CFB_SIGNATURE + b"\x00" * 100 + "EncryptedPackage".encode("utf-16-le")
    for suffix in (".docx", ".xlsx", ".doc"):
        with pytest.raises(ExtractionError, match="已加密"):
            extract_bytes(encrypted, suffix)


@pytest.mark.parametrize("data", [b"", b"plain text", b"\x00\x01\x02"])
def test_files_that_are_neither_cfb_nor_zip(data: bytes) -> None:
    with pytest.raises(ExtractionError, match=r"不是有效的 \.doc"):
        extract_bytes(data, ".doc")
