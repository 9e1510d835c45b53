"""Where the API runs its reads: SQLite lookups and pages on the loop, the rest in a thread."""

from __future__ import annotations

import threading

import pytest

from app.api.reads import ReadCost, read_store
from app.config import Settings


@pytest.mark.anyio
@pytest.mark.parametrize(("cost", "inline"), [("lookup", True), ("page", True), ("scan", False)])
async def test_bounded_sqlite_reads_stay_on_the_loop(
    app_db_url: str, cost: ReadCost, inline: bool
) -> None:
    settings = Settings(database_url=app_db_url)
    loop_thread = threading.get_ident()
    ran_in = await read_store(settings, lambda session: threading.get_ident(), cost)
    # PostgreSQL round trips always leave the loop.
    expected_inline = inline and app_db_url.startswith("sqlite")
    assert (ran_in == loop_thread) == expected_inline
