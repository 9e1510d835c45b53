"""The spaCy pipeline is loaded once per process, however it is asked for."""

from __future__ import annotations

from spacy.language import Language

from app.extract.nlp import DEFAULT_MODEL, load_nlp


def test_one_model_per_name() -> None:
    assert load_nlp() is load_nlp(DEFAULT_MODEL) is load_nlp(name=DEFAULT_MODEL)


def test_the_first_word_of_a_line_is_no_sentence_of_its_own() -> None:
    from app.extract.nlp import load_nlp

    nlp = load_nlp()
    for text in (
        "Clash on tax\n\nUnions and the Tories have clashed over pay and pension plans as the "
        "row over the Budget turned into a full scale battle.\n",
        "Shares fall on drug news\n\nShares in Orban and Miltex Idec plunged on Monday as the "
        "firms suspended sales of new arthritis drug Zelmora after a patient's death in France.\n",
    ):
        sentences = [s.text.strip() for s in nlp(text).sents]
        assert len(sentences) == 2, sentences
    # a one-word line, or a word and its full stop, still ends where it ends
    sentences = [s.text.strip() for s in nlp("Intro\nWe start here. Yes. It works.\n").sents]
    assert sentences[0] == "Intro" and "Yes." in sentences


def test_the_text_put_back_keeps_the_labels_of_span_groups(nlp: Language) -> None:
    """A document read with ASCII apostrophes and put back over the text as written keeps the
    trained recogniser's labelled names (`spans["names"]`), not bare spans."""
    from spacy.tokens import Span

    from app.extract.nlp import restore_text

    doc = nlp.make_doc("Lee isn't here")
    doc.user_data["newsbrief_original_text"] = "Lee isn\u2019t here"
    doc.spans["names"] = [Span(doc, 0, 1, label="PERSON")]
    out = restore_text(doc)
    assert out.text == "Lee isn\u2019t here"
    assert [(s.text, s.label_) for s in out.spans["names"]] == [("Lee", "PERSON")]
