"""Writing briefs: every row a brief is stored as, inserted in one transaction; deleting them.

Functions take an open `Session` and never commit: the caller's scope (`session_scope`) does,
so a brief and all its rows land together or not at all.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson
from sqlalchemy import (
    bindparam,
    delete,
    func,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection
from sqlmodel import Session

from app.extract import model as m
from app.extract.names import acronym_keys
from app.extract.time_periods import value_period
from app.store import search
from app.store.execute import run
from app.store.models import (
    Brief,
    BriefEntity,
    Claim,
    ClaimEntity,
    Entity,
    EntityAcronym,
    EntityAlias,
    EntityName,
    EntityWord,
    EventEntity,
    MentionedDate,
    TimelineEvent,
    later_words,
)
from app.store.tables import (
    BRIEF,
    BRIEF_ENTITY,
    CLAIM,
    CLAIM_ENTITY,
    ENTITY,
    ENTITY_ACRONYM,
    ENTITY_ALIAS,
    ENTITY_NAME,
    ENTITY_WORD,
    EVENT_ENTITY,
    MENTIONED_DATE,
    TIMELINE_EVENT,
    any_of,
    fold,
    last_token,
)

# A brief's rows after its brief and entity rows, in foreign-key order: its own, and those that
# other briefs may have written already (a name, a date), inserted ON CONFLICT DO NOTHING.
_AFTER_ENTITIES: tuple[Any, ...] = (BriefEntity, Claim, ClaimEntity, TimelineEvent, EventEntity)
_SHARED: tuple[Any, ...] = (EntityAlias, EntityName, EntityWord, EntityAcronym, MentionedDate)
_WRITTEN: tuple[Any, ...] = (Brief, Entity, *_AFTER_ENTITIES, *_SHARED)


_TAKEN_SEARCH_KEYS = select(BRIEF.c.search_rowid).where(BRIEF.c.search_rowid.in_(any_of("keys")))
_COUNT_BRIEF_IN = (
    update(ENTITY)
    .where(ENTITY.c.id.in_(any_of("ids")))
    .values(brief_count=ENTITY.c.brief_count + 1)
)
_ADD_BRIEF_COUNTS = (
    update(ENTITY)
    .where(ENTITY.c.id == bindparam("eid"))
    .values(brief_count=ENTITY.c.brief_count + bindparam("n"))
)
_LINKING_LOCK = select(func.pg_advisory_xact_lock(bindparam("key")))


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
            brief=insert(BRIEF).on_conflict_do_nothing(index_elements=["id"]).returning(BRIEF.c.id),
            plain={t.name: insert(t) for t in tables},
            ignoring={t.name: insert(t).on_conflict_do_nothing() for t in tables},
        )
    return found


def _insert_brief(conn: Connection, row: dict[str, Any]) -> str | None:
    """Insert the brief row; its id, or None if a brief with that id is stored already."""
    inserted = run(conn, _inserts(conn).brief, row, table=BRIEF)
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
    run(conn, stmt, rows, table=table)


@dataclass(slots=True)
class SaveResult:
    brief_id: str
    created: bool
    entity_ids: list[str] = field(default_factory=list)


def save_brief(
    session: Session,
    brief: m.ExtractedBrief,
    document: bytes,
    *,
    external_id: str | None = None,
) -> SaveResult:
    """Store an extracted brief, its rendered JSON `document` and its rows; an article already
    stored is left as it is.

    The brief's entity ids are written as they are: linking them to the store's entities is
    the caller's (`app.ingest.linking`), under `lock_for_linking`. Safe against a concurrent
    loader writing the same article or the same entities: inserts are ON CONFLICT DO NOTHING,
    and the brief row goes in first, so the second writer of one article sees the conflict
    and stops.
    """
    conn = session.connection()
    rows = brief_rows(brief, document, external_id=external_id)
    _free_search_rowids(conn, rows)
    if _insert_brief(conn, rows[Brief][0]) is None:
        return SaveResult(brief.id, created=False)
    _insert_rows(conn, Entity, rows[Entity], ignore_conflicts=True)
    if rows[Entity]:
        ids = sorted({r["id"] for r in rows[Entity]})  # one lock order for all writers
        run(conn, _COUNT_BRIEF_IN, {"ids": ids})
    for model in _AFTER_ENTITIES:
        _insert_rows(conn, model, rows[model])
    for model in _SHARED:
        _insert_rows(conn, model, rows[model], ignore_conflicts=True)
    return SaveResult(brief.id, created=True, entity_ids=[e.id for e in brief.entities])


# Any constant key: all PostgreSQL writers that link entities take this one lock in turn.
_LINKING_LOCK_KEY = 0x6E657773  # "news"


def lock_for_linking(session: Session) -> None:
    """On PostgreSQL, link and write one brief at a time across all loaders.

    Linking reads the store's entities and then writes; two loaders doing that at once could
    each miss the entity the other is about to commit ("Berg" next to a new "Anna Berg") and
    split one person in two. A transaction-scoped advisory lock serializes just this part
    (released at commit); extraction, the expensive part, stays parallel. SQLite write
    transactions are serialized already (BEGIN IMMEDIATE).
    """
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        run(conn, _LINKING_LOCK, {"key": _LINKING_LOCK_KEY})


def save_new_briefs(session: Session, briefs: Sequence[tuple[m.ExtractedBrief, bytes]]) -> None:
    """Bulk path: many (brief, rendered JSON) that are new and carry store-wide entity ids.

    The same rows as `save_brief` for each, written with one executemany per table for the
    whole batch. A brief id already stored is an IntegrityError (no skipping).
    """
    batch: dict[Any, list[dict[str, Any]]] = {}
    counts: dict[str, int] = {}
    for brief, document in briefs:
        for model, rows in brief_rows(brief, document).items():
            batch.setdefault(model, []).extend(rows)
        for eid in {e.id for e in brief.entities}:
            counts[eid] = counts.get(eid, 0) + 1
    conn = session.connection()
    _free_search_rowids(conn, batch)
    _insert_rows(conn, Brief, batch.get(Brief, []))
    _insert_rows(conn, Entity, batch.get(Entity, []), ignore_conflicts=True)
    if counts:
        run(conn, _ADD_BRIEF_COUNTS, [{"eid": eid, "n": n} for eid, n in sorted(counts.items())])
    for model in _AFTER_ENTITIES:
        _insert_rows(conn, model, batch.get(model, []))
    for model in _SHARED:
        _insert_rows(conn, model, batch.get(model, []), ignore_conflicts=True)


def _free_search_rowids(conn: Connection, batch: dict[Any, list[dict[str, Any]]]) -> None:
    """Move any brief whose search key is taken (stored, or earlier in the batch) to a free one.

    The brief's entity rows get its final key too.

    Keys collide only for two briefs of one second whose id hashes agree in 20 bits, so this is
    one indexed IN query per batch and, almost always, nothing to move. Writers that may race
    are serialized (SQLite's write lock; the PostgreSQL linking lock, `lock_for_linking`).
    """
    rows = batch.get(Brief, [])
    stored: set[int] = set()
    wanted = [r["search_rowid"] for r in rows]
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        stored.update(row[0] for row in run(conn, _TAKEN_SEARCH_KEYS, {"keys": chunk}))
    taken: set[int] = set()
    for row in rows:
        key = row["search_rowid"]
        while key in taken or key in stored:
            key = search.next_in_second(key)
            if key not in taken and run(conn, _TAKEN_SEARCH_KEYS, {"keys": [key]}):
                stored.add(key)
        taken.add(key)
        row["search_rowid"] = key
    final = {row["id"]: row["search_rowid"] for row in rows}
    for part in batch.get(BriefEntity, []):
        part["search_rowid"] = final[part["brief_id"]]


def brief_rows(
    brief: m.ExtractedBrief, document: bytes, *, external_id: str | None = None
) -> dict[Any, list[dict[str, Any]]]:
    """Every row a brief is stored as, by table: its rendered JSON `document` (served as it is,
    with its ETag) and the rows that index it."""
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
        folded = fold(e.name)
        entities.append(
            {
                "id": e.id,
                "name": e.name,
                "type": e.type,
                "folded_name": folded,
                "last_token": last_token(folded),
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
            folded = fold(name)[:200]
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
        EntityAcronym: [
            {"entity_id": eid, "folded": folded, "acronym": acronym}
            for (eid, folded), name in aliases.items()
            for acronym in _acronyms(name)
        ],
    }


# The same names come back brief after brief (see `tables.fold`).
_acronyms = functools.lru_cache(maxsize=1 << 16)(acronym_keys)


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
                "confidence": _confidence(c),
            }
        )
        for eid in _entities_within(brief, c.content.start, c.content.end):
            about_rows.append({"claim_id": cid, "entity_id": eid})
    return {Claim: claim_rows, ClaimEntity: about_rows}


def _confidence(item: object) -> float | None:
    """The extractor's confidence in a claim or event (0-1), or None where it gives none."""
    value = getattr(item, "confidence", None)
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


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
                "confidence": _confidence(ev),
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


# Deleting a brief: its own rows, then the names and entities no other brief keeps.
_OF_BRIEF: Any = bindparam("brief_id")
_BRIEF_STORED = select(BRIEF.c.id).where(BRIEF.c.id == _OF_BRIEF)
_ENTITIES_OF_BRIEF = (
    select(BRIEF_ENTITY.c.entity_id)
    .where(BRIEF_ENTITY.c.brief_id == _OF_BRIEF)
    .order_by(BRIEF_ENTITY.c.entity_id)
)
_NAMES_OF_BRIEF = select(ENTITY_ALIAS.c.entity_id, ENTITY_ALIAS.c.folded).where(
    ENTITY_ALIAS.c.brief_id == _OF_BRIEF
)
_DELETE_OWN_ROWS = (
    delete(EVENT_ENTITY).where(
        EVENT_ENTITY.c.event_id.in_(
            select(TIMELINE_EVENT.c.id).where(TIMELINE_EVENT.c.brief_id == _OF_BRIEF)
        )
    ),
    delete(CLAIM_ENTITY).where(
        CLAIM_ENTITY.c.claim_id.in_(select(CLAIM.c.id).where(CLAIM.c.brief_id == _OF_BRIEF))
    ),
    *(
        delete(table).where(table.c.brief_id == _OF_BRIEF)
        for table in (TIMELINE_EVENT, CLAIM, MENTIONED_DATE, ENTITY_ALIAS, BRIEF_ENTITY)
    ),
)
_ENTITY_NAMES = select(ENTITY.c.id, ENTITY.c.name).where(ENTITY.c.id.in_(any_of("ids")))
_NAME_STILL_USED = (
    select(ENTITY_ALIAS.c.brief_id)
    .where(
        ENTITY_ALIAS.c.entity_id == bindparam("entity_id"),
        ENTITY_ALIAS.c.folded == bindparam("folded"),
    )
    .exists()
)
# A name's words and acronyms, then the name (`entity_name` last: the others follow it).
_NAMED = (ENTITY_WORD, ENTITY_ACRONYM, ENTITY_NAME)
_DELETE_UNUSED_NAME = tuple(
    delete(named).where(
        named.c.entity_id == bindparam("entity_id"),
        named.c.folded == bindparam("folded"),
        ~_NAME_STILL_USED,
    )
    for named in _NAMED
)
_UNCOUNT = (
    update(ENTITY)
    .where(ENTITY.c.id.in_(any_of("ids")))
    .values(brief_count=ENTITY.c.brief_count - 1)
)
_GONE = select(ENTITY.c.id).where(ENTITY.c.id.in_(any_of("ids")), ENTITY.c.brief_count <= 0)
_DELETE_NAMES_OF_GONE = tuple(delete(named).where(named.c.entity_id.in_(_GONE)) for named in _NAMED)
_DELETE_GONE = delete(ENTITY).where(ENTITY.c.id.in_(any_of("ids")), ENTITY.c.brief_count <= 0)
_DELETE_BRIEF = delete(BRIEF).where(BRIEF.c.id == _OF_BRIEF)


def delete_brief(session: Session, brief_id: str) -> bool:
    """Remove a brief, its rows and search entries, and entities no other brief mentions."""
    conn = session.connection()
    of_brief = {"brief_id": brief_id}
    if not run(conn, _BRIEF_STORED, of_brief):
        return False
    entity_ids = [row[0] for row in run(conn, _ENTITIES_OF_BRIEF, of_brief)]
    names = run(conn, _NAMES_OF_BRIEF, of_brief)
    for statement in _DELETE_OWN_ROWS:
        run(conn, statement, of_brief)
    own = (
        {eid: m.fold(name)[:200] for eid, name in run(conn, _ENTITY_NAMES, {"ids": entity_ids})}
        if entity_ids
        else {}
    )
    for entity_id, folded in names:
        if own.get(entity_id) == folded:
            continue  # an entity's own name stays while it exists (autocomplete finds it)
        for statement in _DELETE_UNUSED_NAME:  # a name no other brief uses is no name
            run(conn, statement, {"entity_id": entity_id, "folded": folded})
    if entity_ids:
        ids = {"ids": entity_ids}
        run(conn, _UNCOUNT, ids)
        for statement in _DELETE_NAMES_OF_GONE:
            run(conn, statement, ids)
        run(conn, _DELETE_GONE, ids)
    run(conn, _DELETE_BRIEF, of_brief)
    return True
