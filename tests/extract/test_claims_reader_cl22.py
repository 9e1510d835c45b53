"""Claims a reader can trust (cl22): rules found reading PolNeAR train sets 4, 7 and 10, each
tested on invented text."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import by_cue, claims_of, linked, shown


def test_as_clause_after_a_saying_is_no_tag_of_its_own(nlp: Language) -> None:
    # "Roe said as she accepted her prize": the "as" clause times the saying; "accepted" is
    # no speech tag over the words, and the words are Roe's.
    text = (
        'Actress Lina Poret also won an award. "I am not done yet," Poret said as she '
        'accepted her prize. "Watch me."'
    )
    claims = claims_of(nlp, text)
    assert not shown(claims, "accepted")
    said = by_cue(claims, "said")
    assert said.source is not None and said.source.text == "Poret"
    assert [p.text for p in said.content.parts] == ['"I am not done yet,"', '"Watch me."']
    # an "as" clause before what it reports is a tag still
    lead = "As the Dunmore Herald reported, even on Friday the city was refusing to call it arson."
    assert shown(claims_of(nlp, lead), "reported")


def test_command_to_go_or_to_act_is_no_claim(nlp: Language) -> None:
    # A command carried out ("ordered the office to release", "ordered troops to the
    # border") tells of no words held true.
    for text in (
        "Months passed before a state judge ordered the mayor's office to release the files.",
        "The governor ordered 200 guards to the border to help local police.",
        "And the governor recently ordered nearly 300 of them to Tarvia to help the police.",
    ):
        assert not shown(claims_of(nlp, text), "ordered"), text


def test_answer_to_a_question_put_in_passing_is_not_the_askers(nlp: Language) -> None:
    # "Lee did not sound sure when Roe asked whether ...": the words that follow answer the
    # question; the asker's "he said" it is not.
    text = (
        'Senator Rolf Adner spoke to the host Jakob Wenz on Sunday. "I am not ready," Adner '
        "told Wenz.\n\nAdner also did not sound sure when Wenz asked whether the party could "
        'keep the House.\n\n"Nobody can predict this year. So I just run like everything is '
        'on the line," he said.'
    )
    assert linked(nlp, text, "said") == "person:rolf-adner"


def test_party_member_epithet_names_the_last_speaker(nlp: Language) -> None:
    # "The Ohio Republican" after a speaker of no other office: news writing naming the
    # same politician again by party.
    text = (
        "House Speaker Tom Veller said on Friday that he was not ready to back the nominee. "
        '"I am not there yet," Veller told reporters.\n\nThe Ohio Republican did give the '
        "nominee some credit, saying he should be praised for his win."
    )
    assert linked(nlp, text, "saying") == "person:tom-veller"


def test_showing_ones_own_trait_is_no_claim(nlp: Language) -> None:
    # "showed its inclination to ...": a trait read by the writer from what was done; a poll's
    # or a record's showing stays a report.
    for text in (
        "The city council long ago showed its inclination to rely on private firms.",
        "The mayor showed her anger at the vote by walking out.",
    ):
        assert not shown(claims_of(nlp, text), "showed"), text
    assert shown(claims_of(nlp, "The records reveal his role in the deal."), "reveal")


def test_as_if_to_say_is_no_one_saying(nlp: Language) -> None:
    # "as if to say, '...'": the writer's reading of a look or a gesture, quoted or not.
    text = (
        "Roe was delighted. His face darted from side to side, his eyes gleaming, as if to "
        'say, "Did you see me pull that off?"'
    )
    assert not shown(claims_of(nlp, text), "say")
    assert not shown(claims_of(nlp, 'The mayor waved, as though to say, "We won."'), "say")


def test_epithet_with_an_aside_names_the_last_speaker(nlp: Language) -> None:
    # "said the businessman, who campaigned Monday in Dunmore": an aside set off by a comma
    # tells more of the one just named; "the businessman who owns the hotel" picks out
    # someone and stays unlinked.
    lead = (
        "Dale Kravitz again attacked the senator's temper on Monday, saying he could not make "
        'deals. "We can\'t have a guy like that," said the businessman'
    )
    assert linked(nlp, lead + ", who campaigned Monday in Dunmore.", "said") == (
        "person:dale-kravitz"
    )
    assert linked(nlp, lead + " who owns the hotel.", "said") is None
