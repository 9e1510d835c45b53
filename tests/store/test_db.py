"""Schema migrations: processes that start at once against a new database do not race."""

from __future__ import annotations

import threading

import pytest

from app.store.db import current_and_head, upgrade
from tests.conftest import POSTGRES_PROBLEM, POSTGRES_URL, reset_postgres


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
