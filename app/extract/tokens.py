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

from spacy.attrs import (
    DEP,
    ENT_TYPE,
    IDX,
    IS_ALPHA,
    IS_PUNCT,
    IS_SPACE,
    LEMMA,
    LIKE_NUM,
    LOWER,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
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
    tag: tuple[str, ...]  # Token.tag_
    dep: tuple[str, ...]  # Token.dep_
    is_alpha: tuple[bool, ...]
    is_punct: tuple[bool, ...]
    is_space: tuple[bool, ...]
    like_num: tuple[bool, ...]
    space_after: tuple[bool, ...]  # Token.whitespace_ is " "
    sent_start: tuple[bool, ...]  # Token.is_sent_start is True (False for None: unset)
    sentences: tuple[tuple[int, int], ...]  # (start, end) token indices of `doc.sents`
    ents: tuple[tuple[int, int, str], ...]  # (start, end, label_) of `doc.ents`, in order


def token_table(doc: Doc) -> TokenTable:
    """The document's `TokenTable`, built on first use and kept on the Doc."""
    cached = doc.user_data.get(_KEY)
    if isinstance(cached, TokenTable):
        return cached
    table = _build_table(doc)
    doc.user_data[_KEY] = table
    return table


# The attributes `doc.to_array` reads in one pass over the C token structs, in column order.
_COLUMNS = [
    ORTH,
    LOWER,
    LEMMA,
    POS,
    TAG,
    ENT_TYPE,
    DEP,
    IS_ALPHA,
    IS_PUNCT,
    IS_SPACE,
    LIKE_NUM,
    SENT_START,
    IDX,
    SPACY,
]


def _build_table(doc: Doc) -> TokenTable:
    """The table, read with `doc.to_array` rather than through a Token object per token.

    Strings come back as StringStore hashes (POS as its symbol id, which the StringStore also
    resolves); each distinct one is looked up once. SENT_START is 1 where `is_sent_start` is
    True, -1 (as uint64) where it is False and 0 where it is unset.
    """
    if len(doc) == 0:
        return TokenTable("", *((),) * 16)  # every column empty
    columns = doc.to_array(_COLUMNS).T.tolist()
    (orth, lower, lemma, pos, tag, ent_type, dep) = columns[:7]
    (is_alpha, is_punct, is_space, like_num, sent, idx, spacy) = columns[7:]
    strings = doc.vocab.strings
    name = {h: strings[h] for h in {*orth, *lower, *lemma, *pos, *tag, *ent_type, *dep}}.__getitem__
    words = tuple(map(name, orth))
    sent_start = tuple([s == 1 for s in sent])
    return TokenTable(
        text="".join([w + " " if ws else w for w, ws in zip(words, spacy, strict=True)]),
        words=words,
        idx=tuple(idx),
        lower=tuple(map(name, lower)),
        lemma=tuple(map(name, lemma)),
        pos=tuple(map(name, pos)),
        tag=tuple(map(name, tag)),
        ent_type=tuple(map(name, ent_type)),
        dep=tuple(map(name, dep)),
        is_alpha=tuple([a == 1 for a in is_alpha]),
        is_punct=tuple([a == 1 for a in is_punct]),
        is_space=tuple([a == 1 for a in is_space]),
        like_num=tuple([a == 1 for a in like_num]),
        space_after=tuple([a == 1 for a in spacy]),
        sent_start=sent_start,
        sentences=_sentences(sent_start),
        # doc.ents makes a Span per entity on every access
        ents=tuple([(e.start, e.end, e.label_) for e in doc.ents]),
    )


def _sentences(sent_start: tuple[bool, ...]) -> tuple[tuple[int, int], ...]:
    """Sentence bounds as `Doc.sents` draws them: a sentence starts at every token after the
    first whose `is_sent_start` is True, and the last one runs to the end."""
    starts = [0, *(i for i in range(1, len(sent_start)) if sent_start[i])]
    ends = [*starts[1:], len(sent_start)]
    return tuple((a, b) for a, b in zip(starts, ends, strict=True) if a < b)


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per document."""
    return token_table(doc).text
