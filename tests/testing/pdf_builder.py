"""Build small PDF files with a real text layer (any Unicode text), for tests.

Text is drawn with a Type0 font whose character codes are the characters' code points and
whose ToUnicode map says so, which is how text extraction reads real Chinese PDFs. A page
given as ``None`` is a scanned page: a 1×1 image and no text.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from typing import Any


def _cmap(characters: Sequence[str], to_unicode: Mapping[str, str] | None = None) -> bytes:
    said = to_unicode or {}
    entries = "\n".join(f"<{ord(char):04X}> <{ord(said.get(char, char)):04X}>" for char in characters)
    blocks = []
    pairs = entries.splitlines()
    for start in range(0, len(pairs), 100):
        chunk = pairs[start : start + 100]
        blocks.append(f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar")
    return (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        + "\n".join(blocks)
        + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    ).encode("ascii")


def _content(lines: Sequence[str]) -> bytes:
    commands = ["BT", "/F1 12 Tf", "14 TL", "50 780 Td"]
    for line in lines:
        encoded = "".join(f"{ord(char):04X}" for char in line)
        commands.append(f"<{encoded}> Tj T*")
    commands.append("ET")
    return "\n".join(commands).encode("ascii")


FULL_PAGE_IMAGE = b"q 595 0 0 842 0 0 cm /Im1 Do Q\n"
FULL_PAGE_INLINE_IMAGE = b"q 595 0 0 842 0 0 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \x00 EI Q\n"


def build_pdf(
    pages: Sequence[Sequence[str] | None],
    *,
    info: Mapping[str, str] | None = None,
    to_unicode: Mapping[str, str] | None = None,
    under: Mapping[int, bytes] | None = None,
) -> bytes:
    """A PDF whose page i shows ``pages[i]`` line by line (``None``: an image-only page).

    ``to_unicode`` makes the ToUnicode map say another character for some (a garbled text layer);
    ``under`` maps a 0-based page to content drawn before its text (``FULL_PAGE_IMAGE``: a scan)."""
    characters = sorted({char for page in pages if page for line in page for char in line})
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(data: bytes, extra: str = "") -> bytes:
        return f"<< /Length {len(data)} {extra}>>\nstream\n".encode() + data + b"\nendstream"

    to_unicode_map = add(stream(_cmap(characters, to_unicode)))
    descendant = add(
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>"
    )
    font = add(
        f"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H "
        f"/DescendantFonts [{descendant} 0 R] /ToUnicode {to_unicode_map} 0 R >>".encode()
    )
    image = add(
        stream(
            b"\x00",
            "/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 ",
        )
    )
    pages_id = len(objects) + 1 + 2 * len(pages)
    page_ids = []
    for index, page in enumerate(pages):
        content = _content(page) if page is not None else b"q 100 0 0 100 50 600 cm /Im1 Do Q"
        content = (under or {}).get(index, b"") + content
        content_id = add(stream(content))
        page_ids.append(
            add(
                f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 595 842] "
                f"/Resources << /Font << /F1 {font} 0 R >> /XObject << /Im1 {image} 0 R >> >> "
                f"/Contents {content_id} 0 R >>".encode()
            )
        )
    kids = " ".join(f"{page_id} 0 R" for page_id in page_ids)
    assert add(f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode()) == pages_id
    catalog = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode())
    info_id = None
    if info:
        fields = " ".join(
            f"/{key} <FEFF{value.encode('utf-16-be').hex().upper()}>" for key, value in info.items()
        )
        info_id = add(f"<< {fields} >>".encode())
    output = io.BytesIO()
    output.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(output.tell())
        output.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = output.tell()
    output.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    output.write("".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode())
    trailer_info = f" /Info {info_id} 0 R" if info_id else ""
    output.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R{trailer_info} >>\n".encode()
        + f"startxref\n{xref}\n%%EOF\n".encode()
    )
    return output.getvalue()


def encrypt_pdf(data: bytes, user_password: str, owner_password: str = "owner") -> bytes:
    """``data`` encrypted with pypdf (RC4, which needs no extra library)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password, owner_password, algorithm="RC4-128")
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def build_flate_bomb_pdf(uncompressed_size: int) -> bytes:
    """A one-page PDF whose content stream inflates to ``uncompressed_size`` bytes of spaces."""
    import zlib

    compressor = zlib.compressobj(9)
    chunk = b" " * (1024 * 1024)
    payload = b"".join(compressor.compress(chunk) for _ in range(uncompressed_size // len(chunk)))
    payload += compressor.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(payload) + payload + b"\nendstream",
    ]
    return _assembled(objects)


def _pdf_string(text: str) -> Any:
    from pypdf.generic import TextStringObject

    return TextStringObject(text)


def with_places(
    data: bytes,
    *,
    fields: Mapping[str, str] | None = None,
    appearance_only: Mapping[str, str] | None = None,
    comments: Sequence[tuple[str, str]] = (),
    attachments: Mapping[str, bytes] | None = None,
    attachment_annotations: Mapping[str, bytes] | None = None,
    unshown_fields: Mapping[str, str] | None = None,
) -> bytes:
    """``data`` (a PDF) with, on its first page: text form fields (caption → value), fields whose text is
    only in their appearance stream, annotations (subtype such as ``/FreeText``, text), and embedded files
    in the document's name tree or as file-attachment annotations; ``unshown_fields`` are in the form
    only, with no widget on a page."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        FloatObject,
        NameObject,
    )

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    page = writer.pages[0]
    rect = ArrayObject([FloatObject(value) for value in (50, 50, 300, 70)])
    annotations = ArrayObject()
    form_fields = ArrayObject()

    def name(value: str) -> NameObject:
        return NameObject(value)

    for number, (caption, value) in enumerate({**(fields or {}), **(appearance_only or {})}.items()):
        widget = DictionaryObject(
            {
                name("/Type"): name("/Annot"),
                name("/Subtype"): name("/Widget"),
                name("/FT"): name("/Tx"),
                name("/T"): _pdf_string(f"field{number}"),
                name("/TU"): _pdf_string(caption),
                name("/Rect"): rect,
            }
        )
        if fields and caption in fields:
            widget[name("/V")] = _pdf_string(value)
        else:
            font = page["/Resources"]["/Font"]["/F1"]
            drawn = "".join(f"{ord(char):04X}" for char in value)
            stream = DecodedStreamObject()
            stream.set_data(f"/Tx BMC BT /F1 10 Tf 2 5 Td <{drawn}> Tj ET EMC".encode("ascii"))
            stream.update(
                {
                    name("/Type"): name("/XObject"),
                    name("/Subtype"): name("/Form"),
                    name("/BBox"): ArrayObject([FloatObject(v) for v in (0, 0, 250, 20)]),
                    name("/Resources"): DictionaryObject(
                        {name("/Font"): DictionaryObject({name("/F1"): font})}
                    ),
                }
            )
            widget[name("/AP")] = DictionaryObject({name("/N"): writer._add_object(stream)})
        reference = writer._add_object(widget)
        annotations.append(reference)
        form_fields.append(reference)
    for subtype, text in comments:
        comment = DictionaryObject(
            {
                name("/Type"): name("/Annot"),
                name("/Subtype"): name(subtype),
                name("/Rect"): rect,
                name("/Contents"): _pdf_string(text),
            }
        )
        annotations.append(writer._add_object(comment))
    for filename, content in (attachment_annotations or {}).items():
        embedded = DecodedStreamObject()
        embedded.set_data(content)
        embedded[name("/Type")] = name("/EmbeddedFile")
        specification = DictionaryObject(
            {
                name("/Type"): name("/Filespec"),
                name("/F"): _pdf_string(filename),
                name("/UF"): _pdf_string(filename),
                name("/EF"): DictionaryObject({name("/F"): writer._add_object(embedded)}),
            }
        )
        attachment = DictionaryObject(
            {
                name("/Type"): name("/Annot"),
                name("/Subtype"): name("/FileAttachment"),
                name("/Rect"): rect,
                name("/FS"): writer._add_object(specification),
            }
        )
        annotations.append(writer._add_object(attachment))
    if annotations:
        page[name("/Annots")] = annotations
    for caption, value in (unshown_fields or {}).items():
        hidden = DictionaryObject(
            {
                name("/FT"): name("/Tx"),
                name("/T"): _pdf_string(f"hidden{len(form_fields)}"),
                name("/TU"): _pdf_string(caption),
                name("/V"): _pdf_string(value),
            }
        )
        form_fields.append(writer._add_object(hidden))
    if form_fields:
        writer._root_object[name("/AcroForm")] = DictionaryObject({name("/Fields"): form_fields})
    for filename, content in (attachments or {}).items():
        writer.add_attachment(filename, content)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def build_simple_font_pdf(lines: Sequence[str], to_unicode: Mapping[str, str]) -> bytes:
    """One page in a simple TrueType font (WinAnsi, non-symbolic, so code 0x31 is the glyph /one) drawing
    ``lines`` (ASCII), with a ToUnicode map that says ``to_unicode[char]`` for some codes."""
    entries = "\n".join(f"<{ord(char):02X}> <{ord(text):04X}>" for char, text in to_unicode.items())
    cmap = (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CMapName /Garbled def\n"
        "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
        f"{len(to_unicode)} beginbfchar\n{entries}\nendbfchar\n"
        "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    ).encode("ascii")
    text = "\n".join(f"({line}) Tj T*" for line in lines)
    content = f"BT /F1 12 Tf 14 TL 50 780 Td\n{text}\nET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /TrueType /BaseFont /Arial /FirstChar 32 /LastChar 126 "
        b"/Encoding /WinAnsiEncoding /FontDescriptor 6 0 R /ToUnicode 7 0 R >>",
        b"<< /Type /FontDescriptor /FontName /Arial /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 "
        b"/Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    return _assembled(objects)


def _assembled(objects: list[bytes]) -> bytes:
    """A PDF file of ``objects`` numbered from 1 (the catalog first), with its cross-reference table."""
    output = io.BytesIO()
    output.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(output.tell())
        output.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = output.tell()
    output.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    output.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    output.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return output.getvalue()
