"""/healthz (the process answers) and /readyz (the database answers, schema at head)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from app.api.deps import SettingsDep
from app.api.schemas import Health, Ready
from app.store.db import current_and_head
from app.store.execute import ping

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=Health, operation_id="health")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get(
    "/readyz", response_model=Ready, operation_id="ready", responses={503: {"model": Ready}}
)
def readyz(settings: SettingsDep) -> JSONResponse:
    try:
        ping(settings.database_url)
        current, head = current_and_head(settings.database_url)
    except Exception as exc:  # any failure to reach the store means: not ready
        body = {
            "status": "not ready",
            "database": f"unreachable: {type(exc).__name__}",
            "migration": None,
            "head": None,
        }
        return JSONResponse(body, status_code=503)
    ready = current == head
    body = {
        "status": "ready" if ready else "not ready",
        "database": "ok",
        "migration": current,
        "head": head,
    }
    return JSONResponse(body, status_code=200 if ready else 503)
