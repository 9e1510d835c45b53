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
from sqlalchemy import MetaData, create_engine, insert, text
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from app.store import repository
from app.store.db import alembic_config, current_and_head, dispose_engines, get_engine
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


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("start", revisions())
def test_upgrade_from_an_earlier_revision_keeps_the_briefs(
    backend: str, start: str, tmp_path: Path
) -> None:
    url = empty_database(backend, tmp_path)
    command.upgrade(alembic_config(url), start)
    # A brief written by the older schema, through that schema's own columns.
    engine = create_engine(url, poolclass=NullPool)
    meta = MetaData()
    meta.reflect(engine, only=["brief"])
    brief = meta.tables["brief"]
    row = {
        "id": "0123456789abcdef",
        "headline": "Harbour tunnel opens",
        "published_at": "2025-03-03",
        "sort_key": "2025-03-03",
        "language": "en",
        "summary": "",
        "text": "The harbour tunnel in Oslo opened on Monday, the mayor said.",
        "entity_count": 0,
        "claim_count": 0,
        "event_count": 0,
        "created_at": datetime.now(UTC),
        "etag": "e" * 32,
        "document": b"{}",
    }
    with engine.begin() as conn:
        conn.execute(insert(brief).values({k: v for k, v in row.items() if k in brief.c}))
    engine.dispose()

    command.upgrade(alembic_config(url), "head")
    current, head = current_and_head(url)
    assert current == head
    command.check(alembic_config(url))
    with Session(get_engine(url)) as s:  # the old brief is there, and search finds it
        found, _ = repository.list_briefs(
            s, repository.BriefFilter(q="harbour tunnel"), limit=5, cursor=None
        )
        assert [b["id"] for b in found] == [row["id"]]
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
