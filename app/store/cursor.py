"""Keyset pagination cursors: opaque tokens of a page's last sort key, checked when they return."""

from __future__ import annotations

import base64
from collections.abc import Sequence
from typing import Any

import orjson


class CursorError(ValueError):
    """A pagination cursor that this server did not issue (or that was altered)."""


# ------------------------------------------------------------------------------------ cursor


def encode_cursor(*values: object) -> str:
    return base64.urlsafe_b64encode(orjson.dumps(list(values))).decode().rstrip("=")


def decode_cursor(cursor: str, types: Sequence[type]) -> list[Any]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = orjson.loads(raw)
    except (ValueError, orjson.JSONDecodeError):
        raise CursorError("cursor is not one this server issued") from None
    if (
        not isinstance(values, list)
        or len(values) != len(types)
        or not all(
            isinstance(v, t) and not isinstance(v, bool) for v, t in zip(values, types, strict=True)
        )
    ):
        raise CursorError("cursor is not one this server issued")
    return values
