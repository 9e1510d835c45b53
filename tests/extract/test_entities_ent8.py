"""ent8: the article's own evidence for a source's entity (#15/#16)."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import owner, tagged_entities


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
