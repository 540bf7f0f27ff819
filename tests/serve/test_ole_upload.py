"""An upload keeps to memory: a Word 97 object embedded in an uploaded .docx is not converted through a
temporary file (even where LibreOffice is installed) but listed as not checked; an embedded PDF is read."""

from __future__ import annotations

import io

import pytest

from secreview.extract import legacy
from secreview.extract.legacy import IN_MEMORY_MESSAGE
from tests.serve.conftest import Client
from tests.testing import cfb
from tests.testing import office_places as places
from tests.testing.pdf_builder import build_pdf

OLE_TYPES = {"bin": "application/vnd.openxmlformats-officedocument.oleObject"}


def _docx(ole: bytes) -> bytes:
    return places._embedded("oleObject1.bin", ole, "oleObject", OLE_TYPES)


def test_an_embedded_word97_object_is_not_converted(client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(legacy.shutil, "which", lambda name: f"/usr/bin/{name}")

    def converted(*args: object) -> bytes:
        raise AssertionError("an upload was converted through a temporary file")

    monkeypatch.setattr(legacy, "_convert", converted)
    files = {"file": ("通知.docx", io.BytesIO(_docx(cfb.word97_object())))}
    (file,) = client.post("/v1/check", files=files).json()["files"]
    assert file["attribute"] is None
    assert file["unchecked"] == [{"part": "embedded:oleObject1.doc", "reason": IN_MEMORY_MESSAGE}]


def test_an_embedded_pdf_is_read(client: Client) -> None:
    pdf = build_pdf([[places.SENTENCE]])
    files = {"file": ("通知.docx", io.BytesIO(_docx(cfb.package_object("名单.pdf", pdf))))}
    (file,) = client.post("/v1/check", files=files).json()["files"]
    found = {(item["text"], item["part"]) for item in file["findings"]}
    assert (places.ID_NUMBER, "embedded:名单.pdf") in found and file["attribute"] == "redacted"
