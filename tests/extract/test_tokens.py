"""The per-document token table agrees with spaCy; `fold`'s ASCII fast path with its full form."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from app.extract import model
from app.extract.tokens import doc_text, token_table

TEXT = "Ministers meet\n\nThe minister said on Monday  that ten talks would resume. They did."


def test_table_matches_the_doc(nlp: Language) -> None:
    doc = nlp(TEXT)
    table = token_table(doc)
    assert doc_text(doc) == doc.text == TEXT
    assert table.words == tuple(t.text for t in doc)
    assert table.lower == tuple(t.lower_ for t in doc)
    assert table.idx == tuple(t.idx for t in doc)
    assert table.lemma == tuple(t.lemma_ for t in doc)
    assert table.pos == tuple(t.pos_ for t in doc)
    assert table.ent_type == tuple(t.ent_type_ for t in doc)
    assert table.tag == tuple(t.tag_ for t in doc)
    assert table.dep == tuple(t.dep_ for t in doc)
    assert table.like_num == tuple(t.like_num for t in doc)
    assert table.space_after == tuple(t.whitespace_ == " " for t in doc)
    assert table.is_alpha == tuple(t.is_alpha for t in doc)
    assert table.is_punct == tuple(t.is_punct for t in doc)
    assert table.is_space == tuple(t.is_space for t in doc)
    assert table.sent_start == tuple(bool(t.is_sent_start) for t in doc)
    assert table.sentences == tuple((s.start, s.end) for s in doc.sents)
    assert table.ents == tuple((e.start, e.end, e.label_) for e in doc.ents)
    assert table.ents  # "Monday"
    assert token_table(doc) is table  # built once per document


def test_table_of_an_unparsed_doc(nlp: Language) -> None:
    # no parser: sentence starts unset, no entities, no lemmas; text rebuilt from the spaces
    doc = Doc(nlp.vocab, words=["Talks", "resumed", ".", "Then"], spaces=[True, False, True, False])
    table = token_table(doc)
    assert table.text == doc.text == "Talks resumed. Then"
    assert table.sent_start == tuple(t.is_sent_start is True for t in doc)
    assert table.ent_type == ("", "", "", "") and table.lemma == tuple(t.lemma_ for t in doc)


def test_empty_doc(nlp: Language) -> None:
    table = token_table(nlp(""))
    assert table.text == "" and table.words == () and table.sentences == () and table.ents == ()


@pytest.mark.parametrize(
    "text",
    [
        "Nicolás Maduro",
        "  New   YORK ",
        "U.S.",
        "Côte d’Ivoire",
        "ﬁnance",
        "Straße",
        "İstanbul",
        "",
    ],
)
def test_fold_fast_path_is_the_unicode_fold(text: str) -> None:
    assert model.fold(text) == model._fold_unicode(text)
