"""The request context: an id on every answer, an access line unless turned off, metrics always."""

from __future__ import annotations

import logging

import httpx
import pytest
from starlette.types import Receive, Scope, Send

from app import metrics
from app.api.context import RequestContext


async def teapot(scope: Scope, receive: Receive, send: Send) -> None:
    await send({"type": "http.response.start", "status": 418, "headers": []})
    await send({"type": "http.response.body", "body": b"short and stout"})


class Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def unmatched_count() -> float:
    value = metrics.REGISTRY.get_sample_value(
        "newsbrief_http_requests_total",
        {"method": "GET", "route": "unmatched", "status": "418"},
    )
    return value or 0.0


@pytest.mark.anyio
@pytest.mark.parametrize("access_log", [True, False])
async def test_access_line_only_when_asked_and_metrics_either_way(access_log: bool) -> None:
    logger = logging.getLogger("newsbrief.api")
    handler = Records()
    logger.addHandler(handler)
    level = logger.level
    logger.setLevel(logging.INFO)
    before = unmatched_count()
    try:
        transport = httpx.ASGITransport(app=RequestContext(teapot, access_log=access_log))
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
            r = await c.get("/kettle", headers={"X-Request-ID": "tea-1"})
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    assert r.status_code == 418 and r.headers["x-request-id"] == "tea-1"
    assert unmatched_count() == before + 1
    lines = [rec for rec in handler.records if getattr(rec, "path", None) == "/kettle"]
    if access_log:
        assert len(lines) == 1
        line = lines[0]
        assert (line.method, line.status) == ("GET", 418)  # type: ignore[attr-defined]
        assert line.duration_ms >= 0  # type: ignore[attr-defined]
    else:
        assert lines == []
