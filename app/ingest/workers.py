"""The extraction worker pool: documents in, briefs (or failures) out, in input order."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from app.extract.document import (
    Document,
)
from app.extract.model import ExtractedBrief
from app.extract.pipeline import ExtractionFailure, extract_many

# ------------------------------------------------------------------------ worker processes

_worker_model: str | None = None


def _init_worker(model: str) -> None:
    global _worker_model
    from app.extract.pipeline import warm_up

    _worker_model = model
    warm_up(model)  # the model and the extractors' tables, before the first chunk arrives


def _extract_chunk(documents: list[Document]) -> list[ExtractedBrief | ExtractionFailure]:
    assert _worker_model is not None
    return list(extract_many(documents, _worker_model))


def extracted(
    documents: Iterable[Document], model: str, workers: int, batch_size: int
) -> Iterator[ExtractedBrief | ExtractionFailure]:
    if workers <= 1:
        yield from extract_many(documents, model, batch_size)
        return
    chunks = _chunks(documents, batch_size)
    # spawn, not fork: a forked child would inherit the parent's database connections.
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        workers, mp_context=ctx, initializer=_init_worker, initargs=(model,)
    ) as pool:
        # pool.map would read and queue every document at once; a window of two chunks per
        # worker keeps them busy while memory stays that of a few chunks, however big the load.
        in_flight: deque[Future[list[ExtractedBrief | ExtractionFailure]]] = deque()
        for chunk in chunks:
            in_flight.append(pool.submit(_extract_chunk, chunk))
            if len(in_flight) >= 2 * workers:
                yield from in_flight.popleft().result()
        while in_flight:
            yield from in_flight.popleft().result()


def _chunks(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def default_workers() -> int:
    return max(1, min(4, (os.cpu_count() or 1)))
