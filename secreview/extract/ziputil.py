"""Reading zip containers (.docx, .xlsx, .ofd) from bytes without trusting them.

Limits apply to the members actually read, so a large embedded video that is
never opened does not make a document unreadable. Declared sizes are checked
before a member is opened and the bytes produced are counted while it is
decompressed chunk by chunk, so a member cannot exceed a limit by lying.
"""

from __future__ import annotations

import io
import lzma
import struct
import zipfile
import zlib
from types import TracebackType

from secreview.errors import ExtractionError

MAX_MEMBERS = 10_000
MAX_MEMBER_SIZE = 100 * 1024 * 1024
MAX_TOTAL_SIZE = 300 * 1024 * 1024
MAX_COPY_SIZE = MAX_TOTAL_SIZE  # a member a redacted copy takes over unread (a video), streamed
# Stands, among the members of a copy being written, for one copied from the original unread: never the
# content of a real member (compared by identity).
UNREAD = bytes(bytearray(b"unread"))
# The sizes above are what bounds the work; the ratio only tells a bomb early. It is judged once a part has
# produced more than any ordinary document part (a 22 KB .docx of 200,000 short paragraphs is 300:1 but
# only 7 MB): an XML part of 16 MB or more that compressed better than 200:1 is no document.
MAX_COMPRESSION_RATIO = 200
RATIO_CHECK_THRESHOLD = 16 * 1024 * 1024
CHUNK_SIZE = 64 * 1024

CFB_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURE = b"PK\x03\x04"
# Office packages by suffix, as files embedded in others are named.
WORD_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")
_ENCRYPTED_FLAG = 0x1
_LEGACY_FORMATS = {"docx": ".doc", "xlsx": ".xls", "pptx": ".ppt"}

_BOMB_MESSAGE = "压缩包解压后过大(疑似 zip 炸弹),未检查"
_ENCRYPTED_MESSAGE = "文件已加密,未检查"
# Errors zipfile and the decompressors raise on damaged or truncated data.
_CORRUPTION_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
    struct.error,
    EOFError,
    OSError,
    ValueError,
)


class SafeZip:
    """An open zip container whose members are read within the module limits."""

    def __init__(self, archive: zipfile.ZipFile, kind: str) -> None:
        self._archive = archive
        self._kind = kind
        self._infos = {info.filename: info for info in archive.infolist()}
        # OPC part names compare case-insensitively.
        self._folded = {name.casefold(): info for name, info in self._infos.items()}
        self._bytes_read = 0

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._archive.close()

    def names(self) -> list[str]:
        """Member names in the order of the central directory."""
        return list(self._infos)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self._find(name) is not None

    def read(self, name: str) -> bytes:
        """The member's uncompressed bytes; ExtractionError if missing, unsafe or damaged."""
        info = self._find(name)
        if info is None:
            raise ExtractionError(f"文件已损坏(缺少 {name}),未检查")
        if info.flag_bits & _ENCRYPTED_FLAG:
            raise ExtractionError(_ENCRYPTED_MESSAGE)
        self._check_size(info.file_size, info.compress_size)
        try:
            data = self._decompress(info)
        except ExtractionError:
            raise
        except NotImplementedError as error:
            raise ExtractionError(f"压缩方式不受支持({name}),未检查") from error
        except _CORRUPTION_ERRORS as error:
            raise ExtractionError(_corrupt_message(self._kind)) from error
        self._bytes_read += len(data)
        return data

    def _find(self, name: str) -> zipfile.ZipInfo | None:
        return self._infos.get(name) or self._folded.get(name.casefold())

    def _decompress(self, info: zipfile.ZipInfo) -> bytes:
        output = io.BytesIO()
        produced = 0
        with self._archive.open(info) as member:
            while chunk := member.read(CHUNK_SIZE):
                produced += len(chunk)
                self._check_size(produced, info.compress_size)
                output.write(chunk)
        return output.getvalue()

    def _check_size(self, size: int, compressed_size: int) -> None:
        if size > MAX_MEMBER_SIZE or self._bytes_read + size > MAX_TOTAL_SIZE:
            raise ExtractionError(_BOMB_MESSAGE)
        if size > RATIO_CHECK_THRESHOLD and size > MAX_COMPRESSION_RATIO * max(compressed_size, 1):
            raise ExtractionError(_BOMB_MESSAGE)


def open_zip(data: bytes, kind: str = "docx") -> SafeZip:
    """Open ``data`` as a zip container; ``kind`` (docx, xlsx, ofd…) only words the messages."""
    if data.startswith(CFB_SIGNATURE):
        legacy = _LEGACY_FORMATS.get(kind, "Office")
        raise ExtractionError(f"文件已加密(受密码保护)或为旧版 {legacy} 格式,未检查")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _CORRUPTION_ERRORS as error:
        raise ExtractionError(_corrupt_message(kind)) from error
    except NotImplementedError as error:
        raise ExtractionError(f"压缩包格式不受支持(不是有效的 .{kind} 文件),未检查") from error
    try:
        _check_members(archive.infolist(), kind)
    except ExtractionError:
        archive.close()
        raise
    return SafeZip(archive, kind)


def _check_members(infos: list[zipfile.ZipInfo], kind: str) -> None:
    if len(infos) > MAX_MEMBERS:
        raise ExtractionError(f"压缩包内文件过多(超过 {MAX_MEMBERS} 个),未检查")
    # Two members with one name would let two readers see two different documents.
    folded_names = {info.filename.casefold() for info in infos}
    if len(folded_names) != len(infos):
        raise ExtractionError(_corrupt_message(kind))


def _corrupt_message(kind: str) -> str:
    return f"文件已损坏(不是有效的 .{kind}/zip 文件),未检查"


def copy_member(
    source: zipfile.ZipFile, info: zipfile.ZipInfo, target: zipfile.ZipFile, copy: zipfile.ZipInfo
) -> None:
    """Member ``info`` of ``source`` written to ``target`` as ``copy``, chunk by chunk (memory stays one
    chunk whatever its size), refused as a bomb past ``MAX_COPY_SIZE`` or the compression ratio."""
    produced = 0
    try:
        with source.open(info) as reading, target.open(copy, "w", force_zip64=True) as writing:
            while chunk := reading.read(CHUNK_SIZE):
                produced += len(chunk)
                if produced > MAX_COPY_SIZE or (
                    produced > RATIO_CHECK_THRESHOLD
                    and produced > MAX_COMPRESSION_RATIO * max(info.compress_size, 1)
                ):
                    raise ExtractionError(_BOMB_MESSAGE)
                writing.write(chunk)
    except NotImplementedError as error:
        raise ExtractionError(f"压缩方式不受支持({info.filename}),未检查") from error
    except _CORRUPTION_ERRORS as error:
        raise ExtractionError(_corrupt_message("docx")) from error
