"""Find quoted stretches in an article's text, including quotes that run over paragraphs.

A quotation is a run of text between double quote marks (curly “ ”, straight ", or the `` ''
pair some wires use). News style leaves a quote open at the end of a paragraph when the same
speaker goes on in the next one, which reopens it; such paragraphs form one `Quote`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

_OPENERS = frozenset("“„«")
_CLOSERS = frozenset("”»")
_MARK = re.compile(r"[“”„«»\"]|``|''")
# A quote shorter than this many letters is a scare quote or a title, never a whole claim.
MIN_QUOTE_LETTERS = 1


@dataclass(slots=True)
class Quote:
    """A quotation: `start` at its opening mark, `end` just after its closing mark."""

    start: int
    end: int
    # One (start, end) per paragraph the quote runs over, each from mark to mark.
    parts: list[tuple[int, int]]
    closed: bool = True


def _is_opener(text: str, mark: str, pos: int, is_open: bool) -> bool:
    if mark in _OPENERS or mark == "``":
        return True
    if mark in _CLOSERS:
        # a closing mark written for the opening one ('”Fear. I am afraid.”' at a paragraph's
        # start): after a space or a line start, glued to the word it opens, none open
        before = text[pos - 1] if pos > 0 else "\n"
        after = text[pos + 1] if pos + 1 < len(text) else " "
        return not is_open and before.isspace() and after.isalnum()
    # Some wires write both ends of a quote as two apostrophes (''Yes,'' he said); like a
    # straight mark, such a pair opens when no quote is open.
    # A straight mark opens when none is open, unless it is glued to the previous word and
    # followed by a space (a closing mark whose opener was lost).
    if is_open:
        return False
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return not (before.isalnum() and (after.isspace() or after in ".,;:!?"))


def _reopens_in_line(text: str, mark: str, pos: int) -> bool:
    """With a quote open, is this straight mark an opener all the same: after the end of a
    sentence (".", "?", "!") and a space, and before a capitalised word? A closing mark is
    glued to the words it ends."""
    if mark != '"' or pos < 2 or not text[pos - 1].isspace():
        return False
    after = text[pos + 1] if pos + 1 < len(text) else " "
    if not after.isupper():
        return False
    k = pos - 1
    while k > 0 and text[k] in " \t":
        k -= 1
    return text[k] in ".?!"


def find_quotes(text: str) -> list[Quote]:
    """Every quotation in `text`, in order, paragraphs of one multi-paragraph quote joined."""
    quotes: list[Quote] = []
    open_at: int | None = None
    parts: list[tuple[int, int]] = []
    for m in _MARK.finditer(text):
        pos, mark = m.start(), m.group()
        if open_at is not None and "\n" in text[open_at:pos]:
            # The quote ran to the end of its paragraph without closing. It goes on only if
            # this mark reopens it at the start of a later paragraph.
            para_end = text.index("\n", open_at)
            line_start = text.rfind("\n", 0, pos) + 1
            reopens = text[line_start:pos].strip() == "" and _is_opener(text, mark, pos, False)
            parts.append((open_at, para_end))
            if reopens:
                open_at = pos
                continue
            quotes.append(Quote(parts[0][0], parts[-1][1], parts, closed=False))
            open_at, parts = None, []
        if open_at is None:
            if _is_opener(text, mark, pos, False):
                open_at = pos
            continue
        if _reopens_in_line(text, mark, pos):
            # `... left behind? "We in South Africa ...`: a straight mark after a space and
            # before a word opens a quote. The open one was never closed: a paragraph of the
            # same speaker's words that the source ran into this one.
            parts.append((open_at, pos))
            quotes.append(Quote(parts[0][0], pos, parts, closed=False))
            open_at, parts = pos, []
        elif not _is_opener(text, mark, pos, True):
            parts.append((open_at, m.end()))
            quotes.append(Quote(parts[0][0], m.end(), parts))
            open_at, parts = None, []
        elif mark in _OPENERS or mark == "``":
            # A second opener inside an open quote: the first was never closed; restart here.
            open_at = pos
    if open_at is not None:
        para_end = text.find("\n", open_at)
        parts.append((open_at, len(text) if para_end < 0 else para_end))
        quotes.append(Quote(parts[0][0], parts[-1][1], parts, closed=False))
    return [
        q for q in quotes if sum(c.isalpha() for c in text[q.start : q.end]) >= MIN_QUOTE_LETTERS
    ]


@functools.lru_cache(maxsize=8)
def quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The character spans of `text` inside quotation marks, one a paragraph of each quotation
    `find_quotes` finds, from the opening mark to just after the closing one (to the paragraph's
    end for a quote news style leaves open there). Cached: the timeline asks it token by token."""
    return tuple(part for q in find_quotes(text) for part in q.parts)
