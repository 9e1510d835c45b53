"""Ordering: a sort key for every event from its anchor, its tense and the stated relations."""

from __future__ import annotations

import bisect
from datetime import date

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from app.extract.timeline.detect import _is_prose
from app.extract.timeline.event import _Event
from app.extract.timeline.lexicon import _TENSE_SHIFT
from app.extract.tokens import doc_text, token_table


def _lede_sentence(doc: Doc) -> SpacySpan | None:
    """The first sentence of running text: in news, the report of the newest happening."""
    table = token_table(doc)
    for start, end in table.sentences:
        if _is_prose(table, start, end) and end - start >= 8:
            return doc[start:end]
    return None


def order_events(doc: Doc, events: list[_Event], ref: date) -> None:
    """Sort keys (`_Event.key`) from anchors and tense, adjusted by stated relations."""
    lede = _lede_sentence(doc)
    now = float(ref.toordinal())
    # (paragraph, sentence start, point) of the last dated past: Reichenbach's reference time.
    # A past clause of the same sentence happens then; a past perfect in the same paragraph
    # before it. A simple past in another sentence may be anything: nothing in the text says.
    reference: tuple[int, int, float] | None = None
    paragraph = _paragraph_numbers(doc, events)
    for ev in sorted(events, key=lambda e: e.tok.i):
        shift = _TENSE_SHIFT.get(ev.tense, 0.0)
        if ev.period is not None:
            start, end = (float(d.toordinal()) for d in ev.period)
            point = {"after": end + 1, "before": start - 1, "by": end}.get(
                ev.relation or "in", start
            )
            # inside one anchor, tense still orders: "had left" before "arrived" that day
            ev.key = point + shift / 10
            if ev.anchored and ev.kind == "verb" and ev.tense in ("past", "past_perfect"):
                reference = (paragraph[ev.tok.i], ev.tok.sent.start, point)
        elif (
            reference is not None
            and (
                reference[1] == ev.tok.sent.start
                or (reference[0] == paragraph[ev.tok.i] and ev.tense == "past_perfect")
            )
            and ev.tense in ("past", "past_perfect")
            and reference[2] < now
        ):
            # Reichenbach's reference time: a past told right after a dated one happens then
            # (or, past perfect, before it), not "just before publication"
            ev.key = reference[2] + shift / 10
        else:
            in_lede = lede is not None and lede.start <= ev.tok.i < lede.end
            # the lede's past is the news being reported: it happens at publication time
            ev.key = now + (0.0 if in_lede and ev.tense in ("past", "present_perfect") else shift)
        if ev.modality == "future" or (
            ev.modality in ("hypothetical", "uncertain") and ev.tense in ("future", "hypothetical")
        ):
            ev.key = max(ev.key, now + _TENSE_SHIFT["future"])
    by_index = {ev.tok.i: ev for ev in events}
    for _ in range(3):  # stated relations override tense guesses; a few passes settle chains
        for ev in events:
            for i in ev.equal:
                if ev.period is None:
                    ev.key = by_index[i].key
            for i in ev.after:
                other = by_index[i]
                if ev.key <= other.key and ev.period is None:
                    ev.key = other.key + 0.01
                elif ev.key <= other.key and other.period is None:
                    other.key = ev.key - 0.01


def _paragraph_numbers(doc: Doc, events: list[_Event]) -> dict[int, int]:
    """Event token index -> paragraph number (a line break starts a new one)."""
    text = doc_text(doc)
    breaks: list[int] = []
    at = text.find("\n")
    while at != -1:
        breaks.append(at)
        at = text.find("\n", at + 1)
    return {ev.tok.i: bisect.bisect(breaks, ev.tok.idx) for ev in events}
