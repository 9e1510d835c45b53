"""Full-text search over briefs: SQLite FTS5 or PostgreSQL tsvector, user input always as text.

What a user types is split into words and each word is matched as a quoted term, so `"`, `*`,
`NEAR(`, `OR` or `'; DROP TABLE` are just words to look for, never query syntax or SQL.

Matches come newest first by their search key, `brief.search_rowid` (`search_rowid` below):
the brief's time in seconds, shifted left by `ID_BITS`, plus bits of a hash of its id. On
SQLite it is the FTS5 table's rowid, so the index itself yields the matches of a word in that
order and a page of the newest ones is read without sorting every match.
"""

from __future__ import annotations

import functools
import hashlib
import re
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnClause,
    Select,
    String,
    Table,
    bindparam,
    column,
    func,
    literal_column,
    select,
    table,
)

from app.store.models import Brief

MAX_TERMS = 16
_WORD = re.compile(r"\w+", re.UNICODE)

ID_BITS = 20  # low bits of a search key: a hash of the brief id, apart within one second
_ID_MASK = (1 << ID_BITS) - 1
_YEAR_MONTH = re.compile(r"(\d{4})(?:-(\d{2}))?")

# The FTS5 table of migration 0002/0003 (external content: `brief`, rowid `search_rowid`).
brief_fts = table("brief_fts", column("rowid", BigInteger))
_BRIEF: Table = Brief.__table__  # type: ignore[attr-defined]


def terms(q: str) -> list[str]:
    """The words of a query, in order, at most MAX_TERMS of them."""
    return _WORD.findall(q)[:MAX_TERMS]


def fts5_query(q: str) -> str | None:
    """An FTS5 MATCH expression requiring every word: `"word1" "word2"` (quotes doubled)."""
    words = terms(q)
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def epoch_seconds(value: str) -> int | None:
    """Seconds since 1970 of an ISO date or time (no zone: UTC), or None if it is none.

    A bare year or year-month counts from its first day, as its string sorts.
    """
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        found = _YEAR_MONTH.match(value)
        if found is None:
            return None
        try:
            when = datetime(int(found[1]), int(found[2] or 1), 1)
        except ValueError:
            return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return int(when.timestamp() // 1)


def search_rowid(sort_key: str, created_at: datetime, brief_id: str) -> int:
    """The brief's search key: later briefs have larger keys (see the module docstring).

    Its time is `sort_key` (publication, else load time); one that is not a date falls back to
    `created_at`. The hash bits keep two briefs of one second apart; a collision is resolved by
    the writer (`next_in_second`).
    """
    seconds = epoch_seconds(sort_key)
    if seconds is None:
        stamp = created_at if created_at.tzinfo else created_at.replace(tzinfo=UTC)
        seconds = int(stamp.timestamp() // 1)
    digest = hashlib.blake2b(brief_id.encode(), digest_size=8).digest()
    return (seconds << ID_BITS) | (int.from_bytes(digest, "big") & _ID_MASK)


def next_in_second(key: int) -> int:
    """The next key of the same second (wrapping round): where a taken key moves to."""
    return (key & ~_ID_MASK) | ((key + 1) & _ID_MASK)


def match_value(dialect: str, q: str) -> str | None:
    """What `:match` is bound to for `q` (see `matching_briefs`), or None when `q` has no word.

    On SQLite an FTS5 expression requiring every word; on PostgreSQL the words, for
    plainto_tsquery.
    """
    words = terms(q)
    if not words:
        return None
    return fts5_query(q) if dialect == "sqlite" else " ".join(words)


@functools.cache
def matching_briefs(dialect: str) -> tuple[Select[Any], Any]:
    """Briefs containing every word of `:match`: a query of (key, brief id) and its key column.

    Ordered by the key descending, the query lists the newest matches first; other filters on
    `brief` columns can be added to it. Built once per dialect; bind `:match` to
    `match_value(dialect, q)`.
    """
    match = bindparam("match", type_=String)
    if dialect == "sqlite":
        # The FTS table drives: ORDER BY its rowid is consumed by FTS5 (no sort of the
        # matches), and each match finds its brief by the unique search_rowid index.
        key: Any = brief_fts.c.rowid
        query = (
            select(key.label("key"), _BRIEF.c.id)
            .select_from(brief_fts)
            .join(_BRIEF, _BRIEF.c.search_rowid == key)
            .where(literal_column("brief_fts").op("MATCH")(match))
        )
        return query, key
    # Literally the expression of the migration's GIN index, so that the planner uses it.
    document: ColumnClause[str] = literal_column(
        "to_tsvector('english'::regconfig, coalesce(brief.headline, '') || ' ' || brief.text)"
    )
    key = _BRIEF.c.search_rowid
    query = select(key.label("key"), _BRIEF.c.id).where(
        document.op("@@")(func.plainto_tsquery("english", match))
    )
    return query, key


def brief_contains(key: Any) -> Any:
    """SQLite: a condition true when the brief whose search key is `key` has every word of
    `:match` (an FTS5 expression: `match_value`).

    One probe of the full-text index at that key: for a few candidate briefs (an entity's)
    rather than the matches of a common word.
    """
    return (
        select(brief_fts.c.rowid)
        .where(
            literal_column("brief_fts").op("MATCH")(bindparam("match", type_=String)),
            brief_fts.c.rowid == key,
        )
        .exists()
    )
