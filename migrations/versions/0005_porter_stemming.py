"""search by word stems on SQLite too

SQLite's FTS5 table is rebuilt with the porter tokenizer (over unicode61, still folding
accents), so that "strikes" finds "strike" and "microsofts" finds "Microsoft", as PostgreSQL's
English tsvector already does. Downgrade rebuilds it without stemming. PostgreSQL: nothing.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 17:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PLAIN = "unicode61 remove_diacritics 2"
STEMMED = f"porter {PLAIN}"


def _rebuild_sqlite_fts(tokenize: str) -> None:
    """The FTS5 table of 0003 (keyed on `search_rowid`) and its triggers, with `tokenize`."""
    for trigger in ("brief_fts_ai", "brief_fts_ad", "brief_fts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS brief_fts")
    op.execute(
        "CREATE VIRTUAL TABLE brief_fts USING fts5("
        "headline, text, content='brief', content_rowid='search_rowid', "
        f"tokenize='{tokenize}')"
    )
    op.execute(
        "CREATE TRIGGER brief_fts_ai AFTER INSERT ON brief BEGIN "
        "INSERT INTO brief_fts(rowid, headline, text) "
        "VALUES (new.search_rowid, new.headline, new.text); END"
    )
    op.execute(
        "CREATE TRIGGER brief_fts_ad AFTER DELETE ON brief BEGIN "
        "INSERT INTO brief_fts(brief_fts, rowid, headline, text) "
        "VALUES ('delete', old.search_rowid, old.headline, old.text); END"
    )
    op.execute(
        "CREATE TRIGGER brief_fts_au AFTER UPDATE OF headline, text, search_rowid ON brief BEGIN "
        "INSERT INTO brief_fts(brief_fts, rowid, headline, text) "
        "VALUES ('delete', old.search_rowid, old.headline, old.text); "
        "INSERT INTO brief_fts(rowid, headline, text) "
        "VALUES (new.search_rowid, new.headline, new.text); END"
    )
    op.execute("INSERT INTO brief_fts(brief_fts) VALUES ('rebuild')")
    op.execute("INSERT INTO brief_fts(brief_fts) VALUES ('optimize')")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_sqlite_fts(STEMMED)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_sqlite_fts(PLAIN)
