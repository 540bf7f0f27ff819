"""Macros of a .xlsm or .docm (``vbaProject.bin``; the Visual Basic editor shows them): a compound file whose
``dir`` stream (compressed, MS-OVBA) names each module's stream and where in it the compressed source
starts. Of each module's source the string literals, the comments and the numbers of six digits or more
are read, as of a page's scripts (``macro``, located by the member and the module); then the text of its
forms that holds a long number or an e-mail address (``vba_forms``; located by the member and the form).

A project that cannot be decoded is listed as not read. The compiled form of the code (p-code) that Office
keeps beside the source is not read: ``redact`` refuses a copy whose project still writes a redacted value
in any of its bytes.
"""

from __future__ import annotations

import codecs
import struct
from collections.abc import Iterator

import olefile
import regex

from secreview.errors import ExtractionError
from secreview.extract.base import MACRO, TextBuilder
from secreview.extract.ole import opened_compound
from secreview.extract.ooxml_places import add_line
from secreview.extract.vba_forms import form_texts
from secreview.extract.ziputil import SafeZip

VBA_PROJECT = regex.compile(r"(?:^|/)vbaProject\.bin$", regex.IGNORECASE)
# Decompressed source of one module, at most: a module is rarely more than a few hundred kilobytes.
MAX_SOURCE_BYTES = 16 * 1024 * 1024
_UNREADABLE = "宏工程(vbaProject.bin)已损坏,未检查"
# dir stream records (MS-OVBA 2.3.4.2): the project's code page, a module's stream name and source offset,
# the end of a module; PROJECTVERSION's size field says 4 but 6 bytes follow.
_CODE_PAGE, _STREAM_NAME, _OFFSET, _MODULE_END, _VERSION = 0x0003, 0x001A, 0x0031, 0x002B, 0x0009
# In a line of source: a string literal ("" is a quote), a comment (' or Rem to the end), a long number.
_SOURCE_PIECE = regex.compile(r'"((?:[^"]|"")*)"?|(?:\'|\bRem\b)(.*)$|(\d{6,})', regex.IGNORECASE)


def add_vba_projects(package: SafeZip, out: TextBuilder) -> None:
    """The macros of every VBA project in the package."""
    for member in package.names():
        if not VBA_PROJECT.search(member):
            continue
        try:
            modules = opened_compound(package.read(member), module_sources)
            forms = opened_compound(package.read(member), _forms)
        except ExtractionError as error:
            out.not_read(f"{MACRO}:{member}", _UNREADABLE if "OLE" in str(error) else str(error))
            continue
        for module, source in modules:
            for text in source_texts(source):
                add_line(out, text, MACRO, f"{member} {module}")
        for form, text in forms:
            add_line(out, text, MACRO, f"{member} {form}")


def _forms(ole: olefile.OleFileIO) -> list[tuple[str, str]]:
    """(form, text) of the project's forms (``vba_forms``), read in the project's code page."""
    code_page = 1252
    for path in ole.listdir(streams=True, storages=False):
        if path[-1].lower() == "dir":
            code_page, _ = _modules(decompress(ole.openstream(path).read()))
    return list(form_texts(ole, _codec(code_page)))


def source_texts(source: str) -> Iterator[str]:
    """The string literals, comments and long numbers of VBA source, in order."""
    for line in source.splitlines():
        if line.lstrip().startswith("Attribute "):
            continue
        for piece in _SOURCE_PIECE.finditer(line):
            literal, comment, number = piece.groups()
            if literal is not None:
                yield literal.replace('""', '"')
            else:
                yield comment if comment is not None else number


def module_sources(ole: olefile.OleFileIO) -> list[tuple[str, str]]:
    """(module, source) of each module of the project in ``ole``."""
    found: list[tuple[str, str]] = []
    for path in ole.listdir(streams=True, storages=False):
        if path[-1].lower() != "dir":
            continue
        directory = path[:-1]
        code_page, modules = _modules(decompress(ole.openstream(path).read()))
        for stream_name, offset in modules:
            name = codecs.decode(stream_name, _codec(code_page), "replace")
            stream = [*directory, name]
            if not ole.exists("/".join(stream)):
                raise ExtractionError(_UNREADABLE)
            source = decompress(ole.openstream(stream).read()[offset:])
            found.append((name, codecs.decode(source, _codec(code_page), "replace")))
    return found


def _codec(code_page: int) -> str:
    name = "utf-8" if code_page == 65001 else f"cp{code_page}"
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"
    return name


def _modules(directory: bytes) -> tuple[int, list[tuple[bytes, int]]]:
    """The code page and the (stream name, source offset) of each module a decompressed dir stream lists."""
    code_page = 1252
    modules: list[tuple[bytes, int]] = []
    stream_name, offset, position = b"", 0, 0
    while position + 6 <= len(directory):
        kind, size = struct.unpack_from("<HI", directory, position)
        position += 6
        size = 6 if kind == _VERSION else size
        data = directory[position : position + size]
        position += size
        if kind == _CODE_PAGE and len(data) == 2:
            code_page = struct.unpack("<H", data)[0]
        elif kind == _STREAM_NAME:
            stream_name = data
        elif kind == _OFFSET and len(data) == 4:
            offset = struct.unpack("<I", data)[0]
        elif kind == _MODULE_END:
            modules.append((stream_name, offset))
            stream_name, offset = b"", 0
    return code_page, modules


def decompress(data: bytes) -> bytes:
    """An MS-OVBA compressed container (2.4.1) decompressed; ExtractionError when it is not one."""
    if not data or data[0] != 1:
        raise ExtractionError(_UNREADABLE)
    out = bytearray()
    position = 1
    while position + 2 <= len(data):
        header = int.from_bytes(data[position : position + 2], "little")
        end = min(position + (header & 0x0FFF) + 3, len(data))
        position += 2
        if not header & 0x8000:  # an uncompressed chunk: 4,096 bytes as they are
            out += data[position : position + 4096]
            position += 4096
        else:
            position = _chunk(data, position, end, out)
        if len(out) > MAX_SOURCE_BYTES:
            raise ExtractionError(f"宏代码过长(超过 {MAX_SOURCE_BYTES // (1024 * 1024)} MB),未检查")
    return bytes(out)


def _chunk(data: bytes, position: int, end: int, out: bytearray) -> int:
    """Decompress the tokens of one compressed chunk into ``out``; the position after it."""
    start = len(out)
    while position < end:
        flags = data[position]
        position += 1
        for bit in range(8):
            if position >= end:
                break
            if not flags >> bit & 1:
                out.append(data[position])
                position += 1
                continue
            if position + 2 > end:
                raise ExtractionError(_UNREADABLE)
            token = int.from_bytes(data[position : position + 2], "little")
            position += 2
            bits = max((len(out) - start - 1).bit_length(), 4)
            offset = (token >> (16 - bits)) + 1
            length = (token & (0xFFFF >> bits)) + 3
            if offset > len(out) - start:
                raise ExtractionError(_UNREADABLE)
            for _ in range(length):
                out.append(out[-offset])
    return position
