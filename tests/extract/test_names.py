"""The one acronym rule: the same (acronym, long form) pair joins within and across briefs."""

from __future__ import annotations

import pytest
from spacy.language import Language

from app.extract import names
from app.extract.document import from_text
from app.extract.entities import extract_entities
from app.extract.linking import KnownEntity, link_entity
from app.extract.model import Entity, entity_id


@pytest.mark.parametrize(
    ("acronym", "name"),
    [
        ("OSCE", "Organization for Security and Co-operation in Europe"),  # hyphen: one letter
        ("APEC", "Asia-Pacific Economic Cooperation"),  # hyphen: a letter a part
        ("EADS", "European Aeronautic Defence and Space Company"),  # corporate word left out
        ("IAEA", "International Atomic Energy Agency"),
        ("U.N.", "United Nations"),
        ("OECD", "Organisation for Economic Co-operation and Development"),
        ("DOJ", "Department of Justice"),  # small words counted
        ("DOJ", "Justice Department"),  # a government body's other word order
    ],
)
def test_acronyms_that_stand_for_a_name(acronym: str, name: str) -> None:
    assert names.stands_for(acronym, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("EA", "European Aeronautic Defence and Space Company"),  # a prefix is not the acronym
        ("Nato", "North Atlantic Treaty Organization"),  # not written as an acronym
        ("OSC", "Organization for Security and Co-operation in Europe"),
        ("IAEA", "Agency"),  # one word has no acronym
        ("ABCDEFG", "Alpha Beta Charlie Delta Echo Foxtrot Golf"),  # too long to be one
    ],
)
def test_what_is_not_an_acronym_of_a_name(text: str, name: str) -> None:
    assert not names.stands_for(text, name)


LONG_FORM = "International Atomic Energy Agency"
ARTICLE = """Inspectors return to the plant

The International Atomic Energy Agency sent two inspectors to the plant on Monday, officials said.

The IAEA said its team would stay until the reactor was shut down, according to a statement.
"""


def _organization(name: str) -> Entity:
    return Entity(id=entity_id("organization", name), name=name, type="organization")


def _known(name: str, *context: str) -> KnownEntity:
    return KnownEntity(
        entity_id("organization", name), name, "organization", co_entity_ids=frozenset(context)
    )


# An acronym alone needs two shared entities (`linking.ACRONYM_MIN_CONTEXT`).
PLANT = {"place:zaporizhzhia", "person:olena-kovalenko"}


def test_the_same_pair_joins_within_a_brief_and_across_briefs(nlp: Language) -> None:
    # Within one brief: the acronym is a mention of the long form's entity.
    document = from_text(ARTICLE)
    orgs = [e for e in extract_entities(nlp(document.text), document) if e.type == "organization"]
    assert [(e.name, sorted(m.text for m in e.mentions)) for e in orgs] == [
        (LONG_FORM, ["IAEA", LONG_FORM])
    ]
    # Across briefs: a brief that only says "IAEA" joins the stored long form (with context).
    known = _known(LONG_FORM, *PLANT)
    assert link_entity(_organization("IAEA"), PLANT, [known]) == known.id
    # And the other way round: a stored acronym, a new long form.
    stored = _known("IAEA", *PLANT)
    assert link_entity(_organization(LONG_FORM), PLANT, [stored]) == stored.id


@pytest.mark.parametrize(
    ("acronym", "name"),
    [
        ("OSCE", "Organization for Security and Co-operation in Europe"),
        ("OECD", "Organisation for Economic Co-operation and Development"),
        ("APEC", "Asia-Pacific Economic Cooperation"),
    ],
)
def test_hyphenated_long_forms_join_across_briefs(acronym: str, name: str) -> None:
    """Linking once split "Co-operation" in two and kept "in" as a word: "OSCE" never joined."""
    known = _known(name, "place:vienna", "person:anna-weber")
    assert link_entity(_organization(acronym), {"place:vienna", "person:anna-weber"}, [known])
    assert link_entity(_organization(acronym), {"place:lima"}, [known]) is None  # no context
    # One shared entity is not enough for an acronym alone (a country is in many stories).
    assert link_entity(_organization(acronym), {"place:vienna"}, [known]) is None


def test_a_given_name_is_known_with_or_without_its_accents() -> None:
    from app.extract.entity_names import is_given_name

    assert is_given_name("Simeon")
    assert is_given_name("Siméon")
    assert not is_given_name("Zürich")
