"""Quotations: quotes no cue reached tied to the speaker of the quote before them."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from app.extract.claims.draft import _Draft
from app.extract.claims.labelling import _quote_kind
from app.extract.cues import SPEECH_VERBS
from app.extract.quotes import Quote
from app.extract.tokens import doc_text

# Unquoted words in small letters right after a quotation, on its line: the sentence goes on.
_WRITERS_SENTENCE_GOES_ON = re.compile(r"[ \t]*[a-z]")
_FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})


def _predicate_follows(doc: Doc, q: Quote, text: str) -> bool:
    """Does a finite verb follow the quotation right away, on its line ('“Choke!” blared',
    '“Sons of Greed” is an adaptation')? Not a tag's subject ('“B,” the members wrote'), an
    adverb clause ('“B,” after ...') or a preposition ('“B” of the evidence')."""
    m = _WRITERS_SENTENCE_GOES_ON.match(text, q.end)
    if m is None:
        return False
    span = doc.char_span(m.end() - 1, m.end(), alignment_mode="expand")
    if span is None or span[0].tag_ not in _FINITE:
        return False
    # '“B,” said Roe': a tag of saying the parse left without a claim of its own still hands
    # the quotation on to the turn before it
    return span[0].lemma_.lower() not in SPEECH_VERBS


def _attach_quotes(drafts: list[_Draft], quotes: list[Quote], doc: Doc) -> list[_Draft]:
    """Quotations no claim covers: extend the speaker's claim before them, or start one."""
    text = doc_text(doc)
    drafts.sort(key=lambda d: d.content[0])
    for q in quotes:
        covered = any(d.content[0] <= q.start + 1 and d.content[1] >= q.end - 1 for d in drafts)
        inside = any(d.content[0] <= q.start and q.end <= d.content[1] for d in drafts)
        if covered or inside:
            continue
        if any(q.start < d.content[1] and d.content[0] < q.end for d in drafts):
            continue  # a quoted fragment of some claim's content: mixed, handled there
        opened = _tag_right_after(q, drafts, text)
        if opened is not None:
            # '“To the extent it matters,” he said of the campaign, “I am sure ...”': the quote
            # right before a tag of its own opens that turn, no more of the turn before it.
            opened.parts = [(q.start, q.end), *(opened.parts or [opened.content])]
            opened.content = (q.start, opened.content[1])
            continue
        # A whole sentence (or more) in quotes: find who said it just before it.
        # '"A," Roe said, referring to X. "B."': the gloss is the writer's; B is Roe's.
        prev = [d for d in drafts if d.content[1] <= q.start and not _gloss(d)]
        if not prev:
            continue
        if _predicate_follows(doc, q, text):
            # '“Sons of Trump” is an adaptation of ...', '“Choke!” blared the front page': the
            # writer's sentence goes on after the quotation with a verb of its own (the
            # quotation a title, or another's words with their own tag); it is no more of the
            # speaker's turn before it.
            continue
        last = max(prev, key=lambda d: d.content[1])
        end = max(last.content[1], min(last.reach or 0, q.start))
        gap = text[end : q.start]
        if not _is_turn_gap(gap, last, end):
            continue
        if _quote_kind(text, last.content, quotes) == "indirect" and "\n" in gap:
            continue
        if not last.parts:
            last.parts = [last.content]
        last.parts.append((q.start, q.end))
        last.content = (last.content[0], q.end)
        last.how = "continued"
    return drafts


def _tag_right_after(q: Quote, drafts: list[_Draft], text: str) -> _Draft | None:
    """The claim of a speaker tag that follows a quotation at once on its line ('“A,” he said
    of X, “B.”') and whose content is a quotation after the tag: the quotation before is the
    same turn's opening: the quotation breaks off on a comma, and the tag's content is a
    quotation too. None when words other than a comma stand between the two."""
    if not re.search(r",\W*$", text[q.start : q.end]):
        return None
    for d in drafts:
        if d.cue is None or d.content[0] < d.cue[1]:
            continue
        if text[d.content[0] : d.content[0] + 1] not in "“\"'‘":
            continue
        tag = min(d.cue[0], d.source[0]) if d.source is not None else d.cue[0]
        gap = text[q.end : tag]
        if (
            tag >= q.end
            and len(gap) <= 3
            and not gap.strip(" ,")
            and "\n" not in gap
            and "\n" not in text[d.cue[1] : d.content[0]]
        ):
            return d
    return None


def split_handed_on(quotes: list[Quote], text: str) -> list[Quote]:
    """Split a quote that runs over paragraphs where a paragraph of it has its own tag.

    News style leaves a quote open at a paragraph's end when the speaker goes on in the next.
    A quote that opens after the writer's words in its paragraph ('“A,” Roe said Friday. “B.')
    continues the speaker tagged there; a later paragraph that carries a tag of its own ('“C,”
    added Poe.') is that tag's, not more of the first speaker's words. The paragraphs before the
    tagged one stay one quote, which `_attach_quotes` hands to the speaker before them."""
    out: list[Quote] = []
    for q in quotes:
        if len(q.parts) < 2:
            out.append(q)
            continue
        line_start = text.rfind("\n", 0, q.start) + 1
        last0, last1 = q.parts[-1]
        line_end = text.find("\n", last1)
        tail = text[last1 : len(text) if line_end < 0 else line_end]
        if not text[line_start : q.start].strip() or not any(c.isalpha() for c in tail):
            out.append(q)
            continue
        head = q.parts[:-1]
        out.append(Quote(head[0][0], head[-1][1], head, closed=False))
        out.append(Quote(last0, last1, [(last0, last1)], closed=q.closed))
    return out


def _gloss(d: _Draft) -> bool:
    """Is the draft the writer's gloss on a quote ("..., referring to the committee")?"""
    cue = d.cue_token
    return cue is not None and cue.lemma_.lower() in ("refer", "allude") and cue.tag_ == "VBG"


def _is_turn_gap(gap: str, last: _Draft, gap_start: int) -> bool:
    """True if only the speaker tag and breaks separate a quote from the previous one."""
    if len(gap) > 160 or gap.count("\n") > 2:
        return False
    if gap.strip() and gap.rstrip()[-1] not in ".,;:!?—–-":
        # 'Pence said on CNN's "State of the Union."', 'However, the "fact-checking" site':
        # a quote running on in the writer's sentence is a title or a scare quote, no turn
        return False
    core = gap.strip(" \n\t.,;:—–-")
    if not core:
        return True
    tag_end = max(last.cue[1] if last.cue else 0, last.source[1] if last.source else 0)
    after = gap[max(0, tag_end - gap_start) :]
    if re.search(r"[.!?]\s+\S*[A-Za-z]", after.rstrip()) or re.search(r"\n\s*\S*[A-Za-z]", after):
        # '“A,” he said.  Roe answered with a smile: “B.”': a sentence after the speaker's
        # tag introduces the next quote; it is someone else's turn (or the writer's words).
        return False
    # "... ," he said. "..." — the gap is the claim's own source and cue.
    words = core.replace(",", " ").replace(".", " ").split()
    # (a tag as long as '..., the magazine's editor told BBC Radio 4's Today programme.')
    return len(words) <= 14 and last.cue is not None and last.cue[0] >= last.content[1]


def _quoted_tokens(doc: Doc, quotes: list[Quote]) -> set[int]:
    """Indices of tokens inside quotations of a sentence or more (not scare quotes)."""
    inside: set[int] = set()
    text = doc_text(doc)
    for q in quotes:
        if len(text[q.start : q.end].split()) < 6:
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="contract")
        if span is not None:
            inside.update(range(span.start, span.end))
    return inside


def _cue_quoted(draft: _Draft, quotes: list[Quote]) -> bool:
    """True if a draft's cue word sits inside a quotation."""
    cue = draft.cue
    if cue is None or draft.cue_token is None:
        return False
    return any(q.start < cue[0] and cue[1] < q.end for q in quotes)
