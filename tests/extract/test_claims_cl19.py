"""cl19: a "Group: words" headline or line whose lead is a plural noun for people ("Historians:",
"Insiders:") gives the words to that group. Every text here is invented."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import claims_of, with_cue


def test_a_headline_lead_naming_a_group_of_people_is_its_source(nlp: Language) -> None:
    for lead in ("Historians", "Economists", "Insiders"):
        text = (
            f"{lead}: Tavrik and Yarisbel will be linked no matter what\n\n"
            "The two senators served together for a decade.\n"
        )
        found = with_cue(claims_of(nlp, text), ":")
        assert found, lead
        assert found[0].source is not None and found[0].source.text == lead
        assert found[0].content.text.startswith("Tavrik and Yarisbel will be linked")


def test_a_group_lead_before_a_topic_is_no_claim(nlp: Language) -> None:
    # No verb after the colon: the line names a topic, not the group's words.
    text = "Teachers: a short guide to the pay dispute\n\nThe union met on Monday.\n"
    assert not with_cue(claims_of(nlp, text), ":")
    # A lead that names no people stays no speaker.
    text = "Budget: What the cuts will mean for families\n\nThe council met on Monday.\n"
    assert not with_cue(claims_of(nlp, text), ":")


def test_a_possessed_noun_of_saying_before_a_colon_gives_the_clause_after_it(
    nlp: Language,
) -> None:
    text = (
        "Tavrik spoke to the council twice this week. "
        "His message: the council must cut spending before the winter.\n"
    )
    found = with_cue(claims_of(nlp, text), "message")
    assert found
    assert found[0].source is not None and found[0].source.text == "His"
    assert found[0].content.text == "the council must cut spending before the winter"


def test_a_noun_before_a_colon_needs_a_clause_and_must_open_its_sentence(
    nlp: Language,
) -> None:
    # The noun is the verb's object: the verb's own claim, no second one from the noun.
    text = "Voters in the north backed his message: the roads come first.\n"
    assert not with_cue(claims_of(nlp, text), "message")
    # No finite verb after the colon: a list, not something said.
    text = "Her message: lower taxes, safer streets and cleaner parks.\n"
    assert not with_cue(claims_of(nlp, text), "message")
