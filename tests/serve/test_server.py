"""A real ``secreview serve`` process on 127.0.0.1: it answers, refuses an oversized upload before reading
it, and serves 50 concurrent uploads with no error and bounded memory (the peak is printed)."""

from __future__ import annotations

import asyncio

import httpx

from tests.serve.conftest import REPO, SUMMARY, Server
from tests.testing.samples import SAMPLES

CONCURRENT_UPLOADS = 50
# Bounded: the engine, the pool's working sets and 50 small uploads; far below a leak of every upload's
# work. Memory, not time: the machine is shared, timings are never asserted.
PEAK_RSS_LIMIT_MB = 1024


def test_the_real_server_answers_on_localhost(server: Server) -> None:
    assert server.url.startswith("http://127.0.0.1:")
    page = httpx.get(server.url + "/", timeout=30)
    assert page.status_code == 200 and "不保存" in page.text
    example = REPO / "examples" / "subsidy-notice-draft.txt"
    files = {"file": (example.name, example.read_bytes())}
    report = httpx.post(server.url + "/v1/check", files=files, timeout=120).json()
    assert report["files"][0]["attribute"] == "redacted"


def test_an_oversized_upload_is_refused_by_its_length(server: Server) -> None:
    files = {"file": ("大.txt", bytes(60 * 1024 * 1024))}
    response = httpx.post(server.url + "/v1/check", files=files, timeout=120)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "too_large"


async def _upload_all(url: str) -> list[httpx.Response]:
    suffixes = [".docx", ".txt", ".xlsx", ".pdf", ".html"]
    limits = httpx.Limits(max_connections=CONCURRENT_UPLOADS)
    async with httpx.AsyncClient(timeout=600, limits=limits) as client:
        requests = [
            client.post(
                url + "/v1/check",
                files={"file": (f"草稿{index}{suffix}", SAMPLES[suffix]())},
            )
            for index, suffix in enumerate(suffixes * (CONCURRENT_UPLOADS // len(suffixes)))
        ]
        return await asyncio.gather(*requests)


def test_fifty_concurrent_uploads(server: Server) -> None:
    before = server.peak_rss_mb()
    responses = asyncio.run(_upload_all(server.url))
    assert len(responses) == CONCURRENT_UPLOADS
    assert [response.status_code for response in responses] == [200] * CONCURRENT_UPLOADS
    for response in responses:
        assert response.json()["files"][0]["attribute"] == "redacted"
    peak = server.peak_rss_mb()
    SUMMARY.append(
        f"secreview serve: {CONCURRENT_UPLOADS} concurrent uploads answered, peak RSS of the server "
        f"{peak:.0f} MB ({before:.0f} MB before them)"
    )
    assert peak < PEAK_RSS_LIMIT_MB
