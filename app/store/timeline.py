"""Reading timeline events across briefs: keyset pages by resolved date, undated last.

A page is `EventRow`s (each event's stored JSON and its brief); the API makes its JSON of them
(`app.api.views`).
"""

from __future__ import annotations

import functools
from typing import Any, NamedTuple

from sqlalchemy import (
    Select,
    String,
    bindparam,
    literal,
    select,
    tuple_,
)
from sqlmodel import Session

from app.store.cursor import decode_cursor, encode_cursor
from app.store.execute import run
from app.store.periods import period_end, period_start, year_after
from app.store.tables import (
    EVENT_ENTITY,
    TIMELINE_EVENT,
    at_least,
    limit_param,
    text_param,
)


class EventRow(NamedTuple):
    """A stored timeline event: its store-wide id, its brief, its JSON as extracted, and its
    sort key in the timeline (its date, or `UNDATED`)."""

    id: str
    brief_id: str
    data: dict[str, Any]
    key: str


def list_timeline(
    session: Session,
    *,
    entity: str | None,
    date_from: str | None,
    date_to: str | None,
    limit: int,
    cursor: str | None,
    match: str = "overlap",
    min_confidence: float | None = None,
) -> tuple[list[EventRow], str | None]:
    """Events across briefs ordered by resolved date (undated last), one keyset page.

    With `min_confidence`, events whose confidence is below it are left out; an event stored
    without a confidence is kept.

    With `date_from`/`date_to`, the events whose dated period overlaps that range (`match`
    "overlap": "the 1990s" is in 1995-01-01..1995-12-31) or lies wholly inside it ("within").

    Read in two index-ordered parts, dated events on (date, id) and then, without a date
    filter, undated ones on id: sorting on "date, or last when undated" as one expression
    would sort every event in the store for each page. A cursor is (date or "~", id), "~"
    being above every date in ASCII.
    """
    params: dict[str, Any] = {
        "entity": entity,
        "date_from": date_from,
        "date_to": date_to,
        "to_year_after": year_after(date_to) if date_to else None,
        "from_year": date_from[:4] if date_from else None,
        "min_confidence": min_confidence,
        "limit": limit + 1,
    }
    undated_only = False
    if cursor:
        key, params["last_id"] = decode_cursor(cursor, (str, str))
        undated_only = key == UNDATED
        params["key"] = key
    connection = session.connection()
    confident = min_confidence is not None
    rows: list[Any] = []
    if not undated_only:
        dated = _timeline_statement(
            True, bool(entity), bool(date_from), bool(date_to), bool(cursor), match, confident
        )
        rows = run(connection, dated, params)
    if len(rows) <= limit and not (date_from or date_to):
        params["limit"] = limit + 1 - len(rows)
        undated = _timeline_statement(
            False, bool(entity), False, False, undated_only, confident=confident
        )
        rows += run(connection, undated, params)
    items = [EventRow._make(r) for r in rows[:limit]]
    nxt = encode_cursor(items[-1].key, items[-1].id) if len(rows) > limit else None
    return items, nxt


UNDATED = "~"  # the cursor key of an undated event: after every date


@functools.cache
def _timeline_statement(
    dated: bool,
    by_entity: bool,
    since: bool,
    until: bool,
    after: bool,
    match: str = "overlap",
    confident: bool = False,
) -> Select[Any]:
    """One part of `list_timeline`'s page, for one shape of filter: dated events in (date, id)
    order on `ix_timeline_event_date`, or undated ones in id order on the same index.

    A date range compares the first and last days of each event's period (`periods`); the
    index range stops at the first label that starts after the range.
    """
    event = TIMELINE_EVENT.c
    if dated:
        key: Any = event.date
        query = select(event.id, event.brief_id, event.data, event.date.label("k"))
        query = query.where(event.date.is_not(None))
    else:
        key = literal(UNDATED, String)
        query = select(event.id, event.brief_id, event.data, key.label("k"))
        query = query.where(event.date.is_(None))
    if by_entity:
        query = query.where(
            event.id.in_(
                select(EVENT_ENTITY.c.event_id).where(
                    EVENT_ENTITY.c.entity_id == bindparam("entity")
                )
            )
        )
    if confident:
        query = query.where(at_least(event.confidence))
    within = match == "within"
    if since and within:
        query = query.where(
            event.date >= bindparam("from_year"),
            period_start(event.date) >= bindparam("date_from"),
        )
    elif since:
        query = query.where(period_end(event.date) >= bindparam("date_from"))
    if until:
        query = query.where(
            event.date < bindparam("to_year_after"),
            (period_end if within else period_start)(event.date) <= bindparam("date_to"),
        )
    if after and dated:
        query = query.where(
            tuple_(event.date, event.id) > tuple_(text_param("key"), text_param("last_id"))
        )
    elif after:
        query = query.where(event.id > bindparam("last_id"))
    order = (event.date, event.id) if dated else (event.id,)
    return query.order_by(*order).limit(limit_param())
