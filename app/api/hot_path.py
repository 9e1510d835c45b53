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

The answer is built by the function the route uses (`app.api.stored.stored_answer`: body,
ETag, Cache-Control, Vary, 304, gzip from the shared cache), and the read is the route's
(`app.api.reads.read_document`), so the two cannot drift apart (tests/api/test_hot_path.py
compares them). It sits outside the app's gzip middleware because it compresses itself.
"""

from __future__ import annotations

import re
from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send

from app.api import jsonld
from app.api.params import MAX_ID_LENGTH
from app.api.reads import read_document
from app.api.stored import GzipCache, stored_answer

_BRIEF_PATH = re.compile(rf"/briefs/([^/]{{1,{MAX_ID_LENGTH}}})")
_METHODS = frozenset({"GET", "HEAD"})


class StoredBriefs:
    """ASGI middleware: answer a plain `GET /briefs/{id}` with the brief's stored JSON.

    `route`: the documented route, so that metrics and logs label the request as it would.
    """

    def __init__(
        self, app: ASGIApp, *, database_url: str, gzip_cache: GzipCache, route: Any = None
    ) -> None:
        self.app = app
        self.database_url = database_url
        self.route = route
        self.gzip_cache = gzip_cache

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] in _METHODS and not scope["query_string"]:
            match = _BRIEF_PATH.fullmatch(scope["path"])
            if match:
                headers = dict(scope["headers"])
                if not jsonld.wants_ld(_latin1(headers.get(b"accept"))):
                    found = await read_document(self.database_url, match.group(1))
                    if found is not None:
                        if self.route is not None:
                            scope["route"] = self.route
                        answer = stored_answer(
                            found[0],
                            found[1],
                            if_none_match=_latin1(headers.get(b"if-none-match")),
                            accept_encoding=_latin1(headers.get(b"accept-encoding")),
                            cache=self.gzip_cache,
                        )
                        status, answer_headers, body = answer
                        start = "http.response.start"
                        await send({"type": start, "status": status, "headers": answer_headers})
                        await send({"type": "http.response.body", "body": body})
                        return
        await self.app(scope, receive, send)


def _latin1(value: bytes | None) -> str | None:
    return value.decode("latin-1") if value is not None else None
