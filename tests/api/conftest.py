"""The API tests' client: one live server (with the sample and fixture articles) per module."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.conftest import LiveServer


@pytest.fixture(scope="module")
def client(live_server: LiveServer) -> Iterator[httpx.Client]:
    with live_server.client() as c:
        yield c
