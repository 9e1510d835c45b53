"""A short summary of an article: its lead sentences, up to a length budget."""

from __future__ import annotations

import html

from spacy.tokens import Doc

from app.extract.document import Document

SUMMARY_CHARS = 400
MIN_SENTENCE_CHARS = 25


def summarize(doc: Doc, document: Document, budget: int = SUMMARY_CHARS) -> str:
    """The first sentences of the body (not the headline or headings) that fit in `budget`.

    News is written as an inverted pyramid: the lead carries the who/what/when, so the first
    sentences are the summary a reader expects. At least one sentence is always returned. The
    dateline, section labels and markup left by the source are not part of the story: they are
    left out (a character reference such as "&amp;" is read as the character it stands for).
    """
    body_start = document.headline_span[1] if document.headline_span else 0
    skipped = [
        (s.heading_start, s.heading_end)
        for s in document.sections
        if s.heading_start is not None and s.heading_end is not None
    ]
    picked: list[str] = []
    used = 0
    for text in _sentences(doc, document, body_start, skipped):
        if not any(c.isalpha() for c in text) or (len(text) < MIN_SENTENCE_CHARS and not picked):
            continue
        if picked and used + len(text) + 1 > budget:
            break
        picked.append(text)
        used += len(text) + 1
    if not picked:
        whole = story_text(document, body_start, len(document.text))
        return " ".join(whole.split())[:budget]
    return " ".join(picked)


def _sentences(
    doc: Doc, document: Document, body_start: int, skipped: list[tuple[int, int]]
) -> list[str]:
    """The story's sentences as text, a piece the parser cut off with no end mark after it
    joined to the sentence it opens within its paragraph ("Shares | in Elan and Biogen | Idec
    plunged on Monday ..." is one sentence)."""
    out: list[str] = []
    open_piece: int | None = None  # end of the last piece when it ended with no end mark
    for sent in doc.sents:
        if sent.start_char < body_start:
            continue
        if any(hs <= sent.start_char < he for hs, he in skipped):
            continue
        text = " ".join(story_text(document, sent.start_char, sent.end_char).split())
        if not text:
            continue
        if open_piece is not None and "\n" not in document.text[open_piece : sent.start_char]:
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
        open_piece = sent.end_char if out[-1][-1].isalnum() else None
    return out


def story_text(document: Document, start: int, end: int) -> str:
    """document.text[start:end] without the dateline, section labels and markup in it."""
    cuts: list[tuple[int, int, str, str]] = [
        (r.start, r.end, r.kind, r.text) for r in document.residue if r.end > start
    ]
    if document.dateline is not None:
        d = document.dateline
        cuts.append((d.start, d.end, "dateline", d.text))
    cuts.sort()
    out: list[str] = []
    pos = start
    for s, e, kind, text in cuts:
        if s >= end:
            break
        if s > pos:
            out.append(document.text[pos:s])
        if kind == "markup" and text.startswith("&") and s >= pos:
            out.append(html.unescape(text))
        else:
            # "</tweet>." leaves its full stop where the quoted text ends; "a<br>b" a space.
            following = document.text[e : e + 1]
            if following and following in ".,;:!?)" and out:
                out[-1] = out[-1].rstrip(" ")  # "Plc <BP>, which" -> "Plc, which"
            out.append("" if not following or following in " \n.,;:!?)" else " ")
        pos = max(pos, e)
    if pos < end:
        out.append(document.text[pos:end])
    return "".join(out)
