"""What a new user meets first: filters that cannot match say so, the docs can authorise, the
full brief and its timeline agree."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import assert_problem

pytestmark = pytest.mark.live


@pytest.mark.parametrize(
    ("path", "parameter"),
    [
        ("/briefs?entity=person:nobody-at-all", "entity"),
        ("/timeline?entity=place:atlantis", "entity"),
        ("/claims?source=person:nobody-at-all", "source"),
        ("/claims?about=organization:no-such-firm", "about"),
    ],
)
def test_an_unknown_entity_in_a_filter_is_a_404(
    client: httpx.Client, path: str, parameter: str
) -> None:
    problem = assert_problem(client.get(path), 404)
    assert problem["detail"].startswith(f"{parameter}: no entity with id")
    assert problem["errors"] == [{"parameter": parameter, "message": "no such entity"}]


def test_a_known_entity_still_filters(client: httpx.Client) -> None:
    entity = client.get("/entities", params={"q": "havana"}).json()["items"][0]["id"]
    assert client.get("/briefs", params={"entity": entity}).json()["items"]
    assert client.get("/timeline", params={"entity": entity}).status_code == 200


@pytest.mark.parametrize("path", ["/briefs", "/timeline"])
def test_a_name_where_an_id_is_expected_is_a_422_with_a_hint(
    client: httpx.Client, path: str
) -> None:
    problem = assert_problem(client.get(path, params={"entity": "Havana"}), 422)
    assert "is not an entity id" in problem["detail"]
    assert problem["hint"] == "/entities?q=Havana"
    # The hint finds the id.
    found = client.get(problem["hint"]).json()["items"]
    assert found and found[0]["id"].startswith("place:")


@pytest.mark.parametrize(
    ("path", "last"),
    [
        ("/timeline?from=2025-03-01&to=2025-02-01", "to"),
        ("/briefs?published_from=2025-03-01&published_to=2024-12-31", "published_to"),
        ("/briefs?mentioned_from=2025-03-01&mentioned_to=2025-02-28", "mentioned_to"),
    ],
)
def test_an_inverted_date_range_is_a_422(client: httpx.Client, path: str, last: str) -> None:
    problem = assert_problem(client.get(path), 422)
    assert "ends" in problem["detail"] and "before it starts" in problem["detail"]
    assert problem["errors"][0]["parameter"] == last


def test_one_day_range_is_not_inverted(client: httpx.Client) -> None:
    assert client.get("/timeline?from=1995-03-01&to=1995-03-01").status_code == 200


def test_the_sample_decade_overlaps_a_range_inside_it(client: httpx.Client) -> None:
    """The sample's "relations cooled in the 1990s" (1990-1999) is in March 1995, unless the
    range asks for periods within it."""
    overlapping = client.get("/timeline?from=1995-03-01&to=1995-03-31").json()["items"]
    assert "1990-1999" in [e["date"] for e in overlapping]
    within = client.get("/timeline?from=1995-03-01&to=1995-03-31&match=within").json()["items"]
    assert "1990-1999" not in [e["date"] for e in within]
    assert_problem(client.get("/timeline?match=inside"), 422)


def test_full_brief_and_its_timeline_list_events_alike(client: httpx.Client) -> None:
    for summary in client.get("/briefs", params={"limit": 100}).json()["items"]:
        full = client.get(f"/briefs/{summary['id']}").json()["timeline"]
        part = client.get(f"/briefs/{summary['id']}/timeline").json()
        assert [e["id"] for e in full] == [e["id"] for e in part]
        assert [e["order"] for e in full] == sorted(e["order"] for e in full)


def test_openapi_declares_the_bearer_scheme_on_writes_only(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    schemes = spec["components"]["securitySchemes"]
    assert schemes == {
        "apiKey": {
            "type": "http",
            "scheme": "bearer",
            "description": "A key from NEWSBRIEF_API_KEYS, sent as `Authorization: Bearer <key>`.",
        }
    }
    secured = {
        (method, path)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if op.get("security") == [{"apiKey": []}]
    }
    assert secured == {("post", "/briefs"), ("delete", "/briefs/{brief_id}")}


def test_docs_pages_load_their_assets_from_this_server(client: httpx.Client) -> None:
    for page in ("/docs", "/redoc"):
        html = client.get(page).text
        assert "cdn." not in html and "https://" not in html, page
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css", "redoc.standalone.js"):
        r = client.get(f"/static/docs/{asset}")
        assert r.status_code == 200 and len(r.content) > 100_000, asset


@pytest.mark.parametrize(
    ("q", "name"), [("mad", "Nicolás Maduro"), ("kolo", "Vladimir Kolokoltsev"), ("Álv", None)]
)
def test_autocomplete_finds_a_later_word_of_a_name(
    client: httpx.Client, q: str, name: str | None
) -> None:
    """The README's example: the start of a surname finds the person."""
    items = client.get("/entities", params={"q": q}).json()["items"]
    names = [e["name"] for e in items]
    if name is None:  # accents fold: "Álv" finds Alberto Álvarez by his surname
        assert any(n.endswith("Álvarez") for n in names), names
    else:
        assert name in names, names


def test_autocomplete_lists_whole_name_matches_before_later_word_ones(
    client: httpx.Client,
) -> None:
    # The sample has "Washington" (a whole name) and "Cold War" (a later word).
    items = client.get("/entities", params={"q": "wa", "limit": 100}).json()["items"]
    names = [e["name"] for e in items]
    assert {"Washington", "Cold War"} <= set(names), names
    starts = [n.lower().startswith("wa") for n in names]
    assert starts == sorted(starts, reverse=True), names  # whole-name matches first
