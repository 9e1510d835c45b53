"""The lead's seventh-session claim rules (issue #15), on articles written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from app.extract.claims import extract_claims
from tests.extract.conftest import FLOOR, by_cue, claims_of, linked, linked_name, with_cue


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The party has promised cuts but has yet to say where they will fall.", "say"),
        ("The council is yet to explain how the scheme will be paid for.", "explain"),
        ("The firm failed to explain why the report was late.", "explain"),
    ],
)
def test_what_is_yet_to_be_said_was_not_said(nlp: Language, sentence: str, cue: str) -> None:
    found = with_cue(claims_of(nlp, "Budget row\n\n" + sentence + "\n"), cue)
    # kept, marked negated, and never shown to a reader as something said
    assert found and all(c.negated and c.confidence < FLOOR for c in found)


def test_what_was_said_is_not_negated(nlp: Language) -> None:
    text = "Budget row\n\nThe party has said where the cuts will fall.\n"
    said = with_cue(claims_of(nlp, text), "said")
    assert said and not said[0].negated


def test_a_condition_before_the_tag_is_part_of_what_was_said(nlp: Language) -> None:
    text = (
        "Tax row\n\nWater bills will be raised if Labour wins the May election, Liberal leader "
        "Tom Reid has claimed.\n"
    )
    claim = by_cue(claims_of(nlp, text), "claimed")
    # the parse hangs the "if" clause on the tag: without it the claim is unconditional
    assert text[claim.content.start : claim.content.end] == (
        "Water bills will be raised if Labour wins the May election"
    )


def test_a_closing_tag_with_a_condition_hung_on_it_still_reports(nlp: Language) -> None:
    # the parse the small model gives such a lead sentence in a whole article: the clause is
    # the root, the tag its complement, and the condition hangs on the tag
    words = "Bills will be raised if Labour wins the election , leader Tom Reid has claimed ."
    heads = [3, 3, 3, 3, 6, 6, 14, 8, 6, 14, 12, 12, 14, 14, 3, 3]
    deps = ["nsubjpass", "aux", "auxpass", "ROOT", "mark", "nsubj", "advcl", "det", "dobj"]
    deps += ["punct", "compound", "compound", "nsubj", "aux", "ccomp", "punct"]
    tags = ["NNS", "MD", "VB", "VBN", "IN", "NNP", "VBZ", "DT", "NN", ",", "NN", "NNP", "NNP"]
    tags += ["VBZ", "VBN", "."]
    pos = ["NOUN", "AUX", "AUX", "VERB", "SCONJ", "PROPN", "VERB", "DET", "NOUN", "PUNCT"]
    pos += ["NOUN", "PROPN", "PROPN", "AUX", "VERB", "PUNCT"]
    lemmas = ["bill", "will", "be", "raise", "if", "Labour", "win", "the", "election", ","]
    lemmas += ["leader", "Tom", "Reid", "have", "claim", "."]
    doc = Doc(
        nlp.vocab, words=words.split(), heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas
    )
    claims = with_cue(extract_claims(doc, []), "claimed")
    assert [c.content.text for c in claims] == ["Bills will be raised if Labour wins the election"]
    assert claims[0].source is not None and claims[0].source.text == "leader Tom Reid"


def test_what_neither_side_would_say_was_not_said(nlp: Language) -> None:
    text = "Talks\n\nNeither side would say whether a deal was close.\n"
    said = with_cue(claims_of(nlp, text), "say")
    assert said and said[0].negated and said[0].confidence < FLOOR


def test_what_an_achievement_was_in_is_part_of_the_object(nlp: Language) -> None:
    text = (
        "Budget\n\nThe mayor instead hailed the council's success in using a strong economy "
        "to build new schools.\n"
    )
    claim = by_cue(claims_of(nlp, text), "hailed")
    assert text[claim.content.start : claim.content.end] == (
        "the council's success in using a strong economy to build new schools"
    )


def test_another_forces_chief_is_not_the_last_speaker(nlp: Language) -> None:
    text = (
        "Late bars\n\n"
        "However, Northshire police chief Andy Hale said his officers were ready for the hours. "
        '"We will manage," he said.\n\n'
        "The Metropolitan police chief said last week that the plans should be re-examined.\n"
    )
    # "Northshire police chief" was said of Hale: "The Metropolitan police chief" is someone else
    assert linked(nlp, text, "said") is None


def test_the_prime_minister_is_not_the_deputy_prime_minister(nlp: Language) -> None:
    text = (
        "Leadership row\n\n"
        "Deputy Prime Minister John Prescott said the two men had met in his flat. "
        "The book says the talks went badly.\n\n"
        "But the prime minister said he had discussed these claims with the chancellor.\n"
    )
    assert linked_name(nlp, text, "said") != "John Prescott"


def test_the_prime_minister_is_not_the_aid_minister(nlp: Language) -> None:
    text = (
        "Aid row\n\n"
        "The plans were drawn up with Aid minister Hilary Benning, who visits Kenya next week.\n\n"
        "The prime minister denied any rift over the plans.\n"
    )
    assert linked_name(nlp, text, "denied") != "Hilary Benning"


def test_who_is_called_on_is_part_of_the_call(nlp: Language) -> None:
    text = (
        "Hunts\n\nThe Rural Alliance called on hunt supporters to meet as normal, but vowed "
        "to stay within the law.\n"
    )
    claim = by_cue(claims_of(nlp, text), "called on")
    # the parse takes "on" for a particle of "called"
    assert text[claim.content.start : claim.content.end] == "hunt supporters to meet as normal"
