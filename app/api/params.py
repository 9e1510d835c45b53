"""Query and path parameters the routers share: page size, cursor, dates, ids, confidence."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import Query

from app.api.errors import ProblemError

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
MAX_ID_LENGTH = 64  # a brief id (16 hex digits) with room to spare

LimitParam = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page (1-100).")]
CursorParam = Annotated[
    str | None,
    Query(max_length=512, description="Opaque cursor from a previous page's `next`."),
]
EntityFilter = Annotated[str | None, Query(max_length=120)]
MinConfidenceParam = Annotated[
    float | None,
    Query(
        ge=0,
        le=1,
        description="Only items whose confidence is at least this (0-1). Items without a "
        "confidence (extracted before confidences existed) are kept.",
    ),
]


ClaimConfidenceParam = Annotated[
    float | None,
    Query(
        ge=0,
        le=1,
        description="Only claims whose calibrated confidence (the probability that source, "
        "cue and content are all right) is at least this (0-1). Without it, the server's "
        "`NEWSBRIEF_CLAIM_MIN_CONFIDENCE` (0.75 unless configured) applies, chosen for "
        "precision; `min_confidence=0` lists every claim.",
    ),
]


def claim_floor(min_confidence: float | None, default: float) -> float:
    """The confidence a listed claim needs: the request's, or the configured default."""
    return default if min_confidence is None else min_confidence


def confident(items: list[Any], min_confidence: float | None) -> list[Any]:
    """The items (claims or events as JSON objects) that pass `min_confidence`: those with a
    confidence at least that, and those without one (as the store's filter does)."""
    if min_confidence is None:
        return items
    return [i for i in items if i.get("confidence") is None or i["confidence"] >= min_confidence]


def date_query(description: str) -> Any:
    """A YYYY-MM-DD query parameter, documented as an OpenAPI `date`."""
    return Query(description=description, max_length=10, json_schema_extra={"format": "date"})


def iso_date(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise ProblemError(
            422,
            f"{name}: not an ISO date (YYYY-MM-DD): {value[:40]!r}",
            errors=[{"parameter": name, "message": "not an ISO date (YYYY-MM-DD)"}],
        ) from None
