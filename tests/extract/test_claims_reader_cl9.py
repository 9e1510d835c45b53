"""Claims a reader would not take for claims, or whose content runs on into another speaker's
words (issue #15, fresh reads of PolNeAR train sets). Every text here is written for the tests."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from app.extract.claims import extract_claims
from tests.extract.conftest import by_cue, claims_of, shown


def test_a_belief_put_as_a_question_is_not_held(nlp: Language) -> None:
    text = "Asked if she believed the mayor wanted a recount, Ruiz said she would not guess.\n"
    claims = claims_of(nlp, text)
    assert not shown(claims, "believed")
    assert shown(claims, "said")  # what she did say stays


def test_a_result_clause_after_enough_is_the_writers(nlp: Language) -> None:
    text = "But other teachers are concerned enough that they have begun looking for new jobs.\n"
    assert not shown(claims_of(nlp, text), "concerned")


def test_hoping_or_pushing_to_do_something_is_no_claim(nlp: Language) -> None:
    for text, cue in (
        (
            "Gomez set out a year ago to rebuild the union, hoping to bring together workers"
            " from every plant.\n",
            "hoping",
        ),
        ("Ruiz hopes to win the seat.\n", "hopes"),
        ("Many mayors are pushing to make the new rules binding sooner than planned.\n", "pushing"),
    ):
        assert not shown(claims_of(nlp, text), cue), text
    # A hope that something is so, and a promise to do something, stay claims.
    assert shown(claims_of(nlp, "Ruiz hopes that the council will vote soon.\n"), "hopes")
    assert shown(claims_of(nlp, "Ruiz promised to cut taxes.\n"), "promised")


def test_and_others_said_is_a_second_speaker(nlp: Language) -> None:
    text = (
        "Many teachers have said they will not attend the meeting and others have said they"
        " are not interested in speaking.\n"
    )
    claims = [c for c in claims_of(nlp, text) if c.cue is not None and c.cue.text == "said"]
    assert claims[0].content.text == "they will not attend the meeting"
    second = [c for c in claims if "interested" in c.content.text]
    assert second and second[0].source is not None and second[0].source.text == "others"


def test_even_so_before_a_verb_of_saying_is_no_degree(nlp: Language) -> None:
    text = "Even so, many donors privately say that their faith in the senator is strong.\n"
    assert shown(claims_of(nlp, text), "say")


def test_a_plain_object_that_only_names_the_topic_is_no_claim(nlp: Language) -> None:
    for text, cue in (
        ("Rivera explained the trend in her new book.\n", "explained"),
        ("Olsen offered insights into a ruthless style of bargaining.\n", "offered"),
        ("Gomez recalled his summers on the lake.\n", "recalled"),
    ):
        assert not shown(claims_of(nlp, text), cue), text
    # What was explained, and a view of a thing as something, stay claims.
    assert shown(claims_of(nlp, "Rivera explained that the trend would end.\n"), "explained")


def test_seen_in_the_perfect_is_lived_through(nlp: Language) -> None:
    text = "The region has seen its biggest surge in hiring since 1990.\n"
    assert not shown(claims_of(nlp, text), "seen")


def test_a_linking_phrase_opening_a_content_is_the_writers(nlp: Language) -> None:
    for text, content in (
        (
            "In fact, neither candidate's plan would have much effect on what families pay,"
            " economists say.\n",
            "neither candidate's plan would have much effect on what families pay",
        ),
        (
            "Even so, the council will meet on Monday, officials said.\n",
            "the council will meet on Monday",
        ),
    ):
        claim = by_cue(claims_of(nlp, text), "say" if "say." in text else "said")
        assert claim.content.text == content


def test_could_not_in_what_was_said_is_no_hedge(nlp: Language) -> None:
    text = "Similarly, Anna Berg, a former minister, said she could not support the new party.\n"
    claim = by_cue(claims_of(nlp, text), "said")
    assert not claim.hedged
    # A "could" of possibility stays a hedge.
    assert by_cue(claims_of(nlp, "Berg said the plan could fail.\n"), "said").hedged


def test_a_headlines_second_verb_of_saying_ends_the_first_content(nlp: Language) -> None:
    text = (
        "Mayor Rivera Says Budget Is Safe, Calls Critics Reckless\n\n"
        "The mayor said on Monday that the budget was safe.\n"
    )
    claim = by_cue(claims_of(nlp, text), "Says")
    assert claim.content.text == "Budget Is Safe"


def test_others_hung_on_the_object_is_the_next_speaker(nlp: Language) -> None:
    # The parser sometimes joins "others" to the object before ("the vote and others") and
    # leaves the second "said" with no subject.
    words = "Some voters said they will not skip the vote and others have said they are angry ."
    heads = [1, 2, 2, 6, 6, 6, 2, 8, 6, 8, 8, 12, 2, 14, 12, 14, 2]
    deps = ["amod", "nsubj", "ROOT", "nsubj", "aux", "neg", "ccomp", "det", "dobj", "cc"]
    deps += ["conj", "aux", "conj", "nsubj", "ccomp", "acomp", "punct"]
    tags = ["DT", "NNS", "VBD", "PRP", "MD", "RB", "VB", "DT", "NN", "CC", "NNS", "VBP", "VBN"]
    tags += ["PRP", "VBP", "JJ", "."]
    pos = ["DET", "NOUN", "VERB", "PRON", "AUX", "PART", "VERB", "DET", "NOUN", "CCONJ", "NOUN"]
    pos += ["AUX", "VERB", "PRON", "AUX", "ADJ", "PUNCT"]
    lemmas = ["some", "voter", "say", "they", "will", "not", "skip", "the", "vote", "and"]
    lemmas += ["other", "have", "say", "they", "be", "angry", "."]
    doc = Doc(
        nlp.vocab, words=words.split(), heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas
    )
    claims = [c for c in extract_claims(doc, []) if c.cue is not None and c.cue.text == "said"]
    assert claims[0].content.text == "they will not skip the vote"
    second = [c for c in claims if c.content.text == "they are angry"]
    assert second and second[0].source is not None and second[0].source.text == "others"
