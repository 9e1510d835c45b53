"""search keys newest first, and each entity name once

`brief.search_rowid`: an explicit, unique key that grows with the brief's time (seconds << 20,
plus 20 bits of a hash of the id; collisions move to the next free key of the same second).
On SQLite the FTS5 table is rebuilt on it (`content_rowid='search_rowid'`), so a search reads
its matches newest first straight from the index; it used to key the implicit rowid of a table
with a TEXT primary key, which VACUUM may renumber behind the index's back. PostgreSQL gets the
same column and values: searches order and page by it on both backends. `brief_entity` gets a
copy, indexed by entity: a search within an entity's briefs walks them in the same order.

`entity_name`: the distinct (entity, folded name) pairs of `entity_alias`, which has one row per
brief, and each entity's own name, for autocomplete and the entity page; and an index that
gives an entity's number of briefs by its id without reading its row.

`claim.sort_key` (its brief's) with a (source, sort_key, id) index: a source's newest claims
in order, for the entity page and `/claims?source=`.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 23:10:00
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A copy of `app.store.search.search_rowid` as of this revision: a migration must keep doing
# what it did when the code around it changes.
ID_BITS = 20
_ID_MASK = (1 << ID_BITS) - 1
_YEAR_MONTH = re.compile(r"(\d{4})(?:-(\d{2}))?")
_BATCH = 5000


def _seconds(value: Any) -> int | None:
    if isinstance(value, datetime):
        when = value
    else:
        try:
            when = datetime.fromisoformat(str(value))
        except ValueError:
            found = _YEAR_MONTH.match(str(value))
            if found is None:
                return None
            try:
                when = datetime(int(found[1]), int(found[2] or 1), 1)
            except ValueError:
                return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return int(when.timestamp() // 1)


def _key(sort_key: str, created_at: Any, brief_id: str) -> int:
    seconds = _seconds(sort_key)
    if seconds is None:
        seconds = _seconds(created_at) or 0
    digest = hashlib.blake2b(brief_id.encode(), digest_size=8).digest()
    return (seconds << ID_BITS) | (int.from_bytes(digest, "big") & _ID_MASK)


def _fill_search_rowids() -> None:
    """Give every stored brief (and its entity rows) its key; collisions resolved in memory."""
    bind = op.get_bind()
    taken: set[int] = set()
    updates: list[dict[str, Any]] = []
    rows = bind.execute(sa.text("SELECT id, sort_key, created_at FROM brief ORDER BY id"))
    for brief_id, sort_key, created_at in rows:
        key = _key(sort_key, created_at, brief_id)
        while key in taken:
            key = (key & ~_ID_MASK) | ((key + 1) & _ID_MASK)
        taken.add(key)
        updates.append({"k": key, "i": brief_id})
    # By id from here, not by a subquery per row: the key is the last column of a brief row,
    # behind its document's overflow pages.
    for table, key in (("brief", "id"), ("brief_entity", "brief_id")):
        update = sa.text(f"UPDATE {table} SET search_rowid = :k WHERE {key} = :i")
        for start in range(0, len(updates), _BATCH):
            bind.execute(update, updates[start : start + _BATCH])


def _sqlite_fts(rowid: str) -> None:
    """(Re)create the FTS5 table and its triggers keyed on `rowid`, and index every brief."""
    op.execute(
        "CREATE VIRTUAL TABLE brief_fts USING fts5("
        f"headline, text, content='brief', content_rowid='{rowid}', "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(
        "CREATE TRIGGER brief_fts_ai AFTER INSERT ON brief BEGIN "
        "INSERT INTO brief_fts(rowid, headline, text) "
        f"VALUES (new.{rowid}, new.headline, new.text); END"
    )
    op.execute(
        "CREATE TRIGGER brief_fts_ad AFTER DELETE ON brief BEGIN "
        "INSERT INTO brief_fts(brief_fts, rowid, headline, text) "
        f"VALUES ('delete', old.{rowid}, old.headline, old.text); END"
    )
    watched = "headline, text" if rowid == "rowid" else f"headline, text, {rowid}"
    op.execute(
        f"CREATE TRIGGER brief_fts_au AFTER UPDATE OF {watched} ON brief BEGIN "
        "INSERT INTO brief_fts(brief_fts, rowid, headline, text) "
        f"VALUES ('delete', old.{rowid}, old.headline, old.text); "
        "INSERT INTO brief_fts(rowid, headline, text) "
        f"VALUES (new.{rowid}, new.headline, new.text); END"
    )
    op.execute("INSERT INTO brief_fts(brief_fts) VALUES ('rebuild')")
    # One b-tree segment instead of the many a rebuild leaves: every query reads fewer pages.
    op.execute("INSERT INTO brief_fts(brief_fts) VALUES ('optimize')")


def _drop_sqlite_fts() -> None:
    for trigger in ("brief_fts_ai", "brief_fts_ad", "brief_fts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS brief_fts")


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.create_table(
        "entity_name",
        sa.Column("entity_id", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("folded", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("alias", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["entity_id"], ["entity.id"], name=op.f("fk_entity_name_entity_id_entity")
        ),
        sa.PrimaryKeyConstraint("entity_id", "folded", name=op.f("pk_entity_name")),
    )
    op.create_index("ix_entity_name_folded", "entity_name", ["folded", "entity_id"])
    op.create_index("ix_entity_id_count", "entity", ["id", "brief_count", "type"])
    op.execute(
        "INSERT INTO entity_name (entity_id, folded, alias) "
        "SELECT entity_id, folded, min(alias) FROM entity_alias GROUP BY entity_id, folded"
    )
    # Every entity's own name is one of its names, even if no brief uses it as such any more.
    op.execute(
        "INSERT INTO entity_name (entity_id, folded, alias) "
        "SELECT id, substr(folded_name, 1, 200), substr(name, 1, 200) FROM entity "
        "WHERE folded_name <> '' AND NOT EXISTS (SELECT 1 FROM entity_name n "
        "WHERE n.entity_id = entity.id AND n.folded = substr(entity.folded_name, 1, 200))"
    )

    # A source's claims in order from one index: the brief's sort_key on each claim.
    op.add_column(
        "claim",
        sa.Column("sort_key", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
    )
    op.execute("UPDATE claim SET sort_key = (SELECT sort_key FROM brief WHERE id = claim.brief_id)")
    op.drop_index("ix_claim_source", table_name="claim")
    op.create_index("ix_claim_source_sort", "claim", ["source_entity_id", "sort_key", "id"])

    if sqlite:
        _drop_sqlite_fts()  # before the update below, which the old triggers would index
    op.add_column("brief", sa.Column("search_rowid", sa.BigInteger(), nullable=True))
    op.add_column("brief_entity", sa.Column("search_rowid", sa.BigInteger(), nullable=True))
    _fill_search_rowids()
    op.create_index("ix_brief_search_rowid", "brief", ["search_rowid"], unique=True)
    op.create_index(
        "ix_brief_entity_search", "brief_entity", ["entity_id", "search_rowid", "brief_id"]
    )
    if sqlite:
        _sqlite_fts("search_rowid")


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        _drop_sqlite_fts()
    op.drop_index("ix_brief_entity_search", table_name="brief_entity")
    op.drop_column("brief_entity", "search_rowid")
    op.drop_index("ix_brief_search_rowid", table_name="brief")
    op.drop_column("brief", "search_rowid")
    if sqlite:
        _sqlite_fts("rowid")
    op.drop_index("ix_claim_source_sort", table_name="claim")
    op.create_index("ix_claim_source", "claim", ["source_entity_id", "id"])
    op.drop_column("claim", "sort_key")
    op.drop_index("ix_entity_id_count", table_name="entity")
    op.drop_index("ix_entity_name_folded", table_name="entity_name")
    op.drop_table("entity_name")
