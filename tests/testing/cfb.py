"""A small writer of OLE compound files (MS-CFB version 3: 512-byte sectors, 64-byte mini sectors) and of the
objects Word and Excel embed in them, for the tests of embedded OLE objects (olefile only reads them).

Streams sit at the root storage. Streams under 4,096 bytes go to the mini stream, larger ones to their own
sector chains; the FAT is listed in the header alone (up to 109 FAT sectors, about 7 MB of file).
"""

from __future__ import annotations

import struct

SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SECTOR = 512
MINI_SECTOR = 64
MINI_CUTOFF = 4096
FREE, END, FAT_SECTOR, NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
_HEADER_FAT_SLOTS = 109

PACKAGE_CLSID = bytes.fromhex("0c00030000000000c000000000000046")  # {0003000C-…}: the OLE Package
WORD97_CLSID = bytes.fromhex("0609020000000000c000000000000046")  # {00020906-…}: Word.Document.8
ACROBAT_CLSID = bytes.fromhex("65ca01b8fca1d01185ad444553540000")  # {B801CA65-…}: AcroExch.Document


def _padded(data: bytes, size: int) -> bytes:
    return data + bytes(-len(data) % size)


def _chain(fat: list[int], first: int, count: int) -> None:
    for index in range(first, first + count):
        fat[index] = index + 1 if index < first + count - 1 else END


def _sort_key(name: str) -> tuple[int, str]:
    return (len(name), name.upper())  # the order MS-CFB gives siblings: length first, then upper case


def _entry(name: str, kind: int, child: int, right: int, start: int, size: int, clsid: bytes = b"") -> bytes:
    encoded = name.encode("utf-16-le") + b"\x00\x00"
    assert len(encoded) <= 64
    return (
        encoded.ljust(64, b"\x00")
        + struct.pack("<HBB", len(encoded), kind, 1)
        + struct.pack("<III", NO_STREAM, right, child)
        + clsid.ljust(16, b"\x00")
        + bytes(4 + 16)
        + struct.pack("<IQ", start, size)
    )


def compound_file(streams: dict[str, bytes], clsid: bytes = b"") -> bytes:
    """A compound file whose root storage (of class ``clsid``) holds ``streams``."""
    names = sorted(streams, key=_sort_key)
    small = [name for name in names if len(streams[name]) < MINI_CUTOFF]
    large = [name for name in names if len(streams[name]) >= MINI_CUTOFF]
    mini_starts: dict[str, int] = {}
    mini_fat: list[int] = []
    mini = b""
    for name in small:
        count = -(-len(streams[name]) // MINI_SECTOR)
        mini_starts[name] = len(mini_fat) if count else END
        mini_fat += [0] * count
        _chain(mini_fat, len(mini_fat) - count, count)
        mini += _padded(streams[name], MINI_SECTOR)
    directory_sectors = -(-(len(names) + 1) // 4)
    mini_fat_sectors = -(-len(mini_fat) * 4 // SECTOR)
    mini_sectors = -(-len(mini) // SECTOR)
    data_sectors = [-(-len(streams[name]) // SECTOR) for name in large]
    content = directory_sectors + mini_fat_sectors + mini_sectors + sum(data_sectors)
    fat_sectors = 1
    while fat_sectors * SECTOR // 4 < fat_sectors + content:
        fat_sectors += 1
    assert fat_sectors <= _HEADER_FAT_SLOTS
    fat = [FREE] * (fat_sectors * SECTOR // 4)
    fat[:fat_sectors] = [FAT_SECTOR] * fat_sectors
    position = fat_sectors
    directory_start = position
    _chain(fat, position, directory_sectors)
    position += directory_sectors
    mini_fat_start = position if mini_fat_sectors else END
    _chain(fat, position, mini_fat_sectors)
    position += mini_fat_sectors
    mini_start = position if mini_sectors else END
    _chain(fat, position, mini_sectors)
    position += mini_sectors
    starts: dict[str, int] = {}
    for name, count in zip(large, data_sectors, strict=True):
        starts[name] = position
        _chain(fat, position, count)
        position += count
    entries = [_entry("Root Entry", 5, 1 if names else NO_STREAM, NO_STREAM, mini_start, len(mini), clsid)]
    for index, name in enumerate(names, start=1):
        right = index + 1 if index < len(names) else NO_STREAM
        start = mini_starts[name] if name in mini_starts else starts[name]
        entries.append(_entry(name, 2, NO_STREAM, right, start, len(streams[name])))
    unused = bytes(68) + struct.pack("<III", NO_STREAM, NO_STREAM, NO_STREAM) + bytes(48)
    directory = b"".join(entries) + unused * (directory_sectors * 4 - len(entries))
    header_fat = list(range(fat_sectors)) + [FREE] * (_HEADER_FAT_SLOTS - fat_sectors)
    header = (
        SIGNATURE
        + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack("<IIII", 0, fat_sectors, directory_start, 0)
        + struct.pack("<IIIII", MINI_CUTOFF, mini_fat_start, mini_fat_sectors, END, 0)
        + struct.pack(f"<{_HEADER_FAT_SLOTS}I", *header_fat)
    )
    body = [
        struct.pack(f"<{len(fat)}I", *fat),
        directory,
        _padded(struct.pack(f"<{len(mini_fat)}I", *mini_fat), SECTOR) if mini_fat else b"",
        _padded(mini, SECTOR),
        *(_padded(streams[name], SECTOR) for name in large),
    ]
    return header + b"".join(body)


def ole10_native(
    label: str, data: bytes, *, declared: int | None = None, total: int | None = None, unicode: bool = False
) -> bytes:
    """The ``\\x01Ole10Native`` stream of an OLE Package: label, original path, temporary path (in the
    ANSI code page, GBK), the data (``declared`` overrides its size field, ``total`` the stream's leading
    size field), and with ``unicode`` the three paths again in UTF-16, as Word writes them."""
    path = f"C:\\Users\\officer\\Desktop\\{label}"
    temp = f"C:\\Users\\officer\\AppData\\Local\\Temp\\{label}"

    def ansi(text: str) -> bytes:
        return text.encode("gbk", "replace") + b"\x00"

    body = struct.pack("<H", 2) + ansi(label) + ansi(path) + struct.pack("<HHI", 0, 3, len(ansi(temp)))
    body += ansi(temp) + struct.pack("<I", len(data) if declared is None else declared) + data
    if unicode:
        for text in (temp, label, path):
            body += struct.pack("<I", len(text.encode("utf-16-le")) // 2) + text.encode("utf-16-le")
    return struct.pack("<I", len(body) if total is None else total) + body


def package_object(label: str, data: bytes, **sizes: int) -> bytes:
    """An OLE Package (Word's 插入 → 对象 → 由文件创建) wrapping the file ``label`` of content ``data``."""
    return compound_file({"\x01Ole10Native": ole10_native(label, data, **sizes)}, PACKAGE_CLSID)


def acrobat_object(pdf: bytes) -> bytes:
    """A PDF embedded as ``AcroExch.Document``: its bytes in the ``CONTENTS`` stream."""
    return compound_file({"CONTENTS": pdf, "\x01CompObj": comp_obj("Adobe Acrobat Document")}, ACROBAT_CLSID)


def comp_obj(user_type: str) -> bytes:
    """A ``\\x01CompObj`` stream naming the object's class for people (its AnsiUserType)."""
    name = user_type.encode("ascii") + b"\x00"
    return bytes(28) + struct.pack("<I", len(name)) + name + struct.pack("<I", 0) + struct.pack("<I", 0)


def word97_object() -> bytes:
    """A Word 97-2003 document embedded as an object: the compound file is the .doc (its streams only
    outlined: readers hand it to LibreOffice)."""
    return compound_file(
        {"WordDocument": bytes(1536), "1Table": bytes(512), "\x01CompObj": comp_obj("Microsoft Word 97")},
        WORD97_CLSID,
    )
