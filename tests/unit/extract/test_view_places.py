"""The places session 11 closed, beside the red-team files of tests/test_hidden_places.py: what is not read
(names Word and Excel give themselves, a signer's name alone), the DER reader on damaged data, and an OFD
signature part declaring a DTD (refused like any other part)."""

from __future__ import annotations

import random

import pytest

from secreview.errors import ExtractionError
from secreview.extract.base import SHAPE_NAME
from secreview.extract.der_strings import der_strings
from secreview.extract.ofd import extract_ofd
from secreview.extract.pdf import extract_pdf
from secreview.extract.xlsx import extract_xlsx
from tests.testing import view_places
from tests.testing.hidden_places import ID_NUMBER, PHONE, rezipped


def test_shape_names_without_a_long_number_are_not_read() -> None:
    extracted = extract_xlsx(view_places.XLSX_VIEWS["shapes' names"][0]())
    names = [extracted.text[s.start : s.end] for s in extracted.segments if s.part == SHAPE_NAME]
    assert names == [f"联系人 {PHONE}", f"证件{ID_NUMBER}"]  # not Excel's own 矩形 3


def test_the_strings_of_a_certificate_are_read_from_der_and_nested_der() -> None:
    data = view_places.certificate_like((0x0C, "张三"), (0x13, ID_NUMBER), (0x1E, "经办人"))
    assert der_strings(data) == ["张三", ID_NUMBER, "经办人"]


def test_damaged_der_yields_what_was_read_and_never_raises() -> None:
    data = view_places.certificate_like((0x0C, f"电话{PHONE}"))
    rng = random.Random(11)
    for cut in range(len(data)):
        der_strings(data[:cut])
    for _ in range(300):
        mutated = bytearray(data)
        for _ in range(3):
            mutated[rng.randrange(len(mutated))] = rng.randrange(256)
        assert isinstance(der_strings(bytes(mutated)), list)
    assert der_strings(b"\x30\x84\xff\xff\xff\xff") == []  # a length beyond the data


def test_a_signers_name_alone_is_not_read() -> None:
    extracted = extract_pdf(view_places.PDF_VIEWS["a signature's signer fields"][0]())
    assert "张三" not in extracted.text and f"电话{PHONE}" in extracted.text


def test_an_ofd_signature_part_declaring_a_dtd_is_refused() -> None:
    data = view_places.OFD_VIEWS["a signature's provider"][0]()
    doctype = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'

    def edit(found: dict[str, bytes]) -> None:
        found["Doc_0/Signs/Sign_0/Signature.xml"] = (
            doctype.encode() + found["Doc_0/Signs/Sign_0/Signature.xml"]
        )

    with pytest.raises(ExtractionError) as raised:
        extract_ofd(rezipped(data, edit))
    assert "\n" not in str(raised.value)
