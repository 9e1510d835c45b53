"""Logs: one JSON object a line (each with the request id it was logged under), or readable
text on a terminal."""

from __future__ import annotations

import contextvars
import functools
import logging
import sys
from datetime import UTC, datetime

import orjson

request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)


def _timestamp(created: float) -> str:
    """ISO 8601 in UTC to the millisecond: `2026-11-26T22:47:45.066+00:00`."""
    seconds = int(created)
    millis = int((created - seconds) * 1000)
    return f"{_utc_second(seconds)}.{millis:03d}+00:00"


@functools.lru_cache(maxsize=8)
def _utc_second(seconds: int) -> str:
    # One access line per request: most lines share their second with the line before.
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%S")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": _timestamp(record.created),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        rid = request_id.get()
        if rid:
            entry["request_id"] = rid
        for key in ("method", "path", "status", "duration_ms"):
            if hasattr(record, key):
                entry[key] = getattr(record, key)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return orjson.dumps(entry, default=str).decode()


class TextFormatter(logging.Formatter):
    """One readable line: time, level, logger, message, and the request's status and time."""

    def format(self, record: logging.LogRecord) -> str:
        line = f"{_timestamp(record.created)[11:23]} {record.levelname:<7} {record.getMessage()}"
        if hasattr(record, "duration_ms"):
            line += f" ({record.duration_ms} ms)"
        rid = request_id.get()
        if rid and record.levelno >= logging.WARNING:
            line += f" [request {rid}]"
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


def _terminal_handler() -> logging.Handler:
    """Rich's handler (colours, aligned columns) when stderr is a terminal."""
    from rich.console import Console
    from rich.logging import RichHandler

    handler = RichHandler(
        console=Console(stderr=True), show_path=False, rich_tracebacks=False, markup=False
    )
    handler.setFormatter(_MessageFormatter())
    return handler


class _MessageFormatter(logging.Formatter):
    """The message and a request's duration (Rich shows the time and level itself)."""

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        if hasattr(record, "duration_ms"):
            message += f" ({record.duration_ms} ms)"
        return message


def configure(level: str = "INFO", json_lines: bool | None = True) -> None:
    """Log to stderr: JSON lines (`json_lines` true), or text (false): Rich's on a terminal,
    plain lines elsewhere. None: JSON unless stderr is a terminal."""
    # No log line here shows the caller's file and line, thread or process: skip collecting
    # them (the logging HOWTO's "Optimization" section). The frame walk for the caller alone
    # cost a tenth of a cached brief read.
    logging._srcfile = None
    logging.logThreads = False
    logging.logProcesses = False
    logging.logMultiprocessing = False
    terminal = sys.stderr.isatty()
    if json_lines is None:
        json_lines = not terminal
    handler: logging.Handler
    if json_lines:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(JsonFormatter())
    elif terminal:
        handler = _terminal_handler()
    else:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(TextFormatter())
    root = logging.getLogger("newsbrief")
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    root.propagate = False
