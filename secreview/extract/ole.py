"""OLE objects embedded in a .docx or .xlsx (``word/embeddings/oleObject1.bin``): the file each carries,
read through the same readers and nesting limits as embedded packages (``ooxml_places``).

An OLE object is a compound file (read with olefile). What it carries: an OLE Package (Word's 插入 → 对象 →
由文件创建) wraps a file in its ``\\x01Ole10Native`` stream (size, label, original path, temporary path,
data); an Acrobat document keeps its PDF in ``CONTENTS``; an Office 2007 object its package in ``Package``;
a Word 97 or Excel 97 object is itself the .doc/.xls (``WordDocument``, ``Workbook``), read through the
legacy reader; an object of another class with one stream of text is read as text. What cannot be read —
a damaged or truncated compound file, sizes that contradict the stream or exceed the limits, an encrypted
file, a class secreview does not know — is listed as not checked with the reason, never passed over.
"""

from __future__ import annotations

import io
import posixpath
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import TypeVar

import olefile

from secreview.errors import ExtractionError
from secreview.extract.base import EMBEDDED_PREFIX, ExtractedText, file_reader, nested_reader
from secreview.extract.nested import ATTACHED_IMAGE_SUFFIXES, attachment_ocr
from secreview.extract.ziputil import (
    CFB_SIGNATURE,
    MAX_MEMBER_SIZE,
    WORD_SUFFIXES,
    WORKBOOK_SUFFIXES,
    ZIP_SIGNATURE,
)

Reader = Callable[[bytes, int], ExtractedText]
_T = TypeVar("_T")

# The largest file an object may carry, and the largest stream read from it: the limit of a zip member.
MAX_CARRIED_BYTES = MAX_MEMBER_SIZE
_MAX_LABEL_BYTES = 1024
_CONTROL_CHARACTERS = frozenset(map(chr, range(32)))
_PACKAGE_STREAM = "\x01Ole10Native"
_COMP_OBJ_STREAM = "\x01CompObj"
_LEGACY_SUFFIXES = {".doc": ".doc", ".dot": ".doc", ".wps": ".wps", ".xls": ".xls", ".xlt": ".xls"}
_LEGACY_STREAMS = (("WordDocument", ".doc"), ("Workbook", ".xls"), ("Book", ".xls"))
_ZIP_ROOTS = (("word/document.xml", ".docx"), ("xl/workbook.xml", ".xlsx"), ("OFD.xml", ".ofd"))
_IMAGE_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", ".png"),
    (b"\xff\xd8\xff", ".jpg"),
    (b"II*\x00", ".tif"),
    (b"MM\x00*", ".tif"),
    (b"BM", ".bmp"),
)
_TEXT_SUFFIXES = (".txt", ".md", ".csv", ".html", ".htm")
# Streams that describe an object rather than hold its content: \x01CompObj, \x02OlePres000, \x03ObjInfo …
_DESCRIPTIVE_STREAMS = ("\x01", "\x02", "\x03", "\x05")

CORRUPT = "嵌入的 OLE 对象已损坏或不完整,未检查"
ENCRYPTED = "嵌入的文件已加密,未检查"
TRUNCATED = "嵌入的 OLE 对象已损坏(声明的大小超出实际内容),未检查"
IMAGE = "嵌入的文件是图像(需要 OCR)"


def too_large(size: int) -> str:
    limit = MAX_CARRIED_BYTES // (1024 * 1024)
    return f"嵌入的 OLE 对象声明的大小过大({size:,} 字节,上限 {limit} MB),未检查"


@dataclass(frozen=True, slots=True)
class Carried:
    """The file an OLE object carries: its name (a package's label, else the object's member name), its
    bytes and the suffix of the reader that reads it."""

    name: str
    data: bytes
    suffix: str


def ole_object(member: str, data: bytes) -> tuple[str, Reader | None, str, bytes]:
    """What the OLE object ``member`` carries, to be read one level deeper: its part (``embedded:<its
    name>``), the reader of the file, why there is none, and the file's bytes; an object that cannot be read
    is its own part (``embedded:<member>``) with no reader and the reason."""
    try:
        carried = carried_file(posixpath.basename(member), data)
    except ExtractionError as error:
        return f"{EMBEDDED_PREFIX}{posixpath.basename(member)}", None, str(error), b""
    reader, why = _reader(carried.suffix)
    return f"{EMBEDDED_PREFIX}{carried.name}", reader, why, carried.data


def _reader(suffix: str) -> tuple[Reader | None, str]:
    """How a carried file of ``suffix`` is read (Office packages one level deeper, the rest as files of
    their own, scanned pages and images by OCR where the OCR pass is on); None and why where it cannot."""
    if suffix in WORD_SUFFIXES:
        return nested_reader("docx"), ""
    if suffix in WORKBOOK_SUFFIXES:
        return nested_reader("xlsx"), ""
    ocr = attachment_ocr()
    if suffix in ATTACHED_IMAGE_SUFFIXES and ocr is None:
        return None, IMAGE

    def read(data: bytes, depth: int) -> ExtractedText:
        inner = file_reader()(data, suffix)
        return ocr(inner, data, suffix) if ocr is not None else inner

    return read, ""


def carried_file(name: str, data: bytes) -> Carried:
    """The file the OLE object ``name`` (a compound file) carries; ExtractionError saying why not."""
    if len(data) > MAX_CARRIED_BYTES:
        raise ExtractionError(too_large(len(data)))
    return opened_compound(data, lambda ole: _carried(ole, name, data))


def opened_compound(data: bytes, read: Callable[[olefile.OleFileIO], _T]) -> _T:
    """``read`` of the compound file ``data``; ExtractionError when it is damaged or encrypted."""
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            if ole.exists("EncryptedPackage"):
                raise ExtractionError(ENCRYPTED)
            return read(ole)
    except ExtractionError:
        raise
    except Exception as error:  # olefile raises OSError, struct.error, IndexError … on damaged files
        raise ExtractionError(CORRUPT) from error


def _carried(ole: olefile.OleFileIO, name: str, data: bytes) -> Carried:
    stem = PurePosixPath(name).stem or "oleObject"

    def stream(path: str) -> bytes:
        size = ole.get_size(path)
        if size > MAX_CARRIED_BYTES:
            raise ExtractionError(too_large(size))
        if size > len(data):
            raise ExtractionError(TRUNCATED)
        content: bytes = ole.openstream(path).read()
        if len(content) != size:
            raise ExtractionError(TRUNCATED)
        return content

    if ole.exists(_PACKAGE_STREAM):
        label, content = package_contents(stream(_PACKAGE_STREAM))
        return identify(label or name, content)
    if ole.exists("CONTENTS") and b"%PDF" in (content := stream("CONTENTS"))[:1024]:
        return Carried(name, content, ".pdf")
    if ole.exists("Package") and (content := stream("Package")).startswith(ZIP_SIGNATURE):
        return identify(name, content)
    suffix = _legacy_suffix(ole)
    if suffix is not None:
        return Carried(f"{stem}{suffix}", data, suffix)
    texts = [
        content
        for path in ole.listdir()
        if not path[-1].startswith(_DESCRIPTIVE_STREAMS) and ole.get_type(path) == 2
        if _is_text(content := stream("/".join(path)))
    ]
    if len(texts) == 1:
        return Carried(f"{stem}.txt", texts[0], ".txt")
    kind = _user_type(stream(_COMP_OBJ_STREAM)) if ole.exists(_COMP_OBJ_STREAM) else ""
    raise ExtractionError(f"嵌入的 OLE 对象类型不受支持({kind or ole.root.clsid or '未知类型'}),未检查")


def package_contents(stream: bytes) -> tuple[str, bytes]:
    """(label, data) of an OLE Package's ``\\x01Ole10Native`` stream; ExtractionError when a size it
    declares exceeds the limit or the stream. Laid out as Apache POI reads it: a structured record (type 2,
    label, original path, temporary path, data, then the three paths again in UTF-16), or the data alone
    after the size (a Paintbrush picture), or after a type word (an equation)."""
    (total,) = _unpack("<I", stream, 0)
    if total > MAX_CARRIED_BYTES:
        raise ExtractionError(too_large(total))
    if total > len(stream) - 4:
        raise ExtractionError(TRUNCATED)
    body = stream[4 : 4 + total]
    if body[:2] != b"\x02\x00":
        return "", body
    if len(body) > 2 and chr(body[2]) in _CONTROL_CHARACTERS:
        return "", body[2:]
    label, position = _string(body, 2)
    path, position = _string(body, position)
    (command,) = _unpack("<I", body, position + 4)  # after two reserved words: the temporary path
    position += 8 + command
    (size,) = _unpack("<I", body, position)
    if size > MAX_CARRIED_BYTES:
        raise ExtractionError(too_large(size))
    position += 4
    if position + size > len(body):
        raise ExtractionError(TRUNCATED)
    unicode_label = _unicode_label(body, position + size)
    name = unicode_label or _file_name(label) or _file_name(path)
    return name, body[position : position + size]


def _unicode_label(body: bytes, position: int) -> str:
    """The label as the UTF-16 copy after the data gives it (temporary path, label, original path), if
    the record has one."""
    strings = []
    for _ in range(3):
        if position + 4 > len(body):
            return ""
        (length,) = struct.unpack_from("<I", body, position)
        end = position + 4 + 2 * length
        if length > _MAX_LABEL_BYTES or end > len(body):
            return ""
        strings.append(body[position + 4 : end].decode("utf-16-le", "replace"))
        position = end
    return _clean_name(strings[1])


def identify(name: str, data: bytes) -> Carried:
    """The carried file ``name`` and the reader its content signature (else its suffix) calls for."""
    suffix = PurePosixPath(name).suffix.lower()
    if b"%PDF" in data[:1024] and suffix not in _TEXT_SUFFIXES:
        return Carried(name, data, ".pdf")
    if data.startswith(ZIP_SIGNATURE):
        if suffix in (*WORD_SUFFIXES, *WORKBOOK_SUFFIXES, ".ofd"):
            return Carried(name, data, suffix)
        return Carried(name, data, _zip_kind(data))
    if data.startswith(CFB_SIGNATURE):
        return Carried(name, data, _LEGACY_SUFFIXES.get(suffix) or _legacy_kind(data))
    image = next((kind for signature, kind in _IMAGE_SIGNATURES if data.startswith(signature)), None)
    if image is not None and suffix not in (*ATTACHED_IMAGE_SUFFIXES, *_TEXT_SUFFIXES):
        return Carried(f"{PurePosixPath(name).stem}{image}", data, image)
    return Carried(name, data, suffix)


def _legacy_kind(data: bytes) -> str:
    """The suffix of a legacy Office file (a .doc or .xls a package wraps under another name)."""
    found = opened_compound(data, _legacy_suffix)
    if found is None:
        raise ExtractionError("嵌入的文件是不受支持的 OLE 复合文档,未检查")
    return found


def _legacy_suffix(ole: olefile.OleFileIO) -> str | None:
    """.doc or .xls for a compound file that is a Word 97 or Excel 97 document, else None."""
    return next((suffix for path, suffix in _LEGACY_STREAMS if ole.exists(path)), None)


def _zip_kind(data: bytes) -> str:
    from secreview.extract.ziputil import open_zip

    with open_zip(data, "docx") as package:
        for root, suffix in _ZIP_ROOTS:
            if root in package:
                return suffix
    raise ExtractionError("嵌入的压缩包不是 Office 或 OFD 文档,未检查")


def _unpack(layout: str, data: bytes, position: int) -> tuple[int, ...]:
    if position < 0 or position + struct.calcsize(layout) > len(data):
        raise ExtractionError(TRUNCATED)
    return struct.unpack_from(layout, data, position)


def _string(data: bytes, position: int) -> tuple[bytes, int]:
    """A NUL-terminated string of ``data`` at ``position`` and the position after it."""
    end = data.find(b"\x00", position, position + _MAX_LABEL_BYTES)
    if position > len(data) or end < 0:
        raise ExtractionError(TRUNCATED)
    return data[position:end], end + 1


def _file_name(raw: bytes) -> str:
    """The file name of a path a package records in the ANSI code page (GBK on a Chinese Windows)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("gb18030", "replace")
    return _clean_name(text)


def _clean_name(path: str) -> str:
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    return "".join(char for char in name if char.isprintable()).strip()


def _is_text(content: bytes) -> bool:
    from secreview.extract.txt import decode_text

    if not content.strip():
        return False
    try:
        decode_text(content)
    except ExtractionError:
        return False
    return True


def _user_type(comp_obj: bytes) -> str:
    """The class of an object as its ``\\x01CompObj`` stream names it for people (Microsoft Equation 3.0)."""
    if len(comp_obj) < 32:
        return ""
    (length,) = struct.unpack_from("<I", comp_obj, 28)
    raw = comp_obj[32 : 32 + min(length, 256)].split(b"\x00", 1)[0]
    return "".join(char for char in raw.decode("gb18030", "replace") if char.isprintable()).strip()
