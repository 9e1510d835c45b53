"""The store's rows as the API's JSON: one function per response shape of `app.api.schemas`.

The store returns rows and small typed tuples (`app.store.briefs.BriefSummary`,
`app.store.entities.EntityPage`, ...); the routers answer with the plain dicts made here,
serialized by orjson without a second validation (tests check every answer against the
route's response model). Keys come in the order of the schema's fields.
"""

from __future__ import annotations

from typing import Any

from app.store.briefs import BriefSummary
from app.store.claims import ClaimRow
from app.store.entities import EntityPage, EntityRow
from app.store.timeline import EventRow


def brief_summary(r: BriefSummary) -> dict[str, Any]:
    """A `schemas.BriefSummary`."""
    return {
        "id": r.id,
        "headline": r.headline,
        "published_at": r.published_at,
        "source": r.source,
        "url": r.url,
        "summary": r.summary,
        "counts": {"entities": r.entity_count, "claims": r.claim_count, "events": r.event_count},
    }


def entity_summary(r: EntityRow) -> dict[str, Any]:
    """A `schemas.EntitySummary`."""
    return {
        "id": r.id,
        "name": r.name,
        "type": r.type,
        "brief_count": r.brief_count,
        "attributes": r.attributes,
    }


def stored_claim(r: ClaimRow) -> dict[str, Any]:
    """A `schemas.StoredClaimOut`: the claim's JSON with its store-wide id and its brief."""
    return {**r.data, "id": r.id, "local_id": r.data.get("id"), "brief_id": r.brief_id}


def stored_event(r: EventRow) -> dict[str, Any]:
    """A `schemas.StoredEventOut`: the event's JSON with its store-wide id and its brief."""
    return {**r.data, "id": r.id, "local_id": r.data.get("id"), "brief_id": r.brief_id}


def entity_detail(page: EntityPage) -> dict[str, Any]:
    """A `schemas.EntityDetail`."""
    e = page.entity
    return {
        "id": e.id,
        "name": e.name,
        "type": e.type,
        "attributes": e.attributes,
        "brief_count": e.brief_count,
        "aliases": [{"name": name, "briefs": briefs} for name, briefs in page.aliases],
        "roles": [{**r.role, "brief_id": r.brief_id} for r in page.roles],
        "briefs": [
            {**brief_summary(b.brief), "salience": b.salience, "name": b.name} for b in page.briefs
        ],
        "claims": [stored_claim(c) for c in page.claims],
        "related": [
            {"id": r.id, "name": r.name, "type": r.type, "briefs": r.briefs} for r in page.related
        ],
    }
