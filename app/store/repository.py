"""Every query newsbrief makes: writing a brief in one transaction, and the reads the API serves.

Functions take an open `Session` and never commit: the caller's scope (`session_scope`) does,
so a brief and all its rows land together or not at all.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal, NamedTuple

import orjson
from sqlalchemy import (
    BindParameter,
    Integer,
    Select,
    String,
    Table,
    and_,
    bindparam,
    delete,
    func,
    literal,
    or_,
    select,
    tuple_,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, col

from app.extract import model as m
from app.extract.render import brief_json
from app.extract.time_periods import value_period
from app.store import search
from app.store.db import get_engine, is_sqlite, sqlite_reader
from app.store.models import (
    Brief,
    BriefEntity,
    Claim,
    ClaimEntity,
    Entity,
    EntityAlias,
    EntityName,
    EntityWord,
    EventEntity,
    MentionedDate,
    TimelineEvent,
    later_words,
)
from app.store.periods import period_end, period_start, year_after

MAX_LINK_CANDIDATES = 20
ALIAS_BRIEFS = 50  # brief ids listed per name on an entity's page
MAX_ALIASES = 100  # names listed on an entity's page (alphabetical)
RELATED_BRIEFS = 200  # an entity's newest briefs that its related entities are counted in
# A search within an entity's briefs first probes its newest ENTITY_WALK briefs (see
# `_entity_search_keys`).
ENTITY_WALK = 300
# Autocomplete sorts the entities a prefix matches when fewer names than AUTOCOMPLETE_SORTED
# match it, and otherwise first walks the AUTOCOMPLETE_WALK entities in most briefs.
AUTOCOMPLETE_SORTED = 300
AUTOCOMPLETE_WALK = 5000


class CursorError(ValueError):
    """A pagination cursor that this server did not issue (or that was altered)."""


# ------------------------------------------------------------------------------------ cursor


def encode_cursor(*values: object) -> str:
    return base64.urlsafe_b64encode(orjson.dumps(list(values))).decode().rstrip("=")


def decode_cursor(cursor: str, types: Sequence[type]) -> list[Any]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = orjson.loads(raw)
    except (ValueError, orjson.JSONDecodeError):
        raise CursorError("cursor is not one this server issued") from None
    if (
        not isinstance(values, list)
        or len(values) != len(types)
        or not all(
            isinstance(v, t) and not isinstance(v, bool) for v, t in zip(values, types, strict=True)
        )
    ):
        raise CursorError("cursor is not one this server issued")
    return values


# ------------------------------------------------------------------------------------ writes


# The store's statements are built once, at import, from the Core tables: building a
# statement, its cache key and its ORM compile state anew for each brief cost more CPU than the
# database work. `IN` lists are expanding bind parameters, so one statement serves any length.
_BRIEF: Table = Brief.__table__  # type: ignore[attr-defined]
_ENTITY: Table = Entity.__table__  # type: ignore[attr-defined]
_ENTITY_NAME: Table = EntityName.__table__  # type: ignore[attr-defined]
_ENTITY_WORD: Table = EntityWord.__table__  # type: ignore[attr-defined]
_BRIEF_ENTITY: Table = BriefEntity.__table__  # type: ignore[attr-defined]
_ENTITY_ALIAS: Table = EntityAlias.__table__  # type: ignore[attr-defined]
_CLAIM: Table = Claim.__table__  # type: ignore[attr-defined]
_CLAIM_ENTITY: Table = ClaimEntity.__table__  # type: ignore[attr-defined]
_TIMELINE_EVENT: Table = TimelineEvent.__table__  # type: ignore[attr-defined]
_EVENT_ENTITY: Table = EventEntity.__table__  # type: ignore[attr-defined]
_MENTIONED_DATE: Table = MentionedDate.__table__  # type: ignore[attr-defined]
# A brief's rows after its brief and entity rows, in foreign-key order: its own, and those that
# other briefs may have written already (a name, a date), inserted ON CONFLICT DO NOTHING.
_AFTER_ENTITIES: tuple[Any, ...] = (BriefEntity, Claim, ClaimEntity, TimelineEvent, EventEntity)
_SHARED: tuple[Any, ...] = (EntityAlias, EntityName, EntityWord, MentionedDate)
_WRITTEN: tuple[Any, ...] = (Brief, Entity, *_AFTER_ENTITIES, *_SHARED)


def _any_of(name: str) -> BindParameter[Any]:
    return bindparam(name, expanding=True)


_TAKEN_SEARCH_KEYS = select(_BRIEF.c.search_rowid).where(_BRIEF.c.search_rowid.in_(_any_of("keys")))
_COUNT_BRIEF_IN = (
    update(_ENTITY)
    .where(_ENTITY.c.id.in_(_any_of("ids")))
    .values(brief_count=_ENTITY.c.brief_count + 1)
)
_ADD_BRIEF_COUNTS = (
    update(_ENTITY)
    .where(_ENTITY.c.id == bindparam("eid"))
    .values(brief_count=_ENTITY.c.brief_count + bindparam("n"))
)
_LINKING_LOCK = select(func.pg_advisory_xact_lock(bindparam("key")))


@dataclass(frozen=True, slots=True)
class _DriverStatement:
    """A Core statement compiled once to SQLite's SQL ("?" marks), and how to bind parameters.

    Values are converted by the parameters' own bind processors, so they are stored exactly
    as the Core statement stores them (JSON through the engine's serializer, datetimes in
    SQLAlchemy's SQLite format). An expanding parameter (an IN list) gets one "?" a value.
    """

    sql: str
    # (name, bind processor, value if not given) of each "?" in order; a value of the
    # statement's own (SQLite's "OFFSET 0" after a bound LIMIT) need not be given.
    params: tuple[tuple[str, Callable[[Any], Any] | None, Any], ...]
    expanding: frozenset[str]  # the IN lists, "(__[POSTCOMPILE_name])" in `sql`

    @classmethod
    def compile(
        cls, stmt: Any, dialect: Dialect, *, table: Table | None = None
    ) -> _DriverStatement:
        """`stmt` for `dialect`; an INSERT into `table` takes every column of it."""
        keys = [c.key for c in table.columns] if table is not None else None
        compiled = stmt.compile(dialect=dialect, column_keys=keys)
        assert compiled.positional and compiled.positiontup is not None  # SQLite's "?" style
        binds = compiled.binds
        return cls(
            compiled.string,
            tuple(
                (
                    key,
                    binds[key].type.dialect_impl(dialect).bind_processor(dialect),
                    _REQUIRED if binds[key].required else binds[key].value,
                )
                for key in compiled.positiontup
            ),
            frozenset(key for key in compiled.positiontup if binds[key].expanding),
        )

    def values(self, given: dict[str, Any]) -> tuple[Any, ...]:
        """The parameters in the SQL's order; a missing one is a KeyError, not a NULL."""
        out: list[Any] = []
        for key, bind, default in self.params:
            value = given[key] if default is _REQUIRED else given.get(key, default)
            if key in self.expanding:
                out.extend(value if bind is None else map(bind, value))
            else:
                out.append(value if bind is None else bind(value))
        return tuple(out)

    def sql_for(self, given: dict[str, Any]) -> str:
        """The SQL with as many "?" in each IN list as `given` has values for it."""
        if not self.expanding:
            return self.sql
        return _EXPANDING.sub(lambda m: "(" + ", ".join("?" * len(given[m[1]])) + ")", self.sql)


_REQUIRED = object()  # a parameter that every execution must give
_EXPANDING = re.compile(r"\(__\[POSTCOMPILE_(\w+)\]\)")


# Every prebuilt statement as SQLite's driver runs it; see `_run`.
_DRIVER_SQL: dict[Any, _DriverStatement] = {}


def _run(
    conn: Connection,
    stmt: Any,
    params: dict[str, Any] | list[dict[str, Any]],
    *,
    table: Table | None = None,
) -> list[Any]:
    """Execute one of the module's prebuilt statements; its rows (a list of parameters:
    executemany, no rows).

    On SQLite as driver SQL compiled once (`_DriverStatement`), on the transaction's own
    DB-API connection: SQLAlchemy's execution of even a plain SQL string costs five times
    SQLite's work for these small statements. Errors are raised as SQLAlchemy's all the same.
    An INSERT into `table` names every column of it. Elsewhere as the Core statement:
    PostgreSQL's executemany of an INSERT is batched into multi-row VALUES by SQLAlchemy, one
    round trip rather than one a row.
    """
    driver = None
    if conn.dialect.name == "sqlite":
        driver = _DRIVER_SQL.get(stmt)
        if driver is None:
            driver = _DRIVER_SQL[stmt] = _DriverStatement.compile(stmt, conn.dialect, table=table)
        if isinstance(params, dict) and not all(params[k] for k in driver.expanding):
            driver = None  # an empty IN list: SQLAlchemy's SQL for it, a special form
    if driver is None:
        result = conn.execute(stmt, params)
        return list(result.all()) if result.returns_rows else []
    dbapi_conn = conn.connection.driver_connection
    assert dbapi_conn is not None
    try:
        if isinstance(params, list):
            assert not driver.expanding
            dbapi_conn.executemany(driver.sql, [driver.values(p) for p in params])
            return []
        cursor = dbapi_conn.execute(driver.sql_for(params), driver.values(params))
        rows: list[Any] = cursor.fetchall()
        return rows
    except conn.dialect.loaded_dbapi.Error as exc:
        raise DBAPIError.instance(driver.sql, params, exc, conn.dialect.loaded_dbapi.Error) from exc


@dataclass(frozen=True, slots=True)
class _Inserts:
    """A dialect's INSERT statements for the write path (ON CONFLICT is dialect syntax)."""

    brief: Any  # the brief row; returns its id, or nothing if the id is stored already
    plain: dict[str, Any]  # by table name
    ignoring: dict[str, Any]  # by table name: ON CONFLICT DO NOTHING


_INSERTS: dict[str, _Inserts] = {}


def _inserts(conn: Connection) -> _Inserts:
    """The INSERT statements for the connection's dialect, built on first use."""
    dialect = conn.dialect.name
    found = _INSERTS.get(dialect)
    if found is None:
        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        tables = [model.__table__ for model in _WRITTEN]
        found = _INSERTS[dialect] = _Inserts(
            brief=insert(_BRIEF)
            .on_conflict_do_nothing(index_elements=["id"])
            .returning(_BRIEF.c.id),
            plain={t.name: insert(t) for t in tables},
            ignoring={t.name: insert(t).on_conflict_do_nothing() for t in tables},
        )
    return found


def _insert_brief(conn: Connection, row: dict[str, Any]) -> str | None:
    """Insert the brief row; its id, or None if a brief with that id is stored already."""
    inserted = _run(conn, _inserts(conn).brief, row, table=_BRIEF)
    return str(inserted[0][0]) if inserted else None


def _insert_rows(
    conn: Connection, model: Any, rows: list[dict[str, Any]], *, ignore_conflicts: bool = False
) -> None:
    """Insert many rows with one statement executed many times (DB-API executemany).

    The statement is the same whatever the number of rows, so it is compiled once per process;
    a multi-row VALUES list would be compiled anew for every brief, which cost more than the
    database work itself. Core table, not the ORM class: no per-row ORM bookkeeping.
    """
    if not rows:
        return
    inserts = _inserts(conn)
    table = model.__table__
    stmt = (inserts.ignoring if ignore_conflicts else inserts.plain)[table.name]
    _run(conn, stmt, rows, table=table)


# A brief's names are folded for its rows and again for linking, and the same names come back
# brief after brief: folding (Unicode decomposition, character by character) is worth keeping.
_fold = functools.lru_cache(maxsize=1 << 16)(m.fold)


def _last_token(folded: str) -> str:
    return folded.rsplit(" ", 1)[-1][:80]


@dataclass(slots=True)
class SaveResult:
    brief_id: str
    created: bool
    entity_ids: list[str] = field(default_factory=list)


def brief_exists(session: Session, brief_id: str) -> bool:
    return session.get(Brief, brief_id) is not None


def save_brief(
    session: Session,
    brief: m.ExtractedBrief,
    *,
    external_id: str | None = None,
    link: bool = True,
) -> SaveResult:
    """Store an extracted brief and its rows; an article already stored is left as it is.

    Entities are linked to the store's canonical entities first (`resolve_entities`), so the
    stored JSON carries the store-wide ids. Safe against a concurrent loader writing the same
    article or the same entities: inserts are ON CONFLICT DO NOTHING, and the brief row goes in
    first, so the second writer of one article sees the conflict and stops.

    `link=False` skips cross-brief linking, for briefs whose entity ids are store-wide already
    (the API benchmark's re-keyed copies); the rows written are otherwise the same.
    """
    conn = session.connection()
    if link:
        _serialize_linking(conn)
        resolve_entities(session, brief)
    rows = brief_rows(brief, external_id=external_id)
    _free_search_rowids(conn, rows)
    if _insert_brief(conn, rows[Brief][0]) is None:
        return SaveResult(brief.id, created=False)
    _insert_rows(conn, Entity, rows[Entity], ignore_conflicts=True)
    if rows[Entity]:
        ids = sorted({r["id"] for r in rows[Entity]})  # one lock order for all writers
        _run(conn, _COUNT_BRIEF_IN, {"ids": ids})
    for model in _AFTER_ENTITIES:
        _insert_rows(conn, model, rows[model])
    for model in _SHARED:
        _insert_rows(conn, model, rows[model], ignore_conflicts=True)
    return SaveResult(brief.id, created=True, entity_ids=[e.id for e in brief.entities])


# Any constant key: all PostgreSQL writers that link entities take this one lock in turn.
_LINKING_LOCK_KEY = 0x6E657773  # "news"


def _serialize_linking(conn: Connection) -> None:
    """On PostgreSQL, link and write one brief at a time across all loaders.

    Linking reads the store's entities and then writes; two loaders doing that at once could
    each miss the entity the other is about to commit ("Berg" next to a new "Anna Berg") and
    split one person in two. A transaction-scoped advisory lock serializes just this part
    (released at commit); extraction, the expensive part, stays parallel. SQLite write
    transactions are serialized already (BEGIN IMMEDIATE).
    """
    if conn.dialect.name == "postgresql":
        conn.execute(_LINKING_LOCK, {"key": _LINKING_LOCK_KEY})


def save_new_briefs(session: Session, briefs: Sequence[m.ExtractedBrief]) -> None:
    """Bulk path: many briefs that are new and already carry store-wide entity ids.

    The same rows as `save_brief(..., link=False)` for each, written with one executemany per
    table for the whole batch. A brief id already stored is an IntegrityError (no skipping).
    """
    batch: dict[Any, list[dict[str, Any]]] = {}
    counts: dict[str, int] = {}
    for brief in briefs:
        for model, rows in brief_rows(brief).items():
            batch.setdefault(model, []).extend(rows)
        for eid in {e.id for e in brief.entities}:
            counts[eid] = counts.get(eid, 0) + 1
    conn = session.connection()
    _free_search_rowids(conn, batch)
    _insert_rows(conn, Brief, batch.get(Brief, []))
    _insert_rows(conn, Entity, batch.get(Entity, []), ignore_conflicts=True)
    if counts:
        conn.execute(_ADD_BRIEF_COUNTS, [{"eid": eid, "n": n} for eid, n in sorted(counts.items())])
    for model in _AFTER_ENTITIES:
        _insert_rows(conn, model, batch.get(model, []))
    for model in _SHARED:
        _insert_rows(conn, model, batch.get(model, []), ignore_conflicts=True)


def _free_search_rowids(conn: Connection, batch: dict[Any, list[dict[str, Any]]]) -> None:
    """Move any brief whose search key is taken (stored, or earlier in the batch) to a free one.

    The brief's entity rows get its final key too.

    Keys collide only for two briefs of one second whose id hashes agree in 20 bits, so this is
    one indexed IN query per batch and, almost always, nothing to move. Writers that may race
    are serialized (SQLite's write lock; the PostgreSQL linking lock of `save_brief`).
    """
    rows = batch.get(Brief, [])
    stored: set[int] = set()
    wanted = [r["search_rowid"] for r in rows]
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        stored.update(row[0] for row in _run(conn, _TAKEN_SEARCH_KEYS, {"keys": chunk}))
    taken: set[int] = set()
    for row in rows:
        key = row["search_rowid"]
        while key in taken or key in stored:
            key = search.next_in_second(key)
            if key not in taken and _run(conn, _TAKEN_SEARCH_KEYS, {"keys": [key]}):
                stored.add(key)
        taken.add(key)
        row["search_rowid"] = key
    final = {row["id"]: row["search_rowid"] for row in rows}
    for part in batch.get(BriefEntity, []):
        part["search_rowid"] = final[part["brief_id"]]


def brief_rows(
    brief: m.ExtractedBrief, *, external_id: str | None = None
) -> dict[Any, list[dict[str, Any]]]:
    """Every row a brief is stored as, by table: its document and the rows that index it."""
    document = brief_json(brief)
    now = datetime.now(UTC)
    sort_key = brief.published_at or now.isoformat(timespec="seconds")
    search_key = search.search_rowid(sort_key, now, brief.id)  # may move: `_free_search_rowids`
    return {
        Brief: [
            {
                "id": brief.id,
                "headline": brief.headline,
                "published_at": brief.published_at,
                "sort_key": sort_key,
                "source": brief.source,
                "url": brief.url,
                "language": brief.language,
                "summary": brief.summary,
                "text": brief.text,
                "external_id": external_id,
                "entity_count": len(brief.entities),
                "claim_count": len(brief.claims),
                "event_count": len(brief.timeline),
                "created_at": now,
                "etag": hashlib.sha256(document).hexdigest()[:32],
                "document": document,
                "search_rowid": search_key,
            }
        ],
        **_entity_rows(brief, sort_key, search_key),
        **_claim_rows(brief, sort_key),
        **_timeline_rows(brief, sort_key),
        MentionedDate: _mentioned_date_rows(brief),
    }


def _entity_rows(
    brief: m.ExtractedBrief, sort_key: str, search_key: int
) -> dict[Any, list[dict[str, Any]]]:
    entities = []
    for e in brief.entities:
        folded = _fold(e.name)
        entities.append(
            {
                "id": e.id,
                "name": e.name,
                "type": e.type,
                "folded_name": folded,
                "last_token": _last_token(folded),
                "brief_count": 0,
                "attributes": e.attributes,
            }
        )
    parts = [
        {
            "brief_id": brief.id,
            "entity_id": e.id,
            "sort_key": sort_key,
            "search_rowid": search_key,
            "name": e.name,
            "salience": e.salience,
            "mention_count": len(e.mentions),
            "roles": orjson.loads(orjson.dumps(e.roles)),
        }
        for e in brief.entities
    ]
    aliases: dict[tuple[str, str], str] = {}
    for e in brief.entities:
        for name in [e.name, *e.aliases]:
            folded = _fold(name)[:200]
            if folded:
                aliases.setdefault((e.id, folded), name[:200])
    return {
        Entity: entities,
        BriefEntity: parts,
        EntityAlias: [
            {"entity_id": eid, "folded": folded, "brief_id": brief.id, "alias": alias}
            for (eid, folded), alias in aliases.items()
        ],
        EntityName: [
            {"entity_id": eid, "folded": folded, "alias": alias}
            for (eid, folded), alias in aliases.items()
        ],
        EntityWord: [
            {"entity_id": eid, "folded": folded, "word": word}
            for eid, folded in aliases
            for word in later_words(folded)
        ],
    }


def _claim_rows(brief: m.ExtractedBrief, sort_key: str) -> dict[Any, list[dict[str, Any]]]:
    claim_rows = []
    about_rows = []
    for c in brief.claims:
        cid = f"{brief.id}-{c.id}"
        claim_rows.append(
            {
                "id": cid,
                "brief_id": brief.id,
                "source_text": c.source.text if c.source else None,
                "source_kind": c.source.kind if c.source else None,
                "source_entity_id": c.source.entity_id if c.source else None,
                "cue": c.cue.text if c.cue else None,
                "content": c.content.text,
                "quote": c.quote,
                "hedged": c.hedged,
                "data": orjson.loads(orjson.dumps(c)),
                "sort_key": sort_key,
            }
        )
        for eid in _entities_within(brief, c.content.start, c.content.end):
            about_rows.append({"claim_id": cid, "entity_id": eid})
    return {Claim: claim_rows, ClaimEntity: about_rows}


def _entities_within(brief: m.ExtractedBrief, start: int, end: int) -> list[str]:
    return [
        e.id for e in brief.entities if any(start <= x.start and x.end <= end for x in e.mentions)
    ]


def _timeline_rows(brief: m.ExtractedBrief, sort_key: str) -> dict[Any, list[dict[str, Any]]]:
    event_rows: list[dict[str, Any]] = []
    entity_rows: list[dict[str, Any]] = []
    for ev in brief.timeline:
        eid = f"{brief.id}-{ev.id}"
        event_rows.append(
            {
                "id": eid,
                "brief_id": brief.id,
                "position": ev.order,
                "date": ev.date,
                "sort_key": sort_key,
                "data": orjson.loads(orjson.dumps(ev)),
            }
        )
        entity_rows.extend({"event_id": eid, "entity_id": x} for x in dict.fromkeys(ev.entities))
    return {TimelineEvent: event_rows, EventEntity: entity_rows}


def _mentioned_date_rows(brief: m.ExtractedBrief) -> list[dict[str, Any]]:
    rows = []
    for t in brief.time_expressions:
        if t.type not in ("DATE", "TIME"):
            continue
        period = value_period(t.value)
        if period is None:
            continue
        rows.append(
            {
                "brief_id": brief.id,
                "timex_id": t.id[:16],
                "value": t.value[:40],
                "date_from": period[0].isoformat(),
                "date_to": period[1].isoformat(),
            }
        )
    return rows


# ---------------------------------------------------------------------------- entity linking


_KNOWN_IDS = select(_ENTITY.c.id).where(_ENTITY.c.id.in_(_any_of("ids")))


class _Candidate(NamedTuple):
    id: str
    name: str
    type: str
    last_token: str
    brief_count: int


_CANDIDATE_COLUMNS = (  # a _Candidate
    _ENTITY.c.id,
    _ENTITY.c.name,
    _ENTITY.c.type,
    _ENTITY.c.last_token,
    _ENTITY.c.brief_count,
)
# Candidates by name and by last name word: two lookups, each on its own index. As one query
# (type IN .. AND (id IN .. OR last_token IN ..)), SQLite read every entity of the types.
_BY_NAME = (
    select(_ENTITY_NAME.c.folded, *_CANDIDATE_COLUMNS)
    .join(_ENTITY, _ENTITY.c.id == _ENTITY_NAME.c.entity_id)
    .where(_ENTITY_NAME.c.folded.in_(_any_of("names")))
)
_BY_LAST_TOKEN = select(*_CANDIDATE_COLUMNS).where(
    _ENTITY.c.type.in_(_any_of("types")), _ENTITY.c.last_token.in_(_any_of("tokens"))
)
_NAMES_OF = select(_ENTITY_NAME.c.entity_id, _ENTITY_NAME.c.alias).where(
    _ENTITY_NAME.c.entity_id.in_(_any_of("ids"))
)


def _co_entities_statement() -> Select[Any]:
    """The `limit` entities met most often in the `briefs` newest briefs of entity `cand`.

    One candidate a statement: its newest briefs are the first entries of its
    (entity_id, sort_key, brief_id) index range, however many briefs it is in. Ranking every
    brief of all the candidates at once (a window over each one's briefs) read them all: tens
    of milliseconds a brief once the store held a few thousand briefs.
    """
    mine = _BRIEF_ENTITY.alias("mine")
    other = _BRIEF_ENTITY.alias("other")
    newest = (
        select(mine.c.brief_id)
        .where(mine.c.entity_id == bindparam("cand"))
        .order_by(mine.c.sort_key.desc(), mine.c.brief_id.desc())
        .limit(bindparam("briefs"))
    )
    return (
        select(other.c.entity_id)
        .where(other.c.brief_id.in_(newest), other.c.entity_id != bindparam("cand"))
        .group_by(other.c.entity_id)
        .order_by(func.count().desc(), other.c.entity_id)
        .limit(bindparam("limit"))
    )


_CO_ENTITIES = _co_entities_statement()


def resolve_entities(session: Session, brief: m.ExtractedBrief) -> None:
    """Give each of the brief's entities its store-wide id, rewriting every reference to it.

    An entity whose id is already in the store keeps it. Otherwise the linking rule
    (`app.extract.linking.link_entity`) decides whether it is an entity the store knows under a
    fuller or other name ("Maduro" -> "Nicolás Maduro"), given the names and the company each
    candidate keeps.
    """
    local_ids = [e.id for e in brief.entities]
    if not local_ids:
        return
    conn = session.connection()
    known = {row[0] for row in _run(conn, _KNOWN_IDS, {"ids": local_ids})}
    unknown = [e for e in brief.entities if e.id not in known]
    found = _link_candidates(conn, unknown)
    wanted = sorted({row[0] for rows in found.values() for row in rows})
    if not wanted:
        return
    # Aliases and company of every candidate of the brief in two queries, not two per candidate.
    aliases = _aliases_of(conn, wanted)
    company = _co_entity_ids(conn, wanted, limit=50)
    from app.extract.linking import KnownEntity, link_entity

    co_ids = set(local_ids)
    mapping: dict[str, str] = {}
    for entity in unknown:
        candidates = [
            KnownEntity(
                id=eid,
                name=name,
                type=type_,  # type: ignore[arg-type]  # a stored EntityType value
                aliases=tuple(aliases.get(eid, ())),
                co_entity_ids=frozenset(company.get(eid, ())),
            )
            for eid, name, type_ in found.get(entity.id, [])
        ]
        if not candidates:
            continue
        target = link_entity(entity, co_ids, candidates)
        if target is not None and target != entity.id:
            mapping[entity.id] = target
    if mapping:
        remap_entity_ids(brief, mapping)


def _link_candidates(
    conn: Connection, entities: list[m.Entity]
) -> dict[str, list[tuple[str, str, str]]]:
    """Per entity, (id, name, type) of the known entities of its type that share a name, an
    alias or the last name word: the `MAX_LINK_CANDIDATES` in most briefs.

    Two queries for the whole brief (not one per entity); the ranking is done here. A known
    entity found by name but of a type no entity here has is no one's candidate (type below).
    """
    names = {e.id: {_fold(n) for n in [e.name, *e.aliases]} - {""} for e in entities}
    tokens = {eid: {_last_token(n) for n in folded} for eid, folded in names.items()}
    all_names = sorted(set().union(*names.values())) if names else []
    if not all_names:
        return {}
    by_alias: dict[str, set[str]] = {}
    found: dict[str, _Candidate] = {}
    for folded, *candidate in _run(conn, _BY_NAME, {"names": all_names}):
        row = _Candidate(*candidate)
        by_alias.setdefault(folded, set()).add(row.id)
        found[row.id] = row
    wanted = {
        "types": sorted({e.type for e in entities}),
        "tokens": sorted(set().union(*tokens.values())),
    }
    for candidate in _run(conn, _BY_LAST_TOKEN, wanted):
        row = _Candidate(*candidate)
        found[row.id] = row
    rows = sorted(found.values(), key=lambda r: (-r.brief_count, r.id))
    out: dict[str, list[tuple[str, str, str]]] = {}
    for e in entities:
        ids = set().union(*(by_alias.get(n, ()) for n in names[e.id]))
        out[e.id] = [
            r[:3]  # id, name, type
            for r in rows
            if r.type == e.type and (r.id in ids or r.last_token in tokens[e.id])
        ][:MAX_LINK_CANDIDATES]
    return out


def _aliases_of(conn: Connection, entity_ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, dict[str, None]] = {}
    for eid, alias in _run(conn, _NAMES_OF, {"ids": entity_ids}):
        out.setdefault(eid, {})[alias] = None
    return {eid: list(names) for eid, names in out.items()}


def _co_entity_ids(
    conn: Connection, entity_ids: list[str], limit: int, briefs: int = 200
) -> dict[str, list[str]]:
    """For each entity, the `limit` entities met most often in its `briefs` newest briefs."""
    return {
        cand: [
            row[0]
            for row in _run(conn, _CO_ENTITIES, {"cand": cand, "briefs": briefs, "limit": limit})
        ]
        for cand in entity_ids
    }


def remap_entity_ids(brief: m.ExtractedBrief, mapping: dict[str, str]) -> None:
    """Rename entity ids everywhere in the brief; entities that meet under one id are merged."""

    def re_id(x: str | None) -> str | None:
        return mapping.get(x, x) if x is not None else None

    merged: dict[str, m.Entity] = {}
    for e in brief.entities:
        e.id = mapping.get(e.id, e.id)
        for r in e.roles:
            r.affiliation = re_id(r.affiliation)
            r.of = re_id(r.of)
        if e.id in merged:
            into = merged[e.id]
            into.mentions = sorted(into.mentions + e.mentions, key=lambda x: x.start)
            into.aliases = list(dict.fromkeys([*into.aliases, e.name, *e.aliases]))
            into.roles.extend(e.roles)
            into.salience = max(into.salience, e.salience)
        else:
            merged[e.id] = e
    brief.entities = list(merged.values())
    for ev in brief.timeline:
        ev.entities = list(dict.fromkeys(mapping.get(x, x) for x in ev.entities))
    for c in brief.claims:
        if c.source is not None:
            c.source.entity_id = re_id(c.source.entity_id)


# ------------------------------------------------------------------------------------- reads


_brief_table: Any = Brief.__table__  # type: ignore[attr-defined]
_BRIEF_DOCUMENT = select(_brief_table.c.document, _brief_table.c.etag).where(
    _brief_table.c.id == bindparam("brief_id")
)


def read_brief_document(database_url: str, brief_id: str) -> tuple[bytes, str] | None:
    """`get_brief_document` on the fastest path the backend has (the API's hottest read)."""
    if is_sqlite(database_url):
        row = (
            sqlite_reader(database_url)
            .execute("SELECT document, etag FROM brief WHERE id = ?", (brief_id,))
            .fetchone()
        )
        return (bytes(row[0]), row[1]) if row else None
    with get_engine(database_url).connect() as conn:
        return get_brief_document(conn, brief_id)


_BRIEF_STORED = select(_brief_table.c.id).where(_brief_table.c.id == bindparam("brief_id"))


def is_brief_stored(database_url: str, brief_id: str) -> bool:
    """Whether the store has the brief, on the backend's fastest path.

    The loader asks it of every article it reads, before extracting it: through a session,
    the BEGIN, the lookup and the COMMIT cost 0.3 ms of CPU each time.
    """
    if is_sqlite(database_url):
        cursor = sqlite_reader(database_url).execute(
            "SELECT 1 FROM brief WHERE id = ?", (brief_id,)
        )
        return cursor.fetchone() is not None
    with get_engine(database_url).connect() as conn:
        return conn.execute(_BRIEF_STORED, {"brief_id": brief_id}).first() is not None


def get_brief_document(db: Session | Connection, brief_id: str) -> tuple[bytes, str] | None:
    """The brief's stored JSON and its ETag. Given a Connection (the API's hot path), a plain
    Core query: a fifth of the CPU of the same query through an ORM session."""
    row = db.execute(_BRIEF_DOCUMENT, {"brief_id": brief_id}).first()
    return (bytes(row[0]), row[1]) if row else None


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


def _limit() -> BindParameter[Any]:
    """`:limit`, a page's row count (bound to limit+1: one more tells that a next page exists)."""
    return bindparam("limit", type_=Integer)


def _text(name: str) -> BindParameter[Any]:
    """A string parameter where no column gives it a type (a row value, a function argument)."""
    return bindparam(name, type_=String)


BRIEF_SUMMARY_COLUMNS = tuple(
    _BRIEF.c[name]
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
_BRIEF_SUMMARIES = select(*BRIEF_SUMMARY_COLUMNS).where(_BRIEF.c.id.in_(_any_of("ids")))


def list_briefs(
    session: Session, flt: BriefFilter, limit: int, cursor: str | None
) -> tuple[list[dict[str, Any]], str | None]:
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
    found = {r.id: r for r in conn.execute(_BRIEF_SUMMARIES, {"ids": ids})}
    return [_summary(found[i]) for i in ids if i in found], next_cursor


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
    keys = conn.execute(statement, params).all()
    next_cursor = None
    if len(keys) > limit:
        next_cursor = encode_cursor(keys[limit - 1][0], keys[limit - 1][1])
    return keys, next_cursor


@functools.cache
def _list_keys_statement(by_entity: bool, dates: _Dates, after: bool) -> Select[Any]:
    """`_list_keys`' query for one shape of filter."""
    sort_col, id_col = _BRIEF.c.sort_key, _BRIEF.c.id
    query: Select[Any] = select(sort_col, id_col)
    if by_entity:
        # Page on the join table's own (entity_id, sort_key, brief_id) index.
        sort_col, id_col = _BRIEF_ENTITY.c.sort_key, _BRIEF_ENTITY.c.brief_id
        query = (
            select(sort_col, id_col)
            .join(_BRIEF, id_col == _BRIEF.c.id)
            .where(_BRIEF_ENTITY.c.entity_id == bindparam("entity"))
        )
    query = _date_filters(query, dates)
    if after:
        query = query.where(tuple_(sort_col, id_col) < tuple_(_text("key"), _text("last_id")))
    return query.order_by(sort_col.desc(), id_col.desc()).limit(_limit())


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
        more = conn.execute(statement, {**params, "below": below, "limit": limit + 1 - len(keys)})
        keys.extend(more)
    next_cursor = encode_cursor(keys[limit - 1][0]) if len(keys) > limit else None
    return keys, next_cursor


@functools.cache
def _search_statement(dialect: str, by_entity: bool, dates: _Dates, below: bool) -> Select[Any]:
    """`_search_keys`' query from the full-text side, for one shape of filter."""
    query, key = search.matching_briefs(dialect)
    if by_entity:
        query = query.where(
            select(_BRIEF_ENTITY.c.brief_id)
            .where(
                _BRIEF_ENTITY.c.brief_id == _BRIEF.c.id,
                _BRIEF_ENTITY.c.entity_id == bindparam("entity"),
            )
            .exists()
        )
    query = _date_filters(query, dates)
    if below:
        query = query.where(key < bindparam("below"))
    return query.order_by(key.desc()).limit(_limit())


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
    lowest: int | None = conn.execute(_entity_walk_end(after is not None), params).scalar()
    statement = _entity_matches(dates, after is not None, lowest is not None)
    keys = list(conn.execute(statement, {**params, "lowest": lowest}))
    return keys, lowest, lowest is None or len(keys) > limit


def _entity_briefs(after: bool) -> list[Any]:
    """The conditions on brief_entity for the entity's briefs (below the key `:after`)."""
    mine = [_BRIEF_ENTITY.c.entity_id == bindparam("entity")]
    if after:
        mine.append(_BRIEF_ENTITY.c.search_rowid < bindparam("after"))
    return mine


@functools.cache
def _entity_walk_end(after: bool) -> Select[Any]:
    """The key of the entity's `:walk`+1-th newest brief (below `:after`).

    A bound on the index range, not a LIMIT in a subquery, so that the range is read in order
    and the walk stops at the page's end.
    """
    key_col = _BRIEF_ENTITY.c.search_rowid
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
    key_col = _BRIEF_ENTITY.c.search_rowid
    mine = _entity_briefs(after)
    if bounded:
        mine.append(key_col >= bindparam("lowest"))
    query = select(key_col, _BRIEF_ENTITY.c.brief_id).where(*mine, search.brief_contains(key_col))
    if any(dates):
        query = _date_filters(query.join(_BRIEF, _BRIEF.c.id == _BRIEF_ENTITY.c.brief_id), dates)
    return query.order_by(key_col.desc()).limit(_limit())


def _date_filters(query: Select[Any], dates: _Dates) -> Select[Any]:
    """The date bounds set in `dates` (see `_filter_params`), on a query that has `brief`."""
    published_from, published_to, mentioned_from, mentioned_to = dates
    if published_from:
        query = query.where(_BRIEF.c.published_at >= bindparam("published_from"))
    if published_to:
        query = query.where(_BRIEF.c.published_at <= bindparam("published_to"))
    if mentioned_from or mentioned_to:
        md = select(_MENTIONED_DATE.c.brief_id)
        if mentioned_from:
            md = md.where(_MENTIONED_DATE.c.date_to >= bindparam("mentioned_from"))
        if mentioned_to:
            md = md.where(_MENTIONED_DATE.c.date_from <= bindparam("mentioned_to"))
        query = query.where(_BRIEF.c.id.in_(md))
    return query


def _summary(r: Any) -> dict[str, Any]:
    return {
        "id": r.id,
        "headline": r.headline,
        "published_at": r.published_at,
        "source": r.source,
        "url": r.url,
        "summary": r.summary,
        "counts": {"entities": r.entity_count, "claims": r.claim_count, "events": r.event_count},
    }


def count_briefs(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Brief)) or 0)


# Which entities an autocomplete page is drawn from (see `list_entities`): those with a name
# starting with the prefix and more briefs than `:floor`, walked on the count index; those with
# such a name, from the name index (with at most `:floor` briefs: the rest after a walk).
_Named = Literal["walk above floor", "index", "index below floor"]


def list_entities(
    session: Session, *, type_: str | None, q: str | None, limit: int, cursor: str | None
) -> tuple[list[dict[str, Any]], str | None]:
    """Canonical entities by number of briefs (most first), one keyset page.

    With `q`, those with a name (their own or any other they go by) that starts with it, then
    those with a later word of a name that does ("mad" finds "Nicolás Maduro" by "Maduro",
    "blair" finds "Tony Blair"), each part by number of briefs. Whole names come from
    `entity_name`, later words from `entity_word`, both through their indexes.
    """
    conn = session.connection()
    dialect = conn.dialect.name
    params: dict[str, Any] = {"type": type_, "limit": limit + 1}
    words = False  # the page continues among the later-word matches
    if cursor and q:
        try:
            params["count"], params["last_id"], _ = decode_cursor(cursor, (int, str, int))
            words = True
        except CursorError:
            params["count"], params["last_id"] = decode_cursor(cursor, (int, str))
    elif cursor:
        params["count"], params["last_id"] = decode_cursor(cursor, (int, str))

    if not q:
        rows = list(conn.execute(_entities_page(dialect, bool(type_), bool(cursor), None), params))
        whole = len(rows)
    else:
        prefix = m.fold(q)
        params |= {
            "prefix": prefix,
            "prefix_end": prefix + "\U0010ffff",
            "pattern": _like_prefix(prefix),
            "sorted": AUTOCOMPLETE_SORTED,
            "walk": AUTOCOMPLETE_WALK,
        }
        rows = [] if words else _autocomplete(conn, params, bool(type_), bool(cursor), False)
        whole = len(rows)  # rows[:whole] start with the prefix; the rest only a later word
        if len(rows) <= limit:
            rows += _autocomplete(conn, params, bool(type_), words, True)[: limit + 1 - len(rows)]
    items = [
        {
            "id": r.id,
            "name": r.name,
            "type": r.type,
            "brief_count": r.brief_count,
            "attributes": r.attributes,
        }
        for r in rows[:limit]
    ]
    nxt = None
    if len(rows) > limit:
        last = rows[limit - 1]
        if not q or whole > limit:  # more whole-name matches
            nxt = encode_cursor(last.brief_count, last.id)
        elif limit == whole:  # the page ends on the last whole-name match: words from the start
            nxt = encode_cursor(_ABOVE_ANY_COUNT, "", 1)
        else:
            nxt = encode_cursor(last.brief_count, last.id, 1)
    return items, nxt


_ABOVE_ANY_COUNT = 2**31 - 1  # a words cursor before the first entity


def _autocomplete(
    conn: Connection, params: dict[str, Any], typed: bool, after: bool, words: bool
) -> list[Any]:
    """The first limit+1 entities (of the type, after the cursor) with a name (`words`: only a
    later word of a name, and no name) starting with `:prefix`, most briefs first."""
    dialect = conn.dialect.name

    def page(named: _Named) -> list[Any]:
        return list(conn.execute(_entities_page(dialect, typed, after, named, words), params))

    # How many names match (counting to AUTOCOMPLETE_SORTED at most), and the number of
    # briefs below which the AUTOCOMPLETE_WALK entities in most briefs lie.
    names, floor = conn.execute(_autocomplete_extent(dialect, words), params).one()
    params["floor"] = floor
    rows: list[Any] = []
    below: _Named = "index"
    if names >= AUTOCOMPLETE_SORTED and floor is not None:
        # Many names match ("t"): walk the entities above the floor, most briefs first on
        # the index, checking each one's names, until the page is full; usually it is.
        rows = page("walk above floor")
        below = "index below floor"
    if len(rows) <= params["limit"] - 1:
        # Few names (or the rest, below the floor): every match from the name index, sorted.
        rows = [*rows, *page(below)][: params["limit"]]
    return rows


@functools.cache
def _entities_page(
    dialect: str, typed: bool, after: bool, named: _Named | None, words: bool = False
) -> Select[Any]:
    """`list_entities`' page query for one shape: rows of the first `:limit` entities only.

    `named` selects by `entity_name` (the start of a whole name), or with `words` by
    `entity_word` (the start of a later word) for entities no whole name of which matches.
    """
    count_col, id_col = _ENTITY.c.brief_count, _ENTITY.c.id
    names = _ENTITY_WORD if words else _ENTITY_NAME
    match_col = names.c.word if words else names.c.folded
    ids = select(id_col)
    if typed:
        ids = ids.where(_ENTITY.c.type == bindparam("type"))
    if after:
        count = bindparam("count", type_=Integer)
        ids = ids.where(or_(count_col < count, and_(count_col == count, id_col > _text("last_id"))))
    if named == "walk above floor":
        has_name = (
            select(names.c.entity_id)
            .where(names.c.entity_id == id_col, _name_prefix(dialect, match_col))
            .exists()
        )
        ids = ids.where(count_col > bindparam("floor"), has_name)
    elif named is not None:
        if named == "index below floor":
            ids = ids.where(count_col <= bindparam("floor"))
        ids = ids.where(
            id_col.in_(select(names.c.entity_id).where(_name_prefix(dialect, match_col)))
        )
    if words and named is not None:
        whole_name = (
            select(_ENTITY_NAME.c.entity_id)
            .where(_ENTITY_NAME.c.entity_id == id_col, _name_prefix(dialect))
            .exists()
        )
        ids = ids.where(~whole_name)
    order = (count_col.desc(), id_col)
    first = ids.order_by(*order).limit(_limit()).correlate(None)
    return (
        select(id_col, _ENTITY.c.name, _ENTITY.c.type, count_col, _ENTITY.c.attributes)
        .where(id_col.in_(first))
        .order_by(*order)
    )


@functools.cache
def _autocomplete_extent(dialect: str, words: bool = False) -> Select[Any]:
    """The number of names (`words`: later words) starting with the prefix (to `:sorted` at
    most), and the brief count of the `:walk`+1-th entity in most briefs (None if there are
    not that many)."""
    count_col = _ENTITY.c.brief_count
    names = _ENTITY_WORD if words else _ENTITY_NAME
    match_col = names.c.word if words else names.c.folded
    first_names = (
        select(names.c.entity_id)
        .where(_name_prefix(dialect, match_col))
        .limit(bindparam("sorted", type_=Integer))
    )
    return select(
        select(func.count()).select_from(first_names.subquery()).scalar_subquery(),
        select(count_col)
        .order_by(count_col.desc())
        .offset(bindparam("walk", type_=Integer))
        .limit(1)
        .scalar_subquery(),
    )


def _name_prefix(dialect: str, column: Any = None) -> Any:
    """`column` (entity_name.folded by default) starts with `:prefix` (LIKE `:pattern`), as a
    condition its index can serve."""
    column = _ENTITY_NAME.c.folded if column is None else column
    condition: Any = column.like(bindparam("pattern"), escape="\\")
    if dialect == "sqlite":
        # SQLite's LIKE is case-insensitive, so it cannot use an index; the same prefix as a
        # range of the (binary-collated) folded column can. The LIKE stays, for exactness.
        condition = and_(column >= bindparam("prefix"), column < bindparam("prefix_end"), condition)
    return condition


def _like_prefix(prefix: str) -> str:
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


_ENTITY_ROW = select(
    _ENTITY.c.id, _ENTITY.c.name, _ENTITY.c.type, _ENTITY.c.attributes, _ENTITY.c.brief_count
).where(_ENTITY.c.id == bindparam("entity"))
_ENTITY_NAME_OF = select(_ENTITY.c.name).where(_ENTITY.c.id == bindparam("entity"))
_NAMES_LISTED = (
    select(_ENTITY_NAME.c.folded, _ENTITY_NAME.c.alias)
    .where(_ENTITY_NAME.c.entity_id == bindparam("entity"))
    .order_by(_ENTITY_NAME.c.alias)
    .limit(bindparam("max_aliases", type_=Integer))
)
_BRIEFS_OF_NAME = (
    select(_ENTITY_ALIAS.c.brief_id)
    .where(
        _ENTITY_ALIAS.c.entity_id == bindparam("entity"),
        _ENTITY_ALIAS.c.folded == bindparam("folded"),
    )
    .order_by(_ENTITY_ALIAS.c.brief_id)
    .limit(bindparam("alias_briefs", type_=Integer))
)
_NEWEST_OF_ENTITY = (_BRIEF_ENTITY.c.sort_key.desc(), _BRIEF_ENTITY.c.brief_id.desc())
_ENTITY_BRIEFS = (
    select(
        *BRIEF_SUMMARY_COLUMNS,
        _BRIEF_ENTITY.c.salience,
        _BRIEF_ENTITY.c.roles,
        _BRIEF_ENTITY.c.name.label("local_name"),
    )
    .join(_BRIEF_ENTITY, _BRIEF_ENTITY.c.brief_id == _BRIEF.c.id)
    .where(_BRIEF_ENTITY.c.entity_id == bindparam("entity"))
    .order_by(*_NEWEST_OF_ENTITY)
    .limit(_limit())
)


def _related_statement() -> Select[Any]:
    """The ten entities met most often in the entity's `:related` newest briefs.

    Counted on the (brief, entity) key alone, and only the ten kept are looked up.
    """
    newest = (
        select(_BRIEF_ENTITY.c.brief_id)
        .where(_BRIEF_ENTITY.c.entity_id == bindparam("entity"))
        .order_by(*_NEWEST_OF_ENTITY)
        .limit(bindparam("related", type_=Integer))
    )
    shared = func.count().label("n")
    counted = (
        select(_BRIEF_ENTITY.c.entity_id, shared)
        .where(
            _BRIEF_ENTITY.c.brief_id.in_(newest),
            _BRIEF_ENTITY.c.entity_id != bindparam("entity"),
        )
        .group_by(_BRIEF_ENTITY.c.entity_id)
        .order_by(shared.desc(), _BRIEF_ENTITY.c.entity_id)
        .limit(10)
        .subquery()
    )
    return (
        select(counted.c.entity_id, _ENTITY.c.name, _ENTITY.c.type, counted.c.n)
        .join(_ENTITY, _ENTITY.c.id == counted.c.entity_id)
        .order_by(counted.c.n.desc(), counted.c.entity_id)
    )


_RELATED = _related_statement()


def get_entity_name(session: Session, entity_id: str) -> str | None:
    name: str | None = session.connection().execute(_ENTITY_NAME_OF, {"entity": entity_id}).scalar()
    return name


def get_entity(
    session: Session, entity_id: str, *, briefs_limit: int = 50
) -> dict[str, Any] | None:
    conn = session.connection()
    ent = conn.execute(_ENTITY_ROW, {"entity": entity_id}).first()
    if ent is None:
        return None
    # Each name with at most ALIAS_BRIEFS of the briefs that use it, read from the primary key
    # (entity, name, brief): a famous entity's name is in tens of thousands of briefs, and the
    # page must not grow with the archive.
    names = conn.execute(_NAMES_LISTED, {"entity": entity_id, "max_aliases": MAX_ALIASES}).all()
    aliases: dict[str, list[str]] = {}
    for folded, alias in names:
        aliases.setdefault(alias, []).extend(
            conn.execute(
                _BRIEFS_OF_NAME,
                {"entity": entity_id, "folded": folded, "alias_briefs": ALIAS_BRIEFS},
            ).scalars()
        )
    brief_rows = conn.execute(_ENTITY_BRIEFS, {"entity": entity_id, "limit": briefs_limit}).all()
    roles: list[dict[str, Any]] = []
    seen_roles: set[tuple[Any, ...]] = set()
    briefs = []
    for r in brief_rows:
        briefs.append({**_summary(r), "salience": r.salience, "name": r.local_name})
        for role in r.roles:
            key = (role.get("title"), role.get("affiliation"), role.get("of"))
            if key not in seen_roles:
                seen_roles.add(key)
                roles.append({**role, "brief_id": r.id})
    claims, _ = list_claims(
        session, source=entity_id, about=None, kind=None, q=None, limit=50, cursor=None
    )
    # The company the entity keeps in its newest RELATED_BRIEFS briefs, not all of them, so the
    # cost of this page stays flat as the archive grows.
    co = conn.execute(_RELATED, {"entity": entity_id, "related": RELATED_BRIEFS}).all()
    return {
        "id": ent.id,
        "name": ent.name,
        "type": ent.type,
        "attributes": ent.attributes,
        "brief_count": ent.brief_count,
        "aliases": [{"name": a, "briefs": b} for a, b in aliases.items()],
        "roles": roles,
        "briefs": briefs,
        "claims": claims,
        "related": [{"id": r[0], "name": r[1], "type": r[2], "briefs": r[3]} for r in co],
    }


def list_claims(
    session: Session,
    *,
    source: str | None,
    about: str | None,
    kind: str | None,
    q: str | None,
    limit: int,
    cursor: str | None,
    brief_id: str | None = None,
) -> tuple[list[dict[str, Any]], str | None]:
    """Claims across briefs (or of one brief), newest brief first, one keyset page.

    A source's claims are read in order from the (source, sort_key, id) index, however many
    there are; the others are ordered by their brief's sort_key (the same value).
    """
    params: dict[str, Any] = {
        "brief_id": brief_id,
        "source": source,
        "about": about,
        "kind": kind,
        "limit": limit + 1,
    }
    if q:
        pattern = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params["pattern"] = pattern.lower()
    if cursor:
        params["key"], params["last_id"] = decode_cursor(cursor, (str, str))
    statement = _claims_statement(
        bool(brief_id), bool(source), bool(about), bool(kind), bool(q), bool(cursor)
    )
    rows = session.connection().execute(statement, params).all()
    items = [
        {**r.data, "id": r.id, "local_id": r.data.get("id"), "brief_id": r.brief_id}
        for r in rows[:limit]
    ]
    nxt = encode_cursor(rows[limit - 1][3], rows[limit - 1].id) if len(rows) > limit else None
    return items, nxt


@functools.cache
def _claims_statement(
    of_brief: bool, by_source: bool, about: bool, by_kind: bool, text: bool, after: bool
) -> Select[Any]:
    """`list_claims`' query for one shape of filter."""
    claim = _CLAIM.c
    sort_col = claim.sort_key if by_source else _BRIEF.c.sort_key
    query = select(claim.id, claim.brief_id, claim.data, sort_col).join(
        _BRIEF, _BRIEF.c.id == claim.brief_id
    )
    if of_brief:
        query = query.where(claim.brief_id == bindparam("brief_id"))
    if by_source:
        query = query.where(claim.source_entity_id == bindparam("source"))
    if about:
        query = query.where(
            claim.id.in_(
                select(_CLAIM_ENTITY.c.claim_id).where(
                    _CLAIM_ENTITY.c.entity_id == bindparam("about")
                )
            )
        )
    if by_kind:
        query = query.where(claim.source_kind == bindparam("kind"))
    if text:
        query = query.where(
            or_(
                func.lower(claim.content).like(_text("pattern"), escape="\\"),
                func.lower(claim.source_text).like(_text("pattern"), escape="\\"),
            )
        )
    if after:
        # Newest brief first, then claim id ascending: mixed directions, so no row-value compare.
        key = _text("key")
        query = query.where(
            or_(sort_col < key, and_(sort_col == key, claim.id > bindparam("last_id")))
        )
    return query.order_by(sort_col.desc(), claim.id).limit(_limit())


def list_timeline(
    session: Session,
    *,
    entity: str | None,
    date_from: str | None,
    date_to: str | None,
    limit: int,
    cursor: str | None,
    match: str = "overlap",
) -> tuple[list[dict[str, Any]], str | None]:
    """Events across briefs ordered by resolved date (undated last), one keyset page.

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
        "limit": limit + 1,
    }
    undated_only = False
    if cursor:
        key, params["last_id"] = decode_cursor(cursor, (str, str))
        undated_only = key == UNDATED
        params["key"] = key
    connection = session.connection()
    rows: list[Any] = []
    if not undated_only:
        dated = _timeline_statement(
            True, bool(entity), bool(date_from), bool(date_to), bool(cursor), match
        )
        rows = list(connection.execute(dated, params))
    if len(rows) <= limit and not (date_from or date_to):
        params["limit"] = limit + 1 - len(rows)
        undated = _timeline_statement(False, bool(entity), False, False, undated_only)
        rows += connection.execute(undated, params).all()
    items = [
        {**r.data, "id": r.id, "local_id": r.data.get("id"), "brief_id": r.brief_id}
        for r in rows[:limit]
    ]
    nxt = encode_cursor(rows[limit - 1].k, rows[limit - 1].id) if len(rows) > limit else None
    return items, nxt


UNDATED = "~"  # the cursor key of an undated event: after every date


@functools.cache
def _timeline_statement(
    dated: bool, by_entity: bool, since: bool, until: bool, after: bool, match: str = "overlap"
) -> Select[Any]:
    """One part of `list_timeline`'s page, for one shape of filter: dated events in (date, id)
    order on `ix_timeline_event_date`, or undated ones in id order on the same index.

    A date range compares the first and last days of each event's period (`periods`); the
    index range stops at the first label that starts after the range.
    """
    event = _TIMELINE_EVENT.c
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
                select(_EVENT_ENTITY.c.event_id).where(
                    _EVENT_ENTITY.c.entity_id == bindparam("entity")
                )
            )
        )
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
        query = query.where(tuple_(event.date, event.id) > tuple_(_text("key"), _text("last_id")))
    elif after:
        query = query.where(event.id > bindparam("last_id"))
    order = (event.date, event.id) if dated else (event.id,)
    return query.order_by(*order).limit(_limit())


def delete_brief(session: Session, brief_id: str) -> bool:
    """Remove a brief, its rows and search entries, and entities no other brief mentions."""
    if session.get(Brief, brief_id) is None:
        return False
    entity_ids = sorted(
        session.scalars(
            select(col(BriefEntity.entity_id)).where(col(BriefEntity.brief_id) == brief_id)
        )
    )
    names = session.execute(
        select(col(EntityAlias.entity_id), col(EntityAlias.folded)).where(
            col(EntityAlias.brief_id) == brief_id
        )
    ).all()
    event_ids = select(col(TimelineEvent.id)).where(col(TimelineEvent.brief_id) == brief_id)
    claim_ids = select(col(Claim.id)).where(col(Claim.brief_id) == brief_id)
    session.execute(delete(EventEntity).where(col(EventEntity.event_id).in_(event_ids)))
    session.execute(delete(ClaimEntity).where(col(ClaimEntity.claim_id).in_(claim_ids)))
    for table in (TimelineEvent, Claim, MentionedDate, EntityAlias, BriefEntity):
        session.execute(delete(table).where(col(table.brief_id) == brief_id))
    own = {
        eid: m.fold(name)[:200]
        for eid, name in session.execute(
            select(col(Entity.id), col(Entity.name)).where(col(Entity.id).in_(entity_ids))
        )
    }
    for entity_id, folded in names:
        if own.get(entity_id) == folded:
            continue  # an entity's own name stays while it exists (autocomplete finds it)
        still_used = (
            select(col(EntityAlias.brief_id))
            .where(col(EntityAlias.entity_id) == entity_id, col(EntityAlias.folded) == folded)
            .exists()
        )
        for named in (_ENTITY_WORD, _ENTITY_NAME):  # a name no other brief uses is no name
            session.execute(
                delete(named).where(
                    named.c.entity_id == entity_id, named.c.folded == folded, ~still_used
                )
            )
    if entity_ids:
        session.execute(
            update(Entity)
            .where(col(Entity.id).in_(entity_ids))
            .values(brief_count=col(Entity.brief_count) - 1)
        )
        gone = select(col(Entity.id)).where(
            col(Entity.id).in_(entity_ids), col(Entity.brief_count) <= 0
        )
        for named in (_ENTITY_WORD, _ENTITY_NAME):
            session.execute(delete(named).where(named.c.entity_id.in_(gone)))
        session.execute(
            delete(Entity).where(col(Entity.id).in_(entity_ids), col(Entity.brief_count) <= 0)
        )
    session.execute(delete(Brief).where(col(Brief.id) == brief_id))
    return True


def stats(session: Session, top: int = 10) -> dict[str, Any]:
    counts = {
        name: int(session.scalar(select(func.count()).select_from(table)) or 0)
        for name, table in (
            ("briefs", Brief),
            ("entities", Entity),
            ("claims", Claim),
            ("events", TimelineEvent),
        )
    }
    top_entities = session.execute(
        select(col(Entity.id), col(Entity.name), col(Entity.type), col(Entity.brief_count))
        .order_by(col(Entity.brief_count).desc(), col(Entity.id))
        .limit(top)
    ).all()
    return {
        "counts": counts,
        "top_entities": [
            {"id": r[0], "name": r[1], "type": r[2], "briefs": r[3]} for r in top_entities
        ],
    }
