"""The brief's JSON: one serializer for `newsbrief extract`, the store and `GET /briefs/{id}`."""

from __future__ import annotations

from typing import Any

import orjson

from app.extract.model import ExtractedBrief


def brief_json(brief: ExtractedBrief) -> bytes:
    """The brief as compact UTF-8 JSON (orjson serializes the dataclasses natively)."""
    return orjson.dumps(brief)


def brief_dict(brief: ExtractedBrief) -> dict[str, Any]:
    result: dict[str, Any] = orjson.loads(brief_json(brief))
    return result
