"""Cross-brief linking: candidates from the store, the decision from extract, then the remap.

Runs inside the write transaction, before the brief's rows are written, so that the stored
JSON and rows carry the store-wide entity ids.
"""

from __future__ import annotations

from sqlmodel import Session

from app.extract import model as m
from app.extract.linking import KnownEntity, link_entity
from app.store import candidates as candidates_store


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
    known = candidates_store.known_ids(conn, local_ids)
    unknown = [e for e in brief.entities if e.id not in known]
    found = candidates_store.candidates_for(conn, unknown)
    co_ids = set(local_ids)
    mapping: dict[str, str] = {}
    for entity in unknown:
        candidates = [
            KnownEntity(
                id=c.id,
                name=c.name,
                type=c.type,  # type: ignore[arg-type]  # a stored EntityType value
                aliases=c.aliases,
                co_entity_ids=c.co_entity_ids,
            )
            for c in found.get(entity.id, [])
        ]
        if not candidates:
            continue
        target = link_entity(entity, co_ids, candidates)
        if target is not None and target != entity.id:
            mapping[entity.id] = target
    if mapping:
        remap_entity_ids(brief, mapping)


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
