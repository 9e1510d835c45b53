"""The lead's sixth-session entity rules (issue #14), on articles written for these tests."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entities_of, tagged_entities


def test_a_date_the_recogniser_ran_into_is_no_part_of_a_name(nlp: Language) -> None:
    text = (
        "Aid figures due\n\n"
        "She added she would give new figures on the number of flood-related British deaths "
        "to the Commons on Monday.\n"
    )
    names = {e.name for e in entities_of(nlp, text)}
    assert "Commons" in names, names  # not "Commons on Monday"


def test_a_headlines_label_counts_less_than_the_storys(nlp: Language) -> None:
    # the model reads the title-case headline's "Lib Dems'" as a person and the story's
    # "The Lib Dems have named" as a body: one each, and the story's reading wins
    text = (
        "Lib Dems' new treasurer\n\n"
        "The Lib Dems have named a former banker as the party's treasurer.\n"
    )
    ents = entities_of(nlp, text)
    assert [(e.name, e.type) for e in ents] == [("Lib Dems", "organization")]


def test_a_lone_portfolio_word_that_is_a_clauses_subject_or_object_is_a_body(
    nlp: Language,
) -> None:
    text = (
        "Party record\n\n"
        "Anna Hale has become the party's longest-serving leader. Labour won a huge majority "
        "in 2001, but Ms Hale has since been criticised. When Lord Penrose led Labour, the "
        "party lost twice.\n"
    )
    labour = [e for e in entities_of(nlp, text) if e.name == "Labour"]
    assert [e.type for e in labour] == ["organization"]
    assert len(labour[0].mentions) == 2


def test_a_full_name_only_in_the_headline_retypes_no_body_of_the_story(nlp: Language) -> None:
    # the model reads the title-case headline "Hale Unity's" as a person's full name
    raw = (
        "Hale Unity's longest-serving leader\n\n"
        "Anna Hale has become the party's longest-serving leader. Unity won a huge majority "
        "in 2001, and the party has governed since.\n"
    )
    ents = tagged_entities(
        nlp, raw, [("Hale", "Hale Unity", "PERSON"), ("Unity won", "Unity", "ORG")]
    )
    types = {e.name: e.type for e in ents}
    assert types.get("Unity") == "organization", types
    assert not any(
        e.name == "Hale Unity" and e.type == "person" and len(e.mentions) > 1 for e in ents
    )


def test_two_people_with_honorifics_tagged_as_one_name_are_not_one_person(
    nlp: Language,
) -> None:
    raw = (
        "Rivals at the top\n\n"
        "Gordon Frost and Ian Hale joined the cabinet together. Both Mr Frost and Mr Hale "
        "rose to prominence in the 1980s.\n"
    )
    ents = tagged_entities(nlp, raw, [("Both", "Both Mr Frost and Mr Hale", "WORK_OF_ART")])
    people = sorted(e.name for e in ents if e.type == "person")
    assert people == ["Gordon Frost", "Ian Hale"], people


def test_a_bodys_name_with_a_common_word_before_it_is_that_kind_of_body(nlp: Language) -> None:
    raw = (
        "Party split\n\n"
        "Labour won the vote. Critics said New Labour had lost the trust that Old Labour "
        "never lost.\n"
    )
    ents = tagged_entities(
        nlp,
        raw,
        [
            ("Labour won", "Labour", "ORG"),
            ("New", "New Labour", "GPE"),
            ("Old", "Old Labour", "PERSON"),
        ],
    )
    types = {e.name: e.type for e in ents}
    assert types.get("New Labour") == "organization", types
    assert types.get("Old Labour") == "organization", types


def test_a_gerund_opening_a_sentence_is_no_part_of_the_name_after_it(nlp: Language) -> None:
    raw = (
        "Debate prep\n\n"
        "Ann Roe faces Donald Trump on Monday.\n\n"
        "Bashing Trump may be job one, but the spotlight will be on Roe.\n"
    )
    ents = tagged_entities(nlp, raw, [("Bashing", "Bashing Trump", "PERSON")])
    assert not any(e.name == "Bashing Trump" for e in ents), [e.name for e in ents]
    trump = next(e for e in ents if e.name == "Donald Trump")
    assert len(trump.mentions) == 2


def test_the_governor_of_washington_governs_the_state(nlp: Language) -> None:
    text = (
        "Primary results\n\n"
        "Voters in Ohio went to the polls on Tuesday, and the governor of Washington said "
        "turnout there had been high. Later the president flew back to Washington.\n"
    )
    places = {e.name: e.attributes.get("admin1") for e in entities_of(nlp, text)}
    assert places.get("Washington State") == "US-WA", places
    assert places.get("Washington") == "US-DC", places
