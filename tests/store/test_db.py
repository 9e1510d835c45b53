"""Connections and migrations: fast readers see every commit; concurrent upgrades do not race."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import orjson
import pytest
from sqlmodel import select

from app.config import get_settings
from app.store.briefs import is_brief_stored, read_brief_document
from app.store.db import (
    current_and_head,
    dispose_engines,
    get_engine,
    session_scope,
    sqlite_reader,
    upgrade,
)
from app.store.models import Brief
from tests.conftest import POSTGRES_PROBLEM, POSTGRES_URL, reset_postgres
from tests.store.test_repository import TEXT_A, TEXT_B, make_brief, save


@pytest.mark.skipif(POSTGRES_PROBLEM is not None, reason=POSTGRES_PROBLEM or "")
def test_concurrent_upgrades_of_a_new_postgres_database() -> None:
    reset_postgres()
    errors: list[str] = []

    def migrate() -> None:
        try:
            upgrade(POSTGRES_URL)
        except Exception as exc:  # collected: a thread's exception would be lost
            errors.append(repr(exc))

    threads = [threading.Thread(target=migrate) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    current, head = current_and_head(POSTGRES_URL)
    assert current == head is not None


def test_fast_reader_sees_a_commit_made_while_another_thread_holds_a_read_session(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read-your-writes on the SQLite fast path, with a pool of two connections.

    The fast reader of this thread must be a connection of its own: were it a pooled one, a
    session in another thread could be handed it and hold a read transaction (an older
    snapshot) on it, and a brief committed a moment before would read as missing.
    """
    monkeypatch.setenv("NEWSBRIEF_SQLITE_POOL_SIZE", "2")
    get_settings.cache_clear()
    dispose_engines()
    url = f"sqlite:///{tmp_path / 'store.db'}"
    upgrade(url)
    assert get_engine(url).pool.size() == 2  # type: ignore[attr-defined]
    save(url, make_brief("a" * 16, TEXT_A))
    assert read_brief_document(url, "a" * 16) is not None  # this thread's reader is in use

    session_open = threading.Event()
    written = threading.Event()
    seen_in_session: list[int] = []

    def reader_session() -> None:
        with session_scope(url) as session:
            seen_in_session.append(len(session.execute(select(Brief.id)).all()))  # snapshot
            session_open.set()
            assert written.wait(30)
            # Still inside its transaction: its snapshot predates the second brief.
            seen_in_session.append(len(session.execute(select(Brief.id)).all()))

    thread = threading.Thread(target=reader_session)
    thread.start()
    try:
        assert session_open.wait(30)
        save(url, make_brief("b" * 16, TEXT_B))
        found = read_brief_document(url, "b" * 16)
        assert is_brief_stored(url, "b" * 16)
    finally:
        written.set()
        thread.join(30)
        get_settings.cache_clear()
        dispose_engines()
    assert found is not None and orjson.loads(found[0])["id"] == "b" * 16
    assert seen_in_session == [1, 1]  # the session really held an older snapshot meanwhile


def test_dispose_engines_closes_the_fast_readers(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.db'}"
    upgrade(url)
    first = sqlite_reader(url)
    assert sqlite_reader(url) is first
    dispose_engines()
    with pytest.raises(sqlite3.ProgrammingError):
        first.execute("SELECT 1")  # closed
    assert sqlite_reader(url) is not first
    assert not is_brief_stored(url, "c" * 16)  # a new reader, opened on demand
    dispose_engines()
