"""People split in two by the way the article writes their names (ent10): a full name with and
without a middle name ("Hillary Rodham Clinton", "Hillary Clinton"), and the bare surname
after both."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import linked_name, tagged_entities


def test_a_middle_name_is_one_person(nlp: Language) -> None:
    raw = (
        "Board meets again\n\n"
        "Yarisbel Tavrik met the board on Monday. The letter was addressed to Governor "
        "Yarisbel Okonma Tavrik, aides said.\n\nTavrik said the letter was old."
    )
    ents = tagged_entities(
        nlp,
        raw,
        [
            ("Yarisbel", "Yarisbel Tavrik", "PERSON"),
            ("Governor", "Yarisbel Okonma Tavrik", "PERSON"),
            ("Tavrik said", "Tavrik", "PERSON"),
        ],
    )
    people = [e for e in ents if e.type == "person"]
    assert [sorted(m.text for m in e.mentions) for e in people] == [
        ["Tavrik", "Yarisbel Okonma Tavrik", "Yarisbel Tavrik"]
    ]


def test_a_second_given_name_is_another_person(nlp: Language) -> None:
    raw = (
        "Board meets again\n\n"
        "Yarisbel Tavrik met the board on Monday. Her brother Orlen Tavrik was not there."
    )
    ents = tagged_entities(
        nlp,
        raw,
        [("Yarisbel", "Yarisbel Tavrik", "PERSON"), ("brother", "Orlen Tavrik", "PERSON")],
    )
    assert len([e for e in ents if e.type == "person"]) == 2


def test_an_honorific_outweighs_a_shared_given_name(nlp: Language) -> None:
    raw = (
        "Board meets again\n\n"
        "The board named Sandy Tavrik as its new head on Monday.\n\n"
        '"The work starts now," Mr Tavrik said.'
    )
    ents = tagged_entities(
        nlp,
        raw,
        [("named", "Sandy Tavrik", "PERSON"), ("Mr", "Tavrik", "PERSON")],
    )
    people = [e for e in ents if e.type == "person"]
    assert [sorted(m.text for m in e.mentions) for e in people] == [["Sandy Tavrik", "Tavrik"]]


def test_an_honorific_against_a_clear_given_name_stays_apart(nlp: Language) -> None:
    raw = (
        "Board meets again\n\n"
        "The board named Michelle Tavrik as its new head on Monday.\n\n"
        '"The work starts now," Mr Tavrik said.'
    )
    ents = tagged_entities(
        nlp,
        raw,
        [("named", "Michelle Tavrik", "PERSON"), ("Mr", "Tavrik", "PERSON")],
    )
    assert len([e for e in ents if e.type == "person"]) == 2


def test_the_writers_pronouns_still_part_a_shared_given_name(nlp: Language) -> None:
    raw = (
        "Board meets again\n\n"
        "Sandy Tavrik said her report was ready.\n\n"
        '"The work starts now," Mr Tavrik said.'
    )
    ents = tagged_entities(
        nlp,
        raw,
        [("\n", "Sandy Tavrik", "PERSON"), ("Mr", "Tavrik", "PERSON")],
    )
    assert len([e for e in ents if e.type == "person"]) == 2


def test_an_honorific_gives_the_gender_of_a_shared_given_name(nlp: Language) -> None:
    text = (
        "The study was led by Lee Tavrik, who teaches law in Boston. "
        "Ms. Tavrik said the court was split. "
        "He added that the vote would wait until May."
    )
    assert linked_name(nlp, text, "added") != "Lee Tavrik"
