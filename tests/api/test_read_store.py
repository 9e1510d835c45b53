"""Where the API runs its reads: bounded SQLite reads on the event loop, the rest in a thread."""

from __future__ import annotations

import threading

import pytest

from app.api.deps import read_store
from app.config import Settings


@pytest.mark.anyio
@pytest.mark.parametrize(("bounded", "inline"), [(True, True), (False, False)])
async def test_bounded_sqlite_reads_stay_on_the_loop(
    app_db_url: str, bounded: bool, inline: bool
) -> None:
    settings = Settings(database_url=app_db_url)
    loop_thread = threading.get_ident()
    ran_in = await read_store(settings, lambda session: threading.get_ident(), bounded=bounded)
    # PostgreSQL round trips always leave the loop.
    expected_inline = inline and app_db_url.startswith("sqlite")
    assert (ran_in == loop_thread) == expected_inline
