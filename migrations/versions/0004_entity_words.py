"""autocomplete by the start of any word of a name

`entity_word`: for each name in `entity_name`, the name from the start of each later word
("maduro" of "nicolas maduro"), so that a prefix finds an entity by any word of its names
through an index, as `entity_name` finds it by the start of a whole name.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 17:30:00
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 5000
# A copy of `app.store.models.later_words` as of this revision.
_LATER_WORD = re.compile(r"(?<=\W)\w")


def _later_words(folded: str) -> list[str]:
    return list(dict.fromkeys(folded[w.start() :] for w in _LATER_WORD.finditer(folded)))


def upgrade() -> None:
    op.create_table(
        "entity_word",
        sa.Column("entity_id", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("folded", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("word", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["entity_id"], ["entity.id"], name=op.f("fk_entity_word_entity_id_entity")
        ),
        sa.PrimaryKeyConstraint("entity_id", "folded", "word", name=op.f("pk_entity_word")),
    )
    op.create_index("ix_entity_word_word", "entity_word", ["word", "entity_id"])
    bind = op.get_bind()
    insert = sa.text(
        "INSERT INTO entity_word (entity_id, folded, word) VALUES (:entity_id, :folded, :word)"
    )
    rows: list[dict[str, Any]] = []
    for entity_id, folded in bind.execute(sa.text("SELECT entity_id, folded FROM entity_name")):
        rows.extend(
            {"entity_id": entity_id, "folded": folded, "word": word}
            for word in _later_words(folded)
        )
        if len(rows) >= _BATCH:
            bind.execute(insert, rows)
            rows = []
    if rows:
        bind.execute(insert, rows)


def downgrade() -> None:
    op.drop_index("ix_entity_word_word", table_name="entity_word")
    op.drop_table("entity_word")
