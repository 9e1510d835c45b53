"""ent15's entity rules (tenth session), on articles written for these tests."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entities_of


def _people(nlp: Language, raw: str) -> dict[str, int]:
    return {e.name: len(e.mentions) for e in entities_of(nlp, raw) if e.type == "person"}


def test_a_titled_surname_the_pronouns_give_the_bearers_sex_is_the_bearer(
    nlp: Language,
) -> None:
    raw = (
        "Tax plan returns\n\n"
        "Back in 2009, then-Sen. Margaret Holloway voted against the levy. This week Governor "
        "Holloway changed course as she unveiled her budget in Salem. Governor Holloway has "
        "since defended her record."
    )
    people = _people(nlp, raw)
    assert "Holloway" not in people
    assert people.get("Margaret Holloway") == 3


def test_a_titled_surname_the_pronouns_give_the_other_sex_stays_apart(nlp: Language) -> None:
    raw = (
        "Tax plan returns\n\n"
        "Back in 2009, then-Sen. Margaret Holloway voted against the levy. This week Governor "
        "Holloway changed course as he unveiled his budget in Salem."
    )
    people = _people(nlp, raw)
    assert people.get("Holloway") == 1
    assert people.get("Margaret Holloway") == 1


def test_a_titled_surname_stays_apart_where_a_relative_of_that_sex_is_spoken_of(
    nlp: Language,
) -> None:
    raw = (
        "Tax plan returns\n\n"
        "Back in 2009, then-Sen. Margaret Holloway voted against the levy, as did her sister. "
        "This week Governor Holloway changed course as she unveiled her budget in Salem."
    )
    people = _people(nlp, raw)
    assert people.get("Holloway") == 1
