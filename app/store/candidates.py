"""Linking candidates: the known entities that may be a new brief's entity, read in few queries.

The store only reads them; `app.ingest.linking` asks the rule in `app.extract.linking` to decide.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from sqlalchemy import (
    Select,
    bindparam,
    func,
    select,
)
from sqlalchemy.engine import Connection

from app.extract import model as m
from app.extract.names import acronym_key, acronym_keys, is_acronym
from app.store.execute import run
from app.store.tables import (
    BRIEF_ENTITY,
    ENTITY,
    ENTITY_ACRONYM,
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
# Candidates by name, by acronym and by last name word: three lookups, each on its own index.
# As one query (type IN .. AND (id IN .. OR last_token IN ..)), SQLite read every entity of the
# types.
_BY_NAME = (
    select(ENTITY_NAME.c.folded, *_CANDIDATE_COLUMNS)
    .join(ENTITY, ENTITY.c.id == ENTITY_NAME.c.entity_id)
    .where(ENTITY_NAME.c.folded.in_(any_of("names")))
)
# A name that is an acronym ("IAEA") finds the long forms whose acronym it is.
_BY_ACRONYM = (
    select(ENTITY_ACRONYM.c.acronym, *_CANDIDATE_COLUMNS)
    .join(ENTITY, ENTITY.c.id == ENTITY_ACRONYM.c.entity_id)
    .where(ENTITY_ACRONYM.c.acronym.in_(any_of("acronyms")))
    .distinct()
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


class Candidate(NamedTuple):
    """A known entity that may be a new brief's entity: what the linking rule weighs."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    co_entity_ids: frozenset[str]  # the entities met most often in its newest briefs


def known_ids(conn: Connection, ids: list[str]) -> set[str]:
    """Which of `ids` the store has."""
    return {row[0] for row in run(conn, _KNOWN_IDS, {"ids": ids})} if ids else set()


def candidates_for(conn: Connection, entities: list[m.Entity]) -> dict[str, list[Candidate]]:
    """Per entity, the known entities of its type that share a name, an alias or the last name
    word, or that one's name is an acronym of the other's (the `MAX_LINK_CANDIDATES` in most
    briefs), each with its names and company.

    Four queries for the whole brief, not a few per entity, and one per candidate for its
    company (`_co_entities_statement`).
    """
    found = _link_candidates(conn, entities)
    wanted = sorted({row[0] for rows in found.values() for row in rows})
    if not wanted:
        return {}
    aliases = _aliases_of(conn, wanted)
    company = _co_entity_ids(conn, wanted, limit=50)
    return {
        eid: [
            Candidate(
                cid,
                name,
                type_,
                tuple(aliases.get(cid, ())),
                frozenset(company.get(cid, ())),
            )
            for cid, name, type_ in rows
        ]
        for eid, rows in found.items()
        if rows
    }


def _link_candidates(
    conn: Connection, entities: list[m.Entity]
) -> dict[str, list[tuple[str, str, str]]]:
    """Per entity, (id, name, type) of the known entities of its type that share a name, an
    alias or the last name word, or whose name is an acronym of one of its names or the other
    way round: the `MAX_LINK_CANDIDATES` in most briefs.

    Acronyms follow the one rule (`app.extract.names`): a known long form by the acronyms
    stored for it (`entity_acronym`), a known acronym ("IAEA", "U.N.") by its name, spelt as
    one of the new long form's acronym keys, with or without dots; an acronym written with or
    without dots finds the other spelling by name too. Three queries for the whole brief (not
    one per entity);
    the ranking is done here. A known entity found by name but of a type no entity here has is
    no one's candidate (type below).
    """
    names = {e.id: {fold(n) for n in [e.name, *e.aliases]} - {""} for e in entities}
    tokens = {eid: {last_token(n) for n in folded} for eid, folded in names.items()}
    # The acronyms an entity writes ("IAEA" -> "iaea"), and those its long names go by.
    written = {
        e.id: {acronym_key(n) for n in [e.name, *e.aliases] if is_acronym(n)} for e in entities
    }
    long_keys = {e.id: {k for n in [e.name, *e.aliases] for k in acronym_keys(n)} for e in entities}
    # The names to look up: its own, and each acronym key as a name may spell it.
    lookup = {
        e.id: names[e.id] | {s for k in long_keys[e.id] | written[e.id] for s in _spellings(k)}
        for e in entities
    }
    all_names = sorted(set().union(*lookup.values())) if names else []
    if not all_names:
        return {}
    by_alias: dict[str, set[str]] = {}
    found: dict[str, _Candidate] = {}
    for folded, *candidate in run(conn, _BY_NAME, {"names": all_names}):
        row = _Candidate(*candidate)
        by_alias.setdefault(folded, set()).add(row.id)
        found[row.id] = row
    by_acronym: dict[str, set[str]] = {}
    acronyms = sorted(set().union(*written.values()))
    if acronyms:
        for acronym, *candidate in run(conn, _BY_ACRONYM, {"acronyms": acronyms}):
            row = _Candidate(*candidate)
            by_acronym.setdefault(acronym, set()).add(row.id)
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
        ids = set().union(
            *(by_alias.get(n, ()) for n in lookup[e.id]),
            *(by_acronym.get(k, ()) for k in written[e.id]),
        )
        out[e.id] = [
            r[:3]  # id, name, type
            for r in rows
            if r.type == e.type and (r.id in ids or r.last_token in tokens[e.id])
        ][:MAX_LINK_CANDIDATES]
    return out


def _spellings(key: str) -> tuple[str, str]:
    """An acronym key as a folded name spells it: "un" and "u.n."."""
    return key, ".".join(key) + "."


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
