"""Request limits enforced before any route runs: body size (413), JSON syntax, depth, NUL (400).

A pure ASGI middleware, so that it counts the bytes as they arrive: a `Content-Length` header
that is too large is refused at once, and a chunked body without one is refused as soon as it
grows past the limit, before the whole of it is buffered. JSON bodies are then checked for
nesting depth, since no article needs more than a couple of levels and deeply nested input
only costs parser time and stack.
"""

from __future__ import annotations

import json
from typing import Any

import orjson
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api.errors import problem_response

MAX_JSON_DEPTH = 32
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def json_depth(value: Any, limit: int) -> int:
    """Nesting depth of a parsed JSON value (a scalar is 0), counted up to `limit` + 1."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children: Any = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        depth += 1
        deepest = max(deepest, depth)
        if deepest > limit:
            break
        stack.extend((child, depth) for child in children)
    return deepest


class RequestLimits:
    """Refuse request bodies over `max_body_bytes` (413) or JSON nested over `max_json_depth`."""

    def __init__(
        self, app: ASGIApp, *, max_body_bytes: int, max_json_depth: int = MAX_JSON_DEPTH
    ) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.max_json_depth = max_json_depth

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        if "\x00" in path or b"%00" in scope.get("query_string", b""):
            # No text column can hold NUL (PostgreSQL refuses it outright): say so up front
            # rather than fail inside a query.
            reason = "NUL characters (%00) are not allowed in the path or query"
            await problem_response(400, reason, instance=path)(scope, receive, send)
            return
        if scope["method"] not in _BODY_METHODS:
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body_bytes):
            await self._too_large(scope, receive, send, path)
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                await self._too_large(scope, receive, send, path)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        content_type = headers.get("content-type", "").lower()
        if body and ("json" in content_type or not content_type):
            problem = self._json_problem(body)
            if problem:
                await problem_response(400, problem, instance=path)(scope, receive, send)
                return

        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    def _json_problem(self, body: bytes) -> str | None:
        try:
            body.decode("utf-8")
        except UnicodeDecodeError as exc:
            # RFC 8259: JSON between systems is UTF-8; say where it is not, not just "invalid".
            return f"the JSON body is not UTF-8 (byte {exc.start}: {exc.reason})"
        try:
            value = orjson.loads(body)
        except orjson.JSONDecodeError as exc:
            if "depth" in str(exc).lower() or "recursion" in str(exc).lower():
                return f"JSON nested deeper than {self.max_json_depth} levels"
            # orjson also refuses what the JSON grammar allows (a lone surrogate escape): the
            # standard parser, as the route's, has the last word. RFC 9110: a body the server
            # cannot parse is a bad request (400), not a valid request with wrong content (422).
            try:
                json.loads(body)
            except ValueError as invalid:
                return f"the body is not valid JSON ({invalid})"
            return None
        if json_depth(value, self.max_json_depth) > self.max_json_depth:
            return f"JSON nested deeper than {self.max_json_depth} levels"
        return None

    async def _too_large(self, scope: Scope, receive: Receive, send: Send, path: str) -> None:
        response = problem_response(
            413,
            f"request body larger than {self.max_body_bytes:,} bytes",
            instance=path,
            headers={"Connection": "close"},
        )
        await response(scope, receive, send)
