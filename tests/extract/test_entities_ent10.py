"""People split in two by the way the article writes their names (ent10): a full name with and
without a middle name ("Hillary Rodham Clinton", "Hillary Clinton"), and the bare surname
after both."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import tagged_entities


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
