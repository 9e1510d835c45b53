"""`GET /briefs/{id}` from the hot path: the documented route's answer, byte for byte."""

from __future__ import annotations

import gzip

import httpx
import pytest
from starlette.types import Receive, Scope, Send

from app.api.hot_path import StoredBriefs
from app.api.stored import GzipCache
from app.extract.model import ExtractedBrief
from app.ingest.service import save_linked
from app.store.db import session_scope

SAME_HEADERS = ("etag", "cache-control", "vary", "content-type", "content-encoding")


@pytest.fixture(scope="module")
def brief_id(client: httpx.Client) -> str:
    return str(client.get("/briefs", params={"limit": 1}).json()["items"][0]["id"])


def both(client: httpx.Client, brief_id: str, **headers: str) -> tuple[httpx.Response, ...]:
    """The hot path's answer, and the route's (a query string, which it ignores, skips the
    hot path)."""
    fast = client.get(f"/briefs/{brief_id}", headers=headers)
    routed = client.get(f"/briefs/{brief_id}", params={"via": "route"}, headers=headers)
    return fast, routed


@pytest.mark.live
@pytest.mark.parametrize("encoding", ["identity", "gzip"])
def test_hot_path_answers_as_the_route_does(
    client: httpx.Client, brief_id: str, encoding: str
) -> None:
    fast, routed = both(client, brief_id, **{"Accept-Encoding": encoding})
    assert fast.status_code == routed.status_code == 200
    assert fast.content == routed.content  # decoded by httpx when gzipped
    assert fast.json()["id"] == brief_id
    for name in SAME_HEADERS:
        assert fast.headers.get(name) == routed.headers.get(name), name
    assert (fast.headers.get("content-encoding") == "gzip") == (encoding == "gzip")


@pytest.mark.live
def test_hot_path_revalidates_with_the_route_etag(client: httpx.Client, brief_id: str) -> None:
    etag = client.get(f"/briefs/{brief_id}").headers["etag"]
    for value in (etag, f"W/{etag}", f'"other", {etag}', "*"):
        fast, routed = both(client, brief_id, **{"If-None-Match": value})
        assert fast.status_code == routed.status_code == 304, value
        assert fast.content == b"" and fast.headers["etag"] == etag
        for name in SAME_HEADERS:
            assert fast.headers.get(name) == routed.headers.get(name), (value, name)
    fast, routed = both(client, brief_id, **{"If-None-Match": '"stale"'})
    assert fast.status_code == routed.status_code == 200


@pytest.mark.live
def test_everything_else_goes_to_the_route(client: httpx.Client, brief_id: str) -> None:
    missing = client.get("/briefs/0000000000000000")
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"
    too_long = client.get("/briefs/" + "a" * 65)
    assert too_long.status_code == 422
    ld = client.get(f"/briefs/{brief_id}", headers={"Accept": "application/ld+json"})
    assert ld.headers["content-type"].startswith("application/ld+json")
    part = client.get(f"/briefs/{brief_id}", params={"fields": "headline"})
    assert set(part.json()) == {"id", "headline"}
    head = client.head(f"/briefs/{brief_id}")
    assert head.status_code == 200 and head.content == b""


def test_gzip_cache_is_bounded_and_returns_the_bytes() -> None:
    cache = GzipCache(3000)
    bodies = {
        f"etag{i}": (f'{{"n": {i}, "text": "' + "news " * 2000 + '"}').encode() for i in range(50)
    }
    for etag, body in bodies.items():
        assert gzip.decompress(cache.compressed(etag, body)) == body
        assert cache.size <= 3000
    last = "etag49"
    served = cache.compressed(last, b"ignored: served from the cache")
    assert gzip.decompress(served) == bodies[last]
    assert "etag0" not in cache  # the least recently used went first


@pytest.mark.anyio
async def test_only_plain_reads_of_stored_briefs_take_the_hot_path(
    app_db_url: str, sample_brief: ExtractedBrief
) -> None:
    """Which requests the middleware answers itself, and which it hands to the app."""
    with session_scope(app_db_url, write=True) as session:
        save_linked(session, sample_brief)
    handed_on: list[str] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        handed_on.append(f"{scope['method']} {scope['path']}?{scope['query_string'].decode()}")
        await send({"type": "http.response.start", "status": 418, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    hot = StoredBriefs(app, database_url=app_db_url, gzip_cache=GzipCache(1 << 20))
    transport = httpx.ASGITransport(app=hot)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        path = f"/briefs/{sample_brief.id}"
        answered = await c.get(path)
        assert answered.status_code == 200 and answered.json()["id"] == sample_brief.id
        assert (await c.head(path)).status_code == 200
        assert handed_on == []
        for request in (
            c.get(path, params={"fields": "headline"}),
            c.get(path, headers={"Accept": "application/ld+json"}),
            c.get("/briefs/0000000000000000"),  # not stored: the route's 404
            c.get(path + "/claims"),
            c.delete(path),
        ):
            assert (await request).status_code == 418
        assert len(handed_on) == 5
