"""Writes over HTTP against a live server: create, idempotent repeat, delete, keys and limits."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import func, select, text
from sqlmodel import Session

from app.store.db import get_engine
from app.store.models import (
    Brief,
    BriefEntity,
    Claim,
    ClaimEntity,
    Entity,
    EntityAlias,
    EventEntity,
    MentionedDate,
    TimelineEvent,
)
from tests.conftest import LiveServer, assert_no_leak, assert_problem
from tests.reliability.conftest import API_KEY, AUTH, count_spans, span_errors

pytestmark = pytest.mark.live

STRIKE = {
    "title": "Rotterdam dock strike ends after three weeks",
    "text": "Dock workers in Rotterdam ended a three-week strike on Monday, the union FNV said. "
    "Port director Boudewijn Siemons said the first ships would sail on Tuesday.\n\n"
    "\u201cWe are relieved,\u201d Siemons told reporters in Rotterdam on 3 March 2025.",
    "published": "2025-03-03",
    "source": "Example Wire",
    "url": "https://example.org/rotterdam-strike",
}
FERRY = {
    "title": "Ferries return to Rotterdam",
    "text": "Ferries returned to Rotterdam on Wednesday after the strike, the operator Stena Line "
    "said. Captain Ingrid Vos said the crossings were full.",
    "published": "2025-03-05",
}


@pytest.fixture(scope="module")
def client(writer: LiveServer) -> Iterator[httpx.Client]:
    with writer.client() as c:
        yield c


def rows_of(database_url: str, brief_id: str) -> dict[str, int]:
    """How many rows each table holds for a brief."""
    counts = {}
    with Session(get_engine(database_url)) as s:
        for table in (Brief, BriefEntity, Claim, TimelineEvent, MentionedDate, EntityAlias):
            column = table.id if table is Brief else table.brief_id  # type: ignore[attr-defined]
            counts[table.__tablename__] = s.scalar(
                select(func.count()).select_from(table).where(column == brief_id)
            )
        claim_ids = select(Claim.id).where(Claim.brief_id == brief_id)
        event_ids = select(TimelineEvent.id).where(TimelineEvent.brief_id == brief_id)
        counts["claim_entity"] = s.scalar(
            select(func.count()).select_from(ClaimEntity).where(ClaimEntity.claim_id.in_(claim_ids))  # type: ignore[attr-defined]
        )
        counts["event_entity"] = s.scalar(
            select(func.count()).select_from(EventEntity).where(EventEntity.event_id.in_(event_ids))  # type: ignore[attr-defined]
        )
    return counts


def fts_hits(database_url: str, word: str) -> int | None:
    """Entries the SQLite FTS5 index still has for a word (None on PostgreSQL: no such table)."""
    engine = get_engine(database_url)
    if engine.dialect.name != "sqlite":
        return None
    with engine.connect() as conn:
        return int(
            conn.execute(
                text("SELECT count(*) FROM brief_fts WHERE brief_fts MATCH :q"), {"q": f'"{word}"'}
            ).scalar_one()
        )


def test_post_stores_once_and_delete_removes_every_trace(
    client: httpx.Client, writer: LiveServer
) -> None:
    created = client.post("/briefs", json=STRIKE, headers=AUTH)
    assert created.status_code == 201, created.text
    brief = created.json()
    location = created.headers["location"]
    assert location == f"/briefs/{brief['id']}"
    assert brief["headline"] == STRIKE["title"] and brief["text"] == STRIKE["text"]
    assert brief["published_at"] == "2025-03-03" and brief["source"] == "Example Wire"
    assert brief["entities"] and count_spans(brief) > 3
    assert span_errors(brief) == []
    fetched = client.get(location)
    assert fetched.status_code == 200 and fetched.json() == brief

    # The same article again: the stored brief, not a second one.
    again = client.post("/briefs", json=STRIKE, headers=AUTH)
    assert again.status_code == 200, again.text
    assert again.headers["location"] == location and again.json() == brief
    # Keys are compared whole: any configured key writes.
    other = client.post("/briefs", json=FERRY, headers={"Authorization": "Bearer second-key"})
    assert other.status_code == 201, other.text
    ferry_id = other.json()["id"]
    listed = client.get("/briefs", params={"limit": 50}).json()["items"]
    assert sorted(b["id"] for b in listed) == sorted([brief["id"], ferry_id])

    entity_ids = {e["id"] for e in brief["entities"]}
    shared = entity_ids & {e["id"] for e in other.json()["entities"]}
    only_here = entity_ids - shared
    assert "place:rotterdam" in shared and only_here
    assert client.get("/briefs", params={"q": "Siemons"}).json()["items"][0]["id"] == brief["id"]
    assert fts_hits(writer.database_url, "Siemons") in (1, None)
    assert sum(rows_of(writer.database_url, brief["id"]).values()) > 5

    deleted = client.delete(location, headers=AUTH)
    assert deleted.status_code == 204 and deleted.content == b""
    assert_problem(client.get(location), 404)
    assert_problem(client.delete(location, headers=AUTH), 404)
    assert set(rows_of(writer.database_url, brief["id"]).values()) == {0}
    assert client.get("/briefs", params={"q": "Siemons"}).json()["items"] == []
    assert fts_hits(writer.database_url, "Siemons") in (0, None)
    for entity_id in only_here:  # orphaned entities go with the brief
        assert_problem(client.get(f"/entities/{entity_id}"), 404)
    kept = client.get("/entities/place:rotterdam")
    assert kept.status_code == 200 and kept.json()["brief_count"] == 1
    with Session(get_engine(writer.database_url)) as s:
        assert s.get(Entity, "place:rotterdam") is not None
        assert not s.scalars(select(Entity.id).where(Entity.brief_count <= 0)).all()

    # Deleted, then posted again: a new brief with the same id, as good as the first.
    reposted = client.post("/briefs", json=STRIKE, headers=AUTH)
    assert reposted.status_code == 201 and reposted.json()["id"] == brief["id"]
    assert client.get("/entities/place:rotterdam").json()["brief_count"] == 2


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer wrong-key"},
        {"Authorization": f"Bearer {API_KEY}x"},
        {"Authorization": f"Bearer {API_KEY[:-1]}"},
        {"Authorization": f"Basic {API_KEY}"},
        {"Authorization": "Bearer"},
        {"Authorization": API_KEY},
    ],
    ids=["none", "wrong", "longer", "prefix", "basic", "empty", "no-scheme"],
)
def test_writes_without_a_valid_key_are_refused(
    client: httpx.Client, headers: dict[str, str]
) -> None:
    body = {"title": "Unauthorised", "text": "Somebody without a key tried to add this article."}
    refused = client.post("/briefs", json=body, headers=headers)
    assert_problem(refused, 401)
    assert refused.headers["www-authenticate"].startswith("Bearer")
    assert_problem(client.delete("/briefs/0123456789abcdef", headers=headers), 401)
    assert client.get("/briefs", params={"q": "Unauthorised"}).json()["items"] == []


def test_writes_are_off_without_configured_keys(writer: LiveServer) -> None:
    server = LiveServer(writer.database_url, {"NEWSBRIEF_API_KEYS": "[]"})
    try:
        with server.client() as c:
            body = assert_problem(c.post("/briefs", json=FERRY, headers=AUTH), 403)
            assert "no API keys" in body["detail"]
            assert_problem(c.delete("/briefs/0123456789abcdef", headers=AUTH), 403)
            assert c.get("/briefs").status_code == 200  # reads stay open
    finally:
        server.stop()


def test_body_size_json_depth_and_text_length_are_limited(client: httpx.Client) -> None:
    big = b'{"text": "' + b"a " * 600_000 + b'"}'
    assert_problem(
        client.post("/briefs", content=big, headers={**AUTH, "content-type": "application/json"}),
        413,
    )

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit counts bytes as they come
        yield b'{"text": "'
        for _ in range(40):
            yield b"word " * 10_000
        yield b'"}'

    streamed = client.post(
        "/briefs", content=chunks(), headers={**AUTH, "content-type": "application/json"}
    )
    assert "content-length" not in streamed.request.headers
    assert_problem(streamed, 413)

    for depth in (33, 5_000, 200_000):
        deep = b'{"text": "a", "title": ' + b"[" * depth + b"]" * depth + b"}"
        body = assert_problem(
            client.post(
                "/briefs", content=deep, headers={**AUTH, "content-type": "application/json"}
            ),
            400,
        )
        assert "nested deeper than" in body["detail"]
    # Flat enough to parse, then refused by the schema, not by the depth limit.
    shallow = {"text": "a", "title": [[["x"]]]}
    assert_problem(client.post("/briefs", json=shallow, headers=AUTH), 422)

    long_text = {"title": "Too long", "text": "Words go on. " * 20_000}  # 260,000 characters
    body = assert_problem(client.post("/briefs", json=long_text, headers=AUTH), 413)
    assert "text too long" in body["detail"]


def test_reads_stay_responsive_while_a_post_extracts(client: httpx.Client) -> None:
    sentences = [
        f"Minister Ana Costa met union leader Pedro Alves in Lisbon on {day} March 2025, "
        f"officials said, and the talks on ferry line {n} went on for {n % 7 + 2} hours."
        for n, day in zip(range(160), [1 + i % 28 for i in range(160)], strict=True)
    ]
    article = {"title": "Long talks in Lisbon", "text": "\n\n".join(sentences)}
    outcome: dict[str, object] = {}

    def post() -> None:
        with httpx.Client(base_url=str(client.base_url), timeout=300) as c:
            started = time.perf_counter()
            outcome["response"] = c.post("/briefs", json=article, headers=AUTH)
            outcome["seconds"] = time.perf_counter() - started

    writer_thread = threading.Thread(target=post)
    writer_thread.start()
    time.sleep(0.3)  # let the POST reach the extraction
    latencies = []
    while writer_thread.is_alive():
        for path in ("/healthz", "/briefs?limit=5"):
            started = time.perf_counter()
            r = client.get(path)
            latencies.append(time.perf_counter() - started)
            assert r.status_code == 200
    writer_thread.join()
    response = outcome["response"]
    assert isinstance(response, httpx.Response) and response.status_code == 201, response
    assert_no_leak(response)
    # Reads kept being answered while the extraction ran, each well within a second or two.
    assert len(latencies) >= 4, (outcome["seconds"], latencies)
    assert max(latencies) < 2.5, latencies
