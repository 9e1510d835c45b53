"""Reading briefs: one stored document by id, and keyset pages of summaries (search, filters).

Pages are `BriefSummary` rows; the API turns them into its JSON (`app.api.views`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import (
    Integer,
    Select,
    bindparam,
    func,
    select,
    tuple_,
)
from sqlalchemy.engine import Connection
from sqlmodel import Session

from app.store import search
from app.store.cursor import decode_cursor, encode_cursor
from app.store.execute import read_first, run, scalar
from app.store.tables import (
    BRIEF,
    BRIEF_ENTITY,
    MENTIONED_DATE,
    any_of,
    limit_param,
    text_param,
)

# A search within an entity's briefs first probes its newest ENTITY_WALK briefs (see
# `_entity_search_keys`).
ENTITY_WALK = 300


_BRIEF_DOCUMENT = select(BRIEF.c.document, BRIEF.c.etag).where(BRIEF.c.id == bindparam("brief_id"))


def read_brief_document(database_url: str, brief_id: str) -> tuple[bytes, str] | None:
    """The brief's stored JSON and its ETag, on the backend's fastest path (the API's hottest
    read; `execute.read_first`)."""
    row = read_first(database_url, _BRIEF_DOCUMENT, {"brief_id": brief_id})
    return (bytes(row[0]), row[1]) if row else None


_BRIEF_STORED = select(BRIEF.c.id).where(BRIEF.c.id == bindparam("brief_id"))


def is_brief_stored(database_url: str, brief_id: str) -> bool:
    """Whether the store has the brief, on the backend's fastest path.

    The loader asks it of every article it reads, before extracting it: through a session,
    the BEGIN, the lookup and the COMMIT cost 0.3 ms of CPU each time.
    """
    return read_first(database_url, _BRIEF_STORED, {"brief_id": brief_id}) is not None


def get_brief_document(session: Session, brief_id: str) -> tuple[bytes, str] | None:
    """The brief's stored JSON and its ETag, within the session's transaction."""
    rows = run(session.connection(), _BRIEF_DOCUMENT, {"brief_id": brief_id})
    return (bytes(rows[0][0]), rows[0][1]) if rows else None


@dataclass(slots=True)
class BriefFilter:
    q: str | None = None
    entity: str | None = None
    published_from: str | None = None
    published_to: str | None = None
    mentioned_from: str | None = None
    mentioned_to: str | None = None


# The reads, like the writes, run statements built once from the Core tables, with every value a
# bind parameter, on the session's connection: building a statement (its cache key, its ORM
# compile state) and the ORM's handling of its rows on each call cost several times the SQL.
# A statement whose SQL depends on the arguments (which filters are set, the dialect) is built
# once per such shape (`functools.cache`). Limits and tunables (ENTITY_WALK, ...) are bound at
# each call, so a change to them takes effect.


BRIEF_SUMMARY_COLUMNS = tuple(
    BRIEF.c[name]
    for name in (
        "id",
        "headline",
        "published_at",
        "source",
        "url",
        "summary",
        "entity_count",
        "claim_count",
        "event_count",
        "sort_key",
    )
)
_BRIEF_SUMMARIES = select(*BRIEF_SUMMARY_COLUMNS).where(BRIEF.c.id.in_(any_of("ids")))


class BriefSummary(NamedTuple):
    """A brief in a list: the row of `BRIEF_SUMMARY_COLUMNS`."""

    id: str
    headline: str | None
    published_at: str | None
    source: str | None
    url: str | None
    summary: str
    entity_count: int
    claim_count: int
    event_count: int
    sort_key: str


def list_briefs(
    session: Session, flt: BriefFilter, limit: int, cursor: str | None
) -> tuple[list[BriefSummary], str | None]:
    """Brief summaries, newest first, one keyset page; the cursor for the next page or None.

    Two steps: the page's keys first, from the indexes and the start of each row, then the
    summaries of those ≤ limit+1 briefs. In one step, every candidate row (all the briefs a
    common word matches) would be read in full, since the counts are stored after the text.

    With `q`, briefs come in the order of their search keys (`search.search_rowid`: newest
    first too) and the cursor is a key; see `_search_keys`.
    """
    conn = session.connection()
    if flt.q:
        keys, next_cursor = _search_keys(conn, flt, limit, cursor)
    else:
        keys, next_cursor = _list_keys(conn, flt, limit, cursor)
    ids = [k[1] for k in keys[:limit]]
    if not ids:
        return [], next_cursor
    found = {r[0]: r for r in run(conn, _BRIEF_SUMMARIES, {"ids": ids})}
    return [BriefSummary._make(found[i]) for i in ids if i in found], next_cursor


# Which date bounds of a BriefFilter are set: published from, to; mentioned from, to.
_Dates = tuple[bool, bool, bool, bool]


def _filter_params(flt: BriefFilter, limit: int) -> tuple[_Dates, dict[str, Any]]:
    """Which date bounds `flt` sets, and the bind values of its filters and of `:limit`."""
    dates = (
        bool(flt.published_from),
        bool(flt.published_to),
        bool(flt.mentioned_from),
        bool(flt.mentioned_to),
    )
    params = {
        "entity": flt.entity,
        "published_from": flt.published_from,
        # "2024-05-01" as an upper bound includes that whole day.
        "published_to": f"{flt.published_to}\uffff",
        "mentioned_from": flt.mentioned_from,
        "mentioned_to": flt.mentioned_to,
        "limit": limit + 1,
    }
    return dates, params


def _list_keys(
    conn: Connection, flt: BriefFilter, limit: int, cursor: str | None
) -> tuple[Sequence[Any], str | None]:
    """(sort_key, id) of up to limit+1 briefs without a search, and the next page's cursor."""
    dates, params = _filter_params(flt, limit)
    if cursor:
        params["key"], params["last_id"] = decode_cursor(cursor, (str, str))
    statement = _list_keys_statement(bool(flt.entity), dates, bool(cursor))
    keys = run(conn, statement, params)
    next_cursor = None
    if len(keys) > limit:
        next_cursor = encode_cursor(keys[limit - 1][0], keys[limit - 1][1])
    return keys, next_cursor


@functools.cache
def _list_keys_statement(by_entity: bool, dates: _Dates, after: bool) -> Select[Any]:
    """`_list_keys`' query for one shape of filter."""
    sort_col, id_col = BRIEF.c.sort_key, BRIEF.c.id
    query: Select[Any] = select(sort_col, id_col)
    if by_entity:
        # Page on the join table's own (entity_id, sort_key, brief_id) index.
        sort_col, id_col = BRIEF_ENTITY.c.sort_key, BRIEF_ENTITY.c.brief_id
        query = (
            select(sort_col, id_col)
            .join(BRIEF, id_col == BRIEF.c.id)
            .where(BRIEF_ENTITY.c.entity_id == bindparam("entity"))
        )
    query = _date_filters(query, dates)
    if after:
        query = query.where(
            tuple_(sort_col, id_col) < tuple_(text_param("key"), text_param("last_id"))
        )
    return query.order_by(sort_col.desc(), id_col.desc()).limit(limit_param())


def _search_keys(
    conn: Connection, flt: BriefFilter, limit: int, cursor: str | None
) -> tuple[Sequence[Any], str | None]:
    """(search key, id) of up to limit+1 briefs matching `q` and the filters, and the cursor.

    The full-text index yields the matches newest first (`search.matching_briefs`) and the
    other filters are checked on each match as it comes, so a page costs the matches read up to
    it, not a sort of all of them. The cursor is the last key of the page: keys are unique, so a
    page never repeats or skips a brief. With an entity, see `_entity_search_keys`.
    """
    after = decode_cursor(cursor, (int,))[0] if cursor else None
    assert flt.q is not None
    dialect = conn.dialect.name
    match = search.match_value(dialect, flt.q)
    if match is None:
        return [], None  # nothing searchable: no results
    dates, params = _filter_params(flt, limit)
    params["match"] = match
    keys: list[Any] = []
    below = after
    complete = False  # the page holds all it can
    if flt.entity and dialect == "sqlite":
        keys, below, complete = _entity_search_keys(conn, dates, params, limit, after)
    if not complete:
        statement = _search_statement(dialect, bool(flt.entity), dates, below is not None)
        keys.extend(
            run(conn, statement, {**params, "below": below, "limit": limit + 1 - len(keys)})
        )
    next_cursor = encode_cursor(keys[limit - 1][0]) if len(keys) > limit else None
    return keys, next_cursor


@functools.cache
def _search_statement(dialect: str, by_entity: bool, dates: _Dates, below: bool) -> Select[Any]:
    """`_search_keys`' query from the full-text side, for one shape of filter."""
    query, key = search.matching_briefs(dialect)
    if by_entity:
        query = query.where(
            select(BRIEF_ENTITY.c.brief_id)
            .where(
                BRIEF_ENTITY.c.brief_id == BRIEF.c.id,
                BRIEF_ENTITY.c.entity_id == bindparam("entity"),
            )
            .exists()
        )
    query = _date_filters(query, dates)
    if below:
        query = query.where(key < bindparam("below"))
    return query.order_by(key.desc()).limit(limit_param())


def _entity_search_keys(
    conn: Connection, dates: _Dates, params: dict[str, Any], limit: int, after: int | None
) -> tuple[list[Any], int | None, bool]:
    """SQLite: the first matches among the entity's ENTITY_WALK newest briefs (by search key).

    Its briefs are read newest first from the (entity_id, search_rowid, brief_id) index with
    one full-text probe each, stopping when the page is full: cheap when the words are common
    in the entity's briefs, bounded when they are not. (From the full-text side alone, an
    entity whose briefs are all old would have every newer match of a common word read first.)
    Returns the keys found, the lowest key walked, and whether the page is complete (full, or
    the entity has no briefs beyond those walked); if not, the caller looks for the rest from
    the full-text side, below that key.
    """
    params = {**params, "after": after, "walk": ENTITY_WALK - 1}
    lowest: int | None = scalar(conn, _entity_walk_end(after is not None), params)
    statement = _entity_matches(dates, after is not None, lowest is not None)
    keys = run(conn, statement, {**params, "lowest": lowest})
    return keys, lowest, lowest is None or len(keys) > limit


def _entity_briefs(after: bool) -> list[Any]:
    """The conditions on brief_entity for the entity's briefs (below the key `:after`)."""
    mine = [BRIEF_ENTITY.c.entity_id == bindparam("entity")]
    if after:
        mine.append(BRIEF_ENTITY.c.search_rowid < bindparam("after"))
    return mine


@functools.cache
def _entity_walk_end(after: bool) -> Select[Any]:
    """The key of the entity's `:walk`+1-th newest brief (below `:after`).

    A bound on the index range, not a LIMIT in a subquery, so that the range is read in order
    and the walk stops at the page's end.
    """
    key_col = BRIEF_ENTITY.c.search_rowid
    return (
        select(key_col)
        .where(*_entity_briefs(after))
        .order_by(key_col.desc())
        .offset(bindparam("walk", type_=Integer))
        .limit(1)
    )


@functools.cache
def _entity_matches(dates: _Dates, after: bool, bounded: bool) -> Select[Any]:
    """The entity's briefs (down to the key `:lowest` if `bounded`) that have the words."""
    key_col = BRIEF_ENTITY.c.search_rowid
    mine = _entity_briefs(after)
    if bounded:
        mine.append(key_col >= bindparam("lowest"))
    query = select(key_col, BRIEF_ENTITY.c.brief_id).where(*mine, search.brief_contains(key_col))
    if any(dates):
        query = _date_filters(query.join(BRIEF, BRIEF.c.id == BRIEF_ENTITY.c.brief_id), dates)
    return query.order_by(key_col.desc()).limit(limit_param())


def _date_filters(query: Select[Any], dates: _Dates) -> Select[Any]:
    """The date bounds set in `dates` (see `_filter_params`), on a query that has `brief`."""
    published_from, published_to, mentioned_from, mentioned_to = dates
    if published_from:
        query = query.where(BRIEF.c.published_at >= bindparam("published_from"))
    if published_to:
        query = query.where(BRIEF.c.published_at <= bindparam("published_to"))
    if mentioned_from or mentioned_to:
        md = select(MENTIONED_DATE.c.brief_id)
        if mentioned_from:
            md = md.where(MENTIONED_DATE.c.date_to >= bindparam("mentioned_from"))
        if mentioned_to:
            md = md.where(MENTIONED_DATE.c.date_from <= bindparam("mentioned_to"))
        query = query.where(BRIEF.c.id.in_(md))
    return query


_COUNT_BRIEFS = select(func.count()).select_from(BRIEF)


def count_briefs(session: Session) -> int:
    return int(scalar(session.connection(), _COUNT_BRIEFS, {}) or 0)
