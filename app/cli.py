"""The `newsbrief` command: load articles, extract without storing, serve, migrate, stats."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import orjson
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from app.config import get_settings

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
    from app.store.db import upgrade

    settings = get_settings()
    url = _database_url(database_url)
    missing = [p for p in paths if not p.exists()]
    for p in missing:
        err.print(f"[red]error[/]: {p}: no such file or folder")
    if migrate:
        upgrade(url)
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
    """Serve the API (and the viewer at /) with uvicorn."""
    import uvicorn

    from app.store.db import upgrade

    if migrate:
        upgrade(get_settings().database_url)
    uvicorn.run("app.main:app", host=host, port=port, workers=workers, log_level="warning")


@db_cli.command("upgrade")
def db_upgrade(database_url: DatabaseOpt = None) -> None:
    """Bring the database schema to the newest migration."""
    from app.store.db import current_and_head, upgrade

    url = _database_url(database_url)
    upgrade(url)
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

    with session_scope(_database_url(database_url)) as session:
        data = stats_store.stats(session, top=top)
    if as_json:
        sys.stdout.buffer.write(orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n")
        return
    out = Console()
    counts = Table(title="newsbrief store")
    for name in data["counts"]:
        counts.add_column(name, justify="right")
    counts.add_row(*(f"{v:,}" for v in data["counts"].values()))
    out.print(counts)
    top_table = Table(title=f"top {top} entities")
    for col in ("entity", "type", "briefs", "id"):
        top_table.add_column(col)
    for e in data["top_entities"]:
        top_table.add_row(e["name"], e["type"], str(e["briefs"]), e["id"])
    out.print(top_table)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
