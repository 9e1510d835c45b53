"""Faults: a loader killed mid-load, loading while serving, two loaders on one PostgreSQL.

Each runs the real loader (`newsbrief load`) in subprocesses, as users and schedulers run it.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from sqlalchemy import func, select
from sqlmodel import Session

from app.extract.document import from_text
from app.store.db import dispose_engines, get_engine
from app.store.models import Brief, BriefEntity, Claim, Entity, EntityAlias, TimelineEvent
from tests.conftest import ROOT, LiveServer, fresh_database, run_cli

PEOPLE = ["Anna Berg", "Pedro Alves", "Ingrid Vos", "Tomas Novak", "Lena Fischer", "Omar Haddad"]
PORTS = ["Rotterdam", "Lisbon", "Oslo", "Hamburg", "Gdansk", "Valencia", "Antwerp"]
# The loader with the app's JSON logs on stderr: "loaded <file> as brief <id>" is its report
# that a brief is stored (logged after the brief's transaction commits).
LOGGED_LOADER = (
    "import sys; from app import logging as l; l.configure('INFO', True); "
    "from app.cli import cli; cli(['load', '--no-progress', *sys.argv[1:]])"
)


def write_articles(folder: Path, count: int, first: int = 0) -> dict[str, str]:
    """`count` short distinct articles sharing people and ports; {file name: brief id}."""
    folder.mkdir(parents=True, exist_ok=True)
    ids = {}
    for i in range(first, first + count):
        person, other = PEOPLE[i % len(PEOPLE)], PEOPLE[(i * 5 + 1) % len(PEOPLE)]
        port = PORTS[i % len(PORTS)]
        text = (
            f"Port talks in {port}, round {i}\n\n"
            f"{person} met dock workers in {port} on {i % 27 + 1} March 2025, officials said. "
            f"{other} said the talks on berth {i} would go on until Friday.\n\n"
            f"\u201cWe are close to a deal,\u201d {person} told reporters in {port}."
        )
        name = f"article_{i:03d}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        ids[name] = from_text(text).brief_id
    return ids


def stored_ids(url: str) -> set[str]:
    with Session(get_engine(url)) as s:
        return set(s.scalars(select(Brief.id)))


def assert_store_consistent(url: str) -> None:
    """No partial brief: each brief's rows match its document; entity counts match their rows."""
    with Session(get_engine(url)) as s:
        for brief in s.scalars(select(Brief)):
            doc = orjson.loads(brief.document)
            counted = {
                "entities": s.scalar(select(func.count()).where(BriefEntity.brief_id == brief.id)),
                "claims": s.scalar(select(func.count()).where(Claim.brief_id == brief.id)),
                "timeline": s.scalar(
                    select(func.count()).where(TimelineEvent.brief_id == brief.id)
                ),
            }
            expected = {k: len(doc[k]) for k in counted}
            assert counted == expected, brief.id
            assert (brief.entity_count, brief.claim_count, brief.event_count) == (
                expected["entities"],
                expected["claims"],
                expected["timeline"],
            )
        per_entity = dict(
            s.execute(
                select(BriefEntity.entity_id, func.count()).group_by(BriefEntity.entity_id)
            ).all()
        )
        entities = dict(s.execute(select(Entity.id, Entity.brief_count)).all())
        assert entities == per_entity  # every count right, no entity without a brief
        briefs_named = set(s.execute(select(BriefEntity.entity_id, BriefEntity.brief_id)).all())
        aliased = set(s.execute(select(EntityAlias.entity_id, EntityAlias.brief_id)).all())
        assert briefs_named == aliased  # each brief left its names on its entities


def snapshot(url: str) -> dict[str, Any]:
    """The store's entity graph, in a form two stores can be compared by."""
    with Session(get_engine(url)) as s:
        return {
            "briefs": sorted(s.scalars(select(Brief.id))),
            "entities": sorted(s.execute(select(Entity.id, Entity.brief_count)).all()),
            "brief_entities": sorted(
                s.execute(select(BriefEntity.brief_id, BriefEntity.entity_id)).all()
            ),
            "aliases": sorted(
                s.execute(
                    select(EntityAlias.entity_id, EntityAlias.folded, EntityAlias.brief_id)
                ).all()
            ),
        }


def summary(stderr: str) -> tuple[int, int, int]:
    """(loaded, already stored, failed) from the loader's last line."""
    m = re.search(r"loaded (\d+), already stored (\d+), failed (\d+)", stderr)
    assert m, stderr
    return int(m[1]), int(m[2]), int(m[3])


def loader_env(url: str) -> dict[str, str]:
    return {**os.environ, "NEWSBRIEF_DATABASE_URL": url, "NEWSBRIEF_LOG_JSON": "true"}


def test_sigkill_mid_load_keeps_every_reported_brief_and_the_rerun_completes(
    app_db_url: str, tmp_path: Path
) -> None:
    total = 48
    ids = write_articles(tmp_path / "in", total)
    proc = subprocess.Popen(
        [sys.executable, "-c", LOGGED_LOADER, str(tmp_path / "in"), "--batch-size", "4"],
        cwd=ROOT,
        env=loader_env(app_db_url),
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    reported: list[str] = []
    assert proc.stderr is not None
    try:
        for line in proc.stderr:
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            m = re.match(r"loaded (\S+) as brief (\w+)", entry.get("message", ""))
            if m:
                reported.append(m[2])
                if len(reported) == 6:
                    os.kill(proc.pid, signal.SIGKILL)  # mid-load, right after a commit
                    break
    finally:
        if proc.poll() is None and not reported:
            proc.kill()
        proc.wait(60)
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL, f"loader ended on its own: {reported}"

    dispose_engines()
    stored = stored_ids(app_db_url)
    assert set(reported) <= stored  # everything reported loaded is there
    assert len(stored) < total  # and the kill did cut the load short
    assert stored <= set(ids.values())
    assert_store_consistent(app_db_url)  # no partial brief

    rerun = run_cli("load", str(tmp_path / "in"), database_url=app_db_url)
    assert rerun.returncode == 0, rerun.stderr
    assert summary(rerun.stderr) == (total - len(stored), len(stored), 0)
    assert stored_ids(app_db_url) == set(ids.values())
    assert_store_consistent(app_db_url)


def test_loading_while_serving_fails_no_request(app_db_url: str, tmp_path: Path) -> None:
    ids = write_articles(tmp_path / "first", 4)
    more = write_articles(tmp_path / "more", 24, first=4)
    assert run_cli("load", str(tmp_path / "first"), database_url=app_db_url).returncode == 0
    server = LiveServer(app_db_url)
    stop = threading.Event()
    failures: list[str] = []
    answered = [0]
    known = sorted(ids.values())

    def read_load() -> None:
        paths = [
            "/briefs?limit=10",
            "/briefs?q=dock+workers",
            f"/briefs/{known[0]}",
            f"/briefs/{known[1]}/entities",
            "/entities?limit=10",
            "/entities/person:anna-berg",
            "/claims?limit=10",
            "/readyz",
        ]
        with server.client() as c:
            while not stop.is_set():
                for path in paths:
                    try:
                        r = c.get(path)
                    except httpx.TransportError as exc:
                        failures.append(f"{path}: {exc!r}")
                        continue
                    answered[0] += 1
                    if r.status_code != 200:
                        failures.append(f"{path}: {r.status_code} {r.text[:200]}")

    readers = [threading.Thread(target=read_load) for _ in range(3)]
    try:
        for t in readers:
            t.start()
        time.sleep(0.5)
        loaded = run_cli("load", str(tmp_path / "more"), database_url=app_db_url)
        time.sleep(0.5)
    finally:
        stop.set()
        for t in readers:
            t.join(60)
        server.stop()
    assert loaded.returncode == 0, loaded.stderr
    assert summary(loaded.stderr) == (len(more), 0, 0)
    assert failures == []
    assert answered[0] > 50
    assert stored_ids(app_db_url) == set(ids.values()) | set(more.values())


@pytest.mark.postgres
def test_two_loaders_on_one_postgres_store_each_article_once(tmp_path: Path) -> None:
    url = fresh_database("postgres", tmp_path)
    ids = write_articles(tmp_path / "in", 36)
    names = sorted(ids)
    # Overlapping halves, as two machines fed from one feed would get them.
    shares = [names[:24], names[12:]]
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "app.cli", "load", *[str(tmp_path / "in" / n) for n in share]],
            cwd=ROOT,
            env={**loader_env(url), "NEWSBRIEF_LOG_JSON": "false"},
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            text=True,
        )
        for share in shares
    ]
    outcomes = [p.communicate(timeout=600) for p in procs]
    for p, (_, err) in zip(procs, outcomes, strict=True):
        assert p.returncode == 0, err
        assert "Traceback" not in err and "skipped" not in err, err
    counts = [summary(err) for _, err in outcomes]
    assert sum(c[0] for c in counts) == len(ids)  # each article stored by exactly one loader
    assert sum(c[1] for c in counts) == 12  # and the overlap found stored by the other
    dispose_engines()
    assert stored_ids(url) == set(ids.values())
    assert_store_consistent(url)
    concurrent = snapshot(url)

    # The same articles loaded by one loader give the same entities, counts and aliases.
    alone = f"sqlite:///{tmp_path / 'alone.db'}"
    done = run_cli("load", str(tmp_path / "in"), database_url=alone)
    assert done.returncode == 0, done.stderr
    assert snapshot(alone) == concurrent
