"""The text strings of DER-encoded data (ASN.1: certificates, PKCS #7 signatures, GB/T 38540 electronic
seals): UTF8String, PrintableString, T61String, IA5String (e-mail addresses), BMPString and
UniversalString values, in their order, also inside OCTET STRINGs and BIT STRINGs that hold DER themselves
(a certificate in a seal's certificate list). A signature panel shows the signer's name, e-mail address and
serial number from them; malformed data yields what was read before it."""

from __future__ import annotations

from collections.abc import Iterator

_TEXT_CODECS = {0x0C: "utf-8", 0x13: "latin-1", 0x14: "latin-1", 0x16: "latin-1", 0x1E: "utf-16-be"}
_TEXT_CODECS[0x1C] = "utf-32-be"
_WRAPPERS = frozenset({0x03, 0x04})  # BIT STRING, OCTET STRING: read as DER when they hold it whole
MAX_DEPTH = 24
MAX_STRINGS = 10_000


def der_strings(data: bytes) -> list[str]:
    """The text strings of ``data`` (at most ``MAX_STRINGS``), or none when it is not DER."""
    found: list[str] = []
    for text in _strings(data, 0):
        found.append(text)
        if len(found) >= MAX_STRINGS:
            break
    return found


def _elements(data: bytes) -> Iterator[tuple[int, bytes, int]]:
    """(tag byte, content, end) of each element of ``data`` at one level; stops at the first malformed
    one."""
    position = 0
    while position + 2 <= len(data):
        tag = data[position]
        if tag & 0x1F == 0x1F:  # a high tag number: not in the structures read here
            return
        length, position = data[position + 1], position + 2
        if length & 0x80:
            size = length & 0x7F
            if size == 0 or size > 4 or position + size > len(data):
                return  # indefinite or absurd length
            length, position = int.from_bytes(data[position : position + size], "big"), position + size
        if position + length > len(data):
            return
        yield tag, data[position : position + length], position + length
        position += length


def _whole(data: bytes) -> bool:
    """Whether ``data`` is a sequence of well-formed DER elements, end to end, starting with a structure."""
    if not data or not data[0] & 0x20:
        return False
    ends = [end for _, _, end in _elements(data)]
    return bool(ends) and ends[-1] == len(data)


def _strings(data: bytes, depth: int) -> Iterator[str]:
    if depth > MAX_DEPTH:
        return
    for tag, content, _ in _elements(data):
        codec = _TEXT_CODECS.get(tag)
        if codec is not None:
            text = content.decode(codec, "replace").strip()
            if text:
                yield text
        elif tag & 0x20:
            yield from _strings(content, depth + 1)
        elif tag in _WRAPPERS:
            inner = content[1:] if tag == 0x03 else content  # a BIT STRING's first byte counts unused bits
            if _whole(inner):
                yield from _strings(inner, depth + 1)
