"""/claims and /timeline: attributions and events across all briefs."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response

from app.api import views
from app.api.deps import SettingsDep
from app.api.filters import UNKNOWN_ENTITY, date_range, entity_id_param, or_unknown_entity
from app.api.pagination import page
from app.api.params import (
    DEFAULT_LIMIT,
    ClaimConfidenceParam,
    CursorParam,
    EntityFilter,
    LimitParam,
    MinConfidenceParam,
    claim_floor,
    date_query,
    iso_date,
)
from app.api.schemas import ClaimPage, TimelinePage
from app.store import claims as claims_store
from app.store import timeline as timeline_store

router = APIRouter(tags=["claims", "timeline"])


@router.get(
    "/claims",
    response_model=ClaimPage,
    operation_id="listClaims",
    summary="Claims across briefs",
    responses=UNKNOWN_ENTITY,
)
async def list_claims(
    request: Request,
    settings: SettingsDep,
    source: Annotated[
        str | None, Query(max_length=120, description="Entity id of the source.")
    ] = None,
    about: Annotated[
        str | None, Query(max_length=120, description="Entity id mentioned in the content.")
    ] = None,
    kind: Annotated[
        Literal["named", "pronoun", "anonymous", "report", "author"] | None,
        Query(description="Kind of source."),
    ] = None,
    q: Annotated[
        str | None, Query(max_length=200, description="Text in the content or source.")
    ] = None,
    min_confidence: ClaimConfidenceParam = None,
    limit: LimitParam = DEFAULT_LIMIT,
    cursor: CursorParam = None,
) -> Response:
    source = entity_id_param("source", source)
    about = entity_id_param("about", about)
    floor = claim_floor(min_confidence, settings.claim_min_confidence)
    return await page(
        request,
        settings,
        or_unknown_entity(
            lambda session: claims_store.list_claims(
                session,
                source=source,
                about=about,
                kind=kind,
                q=q,
                limit=limit,
                cursor=cursor,
                min_confidence=floor,
            ),
            {"source": source, "about": about},
        ),
        views.stored_claim,
    )


@router.get(
    "/timeline",
    response_model=TimelinePage,
    operation_id="listTimeline",
    summary="Events across briefs by date",
    responses=UNKNOWN_ENTITY,
    description="Events ordered by their resolved date (undated ones last). `from`/`to` keep "
    'the events whose dated period overlaps the range ("the 1990s" is in '
    "from=1995-03-01&to=1995-03-31); `match=within` keeps only periods wholly inside it. "
    "An undated event is left out by any date bound.",
)
async def list_timeline(
    request: Request,
    settings: SettingsDep,
    entity: EntityFilter = None,
    from_: Annotated[
        str | None,
        Query(
            alias="from",
            description="Events dated on or after (YYYY-MM-DD); see `match`.",
            max_length=10,
            json_schema_extra={"format": "date"},
        ),
    ] = None,
    to: Annotated[
        str | None, date_query("Events dated on or before (YYYY-MM-DD); see `match`.")
    ] = None,
    match: Annotated[
        Literal["overlap", "within"],
        Query(
            description="overlap: an event whose period overlaps from..to; within: an event "
            "whose period lies wholly inside it."
        ),
    ] = "overlap",
    min_confidence: MinConfidenceParam = None,
    limit: LimitParam = DEFAULT_LIMIT,
    cursor: CursorParam = None,
) -> Response:
    entity = entity_id_param("entity", entity)
    date_from = iso_date("from", from_)
    date_to = iso_date("to", to)
    date_range(("from", "to"), date_from, date_to)
    return await page(
        request,
        settings,
        or_unknown_entity(
            lambda session: timeline_store.list_timeline(
                session,
                entity=entity,
                date_from=date_from,
                date_to=date_to,
                limit=limit,
                cursor=cursor,
                match=match,
                min_confidence=min_confidence,
            ),
            {"entity": entity},
        ),
        views.stored_event,
    )
