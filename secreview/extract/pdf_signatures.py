"""What a PDF viewer's signature panel shows of each digital signature, read last so that the offsets of
everything else stay put: the reason, the location and the contact information a signature dictionary
writes (``/Reason``, ``/Location``, ``/ContactInfo``), the signer's name (``/Name``) when it holds a long
number or an e-mail address (a name alone is the staff member who signed), and the text strings
of its certificates (``/Contents``, PKCS #7) that hold a long number or an e-mail address, as part
``form-field`` located ``signature <field name>``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from secreview.extract.base import FORM_FIELD, HOLDS_DATA, TextBuilder
from secreview.extract.der_strings import der_strings
from secreview.extract.pdf_places import (
    add_pdf_line,
    field_name,
    page_annotations,
    shown_text,
    terminal_fields,
    walked,
)

_SIGNER_FIELDS = (
    ("/Name", "签名人"),
    ("/Reason", "原因"),
    ("/Location", "位置"),
    ("/ContactInfo", "联系方式"),
)


def add_pdf_signatures(reader: Any, out: TextBuilder) -> None:
    """The signer fields of the signatures the form's fields, the pages' widgets and the document's
    permissions (``/Perms``: a certifying signature) hold, each signature once; a structure that cannot
    be walked leaves them unchecked (listed as such), not the whole document."""
    lines = walked(
        out, lambda: _signer_lines(reader), "signature", "PDF 中的数字签名结构异常,无法读取签名信息"
    )
    for location, caption, text in lines or ():
        add_pdf_line(out, text, FORM_FIELD, location, caption)


def _signer_lines(reader: Any) -> Iterator[tuple[str, str, str]]:
    """(location, caption, text) of each signature's signer fields and certificates' strings."""
    seen: set[int] = set()
    for name, signature in _signatures(reader):
        if id(signature) in seen:
            continue
        seen.add(id(signature))
        location = f"signature {name}".strip()
        for key, caption in _SIGNER_FIELDS:
            text = shown_text(signature.get(key))
            if key != "/Name" or HOLDS_DATA.search(text):  # a name alone is the staff member who signed
                yield location, caption, text
        contents = signature.get("/Contents")
        contents = contents.get_object() if contents is not None else None
        if isinstance(contents, bytes):  # PKCS #7: the signer's certificate (e-mail, serial number)
            for text in der_strings(bytes(contents)):
                if HOLDS_DATA.search(text):
                    yield location, "证书", text


def _signatures(reader: Any) -> Iterator[tuple[str, Any]]:
    root = reader.trailer["/Root"].get_object()
    form = root.get("/AcroForm")
    fields = list(terminal_fields(form.get_object().get("/Fields") if form is not None else None))
    fields += [annotation for page in reader.pages for annotation in page_annotations(page)]
    for field in fields:
        value = _signature(field.get("/V"))
        if value is not None:
            yield field_name(field), value
    permissions = root.get("/Perms")
    for value in permissions.get_object().values() if permissions is not None else []:
        if (signature := _signature(value)) is not None:
            yield "", signature


def _signature(value: Any) -> Any:
    """The signature dictionary ``value`` refers to, or None."""
    from pypdf.generic import DictionaryObject

    value = value.get_object() if value is not None else None
    if isinstance(value, DictionaryObject) and any(key in value for key, _ in _SIGNER_FIELDS):
        return value
    return None
