from __future__ import annotations

import codecs

import pytest

from secreview.errors import ExtractionError
from secreview.extract.txt import decode_text, extract_txt

SAMPLE = "关于做好2024年政务公开工作的通知\r\n各乡镇人民政府:\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (SAMPLE.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16"),
        (SAMPLE.encode("utf-32"), "utf-32"),
        (SAMPLE.encode("gbk"), "gb18030"),
        (SAMPLE.encode("gb18030"), "gb18030"),
        (
            ("縣政府關於做好資訊公開工作的通知 " * 3).encode("gb18030"),
            "gb18030",
        ),
    ],
)
def test_encodings_decided_from_bytes(data: bytes, encoding: str) -> None:
    text, detected = decode_text(data)
    assert detected == encoding
    assert "\ufeff" not in text
    assert text.startswith(("关于", "縣政府"))


def test_line_endings_are_kept_so_offsets_match_the_file() -> None:
    assert extract_txt(SAMPLE.encode("utf-8")).text == SAMPLE


def test_empty_file_is_empty_text() -> None:
    extracted = extract_txt(b"")
    assert extracted.text == ""
    assert extracted.segments == []


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",  # binary: NUL bytes
        bytes(range(0x80, 0x100)) * 4,  # no encoding decodes this as text
        "政务公开".encode() + "工作要点".encode("gbk") + "保密审查".encode() * 3,  # UTF-8 mixed with GBK
        codecs.BOM_UTF8 + b"\xff\xfe\xfd",  # declared UTF-8, is not
        b"abc\x01\x02def",  # control characters
        "Café crème brûlée".encode("latin-1"),  # a Western code page, not GB18030
    ],
)
def test_undecidable_bytes_are_an_error_of_one_line(data: bytes) -> None:
    with pytest.raises(ExtractionError) as raised:
        decode_text(data)
    assert "\n" not in str(raised.value)
    assert "未检查" in str(raised.value)
