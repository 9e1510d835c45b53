"""Keyset pages: the `next` URL, its `Link` header, and the cursor errors as 422s."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import orjson
from fastapi import Request, Response
from sqlmodel import Session

from app.api.errors import ProblemError
from app.api.reads import ReadCost, read_store
from app.config import Settings
from app.store.cursor import CursorError

T = TypeVar("T")


async def page(
    request: Request,
    settings: Settings,
    fetch: Callable[[Session], tuple[list[T], str | None]],
    view: Callable[[T], Any],
    *,
    cost: ReadCost = "scan",
) -> Response:
    """Run a keyset query and answer with its page; a bad cursor is the client's 422, not a 500.

    `fetch` returns the store's rows, `view` makes each one's JSON (`app.api.views`).

    `cost` says where the query runs (`app.api.reads`): a keyset page the indexes bound is a
    "page", anything that may read many rows a "scan".

    The page goes out as JSON serialized by orjson, without a second validation against the
    route's response model (it documents the shape; tests/reliability/test_fuzz.py checks
    every answer against it).
    """
    try:
        items, cursor = await read_store(settings, fetch, cost)
    except CursorError as exc:
        raise ProblemError(
            422, f"cursor: {exc}", errors=[{"parameter": "cursor", "message": str(exc)}]
        ) from None
    next_url = None
    headers = {}
    if cursor is not None:
        next_url = str(request.url.include_query_params(cursor=cursor))
        headers["Link"] = f'<{next_url}>; rel="next"'
    return json_response({"items": [view(item) for item in items], "next": next_url}, headers)


def json_response(value: Any, headers: dict[str, str] | None = None) -> Response:
    return Response(orjson.dumps(value), media_type="application/json", headers=headers)
