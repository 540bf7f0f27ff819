"""Build small PDF files with a real text layer (any Unicode text), for tests.

Text is drawn with a Type0 font whose character codes are the characters' code points and
whose ToUnicode map says so, which is how text extraction reads real Chinese PDFs. A page
given as ``None`` is a scanned page: a 1×1 image and no text.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence


def _cmap(characters: Sequence[str]) -> bytes:
    entries = "\n".join(f"<{ord(char):04X}> <{ord(char):04X}>" for char in characters)
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


def build_pdf(pages: Sequence[Sequence[str] | None], *, info: Mapping[str, str] | None = None) -> bytes:
    """A PDF whose page i shows ``pages[i]`` line by line (``None``: an image-only page)."""
    characters = sorted({char for page in pages if page for line in page for char in line})
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(data: bytes, extra: str = "") -> bytes:
        return f"<< /Length {len(data)} {extra}>>\nstream\n".encode() + data + b"\nendstream"

    to_unicode = add(stream(_cmap(characters)))
    descendant = add(
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>"
    )
    font = add(
        f"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H "
        f"/DescendantFonts [{descendant} 0 R] /ToUnicode {to_unicode} 0 R >>".encode()
    )
    image = add(
        stream(
            b"\x00",
            "/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 ",
        )
    )
    pages_id = len(objects) + 1 + 2 * len(pages)
    page_ids = []
    for page in pages:
        content = _content(page) if page is not None else b"q 100 0 0 100 50 600 cm /Im1 Do Q"
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
