"""ent8: the article's own evidence for a source's entity (#15/#16)."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entities_of, owner, tagged_entities


def test_city_with_a_direction_word_is_a_district_not_a_person(nlp: Language) -> None:
    # the small model reads a constituency as a person's name: a known city and "South"
    raw = (
        "Leader tours marginal seats\n\n"
        "On Thursday Mr Darrowby will visit Norwich South, where his party won by 300 votes "
        "last time."
    )
    ents = tagged_entities(nlp, raw, [("visit", "Norwich South", "PERSON")])
    assert owner(ents, "Norwich South").type == "place"


def test_given_name_with_a_direction_word_stays_a_person(nlp: Language) -> None:
    raw = "Singer speaks\n\nOn Thursday the singer Marcus West said he would tour again."
    ents = tagged_entities(nlp, raw, [("singer", "Marcus West", "PERSON")])
    assert owner(ents, "Marcus West").type == "person"


def test_transcript_speakers_are_people(nlp: Language) -> None:
    # the labels of a transcript's lines, in capitals, name its speakers; a surname alone
    # joins the full label
    raw = (
        "Aide answers questions on debates\n\n"
        "Interview transcript follows.\n\n"
        "MARTA QUILLEVEN: Why not debate next week in Ohio?\n\n"
        "DORRIC FENWAYNE: We will debate when the schedule allows it.\n\n"
        "QUILLEVEN: So you are not ruling it out?\n\n"
        "FENWAYNE: No, we are not."
    )
    ents = entities_of(nlp, raw)
    assert owner(ents, "QUILLEVEN").name == "MARTA QUILLEVEN"
    assert owner(ents, "QUILLEVEN").type == "person"
    assert owner(ents, "FENWAYNE").name == "DORRIC FENWAYNE"


def test_a_lone_heading_with_a_colon_is_no_speaker(nlp: Language) -> None:
    raw = (
        "Storm hits coast\n\n"
        "UPDATE: The storm reached the coast on Monday.\n\n"
        "WASHINGTON: Officials said aid was on its way."
    )
    ents = entities_of(nlp, raw)
    assert not any(e.type == "person" for e in ents)


def test_place_before_a_representative_is_a_place(nlp: Language) -> None:
    # "the Leeds MP", "a Bristol councillor": the model reads the seat as a product or a body
    raw = (
        "Councils row over bins\n\n"
        "A Bristol councillor said the new rota would fail. The Bristol councillor has opposed "
        "it for months."
    )
    ents = tagged_entities(nlp, raw, [("A ", "Bristol", "ORG"), ("The", "Bristol", "ORG")])
    assert owner(ents, "Bristol").type == "place"


def test_company_with_a_town_name_stays_a_company(nlp: Language) -> None:
    # a company's name the gazetteer knows as a town stays a company where the article says so
    raw = (
        "Carmaker lobbies\n\n"
        "Toyota's shareholders backed the plan. A Toyota lawmaker in Aichi praised it."
    )
    ents = tagged_entities(nlp, raw, [("Carmaker", "Toyota", "ORG"), ("A ", "Toyota", "ORG")])
    assert owner(ents, "Toyota").type == "organization"


def test_given_name_joins_the_story_name_not_a_headline_run(nlp: Language) -> None:
    # the title-case headline runs "Camp" into a name: no second Marisol beside the story's
    raw = (
        "Marisol Camp Declines Debate Offer\n\n"
        "Marisol Quenby's campaign said on Monday that it would not debate in Ohio. Why "
        "won't Marisol debate? Critics said Marisol was afraid of the question."
    )
    ents = tagged_entities(
        nlp,
        raw,
        [("Marisol Camp", "Marisol Camp", "PERSON"), ("Marisol Q", "Marisol Quenby", "PERSON")],
    )
    assert owner(ents, "Marisol").name == "Marisol Quenby"


def test_award_read_as_a_person_is_no_person(nlp: Language) -> None:
    # the model reads an award's name before "winner" as a person's
    raw = (
        "Walker backs rival\n\n"
        "The former Grannick Trophy winner, now a guest speaker who travels around the "
        "country, said on Monday that he would vote in June."
    )
    ents = entities_of(nlp, raw)
    assert all(e.type != "person" for e in ents if "Trophy" in e.name)


def test_common_words_described_as_a_body_are_an_organization(nlp: Language) -> None:
    # a name of common words, which the model misses, with an apposition calling it a body
    raw = (
        "Speaker loses bookings\n\n"
        "Standing Room Promotions, a sports and music talent agency, says the speaker has lost "
        "many engagements this year."
    )
    ents = entities_of(nlp, raw)
    assert owner(ents, "Standing Room Promotions").type == "organization"


def test_person_described_by_a_body_noun_stays_apart(nlp: Language) -> None:
    # "a talent agency executive": the apposition's head is a person's noun, no body's
    raw = (
        "Speaker loses bookings\n\n"
        "Golden Circle, a talent agency executive, says the speaker has lost bookings."
    )
    ents = entities_of(nlp, raw)
    assert not any(e.type == "organization" and e.name == "Golden Circle" for e in ents)
