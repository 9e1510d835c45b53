"""What the routers share as dependencies: settings, a write session, the API key."""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlmodel import Session

from app.api.errors import ProblemError
from app.config import Settings, get_settings
from app.store.db import session_scope


async def settings_dep(request: Request) -> Settings:
    # async: an attribute read needs no worker thread (a sync dependency would take one)
    settings: Settings = getattr(request.app.state, "settings", None) or get_settings()
    return settings


SettingsDep = Annotated[Settings, Depends(settings_dep)]


def write_session(settings: SettingsDep) -> Iterator[Session]:
    with session_scope(settings.database_url, write=True) as session:
        yield session


# scope="function": the session commits (or fails) before the response goes out. With the
# default ("request") it would commit after it, so a client could be told 204 before a delete
# was durable, or read the deleted brief right after the 204.
WriteSessionDep = Annotated[Session, Depends(write_session, scope="function")]


# Declares the HTTP bearer scheme in OpenAPI (so /docs can "Authorize" POST and DELETE); the
# header is checked below, with this API's own problem answers.
BEARER = HTTPBearer(
    scheme_name="apiKey",
    description="A key from NEWSBRIEF_API_KEYS, sent as `Authorization: Bearer <key>`.",
    auto_error=False,
)


def require_writer(
    request: Request,
    settings: SettingsDep,
    _credentials: Annotated[HTTPAuthorizationCredentials | None, Security(BEARER)] = None,
) -> None:
    """Writes need `Authorization: Bearer <key>` with a configured key; no keys, no writes."""
    keys = [k.get_secret_value().encode() for k in settings.api_keys if k.get_secret_value()]
    if not keys:
        raise ProblemError(
            403, "writes are disabled on this server (no API keys configured: NEWSBRIEF_API_KEYS)"
        )
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise ProblemError(
            401,
            "this write needs an API key: Authorization: Bearer <key>",
            headers={"WWW-Authenticate": 'Bearer realm="newsbrief"'},
        )
    given = token.strip().encode()
    # Compare against every key, always, in constant time: no early exit that leaks timing.
    matched = False
    for key in keys:
        matched |= hmac.compare_digest(given, key)
    if not matched:
        raise ProblemError(
            401,
            "the API key is not valid",
            headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
        )


WriterDep = Depends(require_writer)
