from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "network: needs PyPI (pip installs a hook environment); skipped when offline or SECREVIEW_OFFLINE=1",
    )
