"""``secreview serve`` where the OCR extra is installed: a scanned PDF is read by OCR and its redacted
copy is offered (the page's review says so) and made as ``secreview redact`` makes it."""

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
