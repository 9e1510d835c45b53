"""Attributions shaped by layout, not syntax: "SPEAKER: words" lines and "“quote” ― Name".

Transcripts, interviews and many headlines put the speaker before a colon at the start of a
line ("WALLACE: Do you ...", "Poll: Voters ..."); reader responses and epigraphs put the name
after the quote behind a dash. The parser sees no verb of saying in either, so they are read
off the line, with spaCy's tags deciding whether the lead is a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from app.extract.cues import REPORT_NOUNS
from app.extract.tokens import doc_text

# "WALLACE: ...", "Pat Caddell: ...": a short lead, a colon, then the words.
_SPEAKER_LINE = re.compile(r"^[ \t]*([^\n:]{2,60}?)[ \t]*(:)[ \t]+(\S[^\n]*)$", re.MULTILINE)
# "“...” ― Jane Doe" closing a paragraph.
_DASH_NAME = re.compile(r"([”\"'’])[ \t]*([―—–]|--)[ \t]*([^\n]{2,60})$", re.MULTILINE)
# Leads that label a line rather than name a speaker.
_LABEL_WORDS = """
    update updated watch read related note editor photo photos video source sources see
    correction clarification also more warning listen live breaking exclusive opinion analysis
    q a question answer caption credit disclaimer when where what who why how
    """
_LABELS = frozenset(_LABEL_WORDS.split())
_MAX_LEAD_TOKENS = 7


@dataclass(slots=True)
class LineClaim:
    """Character spans of one layout attribution, and the token heading its source."""

    source: tuple[int, int]
    cue: tuple[int, int]
    content: tuple[int, int]
    head: Token


def _names_someone(doc: Doc, start: int, end: int) -> Token | None:
    """The lead's head token if the lead is a name (or a report noun), else None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not 0 < len(span) <= _MAX_LEAD_TOKENS:
        return None
    words = [t for t in span if not t.is_punct]
    if not words or any(t.lower_ in _LABELS for t in words):
        return None
    if not all(t.text[:1].isupper() or not t.is_alpha for t in words):
        return None  # "the point is: ..." is a sentence, not a speaker
    head = words[-1]
    if head.lemma_.lower() in REPORT_NOUNS:
        return head
    if any(t.pos_ == "VERB" for t in words) and len(words) > 3:
        # "Warren Hammers CEO: ..." headlines name their speaker as the subject.
        subj = [t for t in words if t.dep_ in ("nsubj", "compound") and t.pos_ == "PROPN"]
        return subj[-1] if subj else None
    if head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return head
    return None


def line_claims(doc: Doc) -> list[LineClaim]:
    """Every speaker-colon line and dash-signed quote in the document."""
    text = doc_text(doc)
    found: list[LineClaim] = []
    for m in _SPEAKER_LINE.finditer(text):
        s0, s1 = m.span(1)
        head = _names_someone(doc, s0, s1)
        if head is None:
            continue
        c0, c1 = m.span(3)
        c1 = len(text[c0:c1].rstrip()) + c0
        if c1 - c0 < 8:
            continue
        found.append(LineClaim((s0, s1), m.span(2), (c0, c1), head))
    for m in _DASH_NAME.finditer(text):
        n0, n1 = m.span(3)
        name = text[n0:n1].rstrip()
        n1 = n0 + len(name)
        head = _names_someone(doc, n0, n1)
        if head is None:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        opener = _opening_mark(text, line_start, m.start(1))
        if opener is None:
            continue
        found.append(LineClaim((n0, n1), m.span(2), (opener, m.end(1)), head))
    return found


def _opening_mark(text: str, start: int, close: int) -> int | None:
    """Where the quote that `close` ends opens, within the same line."""
    for i in range(start, close):
        if text[i] in "“\"'‘”" and text[i:close].strip():
            return i
    return None
