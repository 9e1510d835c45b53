"""linking candidates by acronym

`entity_acronym`: for each name in `entity_name`, the acronyms it can go by, as the one acronym
rule spells them (`app.extract.names.acronym_keys`: "iaea" of "International Atomic Energy
Agency"), indexed, so that a brief that writes only "IAEA" finds the stored long form as a
linking candidate. Filled here for the names stored already; the writer adds those of each new
name.

The rule is imported, not copied: the keys must be the ones the writer and the linking lookup
compute. A later change to the rule that changes keys needs a migration that recomputes them.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 19:45:00
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
import sqlmodel
from alembic import op

from app.extract.names import acronym_keys

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 5000


def upgrade() -> None:
    op.create_table(
        "entity_acronym",
        sa.Column("entity_id", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("folded", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("acronym", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["entity_id"], ["entity.id"], name=op.f("fk_entity_acronym_entity_id_entity")
        ),
        sa.PrimaryKeyConstraint("entity_id", "folded", "acronym", name=op.f("pk_entity_acronym")),
    )
    op.create_index("ix_entity_acronym_acronym", "entity_acronym", ["acronym", "entity_id"])
    bind = op.get_bind()
    insert = sa.text(
        "INSERT INTO entity_acronym (entity_id, folded, acronym) "
        "VALUES (:entity_id, :folded, :acronym)"
    )
    rows: list[dict[str, Any]] = []
    names = bind.execute(sa.text("SELECT entity_id, folded, alias FROM entity_name"))
    for entity_id, folded, alias in names.all():
        rows.extend(
            {"entity_id": entity_id, "folded": folded, "acronym": acronym}
            for acronym in acronym_keys(alias)
        )
        if len(rows) >= _BATCH:
            bind.execute(insert, rows)
            rows = []
    if rows:
        bind.execute(insert, rows)


def downgrade() -> None:
    op.drop_index("ix_entity_acronym_acronym", table_name="entity_acronym")
    op.drop_table("entity_acronym")
