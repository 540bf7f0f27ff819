"""Plain text (.txt, .md): decide the encoding from the bytes, or refuse the file."""

from __future__ import annotations

import codecs
from functools import cache

import regex

from secreview.errors import ExtractionError
from secreview.extract.base import BODY, ExtractedText, Segment

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_UTF8_MULTIBYTE = regex.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
# Characters a GB18030 government text plausibly contains; anything else beyond ASCII counts as a sign
# that the bytes were never GB18030 (binary data, another legacy code page).
_PLAUSIBLE_GB = regex.compile(
    r"[\u00a0-\u00ff\u0370-\u03ff\u0400-\u04ff\u2000-\u206f\u2100-\u218f\u2190-\u23ff\u2460-\u27bf"
    r"\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    r"\ufe30-\ufe4f\uff00-\uffef]"
)
_NOT_PLAUSIBLE_GB = regex.compile(f"[^\\x00-\\x7f{_PLAUSIBLE_GB.pattern[1:-1]}]")
# Ideographs of the extension blocks, which GB18030 encodes in four bytes (𠀀 U+20000 …).
_IDEOGRAPH_EXTENSIONS = regex.compile(r"[\U00020000-\U0003134f\U00031350-\U000323af]")


@cache
def _plausible_gb(char: str) -> bool:
    """A character of the two-byte GBK repertoire (GB2312's pinyin letters ā ǎ ɑ, its symbols …) or an
    ideograph of an extension block: what a GB18030 government text holds, beyond the common blocks."""
    if _IDEOGRAPH_EXTENSIONS.match(char):
        return True
    try:
        return len(char.encode("gbk")) == 2
    except UnicodeEncodeError:
        return False


_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MAX_IMPLAUSIBLE_SHARE = 0.02
_MIN_UTF8_SHARE_OF_MIXED = 0.5


def _decode_with_bom(data: bytes) -> tuple[str, str] | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as error:
                raise ExtractionError(
                    f"文件声明为 {encoding.upper()} 编码(BOM),但第 {error.start} 字节无法解码,未检查"
                ) from error
            return text.removeprefix("\ufeff"), encoding
    return None


def _decode_gb18030(data: bytes) -> str:
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as error:
        raise ExtractionError(
            f"无法识别文件编码(不是 UTF-8、UTF-16 或 GB18030,第 {error.start} 字节无法解码),未检查"
        ) from error
    high_bytes = sum(1 for byte in data if byte >= 0x80)
    utf8_bytes = sum(len(match) for match in _UTF8_MULTIBYTE.findall(data))
    if high_bytes and utf8_bytes / high_bytes >= _MIN_UTF8_SHARE_OF_MIXED:
        raise ExtractionError("文件混用 UTF-8 与其他编码(或 UTF-8 已损坏),无法可靠解码,未检查")
    non_ascii = sum(1 for char in text if ord(char) >= 0x80)
    implausible = sum(1 for char in _NOT_PLAUSIBLE_GB.findall(text) if not _plausible_gb(char))
    if _CONTROL.search(text) or (non_ascii and implausible / non_ascii > _MAX_IMPLAUSIBLE_SHARE):
        raise ExtractionError("文件内容不像文本(疑似二进制或未知编码),未检查")
    return text


def decode_text(data: bytes) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was decoded with; ExtractionError if undecidable."""
    with_bom = _decode_with_bom(data)
    if with_bom is not None:
        return with_bom
    if b"\x00" in data:
        raise ExtractionError("文件含 NUL 字节(疑似二进制文件或无 BOM 的 UTF-16),未检查")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_gb18030(data), "gb18030"
    if _CONTROL.search(text):
        raise ExtractionError("文件含控制字符(疑似二进制文件),未检查")
    return text, "utf-8"


def extract_txt(data: bytes) -> ExtractedText:
    text, encoding = decode_text(data)
    segments = [Segment(0, len(text), BODY)] if text else []
    return ExtractedText(text=text, segments=segments, encoding=encoding)
