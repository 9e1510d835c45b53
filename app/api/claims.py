"""/claims and /timeline: attributions and events across all briefs."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response

from app.api.deps import SettingsDep
from app.api.pagination import page
from app.api.params import (
    DEFAULT_LIMIT,
    CursorParam,
    EntityFilter,
    LimitParam,
    MinConfidenceParam,
    date_query,
    iso_date,
)
from app.api.schemas import ClaimPage, TimelinePage
from app.store import claims as claims_store
from app.store import timeline as timeline_store

router = APIRouter(tags=["claims", "timeline"])


@router.get(
    "/claims", response_model=ClaimPage, operation_id="listClaims", summary="Claims across briefs"
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
    min_confidence: MinConfidenceParam = None,
    limit: LimitParam = DEFAULT_LIMIT,
    cursor: CursorParam = None,
) -> Response:
    return await page(
        request,
        settings,
        lambda session: claims_store.list_claims(
            session,
            source=source,
            about=about,
            kind=kind,
            q=q,
            limit=limit,
            cursor=cursor,
            min_confidence=min_confidence,
        ),
    )


@router.get(
    "/timeline",
    response_model=TimelinePage,
    operation_id="listTimeline",
    summary="Events across briefs by date",
)
async def list_timeline(
    request: Request,
    settings: SettingsDep,
    entity: EntityFilter = None,
    from_: Annotated[
        str | None,
        Query(
            alias="from",
            description="Events dated on or after (YYYY-MM-DD).",
            max_length=10,
            json_schema_extra={"format": "date"},
        ),
    ] = None,
    to: Annotated[str | None, date_query("Events dated on or before (YYYY-MM-DD).")] = None,
    min_confidence: MinConfidenceParam = None,
    limit: LimitParam = DEFAULT_LIMIT,
    cursor: CursorParam = None,
) -> Response:
    date_from = iso_date("from", from_)
    date_to = iso_date("to", to)
    return await page(
        request,
        settings,
        lambda session: timeline_store.list_timeline(
            session,
            entity=entity,
            date_from=date_from,
            date_to=date_to,
            limit=limit,
            cursor=cursor,
            min_confidence=min_confidence,
        ),
    )
