"""Whether a page's text layer says what the page shows. Two cases make it "needs OCR" for that page:

- **Mostly image, little text**: a scan with a stray text line (a page number or footer on a full-page
  image), or a page drawn with inline images. A page whose non-space text is at most ``FEW_CHARACTERS``
  characters and whose images (XObject images, images inside form XObjects, inline images, each the unit
  square under the current transformation) cover at least ``IMAGE_SHARE`` of its area is not read.
- **An unreliable text layer**: the characters the layer gives are not the ones the page shows, e.g. an ID
  number that the ToUnicode map turns into letters. Two signs, each sound on its own: (1) at least
  ``BAD_CHARACTERS`` characters and ``BAD_SHARE`` of the page's non-space characters are private-use,
  replacement (U+FFFD), control or unassigned code points, which no displayed text is; (2) a simple font
  (Type1/TrueType/Type3) whose own encoding names a code's glyph a digit (``/one``, by ``/Differences`` or
  a standard base encoding of a non-symbolic font) while its ToUnicode map says that code is something
  else. Type0 (CID) fonts carry no glyph names; for them only sign (1) applies.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

FEW_CHARACTERS = 40
IMAGE_SHARE = 0.5
BAD_CHARACTERS = 3
BAD_SHARE = 0.05
_MAX_FORM_DEPTH = 4
_DIGIT_NAMES = {
    name: str(digit)
    for digit, name in enumerate(
        ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    )
}
_STANDARD_ENCODINGS = frozenset({"/WinAnsiEncoding", "/MacRomanEncoding", "/StandardEncoding"})
_SYMBOLIC = 4  # FontDescriptor /Flags bit 3
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")


def visible_characters(text: str) -> int:
    return sum(1 for char in text if not char.isspace())


def _bad(char: str) -> bool:
    if char in "\t\n\r" or char.isspace():
        return False
    return char == "\ufffd" or unicodedata.category(char) in ("Co", "Cc", "Cn", "Cs")


def garbled_characters(text: str) -> bool:
    """Sign (1): private-use, replacement, control or unassigned characters in the text layer."""
    bad = sum(1 for char in text if _bad(char))
    return bad >= BAD_CHARACTERS and bad >= BAD_SHARE * max(visible_characters(text), 1)


def _matrix(a: float, b: float, c: float, d: float, e: float, f: float) -> list[float]:
    return [a, b, c, d, e, f]


def _multiply(m: list[float], n: list[float]) -> list[float]:
    """m then n (PDF row-vector convention: the result maps a point by m, then by n)."""
    return [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]


def _unit_area(m: list[float]) -> float:
    return abs(m[0] * m[3] - m[1] * m[2])


def _numbers(operands: Any) -> list[float] | None:
    try:
        return [float(value) for value in operands]
    except (TypeError, ValueError):
        return None


def _image_area(stream: Any, resources: Any, reader: Any, start: list[float], depth: int) -> float:
    from pypdf.generic import ContentStream

    objects = resources.get("/XObject") if resources is not None else None
    objects = objects.get_object() if objects is not None else {}
    matrix, stack, area = start, [], 0.0
    for operands, operator in ContentStream(stream, reader).operations:
        if operator == b"q":
            stack.append(matrix)
        elif operator == b"Q":
            matrix = stack.pop() if stack else start
        elif operator == b"cm":
            values = _numbers(operands)
            if values is not None and len(values) == 6:
                matrix = _multiply(_matrix(*values), matrix)
        elif operator == b"INLINE IMAGE":
            area += _unit_area(matrix)
        elif operator == b"Do" and operands and operands[0] in objects:
            drawn = objects[operands[0]].get_object()
            if drawn.get("/Subtype") == "/Image":
                area += _unit_area(matrix)
            elif drawn.get("/Subtype") == "/Form" and depth < _MAX_FORM_DEPTH:
                form_matrix = _numbers(drawn.get("/Matrix", [1, 0, 0, 1, 0, 0]))
                inner = _multiply(_matrix(*form_matrix), matrix) if form_matrix else matrix
                inner_resources = drawn.get("/Resources")
                inner_resources = inner_resources.get_object() if inner_resources is not None else resources
                area += _image_area(drawn, inner_resources, reader, inner, depth + 1)
    return area


def image_share(page: Any, reader: Any) -> float:
    """The share of the page's area that its images cover (overlaps counted twice, at most 1)."""
    box = page.cropbox
    page_area = abs(float(box.width) * float(box.height))
    contents = page.get_contents()
    if contents is None or page_area <= 0:
        return 0.0
    resources = page.get("/Resources")
    resources = resources.get_object() if resources is not None else None
    area = _image_area(contents, resources, reader, _matrix(1, 0, 0, 1, 0, 0), 0)
    return min(area / page_area, 1.0)


def _to_unicode(font: Any) -> dict[int, str]:
    """The code → text pairs of a font's ToUnicode map (bfchar and bfrange entries)."""
    stream = font.get("/ToUnicode")
    if stream is None:
        return {}
    data = stream.get_object().get_data()
    pairs: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        values = _HEX.findall(block)
        for code, text in zip(values[::2], values[1::2], strict=False):
            pairs[int(code, 16)] = _utf16(text)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for line in block.splitlines():
            values = _HEX.findall(line)
            if len(values) < 3:
                continue
            low, high = int(values[0], 16), int(values[1], 16)
            if b"[" in line:
                for code, text in zip(range(low, high + 1), values[2:], strict=False):
                    pairs[code] = _utf16(text)
            else:
                first = int(values[2], 16)
                for offset, code in enumerate(range(low, min(high, low + 255) + 1)):
                    pairs[code] = _utf16(b"%04X" % (first + offset))
    return pairs


def _utf16(hex_text: bytes) -> str:
    try:
        return bytes.fromhex(hex_text.decode("ascii")).decode("utf-16-be", errors="replace")
    except ValueError:
        return "\ufffd"


def _digit_glyphs(font: Any) -> dict[int, str]:
    """Codes whose glyph the font's own encoding names a digit, with that digit."""
    if font.get("/Subtype") not in ("/Type1", "/TrueType", "/Type3", "/MMType1"):
        return {}
    encoding: Any = font.get("/Encoding")
    encoding = encoding.get_object() if encoding is not None else None
    descriptor = font.get("/FontDescriptor")
    flags = descriptor.get_object().get("/Flags", 0) if descriptor is not None else _SYMBOLIC
    base = encoding.get("/BaseEncoding") if hasattr(encoding, "get") else encoding
    glyphs: dict[int, str] = {}
    if base in _STANDARD_ENCODINGS and not int(flags) & _SYMBOLIC:
        glyphs = {0x30 + digit: str(digit) for digit in range(10)}
    differences = encoding.get("/Differences") if hasattr(encoding, "get") else None
    code = 0
    for item in differences or []:
        item = item.get_object() if hasattr(item, "get_object") else item
        if isinstance(item, int):
            code = item
            continue
        name = str(item).lstrip("/")
        if name in _DIGIT_NAMES:
            glyphs[code] = _DIGIT_NAMES[name]
        else:
            glyphs.pop(code, None)
        code += 1
    return glyphs


def _contradicts(font: Any) -> bool:
    digits = _digit_glyphs(font)
    if not digits:
        return False
    mapped = _to_unicode(font)
    # NFKC: a map to the full-width digit (１) says the same digit.
    return any(
        code in mapped and unicodedata.normalize("NFKC", mapped[code]) != digit
        for code, digit in digits.items()
    )


def contradicting_font(page: Any, known: dict[int, bool]) -> bool:
    """Sign (2): a font of the page whose ToUnicode map says a digit glyph is something else; ``known``
    keeps the answer per font object, as the pages of a document share their fonts."""
    resources = page.get("/Resources")
    fonts = resources.get_object().get("/Font") if resources is not None else None
    for reference in fonts.get_object().values() if fonts is not None else []:
        key = getattr(reference, "idnum", None)
        if key is None:
            if _contradicts(reference.get_object()):
                return True
            continue
        if key not in known:
            known[key] = _contradicts(reference.get_object())
        if known[key]:
            return True
    return False
