"""Keyset pages: the `next` URL, its `Link` header, and the cursor errors as 422s."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, TypeVar

from fastapi import Query, Request, Response

from app.api.errors import ProblemError
from app.store.repository import CursorError

DEFAULT_LIMIT = 20
MAX_LIMIT = 100

LimitParam = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page (1-100).")]
CursorParam = Annotated[
    str | None,
    Query(max_length=512, description="Opaque cursor from a previous page's `next`."),
]

T = TypeVar("T")


def page(
    request: Request,
    response: Response,
    fetch: Callable[[], tuple[list[T], str | None]],
) -> dict[str, Any]:
    """Run a keyset query and shape its page; a bad cursor is the client's 422, not a 500."""
    try:
        items, cursor = fetch()
    except CursorError as exc:
        raise ProblemError(
            422, f"cursor: {exc}", errors=[{"parameter": "cursor", "message": str(exc)}]
        ) from None
    next_url = None
    if cursor is not None:
        next_url = str(request.url.include_query_params(cursor=cursor))
        response.headers["Link"] = f'<{next_url}>; rel="next"'
    return {"items": items, "next": next_url}
