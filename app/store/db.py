"""Engines, sessions and schema migrations for SQLite (default) and PostgreSQL."""

from __future__ import annotations

import functools
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool
from sqlmodel import Session, create_engine


def _migrations_dir() -> Path:
    """migrations/ beside the source tree (a checkout), else in the working directory (an
    installed package run from the project folder, as the Docker image does)."""
    beside = Path(__file__).resolve().parents[2] / "migrations"
    return beside if beside.is_dir() else Path.cwd() / "migrations"


MIGRATIONS_DIR = _migrations_dir()


@functools.lru_cache(maxsize=32)
def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


_thread_local = threading.local()
# Every fast reader opened, so that `dispose_engines` closes them all (from any thread); a
# thread whose reader was closed opens a new one (`_readers_generation`).
_READERS: list[sqlite3.Connection] = []
_READERS_LOCK = threading.Lock()
_readers_generation = 0


def sqlite_reader(url: str) -> sqlite3.Connection:
    """This thread's own read connection to a SQLite store, opened here, never from the pool.

    For the hottest read, a primary-key lookup: through SQLAlchemy, checking a connection out
    of the pool, BEGIN and the return cost ten times the query. The connection is this
    thread's alone (opened with `sqlite3.connect`, the pool's pragmas) and in autocommit, so in
    WAL mode each statement sees the latest commit: it is never a pooled connection that a
    session in another thread may be holding a read transaction (an older snapshot) on.
    """
    state = _thread_local.__dict__
    if state.get("generation") != _readers_generation:
        state["generation"] = _readers_generation
        state["readers"] = {}
    readers: dict[str, sqlite3.Connection] = state["readers"]
    conn = readers.get(url)
    if conn is None:
        conn = readers[url] = _open_reader(url)
    return conn


def _open_reader(url: str) -> sqlite3.Connection:
    path = make_url(url).database
    if not path or path == ":memory:":
        raise ValueError("a fast reader needs a SQLite file, not an in-memory database")
    # check_same_thread=False only so that `dispose_engines` may close it from another thread;
    # it is used by the thread that opened it alone.
    conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    _sqlite_pragmas(conn, None)
    with _READERS_LOCK:
        _READERS.append(conn)
    return conn


def _close_readers() -> None:
    global _readers_generation
    with _READERS_LOCK:
        _readers_generation += 1
        for conn in _READERS:
            conn.close()
        _READERS.clear()


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # WAL lets readers go on while a loader writes; busy_timeout makes a second writer wait
    # instead of failing; NORMAL sync is durable at every checkpoint and fast in WAL mode.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    # Page cache per connection, and there is one connection per worker thread (below): 4 MB
    # each keeps a 40-thread API process well under 400 MB; the OS page cache does the rest.
    cur.execute("PRAGMA cache_size=-4096")
    cur.execute("PRAGMA mmap_size=0")
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.close()


def get_engine(url: str, *, write: bool = False) -> Engine:
    """One engine (and pool) per database URL and purpose per process.

    PostgreSQL needs no separate write engine: its row locks and ON CONFLICT do the work.
    """
    return _engine(url, write and is_sqlite(url))


def dispose_engines() -> None:
    """Close every connection: pooled ones and the SQLite fast readers (tests, and before a
    worker process forks)."""
    _close_readers()
    with _ENGINES_LOCK:
        for engine in _ENGINES.values():
            engine.dispose()
        _ENGINES.clear()


_ENGINES: dict[tuple[str, bool], Engine] = {}
_ENGINES_LOCK = threading.Lock()


def _engine(url: str, write: bool) -> Engine:
    key = (url, write)
    with _ENGINES_LOCK:
        if key not in _ENGINES:
            _ENGINES[key] = _create_engine(url, write)
        return _ENGINES[key]


def _json_dumps(value: Any) -> str:
    return orjson.dumps(value).decode()


# JSON columns (entity attributes, claim and event data) go through orjson both ways: several
# times faster than the stdlib json that SQLAlchemy uses by default, on every write and read.
JSON_ARGS: dict[str, Any] = {"json_serializer": _json_dumps, "json_deserializer": orjson.loads}


def _create_engine(url: str, write: bool) -> Engine:
    """A new engine; see `get_engine`.

    On SQLite the write engine starts every transaction with BEGIN IMMEDIATE: it takes the
    write lock up front and waits for it (busy_timeout), where a deferred transaction that
    upgrades to a writer later can fail at once with "database is locked".
    """
    from app.config import get_settings

    settings = get_settings()
    if not is_sqlite(url):
        size = settings.postgres_pool_size
        return create_engine(
            url, pool_size=size, max_overflow=size, pool_pre_ping=True, **JSON_ARGS
        )
    path = make_url(url).database
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": 30},
        # As many pooled connections as the API has worker threads (`sqlite_pool_size`, 40 as
        # anyio's default limit): a request never waits for a connection, and none is opened
        # and closed (with its pragmas) per request, as overflow connections are.
        pool_size=settings.sqlite_pool_size,
        max_overflow=8,
        **JSON_ARGS,
    )
    begin = "BEGIN IMMEDIATE" if write else "BEGIN"

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, record: Any) -> None:
        _sqlite_pragmas(dbapi_conn, record)
        dbapi_conn.isolation_level = None  # pysqlite must not BEGIN by itself; we do below

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql(begin)

    return engine


@contextmanager
def session_scope(url: str, *, write: bool = False) -> Iterator[Session]:
    """A session whose transaction commits on success and rolls back on any error."""
    with Session(get_engine(url, write=write), expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def alembic_config(url: str) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    cfg.attributes["configure_logger"] = False
    return cfg


# Any constant: every process migrating one PostgreSQL database takes this lock in turn.
_MIGRATION_LOCK_KEY = 0x6D696772  # "migr"


def upgrade(url: str) -> None:
    """Bring the schema to the newest migration (what `newsbrief db upgrade` does).

    On PostgreSQL, two loaders or servers starting at once against a new database would both
    create the schema; a session advisory lock makes the second wait and then find it at head.
    """
    from alembic import command

    cfg = alembic_config(url)
    if is_sqlite(url):
        command.upgrade(cfg, "head")  # SQLite serializes writers by itself
        return
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _MIGRATION_LOCK_KEY})
            try:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                conn.commit()
            finally:
                conn.rollback()  # after a failed migration: unlock in a usable transaction
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _MIGRATION_LOCK_KEY})
                conn.commit()
    finally:
        engine.dispose()


def current_and_head(url: str) -> tuple[str | None, str | None]:
    """The database's migration revision and the newest one this code knows."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(url))
    with get_engine(url).connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    return current, script.get_current_head()
