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

import numpy
from spacy.attrs import (
    DEP,
    ENT_TYPE,
    IDX,
    LEMMA,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.tokens import Doc
from spacy.vocab import Vocab

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


# The token attributes `doc.to_array` reads in one pass over the C token structs, in column
# order: first those that are strings (as StringStore hashes), then numbers and flags.
# Attributes of the word itself (lexeme attributes: lower form, flags) are not among them:
# to_array reads those through the lexeme for every token, several times slower.
_STRING_COLUMNS = [ORTH, LEMMA, POS, TAG, ENT_TYPE, DEP]
_COLUMNS = [*_STRING_COLUMNS, SENT_START, IDX, SPACY]

# A word's lexeme attributes: Lexeme.lower_, is_alpha, is_punct, is_space, like_num.
_LexemeRow = tuple[str, bool, bool, bool, bool]
# Per vocabulary (kept alive here with its rows): the rows of the words seen so far. A
# lexeme's attributes are fixed once the vocabulary made it, and a process parses with one
# or two models, so this grows like the vocabulary itself.
_LEXEMES: dict[int, tuple[Vocab, dict[str, _LexemeRow]]] = {}


def _lexeme_rows(vocab: Vocab) -> dict[str, _LexemeRow]:
    """The lexeme-row memo of `vocab`."""
    entry = _LEXEMES.get(id(vocab))
    if entry is None or entry[0] is not vocab:
        entry = _LEXEMES[id(vocab)] = (vocab, {})
    return entry[1]


def _lexeme_row(vocab: Vocab, word: str) -> _LexemeRow:
    lex = vocab[word]
    return (lex.lower_, lex.is_alpha, lex.is_punct, lex.is_space, lex.like_num)


def _build_table(doc: Doc) -> TokenTable:
    """The table, read with `doc.to_array` rather than through a Token object per token.

    Strings come back as StringStore hashes (POS as its symbol id, which the StringStore also
    resolves); each distinct one is looked up once, and the hashes never become Python ints
    (large ones are slow to make). SENT_START is 1 where `is_sent_start` is True, -1 (as
    uint64) where it is False and 0 where it is unset. Lexeme attributes are read once per word
    and process (`_LEXEMES`).
    """
    if len(doc) == 0:
        return TokenTable("", *((),) * 16)  # every column empty
    array = doc.to_array(_COLUMNS)
    n_strings = len(_STRING_COLUMNS)
    hashes, inverse = numpy.unique(array[:, :n_strings], return_inverse=True)
    strings = doc.vocab.strings
    names = numpy.array([strings[h] for h in hashes.tolist()], dtype=object)
    words, lemma, pos, tag, ent_type, dep = (
        tuple(column) for column in names[inverse.reshape(-1, n_strings)].T.tolist()
    )
    vocab = doc.vocab
    known = _lexeme_rows(vocab)
    for w in set(words).difference(known):
        known[w] = _lexeme_row(vocab, w)
    lower, is_alpha, is_punct, is_space, like_num = zip(*map(known.__getitem__, words), strict=True)
    sent_start = tuple((array[:, n_strings] == 1).tolist())
    return TokenTable(
        text="".join(
            [w + " " if ws else w for w, ws in zip(words, array[:, -1].tolist(), strict=True)]
        ),
        words=words,
        idx=tuple(array[:, n_strings + 1].tolist()),
        lower=lower,
        lemma=lemma,
        pos=pos,
        tag=tag,
        ent_type=ent_type,
        dep=dep,
        is_alpha=is_alpha,
        is_punct=is_punct,
        is_space=is_space,
        like_num=like_num,
        space_after=tuple((array[:, -1] == 1).tolist()),
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
