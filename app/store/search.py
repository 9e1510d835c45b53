"""Full-text search over briefs: SQLite FTS5 or PostgreSQL tsvector, user input always as text.

What a user types is split into words and each word is matched as a quoted term, so `"`, `*`,
`NEAR(`, `OR` or `'; DROP TABLE` are just words to look for, never query syntax or SQL.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnClause, Select, func, literal_column, select, text
from sqlmodel import Session

MAX_TERMS = 16
_WORD = re.compile(r"\w+", re.UNICODE)


def terms(q: str) -> list[str]:
    """The words of a query, in order, at most MAX_TERMS of them."""
    return _WORD.findall(q)[:MAX_TERMS]


def fts5_query(q: str) -> str | None:
    """An FTS5 MATCH expression requiring every word: `"word1" "word2"` (quotes doubled)."""
    words = terms(q)
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def filter_briefs(session: Session, query: Select[Any], q: str) -> Select[Any]:
    """Restrict a brief query to briefs whose headline or text contain all words of `q`."""
    words = terms(q)
    if not words:
        return query.where(literal_column("1") == 0)  # nothing searchable: no results
    if session.get_bind().dialect.name == "sqlite":
        match = fts5_query(q)
        rowids: Select[Any] = (
            select(literal_column("rowid"))
            .select_from(text("brief_fts"))
            .where(literal_column("brief_fts").op("MATCH")(match))
        )
        return query.where(literal_column("brief.rowid").in_(rowids))
    # Literally the expression of the migration's GIN index, so that the planner uses it.
    document: ColumnClause[str] = literal_column(
        "to_tsvector('english'::regconfig, coalesce(brief.headline, '') || ' ' || brief.text)"
    )
    return query.where(document.op("@@")(func.plainto_tsquery("english", " ".join(words))))
