"""Parse a source article into one text with its headline, metadata, sections and paragraphs.

Readers in this module take bytes or str and return a `Document`; they never touch the disk
(the loader does) nor the database. The body is kept exactly as read, line endings normalised
to "\\n", and every offset in the document is a Python str index into `Document.text`.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import orjson
import yaml

from app.extract.model import Paragraph, Section

MAX_HEADLINE_CHARS = 200
MAX_HEADING_CHARS = 120
MAX_HEADING_WORDS = 14
MIN_PROSE_WORDS = 6
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_SENTENCE_END = re.compile(r"[.!?…]['\"”’)\]]*\s*\Z")


class DocumentError(ValueError):
    """The input is not an article we can read; the message says why, for a person."""


@dataclass(slots=True)
class Document:
    text: str
    headline: str | None = None
    published_at: str | None = None  # ISO 8601 date or datetime
    source: str | None = None
    url: str | None = None
    language: str = "en"
    external_id: str | None = None
    sections: list[Section] = field(default_factory=list)
    # Offsets of the headline inside `text` when it was taken from the body's first line.
    headline_span: tuple[int, int] | None = None

    @property
    def published(self) -> date | datetime | None:
        return parse_published(self.published_at)

    @property
    def content_hash(self) -> str:
        """Identity of the article: the same headline and text give the same brief id."""
        h = hashlib.sha256()
        h.update((self.headline or "").encode())
        h.update(b"\x00")
        h.update(self.text.encode())
        return h.hexdigest()

    @property
    def brief_id(self) -> str:
        return self.content_hash[:16]


# ---------------------------------------------------------------------------------- metadata


def parse_published(value: object) -> date | datetime | None:
    """An ISO 8601 date or datetime (strings, dates), or None. Raises DocumentError if bad."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime | date):
        return value
    if not isinstance(value, str):
        raise DocumentError(f"published must be an ISO 8601 date, got {type(value).__name__}")
    s = value.strip()
    try:
        if len(s) == 10:
            return date.fromisoformat(s)
        return datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        raise DocumentError(f"published is not an ISO 8601 date or datetime: {value!r}") from None


def _normalise_published(value: object) -> str | None:
    parsed = parse_published(value)
    return parsed.isoformat() if parsed is not None else None


def _clean_str(value: object, name: str, limit: int = 2000) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str | int | float):
        raise DocumentError(f"{name} must be a string")
    s = " ".join(str(value).split())
    return s[:limit] or None


# ------------------------------------------------------------------------------ text layout


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_like_heading(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > MAX_HEADING_CHARS or len(s.split()) > MAX_HEADING_WORDS:
        return False
    if _SENTENCE_END.search(s) and not s.endswith("?"):
        return False
    if s[0] in "\"“'‘-–—*•":  # a quote or a list item, not a heading
        return False
    return s[0].isupper() or s[0].isdigit()


def _line_spans(text: str, begin: int) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line of text[begin:], end excluding the newline."""
    spans = []
    pos = begin
    for line in text[begin:].split("\n"):
        end = pos + len(line)
        if line.strip():
            lead = len(line) - len(line.lstrip())
            trail = len(line) - len(line.rstrip())
            spans.append((pos + lead, end - trail))
        pos = end + 1
    return spans


def layout_sections(text: str, begin: int = 0) -> list[Section]:
    """Split text[begin:] into sections of paragraphs.

    A paragraph is a non-blank line (or a block of lines without a blank line between them when
    the article hard-wraps its lines). A short line that reads as a heading (no final period,
    capitalised, at most a dozen words) and is followed by a paragraph starts a new section.
    """
    lines = _line_spans(text, begin)
    hard_wrapped = _is_hard_wrapped(text, lines)
    blocks: list[tuple[int, int, bool]] = []  # start, end, is_heading_candidate
    for s, e in lines:
        if hard_wrapped and blocks and not _blank_between(text, blocks[-1][1], s):
            prev_s, _, _ = blocks[-1]
            blocks[-1] = (prev_s, e, False)
            continue
        blocks.append((s, e, _looks_like_heading(text[s:e])))

    sections: list[Section] = []
    current = Section(heading=None, start=blocks[0][0] if blocks else begin, end=begin)
    for i, (s, e, heading_like) in enumerate(blocks):
        followed_by_body = i + 1 < len(blocks) and not blocks[i + 1][2]
        if heading_like and followed_by_body and (current.paragraphs or current.heading):
            if current.paragraphs or current.heading is not None:
                sections.append(current)
            current = Section(heading=text[s:e], start=s, end=e, heading_start=s, heading_end=e)
            continue
        current.paragraphs.append(Paragraph(start=s, end=e))
        current.end = e
    if current.paragraphs or current.heading is not None:
        sections.append(current)
    return sections


def _blank_between(text: str, end: int, start: int) -> bool:
    return text.count("\n", end, start) >= 2


def _is_hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """Wire copy wraps lines at ~70 columns and separates paragraphs with blank lines."""
    if len(lines) < 4:
        return False
    widths = [e - s for s, e in lines]
    long_lines = sum(1 for w in widths if 50 <= w <= 90)
    blank_gaps = sum(
        1 for (_, e), (s, _) in itertools.pairwise(lines) if _blank_between(text, e, s)
    )
    return long_lines >= 0.6 * len(lines) and blank_gaps < 0.5 * len(lines)


def _first_line_headline(text: str) -> tuple[int, int] | None:
    """The first line is a headline when short, without a final period, and set apart."""
    lines = _line_spans(text, 0)
    if len(lines) < 2:
        return None
    s, e = lines[0]
    line = text[s:e]
    if len(line) > MAX_HEADLINE_CHARS or (_SENTENCE_END.search(line) and not line.endswith("?")):
        return None
    gap = text[e : lines[1][0]]
    if gap.count("\n") >= 2 or len(line.split()) <= 20:
        return (s, e)
    return None


# ---------------------------------------------------------------------------------- readers


def decode_text(raw: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused."""
    if b"\x00" in raw and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError("binary data (NUL bytes), not text")
    try:
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            text = raw.decode("utf-16")
        else:
            text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"not UTF-8 text (byte {exc.start}: {exc.reason})") from None
    if "\x00" in text:
        raise DocumentError("text contains NUL characters")
    return text


def from_text(raw: str, *, external_id: str | None = None) -> Document:
    """A .txt/.md article: optional `---` front matter, then the body."""
    text = normalise_newlines(raw)
    meta: dict[str, Any] = {}
    m = _FRONT_MATTER.match(text)
    if m:
        try:
            loaded = yaml.safe_load(m.group(1))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 2}" if mark is not None else ""
            raise DocumentError(f"front matter is not valid YAML{where}") from None
        if loaded is not None and not isinstance(loaded, dict):
            raise DocumentError("front matter must be a mapping of key: value lines")
        meta = loaded or {}
        text = text[m.end() :]
    return build_document(
        text=text,
        title=meta.get("title"),
        published=meta.get("published", meta.get("date")),
        source=meta.get("source"),
        url=meta.get("url"),
        language=meta.get("language"),
        external_id=external_id or _clean_str(meta.get("id"), "id"),
        headline_from_body=meta.get("title") is None,
    )


def from_mapping(obj: object, *, where: str = "") -> Document:
    """A JSON article: {"title", "text", "published", "source", "url", "id"}."""
    if not isinstance(obj, dict):
        raise DocumentError(f"{where}JSON value is not an object with a 'text' field")
    body = obj.get("text", obj.get("body"))
    if not isinstance(body, str):
        raise DocumentError(f"{where}JSON article has no 'text' string")
    return build_document(
        text=normalise_newlines(body),
        title=obj.get("title", obj.get("headline")),
        published=obj.get("published", obj.get("published_at")),
        source=obj.get("source"),
        url=obj.get("url"),
        language=obj.get("language"),
        external_id=_clean_str(obj.get("id"), "id"),
        headline_from_body=False,
    )


def from_json(raw: str) -> Document:
    try:
        obj = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise DocumentError(f"not valid JSON: {exc}") from None
    return from_mapping(obj)


def iter_jsonl(raw: str) -> list[tuple[int, Document | DocumentError]]:
    """Each line of a .jsonl file, numbered from 1, as a document or the reason it is not one."""
    out: list[tuple[int, Document | DocumentError]] = []
    for lineno, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            out.append((lineno, from_mapping(obj)))
        except json.JSONDecodeError as exc:
            out.append((lineno, DocumentError(f"not valid JSON: {exc.msg}")))
        except DocumentError as exc:
            out.append((lineno, exc))
    return out


def from_html(raw: str, *, url: str | None = None) -> Document:
    """An HTML page: the article's text and metadata, found by trafilatura."""
    import trafilatura  # imported here: only HTML input pays for it

    extracted = trafilatura.bare_extraction(raw, url=url, with_metadata=True)
    if extracted is None:
        raise DocumentError("no article text found in the HTML")
    data = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    body = data.get("text") or ""
    if not _has_prose(body):
        raise DocumentError("no article text found in the HTML (no paragraph of prose)")
    return build_document(
        text=normalise_newlines(body),
        title=data.get("title"),
        published=_lenient_date(data.get("date")),
        source=data.get("sitename") or data.get("hostname"),
        url=data.get("url") or url,
        language=data.get("language"),
        headline_from_body=False,
        blank_line_paragraphs=False,
    )


def _has_prose(text: str) -> bool:
    """Navigation, menus and buttons are short fragments; an article has sentences."""
    return any(
        len(line.split()) >= MIN_PROSE_WORDS and _SENTENCE_END.search(line.strip())
        for line in text.splitlines()
    )


def _lenient_date(value: object) -> str | None:
    try:
        return _normalise_published(value)
    except DocumentError:
        return None


def build_document(
    *,
    text: str,
    title: object = None,
    published: object = None,
    source: object = None,
    url: object = None,
    language: object = None,
    external_id: str | None = None,
    headline_from_body: bool = True,
    blank_line_paragraphs: bool = True,
) -> Document:
    del blank_line_paragraphs  # layout_sections detects wrapping by itself
    if not text.strip():
        raise DocumentError("the article has no text")
    headline = _clean_str(title, "title", MAX_HEADLINE_CHARS * 2)
    headline_span = None
    body_begin = 0
    if headline is None and headline_from_body:
        headline_span = _first_line_headline(text)
        if headline_span is not None:
            headline = text[headline_span[0] : headline_span[1]]
            body_begin = headline_span[1]
    lang = _clean_str(language, "language", 16) or "en"
    return Document(
        text=text,
        headline=headline,
        published_at=_normalise_published(published),
        source=_clean_str(source, "source", 200),
        url=_clean_str(url, "url", 2000),
        language=lang,
        external_id=external_id,
        sections=layout_sections(text, body_begin),
        headline_span=headline_span,
    )
