"""The server in process (FastAPI's test client, on httpx) and as a real process on a free local port."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="secreview[serve] is not installed")
httpx = pytest.importorskip("httpx", reason="httpx is not installed")

from secreview import Engine  # noqa: E402
from secreview.serve.app import create_app  # noqa: E402
from secreview.serve.service import Limits, Service  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
# Lines for the end of the run (figures such as the load test's peak memory, why the browser test was
# skipped): said in the summary, even with -q, instead of printed past pytest's capture.
SUMMARY: list[str] = []
STARTUP_LIMIT_SECONDS = 180  # building the engine on a busy machine; a deadline, not a measurement


@pytest.fixture(scope="session")
def service(engine: Engine) -> Service:
    return Service(engine, Limits(max_upload_bytes=50 * 1024 * 1024, max_concurrent=8, workers=2))


class Client:
    """Requests to the application in this process, through httpx's ASGI transport."""

    def __init__(self, service: Service) -> None:
        self.app = create_app(service)

    def request(self, method: str, url: str, **options: Any) -> httpx.Response:
        async def send() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
                return await client.request(method, url, **options)

        return asyncio.run(send())

    def get(self, url: str, **options: Any) -> httpx.Response:
        return self.request("GET", url, **options)

    def post(self, url: str, **options: Any) -> httpx.Response:
        return self.request("POST", url, **options)


@pytest.fixture(scope="session")
def client(service: Service) -> Client:
    return Client(service)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]

    def peak_rss_mb(self) -> float:
        """The server process's peak resident memory (VmHWM), in MB."""
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        [line] = [line for line in status.splitlines() if line.startswith("VmHWM:")]
        return int(line.split()[1]) / 1024


def start_server(folder: Path, *options: str) -> Server:
    """``secreview serve`` in ``folder`` (its configuration, none here) on a free port of 127.0.0.1."""
    port = free_port()
    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [sys.executable, "-m", "secreview", "serve", "--port", str(port), *options],
        cwd=folder,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_LIMIT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"secreview serve exited with {process.returncode}")
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return Server(url, process)
        except httpx.TransportError:
            time.sleep(0.5)
    process.terminate()
    raise AssertionError("secreview serve did not answer /healthz")


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = start_server(tmp_path_factory.mktemp("serve"), "--max-concurrent", "64")
    yield running
    stop_server(running)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for line in SUMMARY:
        terminalreporter.write_line(line)
