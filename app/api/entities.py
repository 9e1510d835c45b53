"""/entities: canonical entities across all briefs, one entity's detail, and its timeline."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request, Response
from sqlmodel import Session

from app.api import views
from app.api.deps import SettingsDep
from app.api.errors import ProblemError
from app.api.pagination import json_response, page
from app.api.params import (
    DEFAULT_LIMIT,
    ClaimConfidenceParam,
    CursorParam,
    LimitParam,
    MinConfidenceParam,
    claim_floor,
)
from app.api.reads import read_store
from app.api.schemas import EntityDetail, EntityPage, EntityType, Problem, TimelinePage
from app.store import entities as entities_store
from app.store import timeline as timeline_store

router = APIRouter(prefix="/entities", tags=["entities"])

EntityId = Annotated[
    str, Path(max_length=120, description="Entity id, e.g. person:nicolas-maduro.")
]
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": Problem, "description": "No entity with this id"}
}


@router.get(
    "",
    response_model=EntityPage,
    operation_id="listEntities",
    summary="Entities, most briefs first",
)
async def list_entities(
    request: Request,
    settings: SettingsDep,
    type: Annotated[EntityType | None, Query(description="Only entities of this type.")] = None,
    q: Annotated[
        str | None,
        Query(
            max_length=200, description="Name prefix, accent- and case-insensitive (autocomplete)."
        ),
    ] = None,
    limit: LimitParam = DEFAULT_LIMIT,
    cursor: CursorParam = None,
) -> Response:
    return await page(
        request,
        settings,
        lambda s: entities_store.list_entities(s, type_=type, q=q, limit=limit, cursor=cursor),
        views.entity_summary,
    )


@router.get(
    "/{entity_id}",
    response_model=EntityDetail,
    operation_id="getEntity",
    summary="An entity: aliases and where each came from, roles, briefs, claims, related entities",
    responses=NOT_FOUND,
)
async def get_entity(
    settings: SettingsDep, entity_id: EntityId, min_confidence: ClaimConfidenceParam = None
) -> Response:
    floor = claim_floor(min_confidence, settings.claim_min_confidence)
    # Every part of the page is capped (newest briefs, claims, aliases): a bounded "page".
    # Measured both ways (bench_api -n 10000, c4 and c32): on the loop, 350-360 req/s at c4
    # against 270-290 in a thread; the thread only shortened the p99 under 32 connections.
    found = await read_store(
        settings,
        lambda s: entities_store.get_entity(s, entity_id, min_confidence=floor),
        "page",
    )
    if found is None:
        raise ProblemError(404, f"no entity with id {entity_id}")
    return json_response(views.entity_detail(found))


@router.get(
    "/{entity_id}/timeline",
    response_model=TimelinePage,
    operation_id="getEntityTimeline",
    summary="Events that involve the entity across all briefs, by resolved date",
    responses=NOT_FOUND,
)
async def get_entity_timeline(
    request: Request,
    settings: SettingsDep,
    entity_id: EntityId,
    min_confidence: MinConfidenceParam = None,
    limit: LimitParam = DEFAULT_LIMIT,
    cursor: CursorParam = None,
) -> Response:
    def timeline(session: Session) -> tuple[list[timeline_store.EventRow], str | None]:
        if entities_store.get_entity_name(session, entity_id) is None:
            raise ProblemError(404, f"no entity with id {entity_id}")
        return timeline_store.list_timeline(
            session,
            entity=entity_id,
            date_from=None,
            date_to=None,
            limit=limit,
            cursor=cursor,
            min_confidence=min_confidence,
        )

    return await page(request, settings, timeline, views.stored_event)
