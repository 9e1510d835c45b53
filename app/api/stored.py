"""The HTTP answer for a stored brief (or a part of it): one function for the route and hot path.

A brief is stored as its rendered JSON with its ETag, so its answer is those bytes with:
`ETag`, `Cache-Control`, `Vary: Accept, Accept-Encoding` (JSON or JSON-LD, identity or gzip),
a 304 when `If-None-Match` matches, and gzip when the client takes it. Compressing a brief
costs more than everything else its request does (~0.3-0.6 ms for 13 KB), so the gzipped
bytes of recently served answers are kept by ETag in a small LRU (`GzipCache`), shared by the
app's routes and its hot path (`app.api.hot_path`).
"""

from __future__ import annotations

import gzip
from collections import OrderedDict
from typing import NamedTuple

from starlette.datastructures import MutableHeaders
from starlette.middleware.gzip import GZipMiddleware
from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send

CACHE_CONTROL = "public, max-age=60, must-revalidate"
VARY = "Accept, Accept-Encoding"
GZIP_MINIMUM_SIZE = 1000  # smaller bodies gain nothing from gzip (also the app's GZip bound)
GZIP_LEVEL = 6  # zlib's default: on brief JSON as small as level 9 (24 %), for less CPU
_CACHE_CONTROL = (b"cache-control", CACHE_CONTROL.encode())
_VARY = (b"vary", VARY.encode())
_GZIP = (b"content-encoding", b"gzip")


class GzipCache:
    """The gzip of recently served bodies, by ETag, up to `max_bytes` of compressed bytes."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._gzipped: OrderedDict[str, bytes] = OrderedDict()
        self._bytes = 0

    def compressed(self, etag: str, body: bytes) -> bytes:
        """The gzip of `body` (whose ETag is `etag`), from the cache when it was served lately."""
        cached = self._gzipped.get(etag)
        if cached is not None:
            self._gzipped.move_to_end(etag)
            return cached
        compressed = gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0)
        self._gzipped[etag] = compressed
        self._bytes += len(compressed)
        while self._bytes > self.max_bytes:
            _, evicted = self._gzipped.popitem(last=False)
            self._bytes -= len(evicted)
        return compressed

    def __contains__(self, etag: str) -> bool:
        return etag in self._gzipped

    @property
    def size(self) -> int:
        return self._bytes


def etag_matches(if_none_match: str | None, quoted_etag: str) -> bool:
    """RFC 9110 weak comparison, as `If-None-Match` asks: `W/"x"` matches `"x"`; `*` any."""
    if not if_none_match:
        return False
    tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
    return quoted_etag in tags or "*" in tags


class StoredAnswer(NamedTuple):
    """A complete HTTP answer: status, raw headers and body, as ASGI sends them (a tuple: it
    is made for every request of the hottest read)."""

    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes

    async def send(self, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status, "headers": self.headers})
        await send({"type": "http.response.body", "body": self.body})


def stored_answer(
    body: bytes,
    etag: str,
    *,
    if_none_match: str | None,
    accept_encoding: str | None,
    cache: GzipCache,
    media_type: str = "application/json",
) -> StoredAnswer:
    """The answer for stored (or derived) bytes `body` whose validator is `etag`."""
    quoted = f'"{etag}"'
    headers = [(b"etag", quoted.encode()), _CACHE_CONTROL, _VARY]
    if etag_matches(if_none_match, quoted):
        return StoredAnswer(304, headers, b"")
    headers.append((b"content-type", media_type.encode()))
    if len(body) >= GZIP_MINIMUM_SIZE and accept_encoding and "gzip" in accept_encoding:
        body = cache.compressed(etag, body)
        headers.append(_GZIP)
    headers.append((b"content-length", str(len(body)).encode()))
    return StoredAnswer(200, headers, body)


class StoredResponse(Response):
    """A route's `StoredAnswer`, sent as it is."""

    def __init__(self, answer: StoredAnswer) -> None:
        self.answer = answer
        self.status_code = answer.status
        self.body = answer.body
        self.background = None
        self.raw_headers = list(answer.headers)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers}
        )
        await send({"type": "http.response.body", "body": self.body})


class GZip(GZipMiddleware):
    """Starlette's gzip middleware, naming each header in `Vary` once.

    A stored answer negotiates its encoding itself and says so (`Vary: Accept-Encoding`); an
    uncompressed one still passes through here, which adds Accept-Encoding to `Vary` again.
    """

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_once(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(raw=message["headers"])
                vary = headers.getlist("vary")
                if vary:
                    names = [v.strip() for value in vary for v in value.split(",") if v.strip()]
                    unique = list(dict.fromkeys(names))
                    if unique != names:
                        del headers["vary"]
                        headers["vary"] = ", ".join(unique)
            await send(message)

        await super().__call__(scope, receive, send_once)
