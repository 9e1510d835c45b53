"""The hottest read, `GET /briefs/{id}`, answered from the stored bytes before FastAPI routes it.

A brief is stored as its rendered JSON with its ETag (`brief.document`, `brief.etag`), so
answering the plain request is a primary-key read and a byte copy. Profiled in-process
(benchmarks/RESULTS.md), FastAPI's nested router matching and its per-request parameter and
dependency solving cost several times that read; this middleware, the innermost of the app's
own but for gzip (so the request context, limits and CORS still apply), answers that one case
itself and hands everything else on:

- only `GET`/`HEAD` of `/briefs/<id>` with no query string and no request for JSON-LD, i.e.
  exactly the requests the documented route (`app.api.briefs.get_brief`) answers with the
  stored bytes unchanged; `?fields=`, `Accept: application/ld+json`, an over-long id, and any
  other path go to that route as before;
- an id that is not stored goes on too, so the route's own 404 problem is the only one.

The answer is the route's: same body, ETag, Cache-Control and Vary, 304 on a matching
`If-None-Match` (tests/api/test_conventions.py compares both paths). It sits outside
`GZipMiddleware` and compresses itself, because a brief compressed per request costs more than
everything else the request does (~0.3-0.6 ms for 13 KB here): the gzipped bytes of recently
read briefs are kept by ETag in a small LRU (`GZIP_CACHE_BYTES`), so a front end re-reading a
popular brief gets it compressed at no cost.
"""

from __future__ import annotations

import gzip
import re
from collections import OrderedDict
from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send

from app.api import jsonld
from app.api.briefs import CACHE_CONTROL, etag_matches, read_document, router
from app.api.params import MAX_ID_LENGTH

_BRIEF_PATH = re.compile(rf"/briefs/([^/]{{1,{MAX_ID_LENGTH}}})")
_METHODS = frozenset({"GET", "HEAD"})
GZIP_MINIMUM_SIZE = 1000  # smaller bodies gain nothing from gzip (also GZipMiddleware's bound)
GZIP_LEVEL = 6  # zlib's default: on brief JSON as small as level 9 (24 %), for less CPU
GZIP_CACHE_BYTES = 32 * 1024 * 1024  # ~10,000 compressed briefs


def _route(name: str) -> Any:
    return next(r for r in router.routes if getattr(r, "name", None) == name)


class StoredBriefs:
    """ASGI middleware: answer a plain `GET /briefs/{id}` with the brief's stored JSON."""

    def __init__(
        self, app: ASGIApp, *, database_url: str, gzip_cache_bytes: int = GZIP_CACHE_BYTES
    ) -> None:
        self.app = app
        self.database_url = database_url
        # Labels the request for metrics and logs as the documented route would.
        self.route = _route("get_brief")
        self._gzipped: OrderedDict[str, bytes] = OrderedDict()
        self._gzipped_bytes = 0
        self.gzip_cache_bytes = gzip_cache_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] in _METHODS and not scope["query_string"]:
            match = _BRIEF_PATH.fullmatch(scope["path"])
            if match:
                headers = dict(scope["headers"])
                if not jsonld.wants_ld(_latin1(headers.get(b"accept"))):
                    found = await read_document(self.database_url, match.group(1))
                    if found is not None:
                        scope["route"] = self.route
                        await self._answer(found, headers, send)
                        return
        await self.app(scope, receive, send)

    async def _answer(
        self, found: tuple[bytes, str], request_headers: dict[bytes, bytes], send: Send
    ) -> None:
        body, etag = found
        quoted = f'"{etag}"'
        headers = [
            (b"etag", quoted.encode()),
            (b"cache-control", CACHE_CONTROL.encode()),
            (b"vary", b"Accept, Accept-Encoding"),
        ]
        if etag_matches(_latin1(request_headers.get(b"if-none-match")), quoted):
            await send({"type": "http.response.start", "status": 304, "headers": headers})
            await send({"type": "http.response.body", "body": b""})
            return
        headers.append((b"content-type", b"application/json"))
        if len(body) >= GZIP_MINIMUM_SIZE and b"gzip" in request_headers.get(
            b"accept-encoding", b""
        ):
            body = self._compressed(etag, body)
            headers.append((b"content-encoding", b"gzip"))
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    def _compressed(self, etag: str, body: bytes) -> bytes:
        """The gzip of a brief's bytes, from the LRU when it was read recently."""
        cached = self._gzipped.get(etag)
        if cached is not None:
            self._gzipped.move_to_end(etag)
            return cached
        compressed = gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0)
        self._gzipped[etag] = compressed
        self._gzipped_bytes += len(compressed)
        while self._gzipped_bytes > self.gzip_cache_bytes:
            _, evicted = self._gzipped.popitem(last=False)
            self._gzipped_bytes -= len(evicted)
        return compressed


def _latin1(value: bytes | None) -> str | None:
    return value.decode("latin-1") if value is not None else None
