"""Per-request context as plain ASGI: request id, access log, metrics, a last-resort 500.

Written against the ASGI interface rather than as `@app.middleware("http")`: Starlette's
BaseHTTPMiddleware runs every response through an extra task and memory stream, which cost more
than the whole database read of `GET /briefs/{id}` (benchmarks/RESULTS.md).
"""

from __future__ import annotations

import functools
import logging
import secrets
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app import logging as app_logging
from app import metrics
from app.api.errors import problem_response

log = logging.getLogger("newsbrief.api")
_REQUEST_ID_OK = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:")


def request_id_from(scope: Scope) -> str:
    """The client's X-Request-ID when it is a sane token, else a new one."""
    for name, value in scope.get("headers", ()):
        if name == b"x-request-id":
            if 0 < len(value) <= 128 and set(value) <= _REQUEST_ID_OK:
                return str(value.decode("ascii"))
            break
    return secrets.token_hex(16)  # 32 hex digits, like a uuid4's, at a third of the cost


@functools.cache
def _counter(method: str, template: str, status: int) -> Any:
    # labels() looks the child up by a tuple of strings on every call; the set is bounded
    # (methods x route templates x status codes), so keep each child once.
    return metrics.REQUESTS.labels(method, template, str(status))


@functools.cache
def _timer(method: str, template: str) -> Any:
    return metrics.LATENCY.labels(method, template)


class RequestContext:
    """Tags every HTTP request with an id (echoed in `X-Request-ID` and in every log line),
    counts and times it by route template, and turns an unhandled error into a problem+json 500
    whose trace goes to the log, never to the client."""

    def __init__(self, app: ASGIApp, *, access_log: bool = True) -> None:
        self.app = app
        self.access_log = access_log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rid = request_id_from(scope)
        token = app_logging.request_id.set(rid)
        started = time.perf_counter()
        status = 500
        response_started = False
        rid_header = (b"x-request-id", rid.encode())

        async def send_with_id(message: Message) -> None:
            nonlocal status, response_started
            if message["type"] == "http.response.start":
                status = message["status"]
                response_started = True
                message["headers"] = [*message.get("headers", ()), rid_header]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception:
            log.exception("unhandled error on %s %s", scope["method"], scope["path"])
            if response_started:
                raise  # too late for a clean answer; the server closes the connection
            status = 500
            response = problem_response(
                500, "the server could not answer this request", instance=scope["path"]
            )
            await response(scope, receive, send_with_id)
        finally:
            self._record(scope, status, time.perf_counter() - started)
            app_logging.request_id.reset(token)

    def _record(self, scope: Scope, status: int, elapsed: float) -> None:
        # The route template ("/briefs/{brief_id}"), not the path: bounded label values.
        route: Any = scope.get("route")
        template = getattr(route, "path", "unmatched")
        method = scope["method"]
        _counter(method, template, status).inc()
        _timer(method, template).observe(elapsed)
        if not self.access_log:
            return
        log.info(
            "%s %s %s",
            method,
            scope["path"],
            status,
            extra={
                "method": method,
                "path": scope["path"],
                "status": status,
                "duration_ms": round(elapsed * 1000, 2),
            },
        )
