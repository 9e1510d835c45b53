"""Per-document token attributes, read from the spaCy Doc once and kept as plain Python values.

Every `for t in doc`, `doc[i]`, `span.text` or `doc.text` makes spaCy build new Python objects
(`doc.text` joins a fresh Token for every token of the article, on every access). The
extractors read the same few attributes of the same tokens many times over, so they read them
here: one pass over the document, cached on the Doc (`doc.user_data`), shared by every extractor
that runs on it. Nothing here changes what the extractors see; it only stops them rebuilding it.
The extractors only read the parse; a Doc whose annotation changes after its table was built
would need `doc.user_data` cleared of the table.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

_KEY = "newsbrief_tokens"


@dataclass(frozen=True, slots=True)
class TokenTable:
    """One document's text and per-token attributes, indexed by token position (`Token.i`).

    Plain strings and flags only, no Token objects: the table lives on the Doc, and a Token
    points back at its Doc, so keeping Tokens here would tie the Doc's memory to the cycle GC.
    """

    text: str
    words: tuple[str, ...]  # Token.text
    idx: tuple[int, ...]  # Token.idx: character offset in `text`
    lower: tuple[str, ...]  # Token.lower_
    lemma: tuple[str, ...]  # Token.lemma_
    pos: tuple[str, ...]  # Token.pos_
    ent_type: tuple[str, ...]  # Token.ent_type_
    is_alpha: tuple[bool, ...]
    sent_start: tuple[bool, ...]  # Token.is_sent_start is True (False for None: unset)
    sentences: tuple[tuple[int, int], ...]  # (start, end) token indices of `doc.sents`


def token_table(doc: Doc) -> TokenTable:
    """The document's `TokenTable`, built on first use and kept on the Doc."""
    cached = doc.user_data.get(_KEY)
    if isinstance(cached, TokenTable):
        return cached
    tokens = list(doc)  # one Token object per token, once
    sent_start = tuple(t.is_sent_start is True for t in tokens)
    table = TokenTable(
        text="".join([t.text_with_ws for t in tokens]),
        words=tuple([t.text for t in tokens]),
        idx=tuple([t.idx for t in tokens]),
        lower=tuple([t.lower_ for t in tokens]),
        lemma=tuple([t.lemma_ for t in tokens]),
        pos=tuple([t.pos_ for t in tokens]),
        ent_type=tuple([t.ent_type_ for t in tokens]),
        is_alpha=tuple([t.is_alpha for t in tokens]),
        sent_start=sent_start,
        sentences=_sentences(sent_start),
    )
    doc.user_data[_KEY] = table
    return table


def _sentences(sent_start: tuple[bool, ...]) -> tuple[tuple[int, int], ...]:
    """Sentence bounds as `Doc.sents` draws them: a sentence starts at every token after the
    first whose `is_sent_start` is True, and the last one runs to the end."""
    starts = [0, *(i for i in range(1, len(sent_start)) if sent_start[i])]
    ends = [*starts[1:], len(sent_start)]
    return tuple((a, b) for a, b in zip(starts, ends, strict=True) if a < b)


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per document."""
    return token_table(doc).text
