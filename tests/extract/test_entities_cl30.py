"""cl30's person-linking rules (tenth session), on articles written for these tests."""

from __future__ import annotations

from spacy.language import Language

from app.extract.name_gender import nickname_related
from tests.extract.conftest import entities_of, source_entity


def _people(nlp: Language, raw: str) -> dict[str, int]:
    return {e.name: len(e.mentions) for e in entities_of(nlp, raw) if e.type == "person"}


def test_nickname_pairs_come_from_the_dataset() -> None:
    assert nickname_related("Sandy", "Sandra")
    assert nickname_related("William", "Bill")
    assert not nickname_related("Bill", "Bob")  # two nicknames of Robert, not of each other
    assert not nickname_related("Roberta", "Bob")  # a woman's name and a man's


def test_a_nickname_and_the_full_given_name_of_one_surname_are_one_person(
    nlp: Language,
) -> None:
    raw = (
        "Budget fight in Dover\n\n"
        'Council member Sandra Whitcombe opposed the new levy on Tuesday. "This tax hurts '
        'families," Sandy Whitcombe said after the vote. Whitcombe has served on the council '
        "since 2011."
    )
    people = _people(nlp, raw)
    assert people == {"Sandra Whitcombe": 3}
    assert source_entity(nlp, raw, "This tax") == "Sandra Whitcombe"
    # a kin word sets the two apart: a father and his son
    raw = (
        "Shop changes hands\n\n"
        "Robert Quillan opened the hardware store in 1971. His son Bob Quillan said on Monday "
        "that the family would sell it."
    )
    people = _people(nlp, raw)
    assert "Bob Quillan" in people
    assert "Robert Quillan" in people


def test_a_lone_surname_tagged_a_plural_is_the_full_names_bearer(nlp: Language) -> None:
    raw = (
        "Senator Bernie Sanders spoke in Iowa on Monday. Sanders said the economy was rigged. "
        '"We will win," the Vermont senator said.'
    )
    assert _people(nlp, raw).get("Bernie Sanders") == 2
    assert source_entity(nlp, raw, "the economy was rigged") == "Bernie Sanders"
    assert source_entity(nlp, raw, "We will win") == "Bernie Sanders"
