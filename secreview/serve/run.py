"""Start the server: the application on uvicorn, on 127.0.0.1 unless told otherwise."""

from __future__ import annotations

from secreview.serve.app import create_app
from secreview.serve.service import Service


def serve(service: Service, host: str, port: int) -> None:
    import uvicorn

    # The access log names method, path and status: never a body. No server header, no proxy headers.
    uvicorn.run(
        create_app(service),
        host=host,
        port=port,
        access_log=True,
        server_header=False,
        proxy_headers=False,
        log_level="info",
    )
