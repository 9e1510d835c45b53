"""The write service: documents -> extraction -> store, for `newsbrief load` and `POST /briefs`.

`POST /briefs` stores a brief in its own transaction (`store_brief`); the CLI (`newsbrief
load`) stores a batch of briefs in one, each under its own savepoint (`store_briefs`), so a
brief that fails to store is still the only one lost. A file that cannot be read is reported
with its reason and skipped; the rest of the batch goes on. An article already
in the store (same content, same id) is not extracted again, so a rerun after a crash only does
the work that is left.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session

from app import metrics
from app.config import Settings
from app.extract.document import (
    Document,
)
from app.extract.model import ExtractedBrief
from app.extract.pipeline import BATCH_SIZE, ExtractionFailure, extract
from app.extract.render import brief_json
from app.ingest.linking import resolve_entities
from app.ingest.sources import SUPPORTED, discover, read_source, validate
from app.ingest.workers import extracted
from app.store import briefs as briefs_store
from app.store import writes as writes_store
from app.store.db import session_scope

log = logging.getLogger("newsbrief.ingest")


# Briefs `load_paths` writes in one transaction (`store_briefs`). Per brief, a commit cost a
# third of storing it on SQLite; sixteen share one. A crash loses at most the uncommitted
# batch, whole briefs only, which a rerun extracts again.
STORE_BATCH = 16


@dataclass(slots=True)
class LoadReport:
    loaded: list[str] = field(default_factory=list)  # brief ids stored by this run
    existing: list[str] = field(default_factory=list)  # already in the store
    failed: list[tuple[str, str]] = field(default_factory=list)  # (where, reason)
    ignored: list[str] = field(default_factory=list)  # files of a type we do not read

    @property
    def ok(self) -> bool:
        return not self.failed


def save_linked(
    session: Session, brief: ExtractedBrief, *, external_id: str | None = None
) -> writes_store.SaveResult:
    """Link the brief's entities to the store's (`linking.resolve_entities`), render it, and
    write it, in the caller's transaction. Linkers take turns (`writes.lock_for_linking`)."""
    writes_store.lock_for_linking(session)
    resolve_entities(session, brief)
    return writes_store.save_brief(session, brief, brief_json(brief), external_id=external_id)


def store_brief(
    database_url: str, brief: ExtractedBrief, external_id: str | None = None
) -> writes_store.SaveResult:
    """Write one brief in its own transaction: all of it or nothing."""
    with session_scope(database_url, write=True) as session:
        return save_linked(session, brief, external_id=external_id)


def store_briefs(
    database_url: str, briefs: Sequence[ExtractedBrief]
) -> list[writes_store.SaveResult | Exception]:
    """Write several briefs in one transaction, each all or nothing: the result of each, in order.

    Each brief is written under its own SAVEPOINT, so one that fails is rolled back alone and
    its error is its result; the others commit together. One commit for the batch, not one a
    brief: on SQLite a commit writes every page the brief touched (indexes, the full-text
    segment) to the WAL, which costs as much as storing the brief. If the commit itself fails,
    it raises and none of the batch is stored.
    """
    results: list[writes_store.SaveResult | Exception] = []
    with session_scope(database_url, write=True) as session:
        for brief in briefs:
            try:
                with session.begin_nested():
                    results.append(save_linked(session, brief))
            except Exception as exc:  # this brief only; the savepoint undid its rows
                results.append(exc)
    return results


@dataclass(slots=True)
class StoredBrief:
    brief_id: str
    created: bool
    document: bytes
    etag: str


def extract_and_store(settings: Settings, document: Document) -> StoredBrief:
    """The HTTP write path: extract one document (unless stored already) and store it."""
    brief_id = document.brief_id
    if not _already_stored(settings.database_url, brief_id):
        with metrics.timed(metrics.EXTRACTION):
            brief = extract(document, settings.spacy_model)
        result = store_brief(settings.database_url, brief)
        created = result.created
        if created:
            metrics.BRIEFS_STORED.inc()
    else:
        created = False
    with session_scope(settings.database_url) as session:
        found = briefs_store.get_brief_document(session, brief_id)
    if found is None:  # deleted between the write and this read: say so, do not invent it
        raise RuntimeError(f"brief {brief_id} vanished right after it was stored")
    return StoredBrief(brief_id, created, found[0], found[1])


def _already_stored(database_url: str, brief_id: str) -> bool:
    return briefs_store.is_brief_stored(database_url, brief_id)


def load_paths(
    paths: Iterable[Path],
    *,
    database_url: str,
    model: str,
    max_file_bytes: int,
    max_text_chars: int,
    workers: int = 1,
    batch_size: int = BATCH_SIZE,
    store_batch: int = STORE_BATCH,
    on_progress: Callable[[str, str], None] | None = None,
) -> LoadReport:
    """Load every article under `paths` into the store; report what was loaded or skipped.

    `batch_size` articles go to spaCy at once, `store_batch` briefs are written in one
    transaction (`store_briefs`). `on_progress(where, outcome)` is called once per article
    or file, outcome one of "loaded", "existing", "failed", "ignored".
    """
    report = LoadReport()
    progress = on_progress or (lambda where, outcome: None)
    pending_where: dict[str, str] = {}

    def documents() -> Iterator[Document]:
        for path in discover(paths):
            if path.suffix.lower() not in SUPPORTED:
                report.ignored.append(str(path))
                progress(str(path), "ignored")
                continue
            for item in read_source(path, max_file_bytes):
                if item.document is None:
                    report.failed.append((item.where, item.error or "unreadable"))
                    log.info("skipped %s: %s", item.where, item.error)  # the CLI prints it
                    progress(item.where, "failed")
                    continue
                reason = validate(item.document, max_text_chars)
                if reason:
                    report.failed.append((item.where, reason))
                    log.info("skipped %s: %s", item.where, reason)  # the CLI prints it
                    progress(item.where, "failed")
                    continue
                brief_id = item.document.brief_id
                if brief_id in pending_where or _already_stored(database_url, brief_id):
                    report.existing.append(brief_id)
                    progress(item.where, "existing")
                    continue
                pending_where[brief_id] = item.where
                yield item.document

    unstored: list[ExtractedBrief] = []

    def store_unstored() -> None:
        """Store the briefs extracted so far, a batch in one transaction, and report each."""
        if not unstored:
            return
        results: list[writes_store.SaveResult | Exception]
        try:
            results = store_briefs(database_url, unstored)
        except Exception as exc:  # the transaction failed as a whole: none of them is stored
            log.exception("could not store a batch of %d briefs", len(unstored))
            results = [exc] * len(unstored)
        for brief, result in zip(unstored, results, strict=True):
            where = pending_where.get(brief.id, brief.id)
            if isinstance(result, Exception):  # a store failure loses this brief only
                log.error("could not store %s", where, exc_info=result)
                report.failed.append((where, f"store error: {type(result).__name__}: {result}"))
                progress(where, "failed")
            elif result.created:
                report.loaded.append(brief.id)
                log.info("loaded %s as brief %s", where, brief.id)  # committed: it is there
                progress(where, "loaded")
            else:
                report.existing.append(brief.id)
                progress(where, "existing")
        unstored.clear()

    for brief in extracted(documents(), model, workers, batch_size):
        if isinstance(brief, ExtractionFailure):
            store_unstored()  # first, so that outcomes are reported in input order
            where = pending_where.get(brief.brief_id, brief.brief_id)
            report.failed.append((where, f"extraction error: {brief.error}"))
            progress(where, "failed")
            continue
        unstored.append(brief)
        if len(unstored) >= store_batch:
            store_unstored()
    store_unstored()
    return report
