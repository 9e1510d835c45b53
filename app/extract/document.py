"""Parse a source article into one text with its headline, metadata, sections and paragraphs.

Readers in this module take bytes or str and return a `Document`; they never touch the disk
(the loader does) nor the database. The body is kept exactly as read, line endings normalised
to "\\n", and every offset in the document is a Python str index into `Document.text`.
"""

from __future__ import annotations

import codecs
import hashlib
import itertools
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import orjson
import yaml

from app.extract.model import Dateline, Paragraph, Residue, Section

MAX_HEADLINE_CHARS = 200
# A first paragraph set apart by a blank line can be the title when it is this short (with a
# deck or in title case it may run longer) and reads as one (`_reads_as_title`). On PolNeAR
# 98.8 % of titles (with their decks) have at most 20 words (benchmarks/eval_structure.py
# measures titled texts and, with the title line removed, how often a lead is taken for one).
MAX_HEADLINE_WORDS = 20
MAX_HEADLINE_LINES = 2
MAX_HEADING_CHARS = 120
MAX_HEADING_WORDS = 14
MIN_PROSE_WORDS = 6
# Long-form pieces run to a few hundred paragraphs; thousands are a list or a data dump, and
# would tie up an extraction worker for minutes.
MAX_PARAGRAPHS = 2000
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_FRONT_MATTER_START = re.compile(r"\A---[ \t]*\n")
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
    dateline: Dateline | None = None
    residue: list[Residue] = field(default_factory=list)  # markup and section labels, in order

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
    if is_section_label(s):
        return True
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
        label = heading_like and is_section_label(text[s:e])
        if (
            heading_like
            and (followed_by_body or label)
            and (current.paragraphs or current.heading or label)
        ):
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
    """The first paragraph is the headline when it is short, set apart from the story by a
    blank line and reads as a title (`_reads_as_title`), or when it is a single line not
    written as a sentence. A section label ("ABSTRACT."), markup or a paragraph that opens with
    a dateline is never a headline; neither is a paragraph the next one continues (it ends with
    a colon or a comma, or with no stop before a paragraph in lower case)."""
    lines = _line_spans(text, 0)
    if len(lines) < 2:
        return None
    s, e = lines[0]
    line = text[s:e]
    if is_section_label(line) or _MARKUP.fullmatch(line) or find_dateline(text, s, e):
        return None
    # The first paragraph: lines up to the first blank line (at most a title and a deck).
    k = 0
    while k + 1 < len(lines) and not _blank_between(text, lines[k][1], lines[k + 1][0]):
        k += 1
    if k + 1 < len(lines) and k <= MAX_HEADLINE_LINES - 1:
        end = lines[k][1]
        para = text[s:end]
        following = text[lines[k + 1][0] : lines[k + 1][1]]
        continued = following[:1].islower() and not _SENTENCE_END.search(para)
        if para.rstrip()[-1:] in (":", ",") or continued:
            return None
        if len(para) <= MAX_HEADLINE_CHARS * 2 and _reads_as_title(para):
            return (s, end)
        if k > 0 or _SENTENCE_END.search(line):
            return None
    if len(line) > MAX_HEADLINE_CHARS or (_SENTENCE_END.search(line) and not line.endswith("?")):
        return None
    gap = text[e : lines[1][0]]
    if gap.count("\n") >= 2 or len(line.split()) <= 20:
        return (s, e)
    return None


def _words(block: str) -> list[str]:
    return block.split()


# Words that headlines leave out and sentences keep: articles, auxiliaries and pronouns
# ("headlinese": "Council backs bus lanes." against "The council has backed the lanes.").
_SENTENCE_WORDS = frozenset(
    _words(
        """
        the a an is are was were has have had been being will would its their his her our this
        these those which who whom it he she they we i you
        """
    )
)
# Short words a title-case line leaves in lower case.
_TITLE_LOWER = frozenset(
    _words(
        """
        a an the and or but nor for of to in on at by with from as vs via into onto over per than
        up off out upon under within without about after before between against through during
        amid among near if so not no is are was be
        """
    )
)
# "Poll: voters sour on the plan.", "Senator Reed: talks are over." - a label and a colon.
_LABEL_COLON = re.compile(r"\A[\"“‘']?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}: ")
MAX_TITLE_CASE_WORDS = 30
MAX_DECK_WORDS = 45
MAX_BARE_TITLE_WORDS = 8
# Up to two sentence words in at most 14 ("Clinton says she won't rule out a female running
# mate."): on PolNeAR this finds 23 more of 924 titles (38 -> 15 missed) and takes 2.8 % more BBC
# leads (46 -> 106 of 2,225) for titles when the title line is removed. News comes with its title
# line far more often than without, so the balance goes to the title.
MAX_SPARE_TITLE_WORDS = 14
MAX_QUESTION_TITLE_WORDS = 16


def _title_case(para: str) -> bool:
    """Every word after the first capitalised but the short words titles leave in lower case
    ("Harbor Authority Delays Vote on Ferry Fares"), at least three words."""
    ws = [w.strip("\"“”‘’'.,;:()!?-–—") for w in para.split()]
    ws = [w for w in ws if w and w[0].isalpha()]
    return len(ws) >= 3 and not any(
        w[0].islower() and w.lower() not in _TITLE_LOWER for w in ws[1:]
    )


def _reads_as_title(para: str) -> bool:
    """Does a short first paragraph read as a title rather than the story's first sentence?
    Many sources end titles with a full stop, so the evidence is the title's own form: no
    final stop, title case, a title and its deck ("Fares rise again;\nCommuters face a third
    increase."), a label and a colon, a one-line question, or headlinese - no article,
    auxiliary or pronoun, or at most two in 14 words, or very short. A one-sentence lead of an
    untitled story keeps its articles and auxiliaries ("The council has voted to close the old
    bridge on the river.")."""
    n = len(para.split())
    lines = para.split("\n")
    if len(lines) == 2 and lines[0].rstrip()[-1:] in (";", ":") and n <= MAX_DECK_WORDS:
        return True
    if _title_case(para):
        return n <= MAX_TITLE_CASE_WORDS
    if n > MAX_HEADLINE_WORDS:
        return False
    if not _SENTENCE_END.search(lines[-1]):
        return True
    if _LABEL_COLON.match(para):
        return True
    if len(lines) == 1 and para.rstrip().endswith("?") and n <= MAX_QUESTION_TITLE_WORDS:
        return True  # "What will it take for the Senate to act?": leads rarely open on one
    kept = sum(w.lower().strip("\"“”‘’'.,;:()!?") in _SENTENCE_WORDS for w in para.split())
    return kept == 0 or n <= MAX_BARE_TITLE_WORDS or (kept <= 2 and n <= MAX_SPARE_TITLE_WORDS)


# ------------------------------------------------------------------ datelines, markup, labels

# Tags as scrapers leave them: lower-case element names (HTML, or a feed's own like <tweet>),
# attributes with quoted or bare values. "<Comdata Network Inc>" (Reuters' way of marking a
# company) is capitalised and has no attribute values, so it is not taken for markup.
_TAG = re.compile(
    r"</?[a-z][a-z0-9:_-]*"
    r"(?:\s+[a-zA-Z_:][\w:.-]*(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[”“][^”“]*[”“]|[^\s>\"']+))?)*"
    r"\s*/?>"
)
# Character references left unescaped: "&amp;", "&#8217;", "&#x2019;".
_ENTITY_REF = re.compile(r"&(?:[a-zA-Z]{2,8}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")
_MARKUP = re.compile(f"(?:{_TAG.pattern}|{_ENTITY_REF.pattern})")
# A section label: a short ALL-CAPS line such as "ABSTRACT.", "FULL TEXT.", "CORRECTION
# APPENDED." or "TWITTER:" that names a part of the page rather than saying anything. Its stop
# is written against the last word; no figures ("LONDON 1996-08-30" is a dateline).
_LABEL = re.compile(r"[A-Z][A-Z&'’ -]{1,40}[A-Z][.:]")
MAX_LABEL_WORDS = 4

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = rf"(?:{_MONTH}[ ]\d{{1,2}}(?:,[ ]\d{{4}})?|\d{{1,2}}[ ]{_MONTH}(?:[ ]\d{{4}})?)"
_CAPS_WORD = r"[A-Z][A-Z.'’-]*[A-Z.]"
_TITLE_WORD = r"[A-Z][a-zà-ÿ.'’-]+"
# "WASHINGTON (AP) —", "Washington (AFP) –", "LONDON, March 3 (Reuters) -", "TRENTON, N.J.
# (AP) —", "MIDWAY ATOLL - ": a place (ALL CAPS, or written normally when an agency follows),
# an optional region ("N.J.", "Maine"), an optional date, an optional agency in parentheses,
# then a dash. A place in ordinary case needs the agency: "Trump - who ..." is no dateline.
_DATELINE = re.compile(
    rf"""(?:(?P<place>{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,3}}
        |(?P<titled>{_TITLE_WORD}(?:[ ]{_TITLE_WORD}){{0,3}}))
    (?:,[ ](?!{_DATE})(?P<region>[A-Z][A-Za-z.]*(?:[ ][A-Z][A-Za-z.]*)?))?
    (?:,?[ ](?:(?P<date>{_DATE})|(?P<odd_date>[A-Z][a-z]{{2,8}}[ ]\d{{1,2}})))?
    |(?P<bare_date>{_DATE}))
    (?:[ ]?\((?P<agency>[A-Z][\w&.’'-]*(?:[ ][A-Z][\w&.’'-]*){{0,3}})\))?
    [ ]*(?:--|[-‐‑‒–—―−])[ ]+""",
    re.X,
)


def is_section_label(line: str) -> bool:
    """ "ABSTRACT.", "FULL TEXT.", "LETTERS." - a short ALL-CAPS line naming a part of the page."""
    s = line.strip()
    return (
        bool(_LABEL.fullmatch(s))
        and len(s.split()) <= MAX_LABEL_WORDS
        and sum(c.isalpha() for c in s) >= 3
    )


# Wire copy marks a company in angle brackets ("<Donohue Inc>") and its ticker ("<BP>"): the
# ticker is a code, not prose; of a company's name only the brackets are residue.
_TICKER = re.compile(r"<[A-Z]{1,6}(?:\.[A-Z]{1,3})?>")
_MARKED_NAME = re.compile(r"<([A-Z][^<>]{0,80})>")


def find_markup(text: str, begin: int = 0) -> list[Residue]:
    """Tags and character references left in the text by the page it was scraped from, and
    the angle brackets of wire copy's company marks."""
    out = [Residue(m.group(), m.start(), m.end(), "markup") for m in _MARKUP.finditer(text, begin)]
    for m in _MARKED_NAME.finditer(text, begin):
        if _TICKER.fullmatch(m.group()):
            out.append(Residue(m.group(), m.start(), m.end(), "markup"))
        else:
            out.append(Residue("<", m.start(), m.start() + 1, "markup"))
            out.append(Residue(">", m.end() - 1, m.end(), "markup"))
    out.sort(key=lambda r: r.start)
    return out


def without_markup(text: str) -> str:
    """`text` with its markup left out (a character reference read as its character) and its
    whitespace collapsed: "NCR <NCR> signs &amp; ships" -> "NCR signs & ships"."""
    import html

    found = find_markup(text)
    if not found:
        return " ".join(text.split())
    out: list[str] = []
    pos = 0
    for r in found:
        out.append(text[pos : r.start])
        out.append(html.unescape(r.text) if r.text.startswith("&") else " ")
        pos = max(pos, r.end)
    out.append(text[pos:])
    return re.sub(r"\s+([,.;:!?)])", r"\1", " ".join("".join(out).split()))


def find_dateline(text: str, start: int, end: int) -> Dateline | None:
    """The dateline at text[start:end]'s beginning (a paragraph), or None."""
    m = _DATELINE.match(text, start, end)
    if m is None or m.end() >= end:
        return None
    if m.group("odd_date") is not None and not _misspelt_month(m.group("odd_date").split()[0]):
        return None
    dated = m.group("date") or m.group("odd_date")
    line_end = text.find("\n", m.end(), end)
    rest = text[m.end() : end if line_end < 0 else line_end].split()
    if (
        m.group("agency") is None
        and dated is None
        and m.group("region") is None
        and (len(rest) < MIN_PROSE_WORDS or sum(w.isalpha() and w.islower() for w in rest) < 2)
    ):
        # Without an agency, a date or a region, what follows on the line must be prose:
        # not an ALL-CAPS headline with its topic ("CRICKET - AUSTRALIA WIN TOSS") nor a
        # listing ("PRESALE - Bay Co Bldg Auth").
        return None
    if m.group("agency") is None:
        if m.group("titled") is not None or m.group("bare_date") is not None:
            return None
        # Without an agency or a date the story must go on with a capital, a figure or a quote
        # after the dash: "MIDWAY ATOLL - Seventy-four years ago", not "NATO - the alliance".
        first = text[m.end()]
        if dated is None and not (first.isupper() or first.isdigit() or first in "'\"‘“"):
            return None
    place = m.group("place")
    if m.group("region"):
        place = f"{place}, {m.group('region')}"
    dash_end = m.end()
    stop = dash_end
    while stop > start and text[stop - 1] == " ":
        stop -= 1
    return Dateline(
        text=text[start:stop],
        start=start,
        end=stop,
        place=place,
        agency=m.group("agency"),
        date=dated or m.group("bare_date"),
    )


_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _misspelt_month(word: str) -> bool:
    """ "Narch", "Febuary": a month name with one letter wrong, as wire copy has it."""
    import difflib

    return bool(difflib.get_close_matches(word, _MONTH_NAMES, n=1, cutoff=0.8))


def _structure(
    text: str, sections: list[Section], body_begin: int
) -> tuple[Dateline | None, list[Residue]]:
    """The dateline (at the start of one of the story's first two paragraphs, or of the first
    paragraph after a section label such as "FULL TEXT."), the markup and the section labels."""
    residue = find_markup(text, body_begin)
    labels: list[Residue] = []
    candidates: list[tuple[int, int]] = []
    opening = 0  # the story's first two paragraphs (a deck may stand before the dateline)
    for section in sections:
        label = section.heading is not None and is_section_label(section.heading)
        if label and section.heading_start is not None and section.heading_end is not None:
            labels.append(
                Residue(section.heading or "", section.heading_start, section.heading_end, "label")
            )
        for k, p in enumerate(section.paragraphs):
            if is_section_label(text[p.start : p.end]):
                labels.append(Residue(text[p.start : p.end], p.start, p.end, "label"))
                continue
            if (opening < 2 or (label and k == 0)) and len(candidates) < 3:
                candidates.append((p.start, p.end))
            opening += 1
    dateline = None
    for s, e in candidates:
        dateline = find_dateline(text, s, e)
        if dateline is not None:
            break
    residue.extend(labels)
    residue.sort(key=lambda r: r.start)
    return dateline, residue


# ---------------------------------------------------------------------------------- readers


# Byte order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 control characters other than tab, newlines, form feed and DOS end-of-file: binary signs.
_BINARY_CONTROL = re.compile("[\x00-\x08\x0e-\x19\x1b-\x1f]")
_MAX_CONTROL_SHARE = 0.005


def decode_text(raw: bytes) -> str:
    """Text from a file's bytes: UTF-8 (BOM or not), UTF-16/32, else Windows-1252.

    UTF-16 and UTF-32 are read with a BOM, and UTF-16 without one when every other byte is NUL
    (as ASCII-range UTF-16 is). Bytes that are not valid UTF-8 are read as Windows-1252 (a
    superset of Latin-1): feeds and CMS exports from older systems still write it, and valid
    UTF-8 is almost never meant as anything else, so trying UTF-8 first loses nothing. Binary
    data (NUL bytes, or more than a few control characters) is refused with the reason.
    """
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return _checked_text(_decode(raw, codec, codec.upper().removesuffix("-SIG")))
    bomless = _bomless_utf16(raw)
    if bomless is not None:
        return _checked_text(_decode(raw, bomless, "UTF-16"))
    if b"\x00" in raw:
        raise DocumentError("binary data (NUL bytes), not text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode(raw, "cp1252", "UTF-8 or Windows-1252/Latin-1")
    return _checked_text(text)


def _decode(raw: bytes, codec: str, name: str) -> str:
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        raise DocumentError(f"not {name} text (byte {exc.start}: {exc.reason})") from None


def _bomless_utf16(raw: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when the bytes look like UTF-16 without a BOM, else None."""
    head = raw[:4000]
    if len(head) < 8 or len(raw) % 2:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) <= 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) <= 0.1 * len(odd):
        return "utf-16-be"
    return None


def _checked_text(text: str) -> str:
    if "\x00" in text:
        raise DocumentError("binary data (NUL characters), not text")
    controls = len(_BINARY_CONTROL.findall(text))
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise DocumentError(f"binary data ({controls:,} control characters), not text")
    return text


def from_text(raw: str, *, external_id: str | None = None) -> Document:
    """A .txt/.md article: optional `---` front matter, then the body."""
    text = normalise_newlines(raw)
    meta: dict[str, Any] = {}
    m = _FRONT_MATTER.match(text)
    if m is None and _FRONT_MATTER_START.match(text):
        raise DocumentError("front matter starts with '---' but has no closing '---' line")
    if m:
        try:
            loaded = yaml.safe_load(m.group(1))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 2}" if mark is not None else ""
            raise DocumentError(f"front matter is not valid YAML{where}") from None
        except (ValueError, TypeError, OverflowError) as exc:
            # YAML's own date and number constructors raise these ("published: 2025-13-45").
            raise DocumentError(f"front matter has a value that is not valid: {exc}") from None
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
    fields = {"text": text, "title": title, "source": source, "url": url, "language": language}
    for name, value in fields.items():
        _check_storable(name, value)
    headline = _clean_str(title, "title", MAX_HEADLINE_CHARS * 2)
    headline_span = None
    body_begin = 0
    if headline is None and headline_from_body:
        headline_span = _first_line_headline(text)
        if headline_span is not None:
            # A title and its deck on two lines read as one headline; markup is no part of it.
            headline = without_markup(text[headline_span[0] : headline_span[1]])
            body_begin = headline_span[1]
        elif _only_a_headline(text):
            raise DocumentError("only a headline, no article text")
    elif headline is not None:
        headline_span = _repeated_title(text, headline)
        if headline_span is not None:
            body_begin = headline_span[1]
    lang = _clean_str(language, "language", 16) or "en"
    sections = layout_sections(text, body_begin)
    paragraphs = sum(len(s.paragraphs) for s in sections)
    if paragraphs > MAX_PARAGRAPHS:
        raise DocumentError(
            f"{paragraphs:,} paragraphs (limit {MAX_PARAGRAPHS:,}): a list or a dump, "
            "not a news article"
        )
    dateline, residue = _structure(text, sections, body_begin)
    source_name = _clean_str(source, "source", 200)
    if source_name is None and dateline is not None and dateline.agency:
        source_name = dateline.agency  # "(AP)": the wire that wrote the story
    return Document(
        text=text,
        headline=headline,
        published_at=_normalise_published(published),
        source=source_name,
        url=_clean_str(url, "url", 2000),
        language=lang,
        external_id=external_id,
        sections=sections,
        headline_span=headline_span,
        dateline=dateline,
        residue=residue,
    )


def _repeated_title(text: str, title: str) -> tuple[int, int] | None:
    """The span of the text's first line when it repeats the given title (many feeds and
    exports put the headline both in the metadata and atop the text): it is the headline,
    not the story's first sentence."""
    lines = _line_spans(text, 0)
    if len(lines) < 2:
        return None
    s, e = lines[0]
    return (s, e) if " ".join(text[s:e].split()) == " ".join(title.split()) else None


def _check_storable(name: str, value: object) -> None:
    """Refuse what no store can keep: NUL characters and unpaired UTF-16 surrogates.

    Both arrive through JSON escapes (``\\u0000``, ``\\ud800``); PostgreSQL text cannot hold
    NUL, and a lone surrogate cannot be encoded as UTF-8 at all.
    """
    if not isinstance(value, str):
        return
    if "\x00" in value:
        raise DocumentError(f"{name} contains NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise DocumentError(
            f"{name} contains an unpaired surrogate (U+{ord(value[exc.start]):04X} at {exc.start})"
        ) from None


def _only_a_headline(text: str) -> bool:
    """One short line that does not end a sentence: a headline with no story under it."""
    lines = _line_spans(text, 0)
    if len(lines) != 1:
        return False
    line = text[lines[0][0] : lines[0][1]]
    return len(line.split()) <= MAX_HEADING_WORDS and not _SENTENCE_END.search(line)
