"""A real browser on the review page of a real server: upload a .docx with an identity number, see the
highlight and the attribute, download the redacted copy, and check that copy again: 主动公开."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from secreview import Engine
from secreview.models import Attribute
from tests.serve.browser import missing, start_browser
from tests.serve.conftest import SUMMARY, Server
from tests.testing.samples import IDENTITY, SAMPLES

WAIT_SECONDS = 180  # how long to wait for the page on a busy machine; never asserted as a timing

_reason = missing()
if _reason is not None:
    SUMMARY.append(f"browser test skipped: {_reason}")
pytestmark = pytest.mark.skipif(_reason is not None, reason=f"no browser: {_reason}")


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[tuple[Any, Path]]:
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    driver = start_browser(tmp_path / "profile", downloads)
    try:
        yield driver, downloads
    finally:
        driver.quit()


def _downloaded(path: Path) -> Path:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        if path.exists():
            return path
        time.sleep(0.5)
    raise AssertionError(f"{path.name} was not downloaded; in the folder: {sorted(path.parent.iterdir())}")


def test_review_and_redact_a_docx_in_the_browser(
    server: Server, browser: tuple[Any, Path], tmp_path: Path, engine: Engine
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as shown
    from selenium.webdriver.support.ui import WebDriverWait

    driver, downloads = browser
    draft = tmp_path / "补贴名单.docx"
    draft.write_bytes(SAMPLES[".docx"]())
    driver.get(server.url + "/")
    assert "不保存" in driver.find_element(By.CLASS_NAME, "privacy").text
    driver.find_element(By.ID, "file").send_keys(str(draft))
    wait = WebDriverWait(driver, WAIT_SECONDS)
    highlight = wait.until(shown.visibility_of_element_located((By.CSS_SELECTOR, "mark.sev-high")))
    assert highlight.text == IDENTITY
    assert "PI001" in (highlight.get_attribute("title") or "")
    attribute = driver.find_element(By.CSS_SELECTOR, ".attribute")
    assert "删减后公开" in attribute.text and "attribute-redacted" in (attribute.get_attribute("class") or "")
    link = driver.find_element(By.CSS_SELECTOR, f'ol.findings a[href="#{highlight.get_attribute("id")}"]')
    link.click()
    assert driver.execute_script("return location.hash") == f"#{highlight.get_attribute('id')}"
    driver.find_element(By.ID, "redacted").click()
    copy = _downloaded(downloads / "补贴名单-删减稿.docx")
    recheck = engine.review(copy)
    assert recheck.attribute is Attribute.PROACTIVE, recheck.findings
    assert draft.read_bytes() == SAMPLES[".docx"]()  # the original is untouched
    driver.find_element(By.ID, "json").click()
    report = json.loads(_downloaded(downloads / "补贴名单.json").read_text(encoding="utf-8"))
    assert report["files"][0]["path"] == draft.name and report["files"][0]["attribute"] == "redacted"


def test_a_hostile_draft_runs_nothing_and_a_pdf_has_no_redacted_copy(
    server: Server, browser: tuple[Any, Path], tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as shown
    from selenium.webdriver.support.ui import WebDriverWait

    driver, _ = browser
    hostile = tmp_path / "草稿.txt"
    attack = "<script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">"
    hostile.write_text(f"{attack}\n身份证号 {IDENTITY}\n", encoding="utf-8")
    scanned = tmp_path / "公示.pdf"
    scanned.write_bytes(SAMPLES[".pdf"]())
    driver.get(server.url + "/")
    wait = WebDriverWait(driver, WAIT_SECONDS)
    driver.find_element(By.ID, "file").send_keys(str(hostile))
    text = wait.until(shown.visibility_of_element_located((By.CSS_SELECTOR, "pre.doctext")))
    assert attack in text.text
    assert driver.title != "pwned" and not driver.find_elements(By.CSS_SELECTOR, "pre.doctext img")
    assert driver.find_element(By.ID, "redacted").is_enabled()
    driver.find_element(By.ID, "file").send_keys(str(scanned))
    wait.until(shown.text_to_be_present_in_element((By.CSS_SELECTOR, "section.file h2"), scanned.name))
    assert not driver.find_element(By.ID, "redacted").is_enabled()
