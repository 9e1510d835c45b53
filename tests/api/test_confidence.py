"""`min_confidence` on every claim list and timeline read: filters, keeps the unscored, 422s."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text

from app.config import Settings
from app.extract import model as m
from app.ingest.service import store_brief
from app.main import create_app
from app.store.db import get_engine
from tests.conftest import APP_BACKEND, fresh_database
from tests.store.test_repository import make_brief

TEXT = "Anna Berg said in Oslo on 3 March 2025 that the harbour tunnel would open in spring."
OTHER = "Anna Berg said in Bergen on 4 March 2025 that the ferry would run again in summer."


@dataclasses.dataclass(slots=True)
class ScoredClaim(m.Claim):
    confidence: float | None = None


@dataclasses.dataclass(slots=True)
class ScoredEvent(m.TimelineEvent):
    confidence: float | None = None


def scored(item: Any, cls: type, confidence: float | None) -> Any:
    """A copy of an extracted claim or event with a confidence, as the extractors give one."""
    values = {f.name: getattr(item, f.name) for f in dataclasses.fields(item)}
    values["confidence"] = confidence
    return cls(**values)


def forget_confidences(url: str, brief_id: str) -> None:
    """Make a stored brief's claims and events look as stored before confidences existed:
    no column value, no key in their JSON."""
    engine = get_engine(url)
    sqlite = engine.dialect.name == "sqlite"
    data = "json_remove(data, '$.confidence')" if sqlite else "(data::jsonb - 'confidence')::json"
    with engine.begin() as conn:
        for table in ("claim", "timeline_event"):
            conn.execute(
                text(f"UPDATE {table} SET confidence = NULL, data = {data} WHERE brief_id = :b"),
                {"b": brief_id},
            )


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> FastAPI:
    """One store (three briefs: confident, doubtful, unscored) and its app for the module."""
    app_db_url = fresh_database(APP_BACKEND, tmp_path_factory.mktemp("confidence"))
    sure = make_brief("a" * 16, TEXT, people=("Anna Berg",), places=("Oslo",))
    sure.claims = [scored(c, ScoredClaim, 0.9) for c in sure.claims]
    sure.timeline = [scored(e, ScoredEvent, 0.9) for e in sure.timeline]
    doubtful = make_brief("b" * 16, OTHER, people=("Anna Berg",), places=("Bergen",))
    doubtful.claims = [scored(c, ScoredClaim, 0.3) for c in doubtful.claims]
    doubtful.timeline = [scored(e, ScoredEvent, 0.3) for e in doubtful.timeline]
    unscored = make_brief("c" * 16, TEXT.replace("Oslo", "Moss"), people=("Anna Berg",))
    for brief in (sure, doubtful, unscored):
        store_brief(app_db_url, brief)
    forget_confidences(app_db_url, unscored.id)
    return create_app(Settings(database_url=app_db_url))


@pytest.fixture
async def api(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        yield client


def _briefs(items: list[dict[str, Any]]) -> list[str]:
    return sorted(i["brief_id"][0] for i in items)


LISTS = ["/claims", "/timeline", "/entities/person:anna-berg/timeline"]


@pytest.mark.anyio
@pytest.mark.parametrize("path", LISTS)
async def test_lists_keep_confident_and_unscored_items(api: httpx.AsyncClient, path: str) -> None:
    every = (await api.get(path, params={"min_confidence": 0})).json()["items"]
    assert _briefs(every) == ["a", "b", "c"]
    assert {i["brief_id"][0]: i.get("confidence") for i in every} == {
        "a": 0.9,
        "b": 0.3,
        "c": None,
    }
    kept = (await api.get(path, params={"min_confidence": 0.5})).json()["items"]
    assert _briefs(kept) == ["a", "c"]  # "c" has no confidence: kept
    assert _briefs((await api.get(path, params={"min_confidence": 0})).json()["items"]) == [
        "a",
        "b",
        "c",
    ]
    assert _briefs((await api.get(path, params={"min_confidence": 1})).json()["items"]) == ["c"]


@pytest.mark.anyio
async def test_entity_page_claims_and_brief_parts(api: httpx.AsyncClient) -> None:
    page = (await api.get("/entities/person:anna-berg", params={"min_confidence": 0.5})).json()
    assert _briefs(page["claims"]) == ["a", "c"]
    for part in ("claims", "timeline"):
        path = f"/briefs/{'b' * 16}/{part}"
        everything = await api.get(path, params={"min_confidence": 0})
        assert [i["confidence"] for i in everything.json()] == [0.3]
        filtered = await api.get(path, params={"min_confidence": 0.5})
        assert filtered.status_code == 200 and filtered.json() == []
        assert filtered.headers["etag"] != everything.headers["etag"]  # another representation
        assert (await api.get(path, params={"min_confidence": 0.2})).json() == everything.json()


@pytest.mark.anyio
@pytest.mark.parametrize(
    "path",
    [
        *LISTS,
        "/entities/person:anna-berg",
        f"/briefs/{'a' * 16}/claims",
        f"/briefs/{'a' * 16}/timeline",
    ],
)
@pytest.mark.parametrize("value", ["-0.1", "1.5", "nan", "sure"])
async def test_min_confidence_outside_0_to_1_is_a_422(
    api: httpx.AsyncClient, path: str, value: str
) -> None:
    r = await api.get(path, params={"min_confidence": value})
    assert r.status_code == 422
    assert r.headers["content-type"] == "application/problem+json"


@pytest.mark.anyio
async def test_claim_lists_default_to_the_configured_floor_timelines_show_all(
    api: httpx.AsyncClient,
) -> None:
    # The default claim floor (0.75) is chosen for precision: the doubtful claim (0.3) is left
    # out unless asked for; timelines have no default floor.
    assert _briefs((await api.get("/claims")).json()["items"]) == ["a", "c"]
    page = (await api.get("/entities/person:anna-berg")).json()
    assert _briefs(page["claims"]) == ["a", "c"]
    assert (await api.get(f"/briefs/{'b' * 16}/claims")).json() == []
    assert _briefs((await api.get("/timeline")).json()["items"]) == ["a", "b", "c"]
    assert [e["confidence"] for e in (await api.get(f"/briefs/{'b' * 16}/timeline")).json()] == [
        0.3
    ]


@pytest.mark.anyio
async def test_the_claim_floor_is_a_setting(app: FastAPI) -> None:
    url = app.state.settings.database_url
    lenient = create_app(Settings(database_url=url, claim_min_confidence=0.2))
    transport = httpx.ASGITransport(app=lenient)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        assert _briefs((await client.get("/claims")).json()["items"]) == ["a", "b", "c"]
