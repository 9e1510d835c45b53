"""The ASGI app: routers, middleware, error handlers; `uvicorn app.main:app` serves it."""

from __future__ import annotations

import logging
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Response
from fastapi.middleware.cors import CORSMiddleware
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from app import logging as app_logging
from app import metrics, web
from app.api import briefs, claims, entities, errors, health
from app.api.context import RequestContext
from app.api.hot_path import StoredBriefs
from app.api.limits import RequestLimits
from app.api.stored import GZIP_LEVEL, GZIP_MINIMUM_SIZE, GZip, GzipCache
from app.config import Settings, get_settings, json_logs
from app.version import newsbrief_version
from app.web import docs

log = logging.getLogger("newsbrief.api")


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    app_logging.configure(settings.log_level, json_logs(settings, sys.stderr.isatty()))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if settings.api_keys:
            # Writes extract: load the NLP model and the extractors' tables once at start, not
            # on the first POST.
            from app.extract.pipeline import warm_up

            warm_up(settings.spacy_model)
        yield

    app = FastAPI(
        title="newsbrief",
        version=newsbrief_version(),
        summary="Structured news briefs: entities, timeline and claims extracted from articles.",
        lifespan=lifespan,
        # Prometheus (/metrics) and the request log cover a plain deployment; the OpenTelemetry
        # hooks, even with no SDK set up, cost ~15 us a request to find that out.
        telemetry={"tracing": settings.opentelemetry, "metrics": settings.opentelemetry},
        # /docs and /redoc are served with local assets (app.web.docs), not FastAPI's CDN ones.
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    errors.install(app)
    for router in (briefs.router, entities.router, claims.router, health.router):
        app.include_router(router)
    docs.mount(app)  # before the viewer's /static mount, which would take /static/docs too
    web.mount(app)
    metrics.watch_store(settings.database_url)

    @app.get("/metrics", include_in_schema=False)
    def prometheus_metrics() -> Response:
        """Prometheus text exposition (scraped, not called by API clients)."""
        return Response(generate_latest(metrics.REGISTRY), media_type=CONTENT_TYPE_LATEST)

    # Stored briefs and their parts are compressed by `app.api.stored` with this cache; other
    # answers by the gzip middleware.
    app.state.gzip_cache = GzipCache(settings.gzip_cache_bytes)
    app.add_middleware(GZip, minimum_size=GZIP_MINIMUM_SIZE, compresslevel=GZIP_LEVEL)
    # Outside gzip (it compresses with the cache), inside CORS and the request context.
    get_brief = next(r for r in briefs.router.routes if getattr(r, "name", "") == "get_brief")
    app.add_middleware(
        StoredBriefs,
        database_url=settings.database_url,
        gzip_cache=app.state.gzip_cache,
        route=get_brief,
    )
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "DELETE"],
            allow_headers=["Authorization", "Content-Type", "If-None-Match", "X-Request-ID"],
            expose_headers=["ETag", "Link", "Location", "X-Request-ID"],
        )

    # Added before RequestContext, so it runs inside it: its 413/400 answers get a request id.
    app.add_middleware(RequestLimits, max_body_bytes=settings.max_body_bytes)

    # Outermost: every answer, including the limits' and the error handlers', gets an id.
    app.add_middleware(RequestContext, access_log=settings.access_log)

    return app


app = create_app()
