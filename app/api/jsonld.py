"""schema.org JSON-LD for briefs: a NewsArticle with its entities, and its claims as Claims.

Served when a client asks for `application/ld+json` (content negotiation on the same URL), so
fact-checking tools and search engines read briefs in the vocabulary they already know.
"""

from __future__ import annotations

from typing import Any

LD_JSON = "application/ld+json"
CONTEXT = "https://schema.org"

_TYPES = {
    "person": "Person",
    "organization": "Organization",
    "place": "Place",
    "event": "Event",
    "group": "Organization",
    "product": "Product",
    "work": "CreativeWork",
    "law": "Legislation",
}


def wants_ld(accept: str | None) -> bool:
    """True when the client prefers JSON-LD to plain JSON."""
    if not accept:
        return False
    ranked = []
    for i, part in enumerate(accept.split(",")):
        media, _, params = part.strip().partition(";")
        q = 1.0
        for p in params.split(";"):
            k, _, v = p.strip().partition("=")
            if k == "q":
                try:
                    q = float(v)
                except ValueError:
                    q = 0.0
        ranked.append((-q, i, media.strip().lower()))
    for _, _, media in sorted(ranked):
        if media in (LD_JSON, "application/json", "*/*", "application/*"):
            return media == LD_JSON
    return False


def _same_as(attributes: dict[str, Any]) -> list[str]:
    links = []
    if geonames := attributes.get("geonames_id"):
        links.append(f"https://sws.geonames.org/{geonames}/")
    if wikidata := attributes.get("wikidata"):
        links.append(f"https://www.wikidata.org/wiki/{wikidata}")
    return links


def entity_node(entity: dict[str, Any], base_url: str) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": _TYPES.get(entity["type"], "Thing"),
        "@id": f"{base_url}/entities/{entity['id']}",
        "name": entity["name"],
    }
    aliases = [a for a in entity.get("aliases", []) if a != entity["name"]]
    if aliases:
        node["alternateName"] = aliases
    attrs = entity.get("attributes", {})
    if same_as := _same_as(attrs):
        node["sameAs"] = same_as
    if node["@type"] == "Place" and "latitude" in attrs and "longitude" in attrs:
        node["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": attrs["latitude"],
            "longitude": attrs["longitude"],
        }
    if node["@type"] == "Place" and attrs.get("country_code"):
        node["address"] = {"@type": "PostalAddress", "addressCountry": attrs["country_code"]}
    roles = entity.get("roles") or []
    if node["@type"] == "Person" and roles:
        node["jobTitle"] = roles[0]["title"]
    return node


def claim_nodes(brief: dict[str, Any], base_url: str) -> list[dict[str, Any]]:
    entities = {e["id"]: e for e in brief["entities"]}
    article_id = f"{base_url}/briefs/{brief['id']}"
    nodes = []
    for c in brief["claims"]:
        node: dict[str, Any] = {
            "@type": "Claim",
            "@id": f"{article_id}#claim-{c['id']}",
            "text": c["content"]["text"],
            "appearance": {"@id": article_id},
        }
        source = c.get("source")
        if source:
            ent = entities.get(source.get("entity_id") or "")
            if ent is not None:
                node["author"] = entity_node(ent, base_url)
            else:
                kind = "Organization" if source["kind"] in ("report",) else "Person"
                node["author"] = {"@type": kind, "name": source["text"]}
        if c.get("cue"):
            node["description"] = (
                f"{'quoted' if c['quote'] == 'direct' else 'reported'} ({c['cue']['text']})"
            )
        nodes.append(node)
    return nodes


def news_article(brief: dict[str, Any], base_url: str) -> dict[str, Any]:
    """The brief as a schema.org NewsArticle: `about` its most salient entities, `mentions` all."""
    ranked = sorted(brief["entities"], key=lambda e: -e.get("salience", 0))
    about = [e for e in ranked if e.get("salience", 0) >= 0.5][:5] or ranked[:3]
    article: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "NewsArticle",
        "@id": f"{base_url}/briefs/{brief['id']}",
        "identifier": brief["id"],
        "headline": brief["headline"],
        "abstract": brief["summary"],
        "articleBody": brief["text"],
        "inLanguage": brief["language"],
        "about": [entity_node(e, base_url) for e in about],
        "mentions": [entity_node(e, base_url) for e in ranked],
        "hasPart": claim_nodes(brief, base_url),
    }
    if brief.get("published_at"):
        article["datePublished"] = brief["published_at"]
    if brief.get("url"):
        article["url"] = brief["url"]
    if brief.get("source"):
        article["publisher"] = {"@type": "Organization", "name": brief["source"]}
    return article


def claims_document(brief: dict[str, Any], base_url: str) -> dict[str, Any]:
    return {"@context": CONTEXT, "@graph": claim_nodes(brief, base_url)}
