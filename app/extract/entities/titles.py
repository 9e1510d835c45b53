"""Titles and residue: the article's title lines and run-in headings, the names a headline
may keep, and no candidate in the text's residue (markup, section labels, a dateline's
agency).
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc

from app.extract.document import Document
from app.extract.entities.candidates import _Cand, _in_titles
from app.extract.entity_names import common_phrase, is_given_name
from app.extract.model import fold
from app.extract.roles import (
    words,
)
from app.extract.tokens import doc_text


def _title_spans(document: Document) -> list[tuple[int, int]]:
    """The headline's span and the spans of the section headings written in title case
    ("Veto Power Impedes Peace Efforts"): lines whose capitals say nothing about names. A
    heading in sentence case ("What comes next"), a dateline or a line of scores is read
    like the text."""
    spans = [] if document.headline_span is None else [document.headline_span]
    for section in document.sections:
        s, e = section.heading_start, section.heading_end
        if s is None or e is None or not _title_case_line(document.text[s:e]):
            continue
        after = document.text[e:].lstrip()
        if after[:1].islower():
            continue  # a hard-wrapped sentence's first line, not a heading
        spans.append((s, e))
    return spans + _run_in_headings(document)


def _run_in_headings(document: Document) -> list[tuple[int, int]]:
    """Run-in headings: a paragraph that opens with a title-case phrase of three words or more
    and a colon ("Little Relief for Refugees: The refugee crisis is ..."); in an article laid
    out with them, short title-case paragraphs that end in a period label its parts ("Human
    Rights."). Elsewhere such a paragraph is read as text: a letter's signature ("Ana Ruiz." /
    "Staunton Va."). A phrase that opens more than one paragraph is a speaker's label in a
    transcript, not a heading."""
    run_in: dict[str, list[tuple[int, int]]] = defaultdict(list)
    labels: list[tuple[int, int]] = []
    for section in document.sections:
        for p in section.paragraphs:
            whole = document.text[p.start : p.end].rstrip()
            label = whole.endswith(".") and not whole[-2:-1].isspace() and "," not in whole
            if label and "." not in whole[:-1] and len(whole.split()) <= 6:
                if _title_case_line(whole[:-1]):
                    labels.append((p.start, p.start + len(whole)))
                continue
            head = document.text[p.start : min(p.end, p.start + 80)]
            colon = head.find(": ")
            if (
                colon > 0
                and not head[colon - 1].isspace()
                and len(head[:colon].split()) >= 3
                and _title_case_line(head[:colon])
            ):
                run_in[head[:colon]].append((p.start, p.start + colon))
    headings = [spans[0] for spans in run_in.values() if len(spans) == 1]
    return headings + labels if headings else []


# Short words a title-case line leaves in lower case ("Rebuilding of the Old Town").
_TITLE_SMALL_WORDS = frozenset(
    words("a an the and or nor but of in on at to for by with from as vs into over up")
)


def _title_case_line(line: str) -> bool:
    """Every word capitalised but the short ones, at least two words, no digits, no quotation
    and no sentence's end (a line of dialogue is no heading)."""
    ws = [w.strip("\"'“”‘’()[],:;!?.") for w in line.split()]
    ws = [w for w in ws if w]
    if len(ws) < 2 or any(ch.isdigit() or ch in '"“”' for ch in line):
        return False
    if line.rstrip().endswith((".", "!", "?")):
        return False
    return all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in ws)


def _headline_confirmed(cands: list[_Cand], titles: list[tuple[int, int]], doc: Doc) -> list[_Cand]:
    """A name in the headline or a section heading is kept when the story names the same
    entity too, or when the gazetteer knows it (a country or nationality). Headlines and
    headings capitalise every word, so the model's guesses there are unreliable ("New Poll",
    "Senator Claims", "Little Relief"): the body confirms. A kept name the story writes
    otherwise is cut to the story's form (`_cut_to_body_form`). (Cutting an over-long
    headline name down to a name of the story to confirm it was tried: it lost precision on
    MEANTIME's titles.)"""
    if not titles:
        return cands

    def in_title(c: _Cand) -> bool:
        return _in_titles(c, titles)

    for c in cands:
        end = next((e for s, e in titles if s <= c.start < e < c.end), None)
        if end is not None:
            _cut_after(c, end, doc)
    body = {c.key for c in cands if not in_title(c)}
    kept = [c for c in cands if not in_title(c) or c.key in body or c.country is not None]
    text = doc_text(doc)
    forms: dict[str, set[str]] = defaultdict(set)  # key -> the body's written forms
    for c in kept:
        if not in_title(c):
            forms[c.key].add(fold(text[c.start : c.end]))
    for c in kept:
        if in_title(c) and c.key in forms:
            _cut_to_body_form(c, forms[c.key], doc)
    return kept


def _cut_to_body_form(c: _Cand, forms: set[str], doc: Doc) -> None:
    """A headline name the story names another way loses the title-case words before the
    part the story writes ("Double Standard Clinton" is Clinton, named "Hillary Clinton" in
    the story): the longest ending of it that is one of the story's forms or their last word."""
    text = doc_text(doc)
    written = fold(text[c.start : c.end])
    if written in forms:
        return
    # A person's name of the story followed by title-case common words is that name: "Pressure
    # From Clinton Ally", "If Ann Roe Wins" (the headline capitalises the noun or verb after
    # it) over a story that says "Clinton", "Ann Roe".
    if c.type == "person":
        for k in range(c.tok_end - 1, c.tok_start, -1):
            end = doc[k - 1].idx + len(doc[k - 1].text)
            rest = doc[k : c.tok_end]
            if (
                fold(text[c.start : end]) in forms
                and all(t.is_alpha for t in rest)
                and common_phrase(t.text for t in rest)
            ):
                c.tok_end, c.end = k, end
                return
    # A run of title-case words ending in a full name of the story is that name: "Carly
    # Fiorina Endorses Ted Cruz" over a story that says "Ted Cruz".
    full = [f for f in forms if " " in f and written.endswith(" " + f)]
    if not full and is_given_name(doc[c.tok_start].text):
        return  # "Eugene Nida" over a story that says "Nida" is the full name
    lasts = {f.split()[-1] for f in forms if f}
    for k in range(c.tok_start + 1, c.tok_end):
        tail = fold(text[doc[k].idx : c.end])
        if tail in forms or tail in lasts:
            c.tok_start = k
            c.start = doc[k].idx
            return


def _cut_after(c: _Cand, offset: int, doc: Doc) -> None:
    """A name that runs from a run-in heading into its paragraph ("National Interests: The
    Human Rights Council") keeps only its part after the heading ("Human Rights Council"),
    which the text names as usual."""
    k = c.tok_start
    while k < c.tok_end and (
        doc[k].idx < offset or doc[k].is_punct or doc[k].lower_ in ("the", "a", "an")
    ):
        k += 1
    if k >= c.tok_end:
        return
    c.tok_start = k
    c.start = doc[k].idx
    c.key = f"{c.type}:{fold(doc_text(doc)[c.start : c.end])}"
    c.reason = ""


def _outside_residue(cands: list[_Cand], document: Document) -> list[_Cand]:
    """No entity in markup, a section label or the dateline's agency ("(AP)"); in a dateline
    only places, within it ("MIDWAY ATOLL - Seventy-four years ago" is no name)."""
    if not document.residue and document.dateline is None:
        return cands
    blocked = [(r.start, r.end) for r in document.residue]
    d = document.dateline
    if d is not None and d.agency:
        at = d.text.rfind(f"({d.agency})")
        if at >= 0:
            blocked.append((d.start + at, d.start + at + len(d.agency) + 2))

    def in_dateline_as_place(c: _Cand) -> bool:
        if d is None or not (c.start < d.end and d.start < c.end):
            return True
        return c.type == "place" and d.start <= c.start and c.end <= d.end

    return [
        c
        for c in cands
        if not any(c.start < e and s < c.end for s, e in blocked) and in_dateline_as_place(c)
    ]
