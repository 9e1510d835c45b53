"""Fixtures the whole suite shares: databases (SQLite and PostgreSQL), the NLP model, a live server.

`NEWSBRIEF_TEST_DATABASE=postgres` makes the app-level tests (live server, ingest) run against
PostgreSQL at NEWSBRIEF_TEST_POSTGRES_URL; the store tests run on both backends whenever a
PostgreSQL server answers, and say why they skip when none does.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from app.extract.document import Document, from_text
from app.extract.model import ExtractedBrief

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "000_06d31293aad75abd.txt"
FIXTURE_ARTICLES = ROOT / "tests" / "fixtures" / "articles"
POSTGRES_URL = os.environ.get(
    "NEWSBRIEF_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
APP_BACKEND = os.environ.get("NEWSBRIEF_TEST_DATABASE", "sqlite")


def _postgres_problem() -> str | None:
    """Why PostgreSQL cannot be used, or None when it answers."""
    try:
        engine = create_engine(
            POSTGRES_URL, connect_args={"connect_timeout": 3}, poolclass=NullPool
        )
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:
        return f"no PostgreSQL server at {make_url(POSTGRES_URL).render_as_string()}: {exc}"
    return None


POSTGRES_PROBLEM = _postgres_problem()


def reset_postgres() -> None:
    """An empty `public` schema: every test that uses PostgreSQL starts from nothing."""
    from app.store.db import dispose_engines

    dispose_engines()
    engine = create_engine(POSTGRES_URL, poolclass=NullPool)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def fresh_database(backend: str, tmp_path: Path) -> str:
    """The URL of a new, migrated, empty store on `backend`."""
    from app.store.db import upgrade

    if backend == "postgres":
        if POSTGRES_PROBLEM:
            if os.environ.get("CI") and APP_BACKEND == "postgres":
                pytest.fail(POSTGRES_PROBLEM)
            pytest.skip(POSTGRES_PROBLEM)
        reset_postgres()
        url = POSTGRES_URL
    else:
        url = f"sqlite:///{tmp_path / 'newsbrief.db'}"
    upgrade(url)
    return url


@pytest.fixture(scope="session", autouse=True)
def _close_pools() -> Iterator[None]:
    yield
    from app.store.db import dispose_engines

    dispose_engines()


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh store on each backend (store tests run on both)."""
    return fresh_database(request.param, tmp_path)


@pytest.fixture
def app_db_url(tmp_path: Path) -> str:
    """A fresh store on the backend this run is about (NEWSBRIEF_TEST_DATABASE)."""
    return fresh_database(APP_BACKEND, tmp_path)


@pytest.fixture(scope="session")
def sample_document() -> Document:
    return from_text(SAMPLE.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def sample_brief(sample_document: Document) -> ExtractedBrief:
    from app.extract.pipeline import extract

    return extract(sample_document)


# ------------------------------------------------------------------------------ live server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class LiveServer:
    """A real uvicorn in a subprocess, as users run it."""

    def __init__(self, database_url: str, env: dict[str, str] | None = None) -> None:
        self.database_url = database_url
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.log = Path(os.environ.get("TMPDIR", "/tmp")) / f"newsbrief-uvicorn-{self.port}.log"
        full_env = {
            **os.environ,
            "NEWSBRIEF_DATABASE_URL": database_url,
            "NEWSBRIEF_LOG_LEVEL": "WARNING",
            **(env or {}),
        }
        with self.log.open("wb") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "uvicorn", "app.main:app", "--port", str(self.port)],
                cwd=ROOT,
                env=full_env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        self._wait()

    def _wait(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"uvicorn exited: {self.log.read_text()[-2000:]}")
            try:
                if httpx.get(self.base_url + "/healthz", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"uvicorn did not start in {timeout}s: {self.log.read_text()[-2000:]}")

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.base_url, timeout=30)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def run_cli(
    *args: str, database_url: str, env: dict[str, str] | None = None, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    """`newsbrief ARGS` in a subprocess, as a user types it."""
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        cwd=ROOT,
        env={
            **os.environ,
            "NEWSBRIEF_DATABASE_URL": database_url,
            "NEWSBRIEF_LOG_JSON": "false",
            **(env or {}),
        },
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A live server over a fresh store with the sample and the fixture articles (per module)."""
    url = fresh_database(APP_BACKEND, tmp_path_factory.mktemp("live"))
    done = run_cli("load", str(SAMPLE.parent), str(FIXTURE_ARTICLES), database_url=url)
    assert done.returncode == 0, done.stderr
    server = LiveServer(url)
    try:
        yield server
    finally:
        server.stop()


# ------------------------------------------------------------------------- error shape

LEAK_MARKERS = ("Traceback", 'File "', "sqlalchemy", "psycopg", "sqlite3", "SELECT ", "INSERT ")


def assert_problem(response: httpx.Response, status: int) -> dict[str, Any]:
    """An RFC 9457 problem with this status, and nothing in it a client should not see."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert {"type", "title", "status", "detail"} <= body.keys()
    assert body["status"] == status
    assert_no_leak(response)
    return body


def assert_no_leak(response: httpx.Response) -> None:
    """No stack trace, SQL or driver name in a response body."""
    text = response.text
    for marker in LEAK_MARKERS:
        assert marker not in text, f"{marker!r} in a {response.status_code} response: {text[:300]}"
