"""Shared checks for the reliability tests: problem+json answers, spans that index the text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.conftest import APP_BACKEND, LiveServer, fresh_database

API_KEY = "test-key-7f3a9c"
AUTH = {"Authorization": f"Bearer {API_KEY}"}


def span_errors(brief: dict[str, Any]) -> list[str]:
    """Every span in a brief (anything with start/end) that does not index the brief's text.

    Spans with their own `text` (mentions, roles, time expressions, triggers, claim source, cue
    and content) must equal `text[start:end]`; the rest (events, sections, paragraphs) must lie
    inside the text, and a section heading must equal its heading span.
    """
    text: str = brief["text"]
    errors: list[str] = []

    def walk(node: Any, path: str) -> None:
        if isinstance(node, dict):
            start, end = node.get("start"), node.get("end")
            if isinstance(start, int) and isinstance(end, int):
                if not 0 <= start <= end <= len(text):
                    errors.append(f"{path}: [{start}:{end}] outside the text ({len(text)})")
                elif isinstance(node.get("text"), str) and text[start:end] != node["text"]:
                    errors.append(f"{path}: {node['text']!r} != text[{start}:{end}]")
            hs, he = node.get("heading_start"), node.get("heading_end")
            if isinstance(hs, int) and isinstance(he, int) and text[hs:he] != node.get("heading"):
                errors.append(f"{path}: heading {node.get('heading')!r} != text[{hs}:{he}]")
            for key, value in node.items():
                if key != "text":
                    walk(value, f"{path}.{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{path}[{i}]")

    walk({k: v for k, v in brief.items() if k != "text"}, brief.get("id", "brief"))
    return errors


def count_spans(brief: dict[str, Any]) -> int:
    """How many spans with their own text a brief has (so a span test cannot pass on nothing)."""

    def walk(node: Any) -> int:
        if isinstance(node, dict):
            own = int(isinstance(node.get("start"), int) and isinstance(node.get("text"), str))
            return own + sum(walk(v) for k, v in node.items() if k != "text")
        if isinstance(node, list):
            return sum(walk(v) for v in node)
        return 0

    return walk({k: v for k, v in brief.items() if k != "text"})


@pytest.fixture(scope="module")
def writer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A live server over an empty store that accepts writes with API_KEY."""
    url = fresh_database(APP_BACKEND, tmp_path_factory.mktemp("writer"))
    server = LiveServer(
        url, {"NEWSBRIEF_API_KEYS": f'["{API_KEY}", "second-key"]', "NEWSBRIEF_LOG_LEVEL": "INFO"}
    )
    try:
        yield server
    finally:
        server.stop()
