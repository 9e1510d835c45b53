"""The pronoun resolver: resolve(doc, token) on invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from app.extract.coref import animacy, mention_gender, resolve
from app.extract.name_gender import name_gender
from app.extract.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


def pronoun(doc, word: str, nth: int = 0):  # type: ignore[no-untyped-def]
    found = [t for t in doc if t.text == word]
    return found[nth]


def test_she_resolves_to_the_woman_not_the_nearest_man(nlp: Language) -> None:
    doc = nlp("Anna Weber thanked Mark Jones for his help. She said the project was finished.")
    found = resolve(doc, pronoun(doc, "She"))
    assert found is not None and found.span.text == "Anna Weber"


def test_he_follows_a_chain_of_pronouns_to_the_name(nlp: Language) -> None:
    doc = nlp(
        "Governor Luis Ortega arrived late. He apologised to the crowd. "
        "Then he said the budget was balanced."
    )
    found = resolve(doc, pronoun(doc, "he"))
    assert found is not None and found.token.text == "Ortega"


def test_they_resolves_to_a_plural(nlp: Language) -> None:
    doc = nlp("The nurses met the hospital board on Monday. They said the wards were unsafe.")
    found = resolve(doc, pronoun(doc, "They"))
    assert found is not None and found.token.text in ("nurses", "board")
    assert found.token.text == "nurses"


def test_no_antecedent_for_a_name_or_a_first_pronoun(nlp: Language) -> None:
    doc = nlp("He said the vote was close. Maria Lopez agreed.")
    assert resolve(doc, pronoun(doc, "He")) is None
    assert resolve(doc, pronoun(doc, "Lopez")) is None


def test_gender_of_names_titles_and_nouns(nlp: Language) -> None:
    doc = nlp("Mrs. Patel, the spokesman and Maria Gomez met the committees.")
    by_text = {t.text: t for t in doc}
    assert mention_gender(by_text["Patel"]) == "f"
    assert mention_gender(by_text["spokesman"]) == "m"
    assert mention_gender(by_text["Gomez"]) == "f"
    assert mention_gender(by_text["committees"]) == "p"


def test_gender_of_a_full_name_by_its_first_word() -> None:
    assert name_gender("Maria Gomez") == "f"
    assert name_gender("Brian Deeley") == "m"
    assert name_gender("the mayor") == ""
    assert name_gender("") == ""


def test_a_country_is_neither_he_nor_she(nlp: Language) -> None:
    doc = nlp("Senator Paul Ames flew to the US on Monday. He said the trade deal would pass.")
    us = next(t for t in doc if t.text == "US")
    assert mention_gender(us) == "n"
    found = resolve(doc, pronoun(doc, "He"))
    assert found is not None and found.token.text == "Ames"


def test_a_name_inside_a_quote_is_not_the_speaker_after_it(nlp: Language) -> None:
    doc = nlp(
        '"Mayor Tom Baker has no plan for the port," Senator Paul Ames said on Monday. '
        "He added that the harbour needed new cranes."
    )
    found = resolve(doc, pronoun(doc, "He"))
    assert found is not None and found.token.text == "Ames"


def test_person_nouns_are_learned_and_things_are_not_people(nlp: Language) -> None:
    doc = nlp("The farmer sold the house.")
    farmer, house = doc[1], doc[4]
    assert animacy(farmer) == "y"
    assert animacy(house) == "n"


def test_a_pronoun_of_the_other_gender_is_never_the_antecedent(nlp: Language) -> None:
    from app.extract.coref import antecedent, pronoun_gender

    doc = nlp(
        '"Let him go," she says. "He did nothing. He has no knife."\n\n'
        "She then asks the guards to stop."
    )
    for nth in (0, 1):
        she = [t for t in doc if t.lower_ == "she"][nth]
        found = antecedent(doc, she)
        assert found is None or pronoun_gender(found.token) not in ("m", "n")


def test_he_looks_past_the_window_when_nothing_near_agrees(nlp: Language) -> None:
    # Short lines of dialogue put the man who spoke five sentences back; every mention in
    # the three sentences before "he" is a woman's or a thing's.
    doc = nlp(
        "Carlos Mendez put the book on the desk. "
        "Maria looked at it. "
        '"Is it torn?" she asked. '
        '"Yes." '
        '"Where?" she asked. '
        '"Here," he said.'
    )
    found = resolve(doc, pronoun(doc, "he"))
    assert found is not None and found.token.text == "Mendez"


def test_she_does_not_look_past_the_window_when_a_woman_is_near(nlp: Language) -> None:
    doc = nlp(
        "Ana Ruiz opened the meeting. Paula Diaz read the minutes. The vote was close. "
        "The chair thanked Paula Diaz. She said the budget was balanced."
    )
    found = resolve(doc, pronoun(doc, "She"))
    assert found is not None and found.token.text == "Diaz"


def test_the_one_spoken_to_and_contraction_fragments_are_no_candidates(nlp: Language) -> None:
    from spacy.tokens import Doc

    from app.extract.coref import _is_candidate

    # "Yes, my Lord": the addressee is "you" to the speaker, not a later "he".
    vocative = Doc(
        nlp.vocab,
        words=["Yes", ",", "my", "Lord", "."],
        heads=[0, 0, 3, 0, 0],
        deps=["ROOT", "punct", "poss", "npadvmod", "punct"],
        pos=["INTJ", "PUNCT", "PRON", "PROPN", "PUNCT"],
    )
    assert not _is_candidate(vocative[3])
    # A contraction the tagger took for a noun ("you ’ve") names no one.
    fragment = Doc(
        nlp.vocab,
        words=["you", "’ve", "won"],
        heads=[2, 2, 2],
        deps=["nsubj", "dobj", "ROOT"],
        pos=["PRON", "NOUN", "VERB"],
    )
    assert not _is_candidate(fragment[1])
    plain = Doc(
        nlp.vocab,
        words=["The", "lord", "spoke"],
        heads=[1, 2, 2],
        deps=["det", "nsubj", "ROOT"],
        pos=["DET", "NOUN", "VERB"],
    )
    assert _is_candidate(plain[1])


def test_a_surname_that_is_also_a_given_name_says_no_gender(nlp: Language) -> None:
    # "Clinton" is a man's given name in Faker's lists; as Hillary Clinton's surname, or alone
    # where the article writes it as someone's surname, it says nothing: her given name tells
    doc = nlp("Hillary Clinton spoke in Ohio. Later Clinton met the press.")
    assert mention_gender(doc[1]) == "f"
    assert mention_gender(doc[7]) == ""
    assert name_gender("Clinton") == ""  # one word: as often a surname as a given name
    # a lone given name still tells
    doc = nlp("Maria looked at the desk.")
    assert mention_gender(doc[0]) == "f"


def test_an_honorific_elsewhere_gives_a_name_no_list_knows_its_gender(nlp: Language) -> None:
    # no first-name list knows "Yarisbel"; the article's "Ms. Quispe" says she is a woman
    text = (
        "Laura Bennett opened the shelter in 2010. Nobody expected it to last. "
        "Yarisbel Quispe, 19, was wary when she first came, but she stayed. "
        "She said the staff changed her life. Ms. Quispe now works there."
    )
    doc = nlp(text)
    quispe = next(t for t in doc if t.text == "Quispe")
    assert mention_gender(quispe) == "f"
    found = resolve(doc, pronoun(doc, "She"))
    assert found is not None and found.token.text == "Quispe"
    # without the honorific the name says nothing
    doc = nlp(text.replace("Ms. Quispe now works there.", "Quispe now works there."))
    assert mention_gender(next(t for t in doc if t.text == "Quispe")) == ""
    # written after both kinds ("Mr. Roe", "Mrs. Roe"), a surname says nothing either
    doc = nlp(text.replace("Ms. Quispe now works there.", "Mr. Quispe and Mrs. Quispe work there."))
    assert mention_gender(quispe) == "f"  # the first document's reading, not carried over
    assert mention_gender(next(t for t in doc if t.text == "Quispe")) == ""
