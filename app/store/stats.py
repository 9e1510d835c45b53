"""Store-wide counts and the entities in most briefs (`newsbrief stats`, the metrics gauge)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import (
    Integer,
    bindparam,
    func,
    select,
)
from sqlmodel import Session

from app.store.execute import run, scalar
from app.store.tables import BRIEF, CLAIM, ENTITY, TIMELINE_EVENT

_COUNTS = {
    name: select(func.count()).select_from(table)
    for name, table in (
        ("briefs", BRIEF),
        ("entities", ENTITY),
        ("claims", CLAIM),
        ("events", TIMELINE_EVENT),
    )
}
_TOP_ENTITIES = (
    select(ENTITY.c.id, ENTITY.c.name, ENTITY.c.type, ENTITY.c.brief_count)
    .order_by(ENTITY.c.brief_count.desc(), ENTITY.c.id)
    .limit(bindparam("top", type_=Integer))
)


class TopEntity(NamedTuple):
    id: str
    name: str
    type: str
    briefs: int


@dataclass(frozen=True, slots=True)
class StoreStats:
    counts: dict[str, int]  # briefs, entities, claims, events
    top_entities: list[TopEntity]  # most briefs first


def stats(session: Session, top: int = 10) -> StoreStats:
    conn = session.connection()
    counts = {name: int(scalar(conn, stmt, {}) or 0) for name, stmt in _COUNTS.items()}
    rows = run(conn, _TOP_ENTITIES, {"top": top}) if top else []
    return StoreStats(counts, [TopEntity._make(r) for r in rows])
