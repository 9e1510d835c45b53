"""The API as users meet it: a real uvicorn in a subprocess, over a store the CLI loaded."""

from __future__ import annotations

import httpx
import pytest

from app.api.schemas import BriefOut, BriefPage, EntityDetail, EntityPage
from tests.conftest import assert_problem

pytestmark = pytest.mark.live

SAMPLE_HEADLINE = "Russian Interior Minister in Cuba: Security talks amid tensions with the US"


def sample_id(client: httpx.Client) -> str:
    page = client.get("/briefs", params={"q": "Havana Kolokoltsev"}).json()
    assert len(page["items"]) == 1
    brief_id: str = page["items"][0]["id"]
    return brief_id


def test_list_is_newest_first_with_summaries(client: httpx.Client) -> None:
    r = client.get("/briefs")
    assert r.status_code == 200
    page = BriefPage.model_validate(r.json())
    dated = [b.published_at for b in page.items if b.published_at]
    assert dated == sorted(dated, reverse=True)
    assert len(page.items) == 7  # sample + 2 text + 3 JSONL + 1 HTML
    sample = next(b for b in page.items if b.headline == SAMPLE_HEADLINE)
    assert sample.summary.startswith("Russian Interior Minister Vladimir Kolokoltsev began")
    assert sample.counts.entities > 5 and sample.counts.claims >= 8 and sample.counts.events > 3


def test_paginate_to_the_end_with_cursor_and_link_header(client: httpx.Client) -> None:
    seen: list[str] = []
    url: str | None = "/briefs?limit=2"
    pages = 0
    while url:
        r = client.get(url)
        assert r.status_code == 200
        body = r.json()
        seen.extend(i["id"] for i in body["items"])
        url = body["next"]
        if url:
            assert r.headers["link"] == f'<{url}>; rel="next"'
        else:
            assert "link" not in r.headers
        pages += 1
    assert pages == 4
    assert len(seen) == len(set(seen)) == 7


def test_full_brief_of_the_sample_article(client: httpx.Client) -> None:
    r = client.get(f"/briefs/{sample_id(client)}")
    assert r.status_code == 200
    brief = BriefOut.model_validate(r.json())  # the documented schema is what is served
    assert brief.headline == SAMPLE_HEADLINE
    assert [s.heading for s in brief.sections if s.heading] == [
        "Security talks in light of the threats",
        "Regional context: Increasing US pressure",
        "Historical background: A deeply rooted alliance",
        "The strategic dimensions of the visit",
    ]
    people = {e.name for e in brief.entities if e.type == "person"}
    assert {"Vladimir Kolokoltsev", "Nicolás Maduro", "Donald Trump"} <= people
    sources = {(c.source.text.lower(), c.source.kind) for c in brief.claims if c.source}
    assert ("russian embassy", "named") in {(t.removeprefix("the "), k) for t, k in sources}
    assert ("diplomatic sources", "anonymous") in sources
    for e in brief.entities:
        for mention in e.mentions:
            assert brief.text[mention.start : mention.end] == mention.text
    for c in brief.claims:
        assert brief.text[c.content.start : c.content.end] == c.content.text


def test_parts_of_a_brief(client: httpx.Client) -> None:
    bid = sample_id(client)
    full = client.get(f"/briefs/{bid}").json()
    article = client.get(f"/briefs/{bid}/article").json()
    assert article["text"] == full["text"] and article["sections"] == full["sections"]
    assert "entities" not in article
    assert client.get(f"/briefs/{bid}/entities").json() == full["entities"]
    every = client.get(f"/briefs/{bid}/claims", params={"min_confidence": 0}).json()
    assert every == full["claims"]
    # By default the part lists the claims a reader can trust (the configured floor, 0.75).
    assert client.get(f"/briefs/{bid}/claims").json() == [
        c for c in full["claims"] if c["confidence"] >= 0.75
    ]
    timeline = client.get(f"/briefs/{bid}/timeline").json()
    assert [e["order"] for e in timeline] == sorted(e["order"] for e in full["timeline"])


def test_field_selection(client: httpx.Client) -> None:
    bid = sample_id(client)
    body = client.get(f"/briefs/{bid}", params={"fields": "headline,entities"}).json()
    assert set(body) == {"id", "headline", "entities"}
    assert_problem(client.get(f"/briefs/{bid}", params={"fields": "headline,nope"}), 422)


def test_conditional_get_with_etag(client: httpx.Client) -> None:
    bid = sample_id(client)
    first = client.get(f"/briefs/{bid}")
    etag = first.headers["etag"]
    assert etag.startswith('"') and "max-age" in first.headers["cache-control"]
    again = client.get(f"/briefs/{bid}", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    other = client.get(f"/briefs/{bid}", headers={"If-None-Match": '"something-else"'})
    assert other.status_code == 200
    part = client.get(f"/briefs/{bid}/claims")
    assert part.headers["etag"] != etag  # each part has its own validator
    assert (
        client.get(
            f"/briefs/{bid}/claims", headers={"If-None-Match": part.headers["etag"]}
        ).status_code
        == 304
    )


def test_filters_by_search_entity_and_dates(client: httpx.Client) -> None:
    def ids(**params: str) -> set[str]:
        r = client.get("/briefs", params=params)
        assert r.status_code == 200, r.text
        return {i["headline"] for i in r.json()["items"]}

    assert ids(q="glacier meltwater") == {"The glacier that keeps a valley alive"}
    assert ids(q="GLACIER") == ids(q="glacier")
    assert ids(published_from="2025-03-01", published_to="2025-03-31") == {
        "Dock workers in Rotterdam extend strike over automation plans"
    }
    rotterdam = client.get("/entities", params={"q": "rotterdam"}).json()["items"]
    assert rotterdam, "the port city is an entity"
    assert "Dock workers in Rotterdam extend strike over automation plans" in ids(
        entity=rotterdam[0]["id"]
    )
    # The glacier feature mentions 1990 and 2022 in its text.
    assert "The glacier that keeps a valley alive" in ids(
        mentioned_from="2022-01-01", mentioned_to="2022-12-31"
    )


def test_entities_autocomplete_and_detail(client: httpx.Client) -> None:
    page = EntityPage.model_validate(client.get("/entities", params={"q": "nicolas"}).json())
    maduro = next(e for e in page.items if e.name == "Nicolás Maduro")
    assert maduro.type == "person"
    detail = EntityDetail.model_validate(client.get(f"/entities/{maduro.id}").json())
    assert detail.brief_count == 1 and detail.briefs[0].headline == SAMPLE_HEADLINE
    assert any(r.title.lower() == "president" for r in detail.roles)
    assert detail.related
    counts = [
        e.brief_count
        for e in EntityPage.model_validate(client.get("/entities?limit=100").json()).items
    ]
    assert counts == sorted(counts, reverse=True)
    people = client.get("/entities", params={"type": "person", "limit": 100}).json()["items"]
    assert people and all(e["type"] == "person" for e in people)


def test_claims_and_timeline_across_briefs(client: httpx.Client) -> None:
    claims = client.get("/claims", params={"kind": "anonymous", "limit": 100}).json()["items"]
    assert any(c["source"]["text"].lower() == "diplomatic sources" for c in claims)
    assert all(c["source"]["kind"] == "anonymous" for c in claims)
    events = client.get("/timeline", params={"limit": 100}).json()["items"]
    dated = [e["date"] for e in events if e["date"]]
    assert dated == sorted(dated)
    us = client.get("/entities", params={"q": "united states"}).json()["items"][0]
    mine = client.get(f"/entities/{us['id']}/timeline").json()["items"]
    assert mine and all(us["id"] in e["entities"] for e in mine)


def test_health_and_readiness(client: httpx.Client) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz").json()
    assert ready["status"] == "ready" and ready["migration"] == ready["head"]


def test_request_id_is_echoed_or_made(client: httpx.Client) -> None:
    assert (
        client.get("/healthz", headers={"X-Request-ID": "abc-123"}).headers["x-request-id"]
        == "abc-123"
    )
    made = client.get("/healthz", headers={"X-Request-ID": "bad id with spaces"}).headers[
        "x-request-id"
    ]
    assert made != "bad id with spaces" and len(made) == 32


def test_gzip_when_asked(client: httpx.Client) -> None:
    r = client.get(f"/briefs/{sample_id(client)}", headers={"Accept-Encoding": "gzip"})
    assert r.headers.get("content-encoding") == "gzip"


@pytest.mark.parametrize(
    ("method", "path", "status", "parameter"),
    [
        ("GET", "/briefs/0000000000000000", 404, None),
        ("GET", "/briefs/not-an-id", 404, None),
        ("GET", "/briefs/0000000000000000/claims", 404, None),
        ("GET", "/entities/person:nobody-at-all", 404, None),
        ("GET", "/entities/person:nobody-at-all/timeline", 404, None),
        ("GET", "/no/such/route", 404, None),
        ("GET", "/briefs?limit=0", 422, "limit"),
        ("GET", "/briefs?limit=101", 422, "limit"),
        ("GET", "/briefs?limit=ten", 422, "limit"),
        ("GET", "/briefs?cursor=garbage", 422, "cursor"),
        ("GET", "/briefs?published_from=yesterday", 422, "published_from"),
        ("GET", "/briefs?mentioned_to=2025-13-01", 422, "mentioned_to"),
        ("GET", "/entities?type=planet", 422, "type"),
        ("GET", "/entities?cursor=W1siYSJdXQ", 422, "cursor"),
        ("GET", "/claims?kind=rumour", 422, "kind"),
        ("GET", "/timeline?from=soon", 422, "from"),
        ("POST", "/briefs", 403, None),
        ("DELETE", "/briefs/0000000000000000", 403, None),
        ("PUT", "/briefs", 405, None),
    ],
)
def test_every_error_is_a_problem(
    client: httpx.Client, method: str, path: str, status: int, parameter: str | None
) -> None:
    body = assert_problem(client.request(method, path, json={"text": "x"}), status)
    if parameter:
        assert body["errors"][0]["parameter"] == parameter
        assert body["detail"].startswith(parameter)
