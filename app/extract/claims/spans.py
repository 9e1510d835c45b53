"""Span helpers: character spans of tokens and subtrees, trimming, and quote lookup."""

from __future__ import annotations

from spacy.tokens import Token

from app.extract.claims.draft import _TRIM
from app.extract.quotes import Quote


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding space and punctuation, but keep a closing quote mark and what it holds."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _subtree(tok: Token, exclude: Token | None = None) -> tuple[int, int]:
    """Char span of a token's subtree, optionally cut before a child's subtree (to the left)."""
    left = tok.left_edge.idx
    right_tok = tok.right_edge
    if exclude is not None and exclude.i > tok.i:
        right_tok = tok.doc[exclude.left_edge.i - 1] if exclude.left_edge.i > tok.i else tok
    return left, right_tok.idx + len(right_tok.text)


def _quote_at(quotes: list[Quote], start: int, end: int) -> Quote | None:
    """The quotation that overlaps [start, end) most."""
    best: Quote | None = None
    best_len = 0
    for q in quotes:
        if q.start >= end:
            break
        overlap = min(q.end, end) - max(q.start, start)
        if overlap > best_len:
            best, best_len = q, overlap
    return best


def _only_glue(text: str) -> bool:
    """True when text between a quote and its speaker holds nothing but punctuation."""
    return all(c.isspace() or c in ",:;—–-" for c in text)
