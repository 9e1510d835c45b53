"""The store's tables (SQLModel): briefs, canonical entities and the rows that index them.

A brief is stored twice on purpose: once as its rendered JSON (`Brief.document`, served as is
with its ETag, so a read is one primary-key lookup) and once as the rows that the list, filter
and cross-brief endpoints query (entities, claims, timeline events, mentioned dates).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, LargeBinary, MetaData
from sqlmodel import Field, SQLModel

# Named constraints, so that migrations can refer to them on every backend.
SQLModel.metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


class Brief(SQLModel, table=True):
    __tablename__ = "brief"
    __table_args__ = (
        Index("ix_brief_sort", "sort_key", "id"),
        Index("ix_brief_search_rowid", "search_rowid", unique=True),
    )

    id: str = Field(primary_key=True, max_length=32)
    headline: str | None = None
    published_at: str | None = Field(default=None, max_length=40)
    # published_at if known, else the time it was loaded: "newest first" and keyset cursors.
    sort_key: str = Field(max_length=40)
    source: str | None = Field(default=None, max_length=200)
    url: str | None = None
    language: str = Field(default="en", max_length=16)
    summary: str = ""
    text: str
    external_id: str | None = Field(default=None, max_length=200)
    entity_count: int = 0
    claim_count: int = 0
    event_count: int = 0
    created_at: datetime
    etag: str = Field(max_length=64)
    document: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    # The brief's key in the full-text index, increasing with sort_key (`search.search_rowid`):
    # the index yields matches newest first by itself. An explicit column, where the implicit
    # rowid of a table with a TEXT primary key may be renumbered by VACUUM. Nullable only
    # because SQLite adds a column to a filled table that way; every row has one.
    search_rowid: int | None = Field(default=None, sa_type=BigInteger)


class Entity(SQLModel, table=True):
    """A canonical entity across the whole store; its id never changes once given."""

    __tablename__ = "entity"
    __table_args__ = (
        Index("ix_entity_brief_count", "brief_count", "id"),
        # An entity's count (and type) by id from the index alone: autocomplete ranks the
        # entities thousands of names point to without reading their rows.
        Index("ix_entity_id_count", "id", "brief_count", "type"),
        Index("ix_entity_folded_name", "folded_name"),
        Index("ix_entity_type_count", "type", "brief_count", "id"),
        Index("ix_entity_type_last_token", "type", "last_token"),
    )

    id: str = Field(primary_key=True, max_length=120)
    name: str
    type: str = Field(max_length=20)
    folded_name: str
    last_token: str = Field(max_length=80)  # "maduro": where a surname alone finds its entity
    brief_count: int = 0
    attributes: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class EntityAlias(SQLModel, table=True):
    """A name an entity goes by, and the brief it came from (so merges are explainable)."""

    __tablename__ = "entity_alias"
    __table_args__ = (Index("ix_entity_alias_folded", "folded", "entity_id"),)

    entity_id: str = Field(foreign_key="entity.id", primary_key=True, max_length=120)
    folded: str = Field(primary_key=True, max_length=200)
    brief_id: str = Field(
        foreign_key="brief.id", primary_key=True, max_length=32, ondelete="CASCADE"
    )
    alias: str = Field(max_length=200)


class EntityName(SQLModel, table=True):
    """Each name an entity goes by, once (`entity_alias` has it once per brief).

    What autocomplete and the entity page read: a famous entity's alias is in tens of
    thousands of `entity_alias` rows, but it is one row here.
    """

    __tablename__ = "entity_name"
    __table_args__ = (Index("ix_entity_name_folded", "folded", "entity_id"),)

    entity_id: str = Field(foreign_key="entity.id", primary_key=True, max_length=120)
    folded: str = Field(primary_key=True, max_length=200)
    alias: str = Field(max_length=200)  # as the first brief that used it wrote it


_LATER_WORD = re.compile(r"(?<=\W)\w")


def later_words(folded: str) -> list[str]:
    """`folded` from the start of each of its words but the first: "nicolas maduro moros" ->
    ["maduro moros", "moros"]; "jean-claude juncker" -> ["claude juncker", "juncker"]."""
    return list(dict.fromkeys(folded[w.start() :] for w in _LATER_WORD.finditer(folded)))


class EntityWord(SQLModel, table=True):
    """Each later word of an entity's names, with the rest of the name after it: "maduro" of
    "nicolas maduro", "kolokoltsev" of "vladimir kolokoltsev"; for autocomplete by the start
    of any word (the start of a whole name is in `entity_name`)."""

    __tablename__ = "entity_word"
    __table_args__ = (Index("ix_entity_word_word", "word", "entity_id"),)

    entity_id: str = Field(foreign_key="entity.id", primary_key=True, max_length=120)
    folded: str = Field(primary_key=True, max_length=200)  # the name (entity_name.folded)
    word: str = Field(primary_key=True, max_length=200)  # folded[i:] for a word start i > 0


class EntityAcronym(SQLModel, table=True):
    """Each acronym an entity's names can go by, as the one acronym rule spells it
    (`app.extract.names.acronym_keys`): "iaea" of "International Atomic Energy Agency". Where a
    brief that writes only the acronym finds the long form the store knows (linking candidates).
    """

    __tablename__ = "entity_acronym"
    __table_args__ = (Index("ix_entity_acronym_acronym", "acronym", "entity_id"),)

    entity_id: str = Field(foreign_key="entity.id", primary_key=True, max_length=120)
    folded: str = Field(primary_key=True, max_length=200)  # the name (entity_name.folded)
    acronym: str = Field(primary_key=True, max_length=16)  # acronym_keys(the name)


class BriefEntity(SQLModel, table=True):
    """An entity's part in one brief."""

    __tablename__ = "brief_entity"
    __table_args__ = (
        Index("ix_brief_entity_entity", "entity_id", "sort_key", "brief_id"),
        Index("ix_brief_entity_search", "entity_id", "search_rowid", "brief_id"),
    )

    brief_id: str = Field(
        foreign_key="brief.id", primary_key=True, max_length=32, ondelete="CASCADE"
    )
    entity_id: str = Field(foreign_key="entity.id", primary_key=True, max_length=120)
    sort_key: str = Field(max_length=40)  # the brief's, so entity filters page without a join
    name: str  # the name this brief uses for the entity
    salience: float = 0.0
    mention_count: int = 0
    roles: list[dict[str, Any]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )
    # The brief's search key: a search within an entity's briefs walks them newest first in
    # the search order. Nullable only because SQLite adds a column to a filled table that way.
    search_rowid: int | None = Field(default=None, sa_type=BigInteger)


class Claim(SQLModel, table=True):
    __tablename__ = "claim"
    __table_args__ = (
        Index("ix_claim_source_sort", "source_entity_id", "sort_key", "id"),
        Index("ix_claim_brief", "brief_id", "id"),
    )

    id: str = Field(primary_key=True, max_length=48)  # "<brief id>-<claim id>"
    brief_id: str = Field(foreign_key="brief.id", max_length=32, ondelete="CASCADE")
    source_text: str | None = None
    source_kind: str | None = Field(default=None, max_length=20)
    source_entity_id: str | None = Field(default=None, max_length=120)
    cue: str | None = None
    content: str
    quote: str = Field(max_length=10)
    hedged: bool = False
    data: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    # The brief's, so a source's newest claims are read in order from one index. Nullable only
    # because SQLite adds a column to a filled table that way; every row has one.
    sort_key: str | None = Field(default=None, max_length=40)
    # How sure the extractor is that the claim is right (0-1); NULL for claims extracted before
    # confidences existed (migration 0006), which confidence filters keep.
    confidence: float | None = None


class ClaimEntity(SQLModel, table=True):
    """An entity that a claim's content is about (mentioned inside the content span)."""

    __tablename__ = "claim_entity"
    __table_args__ = (Index("ix_claim_entity_entity", "entity_id", "claim_id"),)

    claim_id: str = Field(
        foreign_key="claim.id", primary_key=True, max_length=48, ondelete="CASCADE"
    )
    entity_id: str = Field(primary_key=True, max_length=120)


class TimelineEvent(SQLModel, table=True):
    __tablename__ = "timeline_event"
    __table_args__ = (
        Index("ix_timeline_event_date", "date", "id"),
        Index("ix_timeline_event_brief", "brief_id", "position"),
    )

    id: str = Field(primary_key=True, max_length=48)  # "<brief id>-<event id>"
    brief_id: str = Field(foreign_key="brief.id", max_length=32, ondelete="CASCADE")
    position: int
    date: str | None = Field(default=None, max_length=40)
    sort_key: str = Field(max_length=40)  # the brief's
    data: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    confidence: float | None = None  # as the claim's (0-1, NULL: extracted before there were any)


class EventEntity(SQLModel, table=True):
    __tablename__ = "event_entity"
    __table_args__ = (Index("ix_event_entity_entity", "entity_id", "event_id"),)

    event_id: str = Field(
        foreign_key="timeline_event.id", primary_key=True, max_length=48, ondelete="CASCADE"
    )
    entity_id: str = Field(primary_key=True, max_length=120)


class MentionedDate(SQLModel, table=True):
    """A calendar period a brief's text mentions: what `mentioned_from/to` filter on."""

    __tablename__ = "mentioned_date"
    __table_args__ = (Index("ix_mentioned_date_range", "date_from", "date_to"),)

    brief_id: str = Field(
        foreign_key="brief.id", primary_key=True, max_length=32, ondelete="CASCADE"
    )
    timex_id: str = Field(primary_key=True, max_length=16)
    value: str = Field(max_length=40)
    date_from: str = Field(max_length=10)  # YYYY-MM-DD, inclusive
    date_to: str = Field(max_length=10)
