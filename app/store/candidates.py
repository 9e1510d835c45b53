"""Linking candidates: the known entities that may be a new brief's entity, read in few queries."""

from __future__ import annotations

from typing import Any, NamedTuple

from sqlalchemy import (
    Select,
    bindparam,
    func,
    select,
)
from sqlalchemy.engine import Connection
from sqlmodel import Session

from app.extract import model as m
from app.store.execute import run
from app.store.tables import (
    BRIEF_ENTITY,
    ENTITY,
    ENTITY_NAME,
    any_of,
    fold,
    last_token,
)

MAX_LINK_CANDIDATES = 20

_KNOWN_IDS = select(ENTITY.c.id).where(ENTITY.c.id.in_(any_of("ids")))


class _Candidate(NamedTuple):
    id: str
    name: str
    type: str
    last_token: str
    brief_count: int


_CANDIDATE_COLUMNS = (  # a _Candidate
    ENTITY.c.id,
    ENTITY.c.name,
    ENTITY.c.type,
    ENTITY.c.last_token,
    ENTITY.c.brief_count,
)
# Candidates by name and by last name word: two lookups, each on its own index. As one query
# (type IN .. AND (id IN .. OR last_token IN ..)), SQLite read every entity of the types.
_BY_NAME = (
    select(ENTITY_NAME.c.folded, *_CANDIDATE_COLUMNS)
    .join(ENTITY, ENTITY.c.id == ENTITY_NAME.c.entity_id)
    .where(ENTITY_NAME.c.folded.in_(any_of("names")))
)
_BY_LAST_TOKEN = select(*_CANDIDATE_COLUMNS).where(
    ENTITY.c.type.in_(any_of("types")), ENTITY.c.last_token.in_(any_of("tokens"))
)
_NAMES_OF = select(ENTITY_NAME.c.entity_id, ENTITY_NAME.c.alias).where(
    ENTITY_NAME.c.entity_id.in_(any_of("ids"))
)


def _co_entities_statement() -> Select[Any]:
    """The `limit` entities met most often in the `briefs` newest briefs of entity `cand`.

    One candidate a statement: its newest briefs are the first entries of its
    (entity_id, sort_key, brief_id) index range, however many briefs it is in. Ranking every
    brief of all the candidates at once (a window over each one's briefs) read them all: tens
    of milliseconds a brief once the store held a few thousand briefs.
    """
    mine = BRIEF_ENTITY.alias("mine")
    other = BRIEF_ENTITY.alias("other")
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
    known = {row[0] for row in run(conn, _KNOWN_IDS, {"ids": local_ids})}
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
    names = {e.id: {fold(n) for n in [e.name, *e.aliases]} - {""} for e in entities}
    tokens = {eid: {last_token(n) for n in folded} for eid, folded in names.items()}
    all_names = sorted(set().union(*names.values())) if names else []
    if not all_names:
        return {}
    by_alias: dict[str, set[str]] = {}
    found: dict[str, _Candidate] = {}
    for folded, *candidate in run(conn, _BY_NAME, {"names": all_names}):
        row = _Candidate(*candidate)
        by_alias.setdefault(folded, set()).add(row.id)
        found[row.id] = row
    wanted = {
        "types": sorted({e.type for e in entities}),
        "tokens": sorted(set().union(*tokens.values())),
    }
    for candidate in run(conn, _BY_LAST_TOKEN, wanted):
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
    for eid, alias in run(conn, _NAMES_OF, {"ids": entity_ids}):
        out.setdefault(eid, {})[alias] = None
    return {eid: list(names) for eid, names in out.items()}


def _co_entity_ids(
    conn: Connection, entity_ids: list[str], limit: int, briefs: int = 200
) -> dict[str, list[str]]:
    """For each entity, the `limit` entities met most often in its `briefs` newest briefs."""
    return {
        cand: [
            row[0]
            for row in run(conn, _CO_ENTITIES, {"cand": cand, "briefs": briefs, "limit": limit})
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
