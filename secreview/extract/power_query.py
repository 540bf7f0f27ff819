"""Power Query's queries in a workbook (Data > Queries & Connections shows them; the editor their code): a
``DataMashup`` custom XML part holds them as base64 of a binary (MS-QDEFF) whose first piece is a zip
package with the queries' M code (``Formulas/Section1.m``) and whose metadata names each query. A table
typed into the editor ("Enter Data") is in the code as deflated JSON in base64, and is read decoded.

Each text is ``power-query``, located by the custom XML member and the piece (``customXml/item1.xml
Formulas/Section1.m``). A DataMashup that cannot be decoded is listed as not read.
"""

from __future__ import annotations

import base64
import binascii
import json
import struct
import zlib
from collections.abc import Iterator
from urllib.parse import unquote
from xml.etree.ElementTree import Element

import regex

from secreview.errors import ExtractionError
from secreview.extract.base import POWER_QUERY, TextBuilder
from secreview.extract.ooxml_places import add_line
from secreview.extract.xmlsafe import local_name, parse_xml
from secreview.extract.ziputil import MAX_MEMBER_SIZE, SafeZip, open_zip

_CUSTOM_XML = regex.compile(r"^customXml/item\d+\.xml$")
_ENTERED_TABLE = regex.compile(r'Binary\.FromText\(\s*"([A-Za-z0-9+/=]+)"')
# An entered table inflates to at most this: its JSON is read as text, and a bomb is not.
_MAX_TABLE_BYTES = 16 * 1024 * 1024
_UNREADABLE = "Power Query 查询(DataMashup)已损坏,未检查"


def custom_xml_items(package: SafeZip) -> list[str]:
    return [name for name in package.names() if _CUSTOM_XML.match(name)]


def is_data_mashup(root: Element) -> bool:
    return isinstance(root.tag, str) and local_name(root.tag) == "DataMashup"


def add_data_mashup(root: Element, member: str, out: TextBuilder) -> None:
    """The queries of the DataMashup ``root`` (the element of ``member``)."""
    try:
        for piece, text in mashup_texts(root.text or ""):
            add_line(out, text, POWER_QUERY, f"{member} {piece}")
    except ExtractionError as error:
        out.not_read(f"{POWER_QUERY}:{member}", str(error))


def mashup_texts(encoded: str) -> Iterator[tuple[str, str]]:
    """(piece, line) of the M code and the metadata of a DataMashup's base64 text."""
    try:
        binary = base64.b64decode("".join(encoded.split()), validate=True)
    except (binascii.Error, ValueError) as error:
        raise ExtractionError(_UNREADABLE) from error
    parts, rest = _sized(binary, 4)
    _, rest = _sized(rest, 0)  # permissions
    metadata, _ = _sized(rest, 0)
    with open_zip(parts, "xlsx") as package:
        for name in package.names():
            if name.lower().endswith(".m"):
                code = package.read(name).decode("utf-8-sig", "replace")
                for line in code.splitlines():
                    yield name, line
                for table in _ENTERED_TABLE.finditer(code):
                    yield from ((f"{name} table", row) for row in _entered_rows(table.group(1)))
    yield from (("metadata", text) for text in _metadata_texts(metadata))


def _sized(data: bytes, offset: int) -> tuple[bytes, bytes]:
    """The length-prefixed piece at ``offset`` and what follows it."""
    if len(data) < offset + 4:
        raise ExtractionError(_UNREADABLE)
    (size,) = struct.unpack_from("<I", data, offset)
    start = offset + 4
    if size > len(data) - start or size > MAX_MEMBER_SIZE:
        raise ExtractionError(_UNREADABLE)
    return data[start : start + size], data[start + size :]


def _entered_rows(encoded: str) -> Iterator[str]:
    """The rows of a table typed into the editor, each a tab-separated line."""
    try:
        inflater = zlib.decompressobj(-15)
        raw = inflater.decompress(base64.b64decode(encoded), _MAX_TABLE_BYTES)
        rows = json.loads(raw.decode("utf-8"))
    except (binascii.Error, ValueError, zlib.error, RecursionError):  # not a table; JSON nested too deep
        return
    for row in rows if isinstance(rows, list) else []:
        cells = row if isinstance(row, list) else [row]
        yield "\t".join(str(cell) for cell in cells if isinstance(cell, (str, int, float)))


def _metadata_texts(metadata: bytes) -> Iterator[str]:
    """The queries' paths and the text values of their entries in the metadata's XML."""
    if len(metadata) < 8:
        return
    xml, _ = _sized(metadata, 4)
    if not xml.strip():
        return
    root = parse_xml(xml, "DataMashup metadata")
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        name = local_name(element.tag)
        if name == "ItemPath" and element.text:
            yield unquote(element.text)
        elif name == "Entry" and (element.get("Value") or "").startswith("s"):
            yield (element.get("Value") or "")[1:]
