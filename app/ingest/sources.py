"""Reading sources: files, folders and JSONL into documents, or the reason one cannot be read."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app.extract.document import (
    Document,
    DocumentError,
    decode_text,
    from_html,
    from_json,
    from_text,
    iter_jsonl,
)

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED = TEXT_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES


@dataclass(slots=True)
class SourceItem:
    """One article read from a source, or the reason it could not be."""

    where: str  # "path" or "path:line"
    document: Document | None = None
    error: str | None = None


def discover(paths: Iterable[Path]) -> Iterator[Path]:
    """Files under the given paths (folders recursively, sorted, hidden files skipped)."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(
                    p.startswith(".") for p in child.relative_to(path).parts
                ):
                    yield child
        else:
            yield path


def read_source(path: Path, max_bytes: int) -> Iterator[SourceItem]:
    """The articles in one file, each a document or an error a person can act on."""
    where = str(path)
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield SourceItem(where, error=f"cannot read: {exc.strerror or exc}")
        return
    if size == 0:
        yield SourceItem(where, error="empty file")
        return
    if size > max_bytes:
        yield SourceItem(where, error=f"too large: {size:,} bytes (limit {max_bytes:,})")
        return
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield SourceItem(where, error=f"cannot read: {exc.strerror or exc}")
        return
    try:
        text = decode_text(raw)
    except DocumentError as exc:
        yield SourceItem(where, error=str(exc))
        return
    try:
        if suffix in JSONL_SUFFIXES:
            for lineno, item in iter_jsonl(text):
                if isinstance(item, DocumentError):
                    yield SourceItem(f"{where}:{lineno}", error=str(item))
                else:
                    yield SourceItem(f"{where}:{lineno}", document=item)
            return
        if suffix in JSON_SUFFIXES:
            doc = from_json(text)
        elif suffix in HTML_SUFFIXES:
            doc = from_html(text)
        else:
            doc = from_text(text)
    except DocumentError as exc:
        yield SourceItem(where, error=str(exc))
        return
    yield SourceItem(where, document=doc)


def validate(document: Document, max_chars: int) -> str | None:
    """Why a parsed document cannot become a brief, or None."""
    if len(document.text) > max_chars:
        return f"text too long: {len(document.text):,} characters (limit {max_chars:,})"
    if not any(ch.isalpha() for ch in document.text):
        return "no words in the text"
    return None
