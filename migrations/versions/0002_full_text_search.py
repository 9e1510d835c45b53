"""full-text search over headline and text

SQLite: an FTS5 table with external content (the brief table), kept in step by triggers, with
the unicode61 tokenizer folding accents. PostgreSQL: a GIN index on the English tsvector of
headline and text, the same expression `app.store.search` queries.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 20:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PG_TSVECTOR = "to_tsvector('english'::regconfig, coalesce(headline, '') || ' ' || text)"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE brief_fts USING fts5("
            "headline, text, content='brief', content_rowid='rowid', "
            "tokenize='unicode61 remove_diacritics 2')"
        )
        op.execute(
            "CREATE TRIGGER brief_fts_ai AFTER INSERT ON brief BEGIN "
            "INSERT INTO brief_fts(rowid, headline, text) "
            "VALUES (new.rowid, new.headline, new.text); END"
        )
        op.execute(
            "CREATE TRIGGER brief_fts_ad AFTER DELETE ON brief BEGIN "
            "INSERT INTO brief_fts(brief_fts, rowid, headline, text) "
            "VALUES ('delete', old.rowid, old.headline, old.text); END"
        )
        op.execute(
            "CREATE TRIGGER brief_fts_au AFTER UPDATE OF headline, text ON brief BEGIN "
            "INSERT INTO brief_fts(brief_fts, rowid, headline, text) "
            "VALUES ('delete', old.rowid, old.headline, old.text); "
            "INSERT INTO brief_fts(rowid, headline, text) "
            "VALUES (new.rowid, new.headline, new.text); END"
        )
        op.execute("INSERT INTO brief_fts(brief_fts) VALUES ('rebuild')")
    else:
        op.execute(f"CREATE INDEX ix_brief_search ON brief USING gin (({PG_TSVECTOR}))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("brief_fts_ai", "brief_fts_ad", "brief_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS brief_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_brief_search")
