"""``secreview serve`` where the OCR extra is installed: a scanned PDF, or an image uploaded, is read by
OCR and its redacted copy is offered (the page's review says so) and made as ``secreview redact`` makes
it."""

from __future__ import annotations

import io

import pytest

from secreview import Engine
from secreview.engine import Document
from secreview.models import Attribute
from tests.serve.conftest import Client
from tests.testing.cli import ID_NUMBER
from tests.testing.scans import font_or_skip, scanned_pdf


@pytest.fixture(scope="module")
def scan() -> bytes:
    font_or_skip()
    return scanned_pdf([["低保对象公示", f"户主张建国,身份证号{ID_NUMBER}"]])


def test_the_page_offers_the_redacted_copy_of_a_scan_and_the_api_makes_it(
    client: Client, engine: Engine, scan: bytes
) -> None:
    review = client.post("/ui/review", files={"file": ("公示.pdf", io.BytesIO(scan))})
    assert review.status_code == 200 and review.headers["x-secreview-redactable"] == "1"
    assert ID_NUMBER in review.text
    copy = client.post("/v1/redact", files={"file": ("公示.pdf", io.BytesIO(scan))})
    assert copy.status_code == 200, copy.text
    assert (
        copy.headers["x-secreview-attribute"] == "proactive" and copy.headers["x-secreview-remaining"] == "0"
    )
    assert copy.headers["content-type"] == "application/pdf"
    recheck = engine.review(Document("公示-删减稿.pdf", copy.content))
    assert recheck.attribute is Attribute.PROACTIVE and recheck.ocr is not None
    assert not [finding for finding in recheck.findings if finding.severity.value != "low"]


def test_an_image_is_accepted_read_and_redacted_as_an_image(client: Client, scan: bytes) -> None:
    from PIL import Image

    from tests.testing.scans import png_bytes

    data = png_bytes([f"户主张建国,身份证号{ID_NUMBER}"])
    assert ".png" in client.get("/").text
    checked = client.post("/v1/check", files={"file": ("名单.png", io.BytesIO(data))})
    assert checked.status_code == 200, checked.text
    (file,) = checked.json()["files"]
    (finding,) = [item for item in file["findings"] if item["category"] == "id_number"]
    assert finding["part"] == "ocr:image" and finding["box"]["unit"] == "px"
    review = client.post("/ui/review", files={"file": ("名单.png", io.BytesIO(data))})
    assert review.headers["x-secreview-redactable"] == "1"
    copy = client.post("/v1/redact", files={"file": ("名单.png", io.BytesIO(data))})
    assert copy.status_code == 200 and copy.headers["content-type"] == "image/png"
    box = finding["box"]
    with Image.open(io.BytesIO(copy.content)) as image:
        middle = (round(box["x"] + box["w"] / 2), round(box["y"] + box["h"] / 2))
        assert image.convert("RGB").getpixel(middle) == (0, 0, 0)
    assert copy.headers["x-secreview-remaining"] == "0"
