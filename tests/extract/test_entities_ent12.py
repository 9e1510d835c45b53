"""ent12's entity rules (ninth session), on articles written for these tests."""

from __future__ import annotations

from spacy.language import Language

from app.extract.entities.grouping import _Group
from app.extract.entities.name_filter import considered
from tests.extract.conftest import entities_of


def test_a_quoted_sentence_opened_by_like_is_no_title(nlp: Language) -> None:
    raw = (
        "Fees row\n\nThe Tories set out their plans on Monday. Ahead of the launch, a Labour "
        'spokeswoman said: "Like the Tories, the Liberal Democrats would close the door to '
        'students." Liberal Democrat leader Ann Roe disagreed.\n'
    )
    ents = entities_of(nlp, raw)
    assert not [e for e in ents if e.type == "work"]
    assert not [e for e in ents if "Like" in e.name]
    # the party keeps its first word: no bare "Democrats"
    names = {e.name for e in ents}
    assert "Democrats" not in names
    assert "Liberal Democrats" in names


def test_british_party_plurals_are_the_party(nlp: Language) -> None:
    raw = (
        "Tory backing for plan\n\nThe Tories are to back the government's plan, the "
        "Conservative Party said on Tuesday. Labour welcomed it. The Conservatives had "
        "opposed it last year, and the Liberal Democrats still do. A Lib Dem spokesman said "
        "the Lib Dems would vote against.\n"
    )
    ents = entities_of(nlp, raw)
    parties = [e for e in ents if {"Tories", "Conservatives", "Conservative Party"} & {e.name}]
    assert len(parties) == 1 and parties[0].type == "organization"
    lib = [e for e in ents if e.name in ("Liberal Democrats", "Lib Dems")]
    assert len(lib) == 1 and lib[0].type == "organization"


def test_conservatives_without_a_british_party_stay_as_they_were(nlp: Language) -> None:
    raw = (
        "Senate vote\n\nThe bill passed the Senate on Friday. Conservatives in the chamber "
        "said it spent too much. Republicans were split.\n"
    )
    assert not [
        e for e in entities_of(nlp, raw) if e.name == "Conservatives" and e.type == "organization"
    ]


def test_a_national_union_is_a_body_the_name_filter_leaves_alone() -> None:
    grp = _Group(key="organization:national-union-of-drivers", type="organization")
    grp.name = "National Union of Drivers"
    assert not considered(grp)


def test_a_headline_name_followed_by_a_common_word_is_the_story_s_name(nlp: Language) -> None:
    raw = (
        "Mayor To Quit After Pressure From Carter Ally.\n\nMayor Ann Roe will quit, she said "
        "on Monday. A group backing Carter had urged her to go. Carter released his plans in "
        "June.\n"
    )
    people = {e.name for e in entities_of(nlp, raw) if e.type == "person"}
    assert "Carter" in people
    assert "Carter Ally" not in people


def test_the_full_name_of_a_building_the_model_tagged_by_its_last_word(nlp: Language) -> None:
    raw = (
        "Dome sale stalls\n\nThe first attempt to sell the Jubilee Dome failed, a watchdog "
        "said. The Audit Office said the Dome cost taxpayers £30m. Bidders said the Dome "
        "needed repairs.\n"
    )
    names = {e.name for e in entities_of(nlp, raw)}
    assert "Dome" not in names
    assert "Jubilee Dome" in names
