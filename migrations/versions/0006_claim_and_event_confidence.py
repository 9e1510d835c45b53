"""confidence of claims and timeline events

`claim.confidence` and `timeline_event.confidence`: how sure the extractor is (0-1), written
from the extracted claim's or event's `confidence`, for `min_confidence` filters on the claim
and timeline lists. Nullable: rows stored before there were confidences have none, unless their
stored JSON (`data`) carries one, which the upgrade copies; filters keep rows without one.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 17:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("claim", "timeline_event")


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in TABLES:
        op.add_column(table, sa.Column("confidence", sa.Float(), nullable=True))
        # A confidence already in the row's JSON (a number only) becomes the column's value.
        if sqlite:
            op.execute(
                f"UPDATE {table} SET confidence = json_extract(data, '$.confidence') "
                "WHERE json_type(data, '$.confidence') IN ('real', 'integer')"
            )
        else:
            op.execute(
                f"UPDATE {table} SET confidence = (data ->> 'confidence')::float "
                "WHERE json_typeof(data -> 'confidence') = 'number'"
            )


def downgrade() -> None:
    # ALTER TABLE DROP COLUMN (SQLite >= 3.35): a batch copy of `claim` would drop the table,
    # and with it, by cascade, the rows that refer to it.
    for table in reversed(TABLES):
        op.drop_column(table, "confidence")
