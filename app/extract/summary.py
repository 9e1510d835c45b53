"""A short summary of an article: its lead sentences, up to a length budget."""

from __future__ import annotations

from spacy.tokens import Doc

from app.extract.document import Document

SUMMARY_CHARS = 400
MIN_SENTENCE_CHARS = 25


def summarize(doc: Doc, document: Document, budget: int = SUMMARY_CHARS) -> str:
    """The first sentences of the body (not the headline or headings) that fit in `budget`.

    News is written as an inverted pyramid: the lead carries the who/what/when, so the first
    sentences are the summary a reader expects. At least one sentence is always returned.
    """
    body_start = document.headline_span[1] if document.headline_span else 0
    headings = {
        (s.heading_start, s.heading_end) for s in document.sections if s.heading_start is not None
    }
    picked: list[str] = []
    used = 0
    for sent in doc.sents:
        if sent.start_char < body_start:
            continue
        if any(hs is not None and hs <= sent.start_char < (he or 0) for hs, he in headings):
            continue
        text = " ".join(sent.text.split())
        if not text or (len(text) < MIN_SENTENCE_CHARS and not picked):
            continue
        if picked and used + len(text) + 1 > budget:
            break
        picked.append(text)
        used += len(text) + 1
    if not picked:
        return " ".join(document.text.split())[:budget]
    return " ".join(picked)
