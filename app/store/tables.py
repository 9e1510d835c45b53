"""The Core tables of the store's models, and the bind parameters and name keys statements share.

The store's statements are built once, at import, from these Core tables: building a
statement, its cache key and its ORM compile state anew for each call cost more CPU than the
database work. `IN` lists are expanding bind parameters, so one statement serves any length.
"""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy import (
    BindParameter,
    Float,
    Integer,
    String,
    Table,
    bindparam,
    or_,
)

from app.extract import model as m
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
)

BRIEF: Table = Brief.__table__  # type: ignore[attr-defined]
ENTITY: Table = Entity.__table__  # type: ignore[attr-defined]
ENTITY_NAME: Table = EntityName.__table__  # type: ignore[attr-defined]
ENTITY_WORD: Table = EntityWord.__table__  # type: ignore[attr-defined]
ENTITY_ACRONYM: Table = EntityAcronym.__table__  # type: ignore[attr-defined]
BRIEF_ENTITY: Table = BriefEntity.__table__  # type: ignore[attr-defined]
ENTITY_ALIAS: Table = EntityAlias.__table__  # type: ignore[attr-defined]
CLAIM: Table = Claim.__table__  # type: ignore[attr-defined]
CLAIM_ENTITY: Table = ClaimEntity.__table__  # type: ignore[attr-defined]
TIMELINE_EVENT: Table = TimelineEvent.__table__  # type: ignore[attr-defined]
EVENT_ENTITY: Table = EventEntity.__table__  # type: ignore[attr-defined]
MENTIONED_DATE: Table = MentionedDate.__table__  # type: ignore[attr-defined]


def any_of(name: str) -> BindParameter[Any]:
    return bindparam(name, expanding=True)


def limit_param() -> BindParameter[Any]:
    """`:limit`, a page's row count (bound to limit+1: one more tells that a next page exists)."""
    return bindparam("limit", type_=Integer)


def text_param(name: str) -> BindParameter[Any]:
    """A string parameter where no column gives it a type (a row value, a function argument)."""
    return bindparam(name, type_=String)


# A brief's names are folded for its rows and again for linking, and the same names come back
# brief after brief: folding (Unicode decomposition, character by character) is worth keeping.
fold = functools.lru_cache(maxsize=1 << 16)(m.fold)


def last_token(folded: str) -> str:
    return folded.rsplit(" ", 1)[-1][:80]


def at_least(confidence: Any) -> Any:
    """`confidence` is at least `:min_confidence`, or unknown (NULL: stored before confidences
    existed, which a filter on them must not hide)."""
    return or_(confidence.is_(None), confidence >= bindparam("min_confidence", type_=Float))
