"""Reading claims across briefs (or of one brief): keyset pages by source, subject, kind, text.

A page is `ClaimRow`s: each claim's stored JSON and where it is from; the API makes its JSON
of them (`app.api.views`).
"""

from __future__ import annotations

import functools
from typing import Any, NamedTuple

from sqlalchemy import (
    Select,
    and_,
    bindparam,
    func,
    or_,
    select,
)
from sqlmodel import Session

from app.store.cursor import decode_cursor, encode_cursor
from app.store.execute import run
from app.store.tables import (
    BRIEF,
    CLAIM,
    CLAIM_ENTITY,
    at_least,
    limit_param,
    text_param,
)


class ClaimRow(NamedTuple):
    """A stored claim: its store-wide id, its brief, its JSON as extracted, its sort key."""

    id: str
    brief_id: str
    data: dict[str, Any]
    sort_key: str


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
    min_confidence: float | None = None,
) -> tuple[list[ClaimRow], str | None]:
    """Claims across briefs (or of one brief), newest brief first, one keyset page.

    A source's claims are read in order from the (source, sort_key, id) index, however many
    there are; the others are ordered by their brief's sort_key (the same value). With
    `min_confidence`, claims whose confidence is below it are left out; a claim stored without
    a confidence (extracted before there were any) is kept.
    """
    params: dict[str, Any] = {
        "brief_id": brief_id,
        "source": source,
        "about": about,
        "kind": kind,
        "min_confidence": min_confidence,
        "limit": limit + 1,
    }
    if q:
        pattern = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params["pattern"] = pattern.lower()
    if cursor:
        params["key"], params["last_id"] = decode_cursor(cursor, (str, str))
    statement = _claims_statement(
        bool(brief_id),
        bool(source),
        bool(about),
        bool(kind),
        bool(q),
        bool(cursor),
        min_confidence is not None,
    )
    rows = run(session.connection(), statement, params)
    items = [ClaimRow._make(r) for r in rows[:limit]]
    nxt = encode_cursor(items[-1].sort_key, items[-1].id) if len(rows) > limit else None
    return items, nxt


@functools.cache
def _claims_statement(
    of_brief: bool,
    by_source: bool,
    about: bool,
    by_kind: bool,
    text: bool,
    after: bool,
    confident: bool = False,
) -> Select[Any]:
    """`list_claims`' query for one shape of filter."""
    claim = CLAIM.c
    sort_col = claim.sort_key if by_source else BRIEF.c.sort_key
    query = select(claim.id, claim.brief_id, claim.data, sort_col).join(
        BRIEF, BRIEF.c.id == claim.brief_id
    )
    if of_brief:
        query = query.where(claim.brief_id == bindparam("brief_id"))
    if by_source:
        query = query.where(claim.source_entity_id == bindparam("source"))
    if about:
        query = query.where(
            claim.id.in_(
                select(CLAIM_ENTITY.c.claim_id).where(
                    CLAIM_ENTITY.c.entity_id == bindparam("about")
                )
            )
        )
    if by_kind:
        query = query.where(claim.source_kind == bindparam("kind"))
    if confident:
        query = query.where(at_least(claim.confidence))
    if text:
        query = query.where(
            or_(
                func.lower(claim.content).like(text_param("pattern"), escape="\\"),
                func.lower(claim.source_text).like(text_param("pattern"), escape="\\"),
            )
        )
    if after:
        # Newest brief first, then claim id ascending: mixed directions, so no row-value compare.
        key = text_param("key")
        query = query.where(
            or_(sort_col < key, and_(sort_col == key, claim.id > bindparam("last_id")))
        )
    return query.order_by(sort_col.desc(), claim.id).limit(limit_param())
