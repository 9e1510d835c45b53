"""Claims a reader can trust (cl21): rules found reading PolNeAR train sets 14 and 41, each
tested on invented text."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import by_cue, claims_of, linked


def test_she_after_a_she_and_a_named_subject_of_no_gender_is_not_that_name(nlp: Language) -> None:
    # The sentence before names a person of no known gender as its subject, after a "she" of
    # its own: the next "She" may go on with either, and is not given to the named one (nor
    # does that "She" make the named one a woman).
    text = (
        "Yarisbel Tavrik has made housing a central issue of her campaign. Following the "
        "floods in Dunmore last year, she issued a detailed plan to rebuild homes through "
        "emergency action: President Ostrand later adopted a similar approach. She has called "
        "for a new building code for the coast."
    )
    assert linked(nlp, text, "called for") != "person:ostrand"
    short = (
        "Senator Yarisbel Tavrik has made housing central to her campaign. After the floods "
        "last spring, she issued a detailed plan to rebuild homes: Governor Ostrand later "
        "adopted a similar approach. She has called for a new building code for the coast."
    )
    assert linked(nlp, short, "called for") != "person:ostrand"


def test_topic_label_over_others_words_is_no_speaker(nlp: Language) -> None:
    # "Topic: words" in a story's body, whose words the story gives to someone else, labels a
    # section: the label is no speaker, the named one is.
    text = (
        "Tavrik Plans Next Steps\n\n"
        "The campaign will push three changes at the convention.\n\n"
        "Party Rules: Tavrik is backed by 40 delegates compared with 12 who back Ostrand, "
        "according to the Dunmore Herald. Supporters have launched petitions calling on "
        'delegates to back the voters. "We want a process where voters decide," Yarisbel '
        "Ostrand said.\n\n"
        "Funding: The campaign wants to cap donations from lobbyists."
    )
    claims = claims_of(nlp, text)
    assert not [c for c in claims if c.cue is not None and c.cue.text == ":"]
    said = by_cue(claims, "said")
    assert said.source is not None and said.source.text == "Yarisbel Ostrand"
    told = by_cue(claims, "according to")
    assert text[told.content.start : told.content.end].startswith("Tavrik is backed")


def test_look_opens_no_speaker_line(nlp: Language) -> None:
    text = (
        "LOOK: Shocking Photos Of The Mayor's Rally Are Going Viral\n\n"
        "The mayor of Dunmore drew a small crowd on Monday."
    )
    claims = claims_of(nlp, text)
    assert not [c for c in claims if c.cue is not None and c.cue.text == ":"]
