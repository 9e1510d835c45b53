"""Where a read runs, decided in one place for every read: on the event loop or in a thread.

A thread hop costs ~0.2 ms of CPU and the thread's session more, as much as the SQL of a
keyset page, whose work is mostly Python. So on SQLite, where a WAL reader never waits for the
writer, a primary-key lookup (`"lookup"`: a stored brief) and a keyset page that the indexes
bound (`"page"`: brief lists, the entity page, capped in every part) run right on the event
loop. Reads whose time is mostly SQLite's own (`"scan"`: autocomplete over many names, date
ranges, claims, timelines) go to a thread: sqlite3 releases the GIL while a statement runs,
so they use the second core and leave the other requests going. Every PostgreSQL read is a
network round trip: always a thread. Measured both ways with benchmarks/bench_scale.py
(benchmarks/RESULTS.md) and bench_api.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, TypeVar

from fastapi.concurrency import run_in_threadpool
from sqlmodel import Session

from app.config import Settings
from app.store import briefs as briefs_store
from app.store.db import is_sqlite, session_scope

ReadCost = Literal["lookup", "page", "scan"]
T = TypeVar("T")


def on_loop(database_url: str, cost: ReadCost) -> bool:
    """Whether a read of this cost runs on the event loop (else in a worker thread)."""
    return cost != "scan" and is_sqlite(database_url)


async def run_read(database_url: str, cost: ReadCost, read: Callable[[], T]) -> T:
    """`read()`, where `on_loop` says."""
    if on_loop(database_url, cost):
        return read()
    return await run_in_threadpool(read)


async def read_store(settings: Settings, query: Callable[[Session], T], cost: ReadCost) -> T:
    """`query(session)` with a read session of its own, where `on_loop` says."""

    def read() -> T:
        with session_scope(settings.database_url) as session:
            return query(session)

    return await run_read(settings.database_url, cost, read)


async def read_document(database_url: str, brief_id: str) -> tuple[bytes, str] | None:
    """The brief's stored JSON and ETag, or None: a primary-key lookup (~0.1 ms on SQLite).

    `run_read` spelt out: this is the hottest read, and a closure per call is measurable.
    """
    if on_loop(database_url, "lookup"):
        return briefs_store.read_brief_document(database_url, brief_id)
    return await run_in_threadpool(briefs_store.read_brief_document, database_url, brief_id)
