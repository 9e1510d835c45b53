"""The `newsbrief` command: load articles, extract without storing, serve, migrate, stats."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import orjson
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from app.config import get_settings


def _flags_without_a_type() -> None:
    """Typer 0.29's help shows a type for on/off flags (`--help <bool>`); a flag takes no
    value, so its type column stays empty (as in click's own help)."""
    from typer.core import TyperOption

    shown = TyperOption.display_type_rich

    def display_type_rich(self: TyperOption, ctx: Any) -> str | None:
        return None if self.is_flag else shown(self, ctx)

    TyperOption.display_type_rich = display_type_rich  # type: ignore[method-assign]


_flags_without_a_type()

cli = typer.Typer(
    name="newsbrief",
    help="Turn news articles into structured briefs (entities, timeline, claims) and serve them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
db_cli = typer.Typer(help="Database schema (Alembic migrations).", no_args_is_help=True)
cli.add_typer(db_cli, name="db")
err = Console(stderr=True)

PathsArg = Annotated[
    list[Path],
    typer.Argument(
        help="Files or folders (read recursively): .txt/.md with optional front matter, "
        ".json (one article), .jsonl (one article a line), .html.",
        show_default=False,
    ),
]


def _database_url(override: str | None) -> str:
    return override or get_settings().database_url


def _store_problem(url: str, exc: BaseException) -> str:
    """One line for a store that cannot be reached or opened: what, where, how to fix."""
    from sqlalchemy.engine import make_url

    from app.store.db import is_sqlite

    reason = " ".join(str(getattr(exc, "orig", None) or exc).split())
    reason = reason.removeprefix("connection failed: ")[:300].rstrip(". ")
    reason += "" if reason.endswith(("?", "!")) else "."
    where = make_url(url)
    setting = "NEWSBRIEF_DATABASE_URL"
    if is_sqlite(url):
        path = Path(where.database or "").resolve()
        if "not a database" in reason:
            fix = f"it is not a newsbrief SQLite file; point {setting} at another file"
        else:
            fix = f"check that the folder {path.parent} exists and is writable, or set {setting}"
        return f"cannot open the SQLite store {path}: {reason} Fix: {fix}."
    host, port = where.host or "localhost", where.port or 5432
    database = where.database or ""
    if "does not exist" in reason and "database" in reason:
        user = f" -U {where.username}" if where.username else ""
        fix = f"create it with `createdb -h {host} -p {port}{user} {database}`"
    elif "authentication" in reason or "password" in reason:
        fix = f"check the user name and password in {setting}"
    else:
        fix = f"start PostgreSQL at {host}:{port}, or point {setting} at a server that answers"
    what = f"cannot connect to PostgreSQL database {database!r} at {host}:{port}"
    return f"{what}: {reason} Fix: {fix}."


def _open_store(url: str, *, migrate: bool) -> None:
    """Bring the schema to head (`migrate`), or just connect; a store that cannot be reached
    or opened is one line on stderr and exit status 2, not a traceback."""
    from sqlalchemy.exc import DBAPIError, OperationalError

    from app.store.db import get_engine, upgrade

    try:
        if migrate:
            upgrade(url)
        else:
            with get_engine(url).connect():
                pass
    except (OperationalError, DBAPIError, OSError) as exc:
        err.print(f"[red]error[/]: {_store_problem(url, exc)}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None


DatabaseOpt = Annotated[
    str | None,
    typer.Option("--database-url", help="Store to use (default: NEWSBRIEF_DATABASE_URL)."),
]


@cli.command()
def load(
    paths: PathsArg,
    database_url: DatabaseOpt = None,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            "-w",
            min=1,
            max=32,
            help="Processes running extraction in parallel (1 = in this process).",
        ),
    ] = 1,
    batch_size: Annotated[
        int | None,
        typer.Option(
            min=1,
            max=1000,
            help="Articles per spaCy batch (nlp.pipe); default NEWSBRIEF_BATCH_SIZE (16).",
        ),
    ] = None,
    progress: Annotated[
        bool | None,
        typer.Option(
            "--progress/--no-progress", help="Progress bar (default: on when stderr is a terminal)."
        ),
    ] = None,
    migrate: Annotated[
        bool, typer.Option("--migrate/--no-migrate", help="Bring the schema to head first.")
    ] = True,
) -> None:
    """Extract briefs from articles and store them.

    Each article is stored all or nothing (several to a transaction, each under a savepoint of
    its own, so one that fails to store is the only one lost); an article already in the store
    (same content) is skipped without extracting it again, so rerunning after a crash completes
    the rest. Files that cannot be read are reported with their reason and skipped. The exit status
    is 1 when any file or article failed, 0 otherwise.
    """
    from app.ingest.service import load_paths

    settings = get_settings()
    url = _database_url(database_url)
    missing = [p for p in paths if not p.exists()]
    for p in missing:
        err.print(f"[red]error[/]: {p}: no such file or folder")
    _open_store(url, migrate=migrate)
    show = sys.stderr.isatty() if progress is None else progress
    bar = Progress(
        TextColumn("[bold]loading"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[last]}"),
        TimeElapsedColumn(),
        console=err,
        disable=not show,
        transient=False,
    )
    with bar:
        task = bar.add_task("load", total=None, last="")

        def on_progress(where: str, outcome: str) -> None:
            bar.update(task, advance=1, last=f"{outcome}: {Path(where.split(':')[0]).name}")

        report = load_paths(
            [p for p in paths if p.exists()],
            database_url=url,
            model=settings.spacy_model,
            max_file_bytes=settings.max_file_bytes,
            max_text_chars=settings.max_text_chars,
            workers=workers,
            batch_size=batch_size or settings.batch_size,
            store_batch=settings.store_batch,
            on_progress=on_progress,
        )
    for where, reason in report.failed:
        err.print(f"[yellow]skipped[/] {where}: {reason}")
    err.print(
        f"loaded {len(report.loaded)}, already stored {len(report.existing)}, "
        f"failed {len(report.failed) + len(missing)}, ignored {len(report.ignored)}"
    )
    if report.failed or missing:
        raise typer.Exit(1)


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"


@cli.command()
def extract(
    paths: PathsArg,
    format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="json: one array; jsonl: a brief a line.")
    ] = OutputFormat.jsonl,
) -> None:
    """Extract briefs and print them (the JSON of GET /briefs/{id}) without storing anything."""
    from app.extract.pipeline import ExtractionFailure, extract_many
    from app.extract.render import brief_json
    from app.ingest.sources import SUPPORTED, discover, read_source, validate

    settings = get_settings()
    failed = 0
    documents = []
    for path in discover(paths):
        if path.suffix.lower() not in SUPPORTED:
            continue
        for item in read_source(path, settings.max_file_bytes):
            reason = item.error or (
                validate(item.document, settings.max_text_chars) if item.document else None
            )
            if reason or item.document is None:
                err.print(f"[yellow]skipped[/] {item.where}: {reason}")
                failed += 1
                continue
            documents.append(item.document)
    out = sys.stdout.buffer
    briefs = [b for b in extract_many(documents, settings.spacy_model)]
    good = []
    for b in briefs:
        if isinstance(b, ExtractionFailure):
            err.print(f"[yellow]skipped[/] brief {b.brief_id}: {b.error}")
            failed += 1
        else:
            good.append(brief_json(b))
    if format is OutputFormat.json:
        out.write(b"[" + b",".join(good) + b"]\n")
    else:
        for line in good:
            out.write(line + b"\n")
    out.flush()
    if failed:
        raise typer.Exit(1)


@cli.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, max=64, help="uvicorn worker processes.")] = 1,
    migrate: Annotated[
        bool, typer.Option("--migrate/--no-migrate", help="Bring the schema to head first.")
    ] = True,
) -> None:
    """Serve the API (and the viewer at /) with uvicorn; says where once it answers."""
    import threading

    import uvicorn

    _open_store(get_settings().database_url, migrate=migrate)
    url = f"http://{'[' + host + ']' if ':' in host else host}:{port}"
    threading.Thread(target=_announce_when_ready, args=(url, host, port), daemon=True).start()
    uvicorn.run("app.main:app", host=host, port=port, workers=workers, log_level="warning")


READY_SECONDS = 300


def _announce_when_ready(url: str, host: str, port: int) -> None:
    """Print the URL once /healthz answers (as it does when uvicorn has bound the port)."""
    import time

    import httpx

    local = {"0.0.0.0": "127.0.0.1", "::": "[::1]", "": "127.0.0.1"}.get(host)
    probe = f"http://{local}:{port}" if local else url
    deadline = time.monotonic() + READY_SECONDS
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{probe}/healthz", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    else:
        return
    also = f" (on this machine: {probe})" if local else ""
    err.print(
        f"newsbrief is serving on [bold]{url}[/]{also}: the viewer at /, "
        f"API docs at {url}/docs. Ctrl+C stops it.",
        highlight=False,
        soft_wrap=True,
    )


@db_cli.command("upgrade")
def db_upgrade(database_url: DatabaseOpt = None) -> None:
    """Bring the database schema to the newest migration."""
    from app.store.db import current_and_head

    url = _database_url(database_url)
    _open_store(url, migrate=True)
    current, _ = current_and_head(url)
    err.print(f"schema at revision {current}")


@cli.command()
def stats(
    database_url: DatabaseOpt = None,
    top: Annotated[int, typer.Option(min=1, max=100, help="How many top entities.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
) -> None:
    """Counts of briefs, entities, claims and events, and the most mentioned entities."""
    from app.store import stats as stats_store
    from app.store.db import session_scope

    url = _database_url(database_url)
    _open_store(url, migrate=False)
    with session_scope(url) as session:
        found = stats_store.stats(session, top=top)
    if as_json:
        data = {"counts": found.counts, "top_entities": [e._asdict() for e in found.top_entities]}
        sys.stdout.buffer.write(orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n")
        return
    out = Console()
    counts = Table(title="newsbrief store")
    for name in found.counts:
        counts.add_column(name, justify="right")
    counts.add_row(*(f"{v:,}" for v in found.counts.values()))
    out.print(counts)
    top_table = Table(title=f"top {top} entities")
    for col in ("entity", "type", "briefs", "id"):
        top_table.add_column(col)
    for e in found.top_entities:
        top_table.add_row(e.name, e.type, str(e.briefs), e.id)
    out.print(top_table)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
