"""The command line as a new user meets it: a store that cannot be opened is one clear line and
a non-zero exit; `serve` says where it serves once it answers; logs read well on a terminal."""

from __future__ import annotations

import os
import pty
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO, Any

import httpx
import orjson
import pytest
from sqlalchemy.engine import make_url

from tests.conftest import POSTGRES_PROBLEM, POSTGRES_URL, ROOT, free_port, run_cli

pytestmark = pytest.mark.live


def assert_one_clear_line(done: subprocess.CompletedProcess[str], *needles: str) -> str:
    assert done.returncode == 2, (done.returncode, done.stderr)
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr and "Fix: " in lines[0]
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


@pytest.mark.parametrize(
    "command",
    [("db", "upgrade"), ("load", str(ROOT / "data")), ("serve", "--no-migrate"), ("stats",)],
)
def test_a_sqlite_file_that_cannot_be_opened(command: tuple[str, ...], tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the store's folder should be\n")
    url = f"sqlite:///{blocker / 'newsbrief.db'}"
    line = assert_one_clear_line(
        run_cli(*command, database_url=url, timeout=120),
        "cannot open the SQLite store",
        str(blocker / "newsbrief.db"),
    )
    assert "exists and is writable" in line


def test_a_file_that_is_not_a_store(tmp_path: Path) -> None:
    junk = tmp_path / "notes.db"
    junk.write_text("shopping list: bread, milk, coffee\n" * 200)
    url = f"sqlite:///{junk}"
    assert_one_clear_line(run_cli("db", "upgrade", database_url=url), "not a database")


@pytest.mark.parametrize("command", [("db", "upgrade"), ("serve",), ("load", str(ROOT / "data"))])
def test_no_postgresql_server_at_that_address(command: tuple[str, ...]) -> None:
    url = f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/newsbrief"
    line = assert_one_clear_line(
        run_cli(*command, database_url=url, timeout=120), "cannot connect to PostgreSQL", "Fix: "
    )
    assert "start PostgreSQL at 127.0.0.1:" in line


def test_a_postgresql_database_that_does_not_exist_gets_the_createdb_line() -> None:
    if POSTGRES_PROBLEM:
        pytest.skip(POSTGRES_PROBLEM)
    url = make_url(POSTGRES_URL).set(database="newsbrief_never_created")
    line = assert_one_clear_line(
        run_cli("db", "upgrade", database_url=url.render_as_string(hide_password=False)),
        "does not exist",
    )
    assert f"createdb -h {url.host} -p {url.port or 5432}" in line
    assert line.rstrip(".").endswith("newsbrief_never_created`")


def _migrated(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'serve.db'}"
    assert run_cli("db", "upgrade", database_url=url).returncode == 0
    return url


def _lines(stream: IO[bytes] | int, into: queue.Queue[str]) -> None:
    fd = stream if isinstance(stream, int) else stream.fileno()
    buffer = b""
    try:
        while chunk := os.read(fd, 4096):
            buffer += chunk
            *done, buffer = buffer.split(b"\n")
            for line in done:
                into.put(line.decode(errors="replace").rstrip("\r"))
    except OSError:  # the pty closes when the server exits
        pass


def _serve(url: str, stderr: Any, env: dict[str, str] | None = None) -> tuple[Any, int]:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "serve", "--port", str(port), "--no-migrate"],
        cwd=ROOT,
        env={**os.environ, "NEWSBRIEF_DATABASE_URL": url, **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=stderr,
    )
    return proc, port


def _wait_for(lines: queue.Queue[str], found: Any, seconds: float = 90) -> str:
    deadline = time.monotonic() + seconds
    seen: list[str] = []
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=0.5)
        except queue.Empty:
            continue
        seen.append(line)
        if found(line):
            return line
    pytest.fail("not seen in the server's stderr:\n" + "\n".join(seen))


def _stop(proc: Any, reader: threading.Thread, fd: int | None = None) -> None:
    """End the server, let the reader drain its stderr to the end, then close it."""
    proc.terminate()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    reader.join(10)
    if proc.stderr is not None:
        proc.stderr.close()
    if fd is not None:
        os.close(fd)


def _read(stream: IO[bytes] | int, lines: queue.Queue[str]) -> threading.Thread:
    thread = threading.Thread(target=_lines, args=(stream, lines), daemon=True)
    thread.start()
    return thread


def test_serve_says_where_once_it_answers_and_logs_json_off_a_terminal(tmp_path: Path) -> None:
    proc, port = _serve(_migrated(tmp_path), subprocess.PIPE)
    lines: queue.Queue[str] = queue.Queue()
    reader = _read(proc.stderr, lines)
    try:
        url = f"http://127.0.0.1:{port}"
        ready = _wait_for(lines, lambda line: "serving on" in line)
        assert ready.startswith(f"newsbrief is serving on {url}: ")
        assert f"{url}/docs" in ready
        # It answers by then (the line comes after /healthz did).
        assert httpx.get(f"{url}/briefs", timeout=5).status_code == 200
        logged = _wait_for(lines, lambda line: "/briefs" in line)
        entry = orjson.loads(logged)
        assert entry["path"] == "/briefs" and entry["status"] == 200
    finally:
        _stop(proc, reader)


def test_logs_are_readable_text_on_a_terminal(tmp_path: Path) -> None:
    leader, follower = pty.openpty()
    proc, port = _serve(_migrated(tmp_path), follower, {"TERM": "dumb", "COLUMNS": "160"})
    os.close(follower)
    lines: queue.Queue[str] = queue.Queue()
    reader = _read(leader, lines)
    try:
        _wait_for(lines, lambda line: "serving on" in line)
        assert httpx.get(f"http://127.0.0.1:{port}/briefs", timeout=5).status_code == 200
        logged = _wait_for(lines, lambda line: "GET /briefs 200" in line)
        assert not logged.lstrip().startswith("{") and "INFO" in logged, logged
    finally:
        _stop(proc, reader, leader)


def test_json_logs_on_a_terminal_when_asked(tmp_path: Path) -> None:
    leader, follower = pty.openpty()
    proc, port = _serve(_migrated(tmp_path), follower, {"NEWSBRIEF_LOG_FORMAT": "json"})
    os.close(follower)
    lines: queue.Queue[str] = queue.Queue()
    reader = _read(leader, lines)
    try:
        _wait_for(lines, lambda line: "serving on" in line)
        httpx.get(f"http://127.0.0.1:{port}/briefs", timeout=5)
        logged = _wait_for(lines, lambda line: "/briefs" in line)
        assert orjson.loads(logged)["status"] == 200
    finally:
        _stop(proc, reader, leader)


@pytest.mark.parametrize("command", [(), ("load",), ("serve",), ("stats",), ("db", "upgrade")])
def test_help_shows_no_type_for_flags(command: tuple[str, ...]) -> None:
    done = run_cli(*command, "--help", database_url="sqlite://", env={"COLUMNS": "120"})
    assert done.returncode == 0, done.stderr
    assert "--help" in done.stdout and "<bool>" not in done.stdout, done.stdout
    if command == ("load",):
        assert "<int range>" in done.stdout  # options that take a value keep their type
