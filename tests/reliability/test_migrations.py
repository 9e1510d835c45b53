"""Migrations: `upgrade head` from nothing and from every earlier revision; models match them."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import MetaData, create_engine, insert, inspect, text
from sqlalchemy.pool import NullPool
from sqlmodel import Session, select

from app.store import briefs as briefs_store
from app.store import claims as claims_store
from app.store import entities as entities_store
from app.store import timeline as timeline_store
from app.store.db import alembic_config, current_and_head, dispose_engines, get_engine
from app.store.models import Brief
from app.store.search import search_rowid
from tests.conftest import POSTGRES_PROBLEM, POSTGRES_URL, ROOT, reset_postgres

BACKENDS = ["sqlite", "postgres"]


def empty_database(backend: str, tmp_path: Path) -> str:
    """A URL of a database with no tables at all."""
    if backend == "postgres":
        if POSTGRES_PROBLEM:
            pytest.skip(POSTGRES_PROBLEM)
        reset_postgres()
        return POSTGRES_URL
    return f"sqlite:///{tmp_path / 'empty.db'}"


def revisions() -> list[str]:
    """Every revision but head, oldest first."""
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    ordered = [r.revision for r in reversed(list(script.walk_revisions()))]
    return ordered[:-1]


@pytest.mark.parametrize("backend", BACKENDS)
def test_upgrade_head_on_an_empty_database_then_check(backend: str, tmp_path: Path) -> None:
    url = empty_database(backend, tmp_path)
    command.upgrade(alembic_config(url), "head")
    current, head = current_and_head(url)
    assert current == head is not None
    # `alembic check`: autogenerate finds nothing to do, so models and migrations agree.
    command.check(alembic_config(url))
    command.upgrade(alembic_config(url), "head")  # a second upgrade is a no-op
    dispose_engines()


def old_brief(brief_id: str, sort_key: str, text: str) -> dict[str, object]:
    return {
        "id": brief_id,
        "headline": "Harbour news",
        "published_at": sort_key,
        "sort_key": sort_key,
        "language": "en",
        "summary": "",
        "text": text,
        "entity_count": 1,
        "claim_count": 0,
        "event_count": 0,
        "created_at": datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
        "etag": "e" * 32,
        "document": b"{}",
    }


# Briefs as an older schema stored them, newest first by time (one "date" is no date: it counts
# as the time it was loaded, 2026-01-02).
OLD_BRIEFS = [
    old_brief("0000000000000004", "someday", "The harbour tunnel in Oslo opened, the mayor said."),
    old_brief("0000000000000002", "2025-03-03T12:00:00+01:00", "The harbour tunnel was late."),
    old_brief("0000000000000003", "2025-03-03T10:30:00Z", "Harbour tunnel costs rose."),
    old_brief("0000000000000001", "2025-03-03", "Only a harbour ferry, no such thing."),
]


def write_old_rows(url: str) -> None:
    """The OLD_BRIEFS and an entity with two names, through the schema's own columns.

    Columns and tables that the writer (not a migration) fills at the schema's revision are
    filled as the writer of then did: search keys, entity names, a claim's sort key.
    """
    engine = create_engine(url, poolclass=NullPool)
    meta = MetaData()
    meta.reflect(engine)
    brief, entity, alias, claim = (
        meta.tables[t] for t in ("brief", "entity", "entity_alias", "claim")
    )
    # The name tables of later revisions, written as the loader of that revision wrote them.
    names = meta.tables.get("entity_name")
    words = meta.tables.get("entity_word")
    acronyms = meta.tables.get("entity_acronym")
    with engine.begin() as conn:
        for row in OLD_BRIEFS:
            values = {k: v for k, v in row.items() if k in brief.c}
            if "search_rowid" in brief.c:  # 0003 on: the loader gives each brief its key
                values["search_rowid"] = search_rowid(
                    str(row["sort_key"]),
                    row["created_at"],
                    str(row["id"]),  # type: ignore[arg-type]
                )
            conn.execute(insert(brief).values(values))
        conn.execute(
            insert(entity).values(
                id="place:oslo",
                name="Oslo",
                type="place",
                folded_name="oslo",
                last_token="oslo",
                brief_count=2,
                attributes={},
            )
        )
        for brief_id, name in (
            ("0000000000000004", "Oslo"),
            ("0000000000000002", "Old Christiania"),
        ):
            folded = name.lower()
            conn.execute(
                insert(alias).values(
                    entity_id="place:oslo", folded=folded, brief_id=brief_id, alias=name
                )
            )
            if names is not None:
                conn.execute(
                    insert(names).values(entity_id="place:oslo", folded=folded, alias=name)
                )
            if words is not None and " " in folded:
                word = folded.split(" ", 1)[1]
                conn.execute(insert(words).values(entity_id="place:oslo", folded=folded, word=word))
            if acronyms is not None and " " in folded:
                conn.execute(
                    insert(acronyms).values(entity_id="place:oslo", folded=folded, acronym="oc")
                )
            sort_key = next(str(r["sort_key"]) for r in OLD_BRIEFS if r["id"] == brief_id)
            conn.execute(
                insert(claim).values(
                    **({"sort_key": sort_key} if "sort_key" in claim.c else {}),
                    id=f"{brief_id}-c1",
                    brief_id=brief_id,
                    source_kind="named",
                    source_entity_id="place:oslo",
                    content="the tunnel is open",
                    quote="indirect",
                    hedged=False,
                    data={"id": "c1"},
                )
            )
    engine.dispose()


def assert_search_and_names_work(url: str) -> None:
    with Session(get_engine(url)) as s:  # the old briefs are there, and search finds them
        found, _ = briefs_store.list_briefs(
            s, briefs_store.BriefFilter(q="harbour tunnel"), limit=5, cursor=None
        )
        assert [b.id for b in found] == [r["id"] for r in OLD_BRIEFS[:3]]
        stemmed, _ = briefs_store.list_briefs(  # word stems, on SQLite as on PostgreSQL
            s, briefs_store.BriefFilter(q="harbours tunnels"), limit=5, cursor=None
        )
        assert stemmed == found
        pages: list[str] = []
        cursor = None
        while True:  # and pages through them
            items, cursor = briefs_store.list_briefs(
                s, briefs_store.BriefFilter(q="harbour"), limit=1, cursor=cursor
            )
            pages.extend(b.id for b in items)
            if cursor is None:
                break
        assert pages == [r["id"] for r in OLD_BRIEFS]
        for prefix in ("osl", "old chr", "chris"):  # "chris": a later word of a name
            named, _ = entities_store.list_entities(s, type_=None, q=prefix, limit=5, cursor=None)
            assert [e.id for e in named] == ["place:oslo"], prefix
        # 0007 on: a name's acronyms, for linking ("OC" finds "Old Christiania").
        acronyms = s.connection().execute(text("SELECT folded, acronym FROM entity_acronym"))
        assert acronyms.all() == [("old christiania", "oc")]
        page = entities_store.get_entity(s, "place:oslo")
        assert page is not None
        # Its claims, by their briefs' sort_key, newest first (as the brief list orders).
        assert [c.brief_id for c in page.claims] == [r["id"] for r in OLD_BRIEFS[:2]]
        assert page.aliases == [
            ("Old Christiania", ["0000000000000002"]),
            ("Oslo", ["0000000000000004"]),
        ]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("start", revisions())
def test_upgrade_from_an_earlier_revision_keeps_the_briefs(
    backend: str, start: str, tmp_path: Path
) -> None:
    url = empty_database(backend, tmp_path)
    command.upgrade(alembic_config(url), start)
    write_old_rows(url)

    command.upgrade(alembic_config(url), "head")
    current, head = current_and_head(url)
    assert current == head
    command.check(alembic_config(url))
    assert_search_and_names_work(url)
    with Session(get_engine(url)) as s:
        keys = s.exec(select(Brief.search_rowid)).all()
        assert None not in keys and len(set(keys)) == len(OLD_BRIEFS)
    dispose_engines()


def test_search_survives_vacuum(tmp_path: Path) -> None:
    """VACUUM may renumber the implicit rowids of `brief`; the index keys on its own column."""
    url = f"sqlite:///{tmp_path / 'vacuum.db'}"
    command.upgrade(alembic_config(url), "0002")
    write_old_rows(url)
    command.upgrade(alembic_config(url), "head")
    engine = create_engine(url, poolclass=NullPool)
    with engine.begin() as conn:  # a hole at the start, then VACUUM closes it up
        conn.execute(text("DELETE FROM brief WHERE id = '0000000000000004'"))
    with engine.connect() as conn:
        conn.execute(text("VACUUM"))
        # FTS5 checks its index against the content table, row by row, by key.
        conn.execute(text("INSERT INTO brief_fts(brief_fts, rank) VALUES ('integrity-check', 1)"))
    engine.dispose()
    with Session(get_engine(url)) as s:
        found, _ = briefs_store.list_briefs(
            s, briefs_store.BriefFilter(q="harbour tunnel"), limit=5, cursor=None
        )
        assert [b.id for b in found] == ["0000000000000002", "0000000000000003"]
    dispose_engines()


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("target", ["-1", *revisions()[1:-1]])
def test_downgrade_to_an_earlier_revision_keeps_search(
    backend: str, target: str, tmp_path: Path
) -> None:
    url = empty_database(backend, tmp_path)
    command.upgrade(alembic_config(url), "head")
    write_old_rows(url)
    command.downgrade(alembic_config(url), target)
    engine = create_engine(url, poolclass=NullPool)
    with engine.connect() as conn:
        if backend == "sqlite":
            columns = {c["name"] for c in inspect(conn).get_columns("brief")}
            key = "search_rowid" if "search_rowid" in columns else "rowid"
            found = conn.execute(
                text(
                    f"SELECT b.id FROM brief_fts JOIN brief b ON b.{key} = brief_fts.rowid "
                    "WHERE brief_fts MATCH 'tunnel' ORDER BY b.id"
                )
            )
            assert [r[0] for r in found] == sorted(r["id"] for r in OLD_BRIEFS[:3])
    engine.dispose()
    command.upgrade(alembic_config(url), "head")
    assert_search_and_names_work(url)
    dispose_engines()


@pytest.mark.parametrize("backend", BACKENDS)
def test_confidence_columns_up_and_down(backend: str, tmp_path: Path) -> None:
    """0006: claims and events get a nullable confidence, copied from their JSON when there;
    rows without one pass a confidence filter; the downgrade drops the columns, not the rows."""
    url = empty_database(backend, tmp_path)
    command.upgrade(alembic_config(url), "0005")  # the one before confidences
    write_old_rows(url)  # two claims whose JSON has no confidence
    engine = create_engine(url, poolclass=NullPool)
    meta = MetaData()
    meta.reflect(engine, only=["claim", "claim_entity", "timeline_event"])
    claim, event = meta.tables["claim"], meta.tables["timeline_event"]
    with engine.begin() as conn:
        brief_id = "0000000000000003"
        conn.execute(
            insert(claim).values(
                id=f"{brief_id}-c2",
                brief_id=brief_id,
                source_kind="named",
                source_entity_id="place:oslo",
                content="the tunnel may leak",
                quote="indirect",
                hedged=True,
                data={"id": "c2", "confidence": 0.25},
                sort_key="2025-03-03T10:30:00Z",
            )
        )
        conn.execute(
            insert(meta.tables["claim_entity"]).values(
                claim_id=f"{brief_id}-c2", entity_id="place:oslo"
            )
        )
        for n, data in enumerate(({"id": "e1", "confidence": 0.9}, {"id": "e2"})):
            conn.execute(
                insert(event).values(
                    id=f"{brief_id}-e{n}",
                    brief_id=brief_id,
                    position=n,
                    date="2025-03-0" + str(n + 1),
                    sort_key="2025-03-03T10:30:00Z",
                    data=data,
                )
            )
    command.upgrade(alembic_config(url), "head")
    command.check(alembic_config(url))
    with engine.connect() as conn:
        stored = dict(conn.execute(text("SELECT id, confidence FROM claim")).all())
        events = dict(conn.execute(text("SELECT id, confidence FROM timeline_event")).all())
    assert stored == {
        "0000000000000004-c1": None,
        "0000000000000002-c1": None,
        "0000000000000003-c2": 0.25,
    }
    assert events == {"0000000000000003-e0": 0.9, "0000000000000003-e1": None}
    with Session(get_engine(url)) as s:
        kept, _ = claims_store.list_claims(
            s, source=None, about=None, kind=None, q=None, limit=10, cursor=None, min_confidence=0.5
        )
        assert sorted(c.id for c in kept) == ["0000000000000002-c1", "0000000000000004-c1"]
        dated, _ = timeline_store.list_timeline(
            s, entity=None, date_from=None, date_to=None, limit=10, cursor=None, min_confidence=1
        )
        assert [e.id for e in dated] == ["0000000000000003-e1"]  # no confidence: kept
    dispose_engines()
    command.downgrade(alembic_config(url), "0005")
    with engine.connect() as conn:
        for table in ("claim", "timeline_event"):
            assert "confidence" not in {c["name"] for c in inspect(conn).get_columns(table)}
        assert conn.execute(text("SELECT count(*) FROM claim")).scalar() == 3
        # Rows that refer to a claim stay too (a table copy would have cascaded to them).
        assert conn.execute(text("SELECT count(*) FROM claim_entity")).scalar() == 1
        assert conn.execute(text("SELECT count(*) FROM timeline_event")).scalar() == 2
    engine.dispose()
    command.upgrade(alembic_config(url), "head")
    dispose_engines()


def test_check_fails_when_a_model_and_the_migrations_disagree(tmp_path: Path) -> None:
    """`alembic check` can fail: a column dropped behind the migrations' back is drift."""
    url = f"sqlite:///{tmp_path / 'drift.db'}"
    command.upgrade(alembic_config(url), "head")
    engine = create_engine(url, poolclass=NullPool)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE stray (id INTEGER PRIMARY KEY)"))
    engine.dispose()
    with pytest.raises(CommandError, match="New upgrade operations detected"):
        command.check(alembic_config(url))


@pytest.mark.parametrize("backend", BACKENDS)
def test_alembic_command_line_check(backend: str, tmp_path: Path) -> None:
    """The `alembic` command as a person runs it from the repository, with alembic.ini."""
    url = empty_database(backend, tmp_path)
    env = {**os.environ, "NEWSBRIEF_DATABASE_URL": url}
    alembic = [sys.executable, "-m", "alembic"]
    for args in (["upgrade", "head"], ["check"]):
        done = subprocess.run(
            [*alembic, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, done.stderr
    assert "No new upgrade operations detected" in done.stdout + done.stderr
