"""Take docs/review-page.png: the review page of a real ``secreview serve`` after uploading an example
draft, in headless Chromium (the same browser setup as tests/serve/test_browser.py).

    python scripts/review_page_screenshot.py [examples/subsidy-notice-draft.txt] [docs/review-page.png]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.serve.browser import missing, start_browser  # noqa: E402
from tests.serve.conftest import start_server, stop_server  # noqa: E402

WAIT_SECONDS = 180


def main(draft: Path, target: Path) -> int:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as shown
    from selenium.webdriver.support.ui import WebDriverWait

    reason = missing()
    if reason is not None:
        print(f"no browser: {reason}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        server = start_server(folder)
        driver = start_browser(folder / "profile", folder)
        try:
            driver.get(server.url + "/")
            driver.find_element(By.ID, "file").send_keys(str(draft.resolve()))
            WebDriverWait(driver, WAIT_SECONDS).until(
                shown.visibility_of_element_located((By.CSS_SELECTOR, "section.file"))
            )
            height = driver.execute_script("return document.documentElement.scrollHeight")
            driver.set_window_size(1280, min(int(height) + 120, 4000))
            driver.save_screenshot(str(target))
        finally:
            driver.quit()
            stop_server(server)
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    arguments = sys.argv[1:]
    draft = Path(arguments[0]) if arguments else REPO / "examples" / "subsidy-notice-draft.txt"
    target = Path(arguments[1]) if len(arguments) > 1 else REPO / "docs" / "review-page.png"
    sys.exit(main(draft, target))
