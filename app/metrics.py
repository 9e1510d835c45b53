"""Prometheus metrics: requests and latency by route, briefs stored, extraction time."""

from __future__ import annotations

import time
from collections.abc import Iterator

from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

REGISTRY = CollectorRegistry(auto_describe=True)

REQUESTS = Counter(
    "newsbrief_http_requests",
    "HTTP requests answered, by method, route template and status code.",
    ["method", "route", "status"],
    registry=REGISTRY,
)
LATENCY = Histogram(
    "newsbrief_http_request_duration_seconds",
    "Time to answer an HTTP request, by method and route template.",
    ["method", "route"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
    registry=REGISTRY,
)
EXTRACTION = Histogram(
    "newsbrief_extraction_duration_seconds",
    "Time to extract one brief (NLP pipeline and extractors) in this process.",
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
    registry=REGISTRY,
)
BRIEFS_STORED = Counter(
    "newsbrief_briefs_stored",
    "Briefs this process extracted and stored (POST /briefs).",
    registry=REGISTRY,
)


class StoreCollector(Collector):
    """Counts read from the store at scrape time, so every worker reports the same truth."""

    def __init__(self, database_url: str) -> None:
        self.database_url = database_url

    def collect(self) -> Iterator[GaugeMetricFamily]:
        from app.store import stats as stats_store
        from app.store.db import session_scope

        gauge = GaugeMetricFamily(
            "newsbrief_store_rows",
            "Rows in the store by kind (briefs, entities, ...).",
            labels=["kind"],
        )
        try:
            with session_scope(self.database_url) as session:
                counts = stats_store.stats(session, top=0).counts
        except Exception:  # a scrape must not fail because the database is away
            return
        for kind, n in counts.items():
            gauge.add_metric([kind], n)
        yield gauge


_collector: StoreCollector | None = None


def watch_store(database_url: str) -> None:
    """Report the row counts of this store: the one the process's newest app serves.

    One collector per process, registered once: a second one (a second app on another store,
    as tests make) would report the same metric twice, which the registry refuses.
    """
    global _collector
    if _collector is None:
        _collector = StoreCollector(database_url)
        REGISTRY.register(_collector)
    _collector.database_url = database_url


class timed:
    """`with timed(EXTRACTION): ...` observes the block's wall time."""

    def __init__(self, histogram: Histogram) -> None:
        self.histogram = histogram

    def __enter__(self) -> None:
        self.started = time.perf_counter()

    def __exit__(self, *exc: object) -> None:
        self.histogram.observe(time.perf_counter() - self.started)
