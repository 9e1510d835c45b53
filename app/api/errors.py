"""RFC 9457 problem details: every error a client can get, in one shape."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.api.schemas import Problem

log = logging.getLogger("newsbrief.api")
PROBLEM_TYPE_BASE = "https://newsbrief.dev/problems/"
PROBLEM_JSON = "application/problem+json"

_TITLES = {
    400: "Bad request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    406: "Not acceptable",
    409: "Conflict",
    413: "Content too large",
    415: "Unsupported media type",
    422: "Invalid request",
    429: "Too many requests",
    500: "Internal server error",
    503: "Service unavailable",
}
_SLUGS = {
    404: "not-found",
    422: "invalid-request",
    401: "unauthorized",
    403: "forbidden",
    405: "method-not-allowed",
    413: "content-too-large",
    415: "unsupported-media-type",
    500: "internal-error",
    503: "unavailable",
}


class ProblemError(Exception):
    """Raise from a route to answer with a problem; `extra` members join the body."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        slug: str | None = None,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.slug = slug
        self.headers = headers
        self.extra = extra


def problem_response(
    status: int,
    detail: str,
    *,
    instance: str | None = None,
    slug: str | None = None,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    body = Problem(
        type=PROBLEM_TYPE_BASE + (slug or _SLUGS.get(status, str(status))),
        title=_TITLES.get(status, "Error"),
        status=status,
        detail=detail,
        instance=instance,
        **extra,
    ).model_dump(exclude_none=True)
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def _param_name(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc if p not in ("query", "path", "body", "header")]
    return ".".join(parts) or "body"


def document_problems(app: FastAPI) -> None:
    """Say in the OpenAPI schema what the wire carries: every 4xx/5xx is problem+json.

    FastAPI documents error responses (its own 422 included) as `application/json`; clients
    generated from the schema, and schema-driven fuzzers, would then reject the real ones.
    Operations with a body also document the limits' 400 (bad JSON, nesting) and 413 (size).
    """
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = generate()
        problem = {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}}
        schema.setdefault("components", {}).setdefault("schemas", {})["Problem"] = (
            Problem.model_json_schema(ref_template="#/components/schemas/{model}")
        )
        for path_item in schema.get("paths", {}).values():
            for operation in path_item.values():
                if not isinstance(operation, dict) or "responses" not in operation:
                    continue
                responses = operation["responses"]
                responses.setdefault("400", {"description": "NUL in the path or query"})
                if "requestBody" in operation:
                    responses["400"]["description"] += "; body not JSON, not UTF-8 or too deep"
                    responses.setdefault("413", {"description": "Body or text too large"})
                for code, response in responses.items():
                    if code[:1] in ("4", "5"):
                        response["content"] = problem
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def install(app: FastAPI) -> None:
    document_problems(app)

    @app.exception_handler(ProblemError)
    async def _problem(request: Request, exc: ProblemError) -> JSONResponse:
        return problem_response(
            exc.status,
            exc.detail,
            instance=request.url.path,
            slug=exc.slug,
            headers=exc.headers,
            **exc.extra,
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = (
            exc.detail if isinstance(exc.detail, str) else _TITLES.get(exc.status_code, "Error")
        )
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"no resource at {request.url.path}"
        return problem_response(
            exc.status_code,
            detail,
            instance=request.url.path,
            headers=getattr(exc, "headers", None),
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {
                "parameter": _param_name(tuple(e.get("loc", ()))),
                "message": str(e.get("msg", "invalid")),
            }
            for e in exc.errors()
        ]
        first = errors[0] if errors else {"parameter": "request", "message": "invalid"}
        # A JSON body that does not parse (sent without a JSON content type, so the limits'
        # check did not see it) is a bad request, as the schema documents: 400, not 422.
        unparsed = any(e.get("type") == "json_invalid" for e in exc.errors())
        return problem_response(
            400 if unparsed else 422,
            f"{first['parameter']}: {first['message']}",
            instance=request.url.path,
            errors=errors,
        )

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        # Log the trace with the request id; the client gets no trace, no SQL.
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem_response(
            500, "the server could not answer this request", instance=request.url.path
        )
