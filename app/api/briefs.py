"""/briefs: list, search and filter briefs; fetch one brief or its parts; add and delete briefs."""

from __future__ import annotations

import hashlib
from typing import Annotated, Any

import orjson
from anyio import CapacityLimiter, to_thread
from fastapi import APIRouter, Path, Query, Request, Response

from app.api import jsonld, views
from app.api.deps import SettingsDep, WriterDep, WriteSessionDep
from app.api.errors import ProblemError
from app.api.filters import UNKNOWN_ENTITY, date_range, entity_id_param, or_unknown_entity
from app.api.pagination import page
from app.api.params import (
    DEFAULT_LIMIT,
    MAX_ID_LENGTH,
    ClaimConfidenceParam,
    CursorParam,
    LimitParam,
    MinConfidenceParam,
    claim_floor,
    confident,
    date_query,
    iso_date,
)
from app.api.reads import read_document
from app.api.schemas import (
    ArticleOut,
    BriefOut,
    BriefPage,
    ClaimOut,
    EntityOut,
    NewBrief,
    Problem,
    TimelineEventOut,
)
from app.api.stored import StoredResponse, stored_answer
from app.config import Settings
from app.extract.document import DocumentError, build_document
from app.store import briefs as briefs_store
from app.store import writes as writes_store

router = APIRouter(prefix="/briefs", tags=["briefs"])

BriefId = Annotated[
    str, Path(max_length=MAX_ID_LENGTH, description="The brief's id (16 hex digits).")
]
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": Problem, "description": "No brief with this id"}
}


def also_as_json_ld(description: str) -> dict[str, Any]:
    """OpenAPI for a 200 that is also served as JSON-LD under content negotiation."""
    return {
        "description": description,
        "content": {jsonld.LD_JSON: {"schema": {"type": "object"}}},
    }


@router.get(
    "",
    response_model=BriefPage,
    operation_id="listBriefs",
    summary="List briefs, newest first",
    responses=UNKNOWN_ENTITY,
)
async def list_briefs(
    request: Request,
    settings: SettingsDep,
    q: Annotated[
        str | None,
        Query(max_length=500, description="Words that must all appear in the headline or text."),
    ] = None,
    entity: Annotated[
        str | None, Query(max_length=120, description="Only briefs that mention this entity id.")
    ] = None,
    published_from: Annotated[str | None, date_query("Published on or after (YYYY-MM-DD).")] = None,
    published_to: Annotated[str | None, date_query("Published on or before (YYYY-MM-DD).")] = None,
    mentioned_from: Annotated[
        str | None, date_query("Text mentions a date on or after (YYYY-MM-DD).")
    ] = None,
    mentioned_to: Annotated[
        str | None, date_query("Text mentions a date on or before (YYYY-MM-DD).")
    ] = None,
    limit: LimitParam = DEFAULT_LIMIT,
    cursor: CursorParam = None,
) -> Response:
    flt = briefs_store.BriefFilter(
        q=q,
        entity=entity_id_param("entity", entity),
        published_from=iso_date("published_from", published_from),
        published_to=iso_date("published_to", published_to),
        mentioned_from=iso_date("mentioned_from", mentioned_from),
        mentioned_to=iso_date("mentioned_to", mentioned_to),
    )
    date_range(("published_from", "published_to"), flt.published_from, flt.published_to)
    date_range(("mentioned_from", "mentioned_to"), flt.mentioned_from, flt.mentioned_to)
    # Keyset pages, with or without a search or an entity, read a page's worth of index
    # entries; a date range may scan many rows before it has a page.
    dated = published_from or published_to or mentioned_from or mentioned_to
    return await page(
        request,
        settings,
        or_unknown_entity(
            lambda session: briefs_store.list_briefs(session, flt, limit, cursor),
            {"entity": flt.entity},
        ),
        views.brief_summary,
        cost="scan" if dated else "page",
    )


async def _stored(settings: Settings, brief_id: str) -> tuple[bytes, str]:
    """The brief's stored JSON and ETag, or the 404 problem."""
    found = await read_document(settings.database_url, brief_id)
    if found is None:
        raise ProblemError(404, f"no brief with id {brief_id}")
    return found


def _json(
    request: Request, body: bytes, etag: str, media_type: str = "application/json"
) -> Response:
    """The answer for stored bytes or bytes derived from them (`app.api.stored`)."""
    headers = request.headers
    answer = stored_answer(
        body,
        etag,
        if_none_match=headers.get("if-none-match"),
        accept_encoding=headers.get("accept-encoding"),
        cache=request.app.state.gzip_cache,
        media_type=media_type,
    )
    return StoredResponse(answer)


# Fields added to the brief after its first release, with the value an older brief has.
_ADDED_FIELDS: dict[str, Any] = {"dateline": None, "residue": []}


async def _part(
    request: Request, settings: Settings, brief_id: str, part: str, keys: tuple[str, ...]
) -> Response:
    body, etag = await _stored(settings, brief_id)
    doc = orjson.loads(body)
    # Briefs stored before a field existed lack it: its empty value stands in.
    value: Any = (
        {k: doc.get(k, _ADDED_FIELDS.get(k)) for k in keys} if len(keys) > 1 else doc[keys[0]]
    )
    return _json(request, orjson.dumps(value), f"{etag}-{part}")


@router.get(
    "/{brief_id}",
    response_model=BriefOut,
    operation_id="getBrief",
    summary="One brief: article, entities, time expressions, timeline, claims",
    responses={
        **NOT_FOUND,
        200: also_as_json_ld(
            "The brief; with `Accept: application/ld+json`, a schema.org NewsArticle with its "
            "entities (about, mentions) and claims (hasPart)"
        ),
        304: {"description": "Not modified (If-None-Match)"},
    },
)
async def get_brief(
    request: Request,
    settings: SettingsDep,
    brief_id: BriefId,
    fields: Annotated[
        str | None,
        Query(
            max_length=300,
            description="Comma-separated top-level fields to return, e.g. headline,entities.",
        ),
    ] = None,
) -> Response:
    # Plain reads (no fields=, no JSON-LD) are answered by app.api.hot_path before this runs.
    body, etag = await _stored(settings, brief_id)
    if jsonld.wants_ld(request.headers.get("accept")):
        article = jsonld.news_article(orjson.loads(body), _base_url(request))
        return _json(request, orjson.dumps(article), f"{etag}-ld", jsonld.LD_JSON)
    if fields:
        wanted = _checked_fields(fields)
        doc = orjson.loads(body)
        selected = {k: doc[k] for k in ["id", *wanted] if k in doc}
        variant = hashlib.sha256(",".join(wanted).encode()).hexdigest()[:8]
        return _json(request, orjson.dumps(selected), f"{etag}-f{variant}")
    return _json(request, body, etag)


def _checked_fields(fields: str) -> list[str]:
    known = set(BriefOut.model_fields)
    names = [f.strip() for f in fields.split(",") if f.strip()]
    unknown = [n for n in names if n not in known]
    if not names or unknown:
        raise ProblemError(
            422,
            f"fields: unknown field(s) {', '.join(unknown) or '(none given)'}; "
            f"known: {', '.join(sorted(known))}",
            errors=[{"parameter": "fields", "message": "unknown field"}],
        )
    return list(dict.fromkeys(names))


@router.get(
    "/{brief_id}/article",
    response_model=ArticleOut,
    operation_id="getBriefArticle",
    responses=NOT_FOUND,
)
async def get_article(request: Request, settings: SettingsDep, brief_id: BriefId) -> Response:
    keys = (
        "id",
        "headline",
        "published_at",
        "source",
        "url",
        "language",
        "summary",
        "text",
        "sections",
        "dateline",
        "residue",
    )
    return await _part(request, settings, brief_id, "article", keys)


@router.get(
    "/{brief_id}/entities",
    response_model=list[EntityOut],
    operation_id="getBriefEntities",
    responses=NOT_FOUND,
)
async def get_entities(request: Request, settings: SettingsDep, brief_id: BriefId) -> Response:
    return await _part(request, settings, brief_id, "entities", ("entities",))


@router.get(
    "/{brief_id}/timeline",
    response_model=list[TimelineEventOut],
    operation_id="getBriefTimeline",
    responses=NOT_FOUND,
)
async def get_timeline(
    request: Request,
    settings: SettingsDep,
    brief_id: BriefId,
    min_confidence: MinConfidenceParam = None,
) -> Response:
    body, etag = await _stored(settings, brief_id)
    events = sorted(orjson.loads(body)["timeline"], key=lambda e: e["order"])
    events = confident(events, min_confidence)
    return _json(request, orjson.dumps(events), f"{etag}-timeline{_variant(min_confidence)}")


def _variant(min_confidence: float | None) -> str:
    """The ETag suffix of a part filtered by confidence (none when unfiltered)."""
    return "" if min_confidence is None else f"-c{min_confidence:g}"


@router.get(
    "/{brief_id}/claims",
    response_model=list[ClaimOut],
    operation_id="getBriefClaims",
    responses={
        **NOT_FOUND,
        200: also_as_json_ld(
            "The brief's claims; with `Accept: application/ld+json`, schema.org Claim objects "
            "for fact-checkers"
        ),
    },
)
async def get_claims(
    request: Request,
    settings: SettingsDep,
    brief_id: BriefId,
    min_confidence: ClaimConfidenceParam = None,
) -> Response:
    min_confidence = claim_floor(min_confidence, settings.claim_min_confidence) or None
    if min_confidence is None and not jsonld.wants_ld(request.headers.get("accept")):
        return await _part(request, settings, brief_id, "claims", ("claims",))
    body, etag = await _stored(settings, brief_id)
    doc = orjson.loads(body)
    doc["claims"] = confident(doc["claims"], min_confidence)
    variant = _variant(min_confidence)
    if jsonld.wants_ld(request.headers.get("accept")):
        graph = jsonld.claims_document(doc, _base_url(request))
        return _json(request, orjson.dumps(graph), f"{etag}-claims-ld{variant}", jsonld.LD_JSON)
    return _json(request, orjson.dumps(doc["claims"]), f"{etag}-claims{variant}")


_limiters: dict[int, CapacityLimiter] = {}


def _extraction_limiter(settings: Settings) -> CapacityLimiter:
    """At most `max_concurrent_extractions` POSTs extract at once; the others wait their turn.

    Extraction is CPU-bound: running more at once than there are cores only makes every
    request slower and starves the threads that serve reads.
    """
    n = settings.max_concurrent_extractions
    if n not in _limiters:
        _limiters[n] = CapacityLimiter(n)
    return _limiters[n]


def _base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


@router.post(
    "",
    response_model=BriefOut,
    status_code=201,
    operation_id="createBrief",
    summary="Extract and store an article (needs an API key)",
    dependencies=[WriterDep],
    responses={
        200: {
            "model": BriefOut,
            "description": "The article was already stored: the existing brief",
        },
        401: {"model": Problem},
        403: {"model": Problem},
        413: {"model": Problem},
    },
)
async def create_brief(request: Request, article: NewBrief, settings: SettingsDep) -> Response:
    try:
        document = build_document(
            text=article.text.replace("\r\n", "\n").replace("\r", "\n"),
            title=article.title,
            published=article.published,
            source=article.source,
            url=article.url,
            language=article.language,
            headline_from_body=article.title is None,
        )
    except DocumentError as exc:
        raise ProblemError(422, str(exc)) from None
    # Imported here: the NLP stack loads only in servers that take writes.
    from app.ingest.service import extract_and_store
    from app.ingest.sources import validate

    reason = validate(document, settings.max_text_chars)
    if reason:
        raise ProblemError(422 if "no words" in reason else 413, reason)
    # Extraction is CPU-bound: off the event loop, so reads stay responsive meanwhile.
    result = await to_thread.run_sync(
        extract_and_store, settings, document, limiter=_extraction_limiter(settings)
    )
    body, etag = result.document, result.etag
    status = 201 if result.created else 200
    headers = {"Location": f"/briefs/{result.brief_id}", "ETag": f'"{etag}"'}
    return Response(body, status_code=status, media_type="application/json", headers=headers)


@router.delete(
    "/{brief_id}",
    status_code=204,
    operation_id="deleteBrief",
    summary="Delete a brief, its rows and entities no other brief mentions (needs an API key)",
    dependencies=[WriterDep],
    responses={**NOT_FOUND, 401: {"model": Problem}, 403: {"model": Problem}},
)
def delete_brief(session: WriteSessionDep, brief_id: BriefId) -> Response:
    if not writes_store.delete_brief(session, brief_id):
        raise ProblemError(404, f"no brief with id {brief_id}")
    return Response(status_code=204)
