"""Store-wide counts and the entities in most briefs (`newsbrief stats`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    func,
    select,
)
from sqlmodel import Session, col

from app.store.models import (
    Brief,
    Claim,
    Entity,
    TimelineEvent,
)


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
