"""Per-document token attributes, read from the spaCy Doc once and kept as plain Python values.

Every `for t in doc`, `doc[i]`, `span.text` or `doc.text` makes spaCy build new Python objects
(`doc.text` joins a fresh Token for every token of the article, on every access). The
extractors read the same few attributes of the same tokens many times over, so they read them
here: one pass over the document, cached on the Doc (`doc.user_data`), shared by every extractor
that runs on it. Nothing here changes what the extractors see; it only stops them rebuilding it.
`fold` is `model.fold` with a fast path, for the same loops.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from app.extract import model

_KEY = "newsbrief_tokens"


@dataclass(frozen=True, slots=True)
class TokenTable:
    """One document's text and per-token attributes, indexed by token position (`Token.i`)."""

    text: str
    words: tuple[str, ...]  # Token.text
    lower: tuple[str, ...]  # Token.lower_
    pos: tuple[str, ...]  # Token.pos_
    sent_start: tuple[bool, ...]  # Token.is_sent_start is True (False for None: unset)


def token_table(doc: Doc) -> TokenTable:
    """The document's `TokenTable`, built on first use and kept on the Doc."""
    cached = doc.user_data.get(_KEY)
    if isinstance(cached, TokenTable):
        return cached
    pieces: list[str] = []
    words: list[str] = []
    lower: list[str] = []
    pos: list[str] = []
    sent_start: list[bool] = []
    for t in doc:
        word = t.text
        pieces.append(word)
        pieces.append(t.whitespace_)
        words.append(word)
        lower.append(t.lower_)
        pos.append(t.pos_)
        sent_start.append(t.is_sent_start is True)
    table = TokenTable(
        text="".join(pieces),
        words=tuple(words),
        lower=tuple(lower),
        pos=tuple(pos),
        sent_start=tuple(sent_start),
    )
    doc.user_data[_KEY] = table
    return table


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per document."""
    return token_table(doc).text


def fold(text: str) -> str:
    """`model.fold` (accent- and case-insensitive form of a name), quick on ASCII text.

    The extractors fold every candidate word of every article, and the gazetteer every place
    name it loads. For ASCII text, Unicode decomposition and the accent strip change nothing
    and `casefold` is `lower`, so the result is the same without them.
    """
    if text.isascii():
        return " ".join(text.lower().split())
    return model.fold(text)
