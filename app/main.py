"""The ASGI app: routers, middleware, error handlers; `uvicorn app.main:app` serves it."""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import ORJSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from app import logging as app_logging
from app import metrics, web
from app.api import briefs, claims, entities, errors, health
from app.api.errors import problem_response
from app.api.limits import RequestLimits
from app.config import Settings, get_settings
from app.version import newsbrief_version

log = logging.getLogger("newsbrief.api")
_REQUEST_ID_OK = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:")


def _request_id(request: Request) -> str:
    given = request.headers.get("x-request-id", "")
    if 0 < len(given) <= 128 and set(given) <= _REQUEST_ID_OK:
        return given
    return uuid.uuid4().hex


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    app_logging.configure(settings.log_level, settings.log_json)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if settings.api_keys:
            # Writes extract: load the NLP model once at start, not on the first POST.
            from app.extract.nlp import load_nlp

            load_nlp(settings.spacy_model)
        yield

    app = FastAPI(
        title="newsbrief",
        version=newsbrief_version(),
        summary="Structured news briefs: entities, timeline and claims extracted from articles.",
        default_response_class=ORJSONResponse,
        lifespan=lifespan,
    )
    app.state.settings = settings
    errors.install(app)
    for router in (briefs.router, entities.router, claims.router, health.router):
        app.include_router(router)
    web.mount(app)
    metrics.watch_store(settings.database_url)

    @app.get("/metrics", include_in_schema=False)
    def prometheus_metrics() -> Response:
        """Prometheus text exposition (scraped, not called by API clients)."""
        return Response(generate_latest(metrics.REGISTRY), media_type=CONTENT_TYPE_LATEST)

    app.add_middleware(GZipMiddleware, minimum_size=1000)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "DELETE"],
            allow_headers=["Authorization", "Content-Type", "If-None-Match", "X-Request-ID"],
            expose_headers=["ETag", "Link", "Location", "X-Request-ID"],
        )

    # Added before request_context, so it runs inside it: its 413/400 answers get a request id.
    app.add_middleware(RequestLimits, max_body_bytes=settings.max_body_bytes)

    @app.middleware("http")
    async def request_context(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        rid = _request_id(request)
        token = app_logging.request_id.set(rid)
        started = time.perf_counter()
        try:
            try:
                response = await call_next(request)
            except Exception:
                # Handled here, not by the outermost handler, so that the log line carries the
                # request id and the client gets it back; the trace stays in the log.
                log.exception("unhandled error on %s %s", request.method, request.url.path)
                response = problem_response(
                    500, "the server could not answer this request", instance=request.url.path
                )
            response.headers["X-Request-ID"] = rid
            elapsed = time.perf_counter() - started
            # The route template ("/briefs/{brief_id}"), not the path: bounded label values.
            route = getattr(request.scope.get("route"), "path", "unmatched")
            metrics.REQUESTS.labels(request.method, route, str(response.status_code)).inc()
            metrics.LATENCY.labels(request.method, route).observe(elapsed)
            log.info(
                "%s %s %s",
                request.method,
                request.url.path,
                response.status_code,
                extra={
                    "method": request.method,
                    "path": request.url.path,
                    "status": response.status_code,
                    "duration_ms": round(elapsed * 1000, 2),
                },
            )
        finally:
            app_logging.request_id.reset(token)
        return response

    return app


app = create_app()
