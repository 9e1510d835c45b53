"""Conventions news clients expect: JSON-LD (schema.org), Prometheus metrics, OpenAPI names."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from pyld import jsonld

pytestmark = pytest.mark.live
SCHEMA = "https://schema.org/"


@pytest.fixture(scope="module")
def brief_id(client: httpx.Client) -> str:
    items = client.get("/briefs", params={"q": "Kolokoltsev"}).json()["items"]
    return str(items[0]["id"])


def offline_loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """schema.org's context without the network: its vocabulary is schema.org's IRIs."""
    assert url.rstrip("/") in ("https://schema.org", "http://schema.org"), url
    return {
        "contextUrl": None,
        "documentUrl": url,
        "document": {"@context": {"@vocab": SCHEMA}},
    }


def expand(doc: dict[str, Any]) -> list[dict[str, Any]]:
    expanded: list[dict[str, Any]] = jsonld.expand(doc, {"documentLoader": offline_loader})
    return expanded


def test_brief_as_schema_org_news_article(client: httpx.Client, brief_id: str) -> None:
    r = client.get(f"/briefs/{brief_id}", headers={"Accept": "application/ld+json"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/ld+json")
    doc = r.json()
    assert doc["@type"] == "NewsArticle"
    node = expand(doc)[0]  # valid JSON-LD: expands to schema.org terms
    assert node["@type"] == [SCHEMA + "NewsArticle"]
    assert node[SCHEMA + "headline"][0]["@value"].startswith("Russian Interior Minister")
    mention_types = {t for m in node[SCHEMA + "mentions"] for t in m["@type"]}
    assert {SCHEMA + "Person", SCHEMA + "Organization", SCHEMA + "Place"} <= mention_types
    assert node[SCHEMA + "about"]
    claims = node[SCHEMA + "hasPart"]
    assert claims and all(c["@type"] == [SCHEMA + "Claim"] for c in claims)
    places = [m for m in doc["mentions"] if m["@type"] == "Place" and m.get("sameAs")]
    assert places and all(
        s.startswith("https://sws.geonames.org/") for p in places for s in p["sameAs"]
    )
    # Plain JSON stays the default, and the two variants have different validators.
    plain = client.get(f"/briefs/{brief_id}")
    assert plain.headers["content-type"] == "application/json"
    assert plain.headers["etag"] != r.headers["etag"]
    assert "Accept" in r.headers["vary"]


def test_claims_as_schema_org_claims(client: httpx.Client, brief_id: str) -> None:
    r = client.get(f"/briefs/{brief_id}/claims", headers={"Accept": "application/ld+json"})
    doc = r.json()
    nodes = expand(doc)
    assert len(nodes) == len(client.get(f"/briefs/{brief_id}/claims").json())
    authors = {
        a[SCHEMA + "name"][0]["@value"].lower() for n in nodes for a in n.get(SCHEMA + "author", [])
    }
    assert "diplomatic sources" in authors
    assert all(n[SCHEMA + "appearance"][0]["@id"].endswith(f"/briefs/{brief_id}") for n in nodes)


def test_json_is_preferred_unless_ld_ranks_higher(client: httpx.Client, brief_id: str) -> None:
    def media(accept: str) -> str:
        return client.get(f"/briefs/{brief_id}", headers={"Accept": accept}).headers["content-type"]

    assert media("application/json, application/ld+json;q=0.5").startswith("application/json")
    assert media("application/ld+json, application/json;q=0.5").startswith("application/ld+json")
    assert media("*/*").startswith("application/json")


def test_metrics_are_scraped(client: httpx.Client, brief_id: str) -> None:
    client.get(f"/briefs/{brief_id}")
    client.get("/briefs/0000000000000000")
    text = client.get("/metrics").text
    assert (
        'newsbrief_http_requests_total{method="GET",route="/briefs/{brief_id}",status="200"}'
        in text
    )
    assert 'route="/briefs/{brief_id}",status="404"' in text
    assert "newsbrief_http_request_duration_seconds_bucket" in text
    assert 'newsbrief_store_rows{kind="briefs"} 7.0' in text
    assert "newsbrief_extraction_duration_seconds_count" in text


def test_openapi_has_stable_operation_ids_and_named_models(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    ops = {op["operationId"] for path in spec["paths"].values() for op in path.values()}
    assert {
        "listBriefs",
        "getBrief",
        "getBriefClaims",
        "createBrief",
        "deleteBrief",
        "listEntities",
        "getEntity",
        "getEntityTimeline",
        "listClaims",
        "listTimeline",
    } <= ops
    schemas = spec["components"]["schemas"]
    assert {"BriefOut", "BriefPage", "EntityDetail", "ClaimOut", "Problem"} <= schemas.keys()
    for path in spec["paths"].values():
        for op in path.values():
            for status, resp in op["responses"].items():
                schema = resp.get("content", {}).get("application/json", {}).get("schema")
                if schema and status.startswith("2"):
                    assert "$ref" in schema or schema.get("type") == "array", (
                        op["operationId"],
                        status,
                    )
