"""ent11's entity rules (ninth session), on articles written for these tests."""

from __future__ import annotations

from spacy.language import Language

from app.extract.document import from_text
from tests.extract.conftest import entities_of, tagged_entities


def test_a_title_and_surname_join_the_full_name_given_that_office_in_apposition(
    nlp: Language,
) -> None:
    raw = (
        "Budget row\n\nThe state budget was late again. Chris Halloway, the governor of "
        "Nevada, blamed lawmakers. “Gov. Halloway, please sign it!” one protester wrote. "
        "Halloway said nothing.\n"
    )
    people = [e for e in entities_of(nlp, raw) if e.type == "person"]
    assert [e.name for e in people] == ["Chris Halloway"]
    # the office is shown once, with its place, not again bare from "Gov."
    assert [r.title for r in people[0].roles] == ["governor"]


def test_a_title_and_surname_stay_apart_from_a_full_name_never_given_that_office(
    nlp: Language,
) -> None:
    raw = (
        "Campaign\n\nHillary Clinton, a former senator, spoke in Iowa on Monday. "
        "President Clinton stayed at home. Clinton said the race was close.\n"
    )
    people = {e.name for e in entities_of(nlp, raw) if e.type == "person"}
    assert "Hillary Clinton" in people and "Clinton" in people


def test_an_acronym_is_not_the_first_word_of_its_unit(nlp: Language) -> None:
    raw = (
        "Minister attacks broadcaster\n\nThe minister attacked the BBC on Monday. Speaking to "
        "BBC Radio 4's Today programme, he said the BBC had been unfair. The BBC denied it. "
        "Cairn Energy shares fell. Cairn said sales had dropped.\n"
    )
    found = {e.name: e for e in entities_of(nlp, raw)}
    assert "BBC" in found and "BBC Radio 4" in found
    assert "BBC" not in found["BBC Radio 4"].aliases
    assert "Cairn" in found["Cairn Energy"].aliases  # a word, not an acronym: merged as before


def test_a_name_with_a_typographic_apostrophe_is_a_person(nlp: Language) -> None:
    raw = (
        "Critics gather\n\nThe critics were led by Dinesh D’Souza, who spoke in Ohio on "
        "Friday. D’Souza said the plan was wrong. ‘It’s a mistake,’ his aide said.\n"
    )
    people = [e for e in entities_of(nlp, raw) if e.type == "person"]
    assert [e.name for e in people] == ["Dinesh D’Souza"]
    assert len(people[0].mentions) == 2
    text = from_text(raw).text
    assert all(text[m.start : m.end] == m.text for m in people[0].mentions)  # as written


def test_an_office_of_a_place_is_no_organization(nlp: Language) -> None:
    raw = (
        "Church backs change\n\nThe Roman Catholic Archbishop of Halderby has backed the "
        "call for new limits. The Consulate General of Japan made no comment.\n"
    )
    found = tagged_entities(
        nlp,
        raw,
        [
            ("The Roman", "Roman Catholic Archbishop", "ORG"),
            ("The Consulate", "Consulate General of Japan", "ORG"),
        ],
    )
    orgs = {e.name for e in found if e.type == "organization"}
    assert not any("Archbishop" in n for n in orgs)
    assert "Consulate General of Japan" in orgs  # "General" ends bodies' names too
