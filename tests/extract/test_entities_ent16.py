"""ent16's entity rules (tenth session), on articles written for these tests."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entities_of


def _named(nlp: Language, raw: str) -> dict[str, str]:
    return {e.name: e.type for e in entities_of(nlp, raw)}


def test_a_common_noun_after_his_or_in_the_plural_is_no_body(nlp: Language) -> None:
    raw = (
        "Minister sets date for Budget\n\n"
        "Finance Minister Carla Denholm will deliver her Budget to MPs on 9 May, officials said. "
        "The Budget is likely to be the last before polling day. Critics said the Budgets of "
        "past years had raised taxes by stealth."
    )
    named = _named(nlp, raw)
    assert "Budget" not in named
    assert named.get("Carla Denholm") == "person"


def test_a_bare_kind_of_body_the_article_writes_in_lower_case_too_is_no_name(
    nlp: Language,
) -> None:
    raw = (
        "Candidate stands down\n\n"
        "A Conservative candidate, Tom Harker, has quit. He fully backs the party's plans, an "
        "aide said, but to avoid any damage to the Party, he will not stand."
    )
    assert "Party" not in _named(nlp, raw)


def test_a_nation_beside_a_place_is_a_place(nlp: Language) -> None:
    raw = (
        "Minister unveils police plans\n\n"
        "Every town could get its own officers under an overhaul of policing in England and "
        "Wales unveiled by Ruth Calder on Monday."
    )
    assert _named(nlp, raw).get("Wales") == "place"


def test_a_street_that_believes_things_is_the_office_there(nlp: Language) -> None:
    raw = (
        "Rivals at odds\n\n"
        "The feud between the two men runs deep. It is no secret in Westminster that Downing "
        "Street believes the chancellor is plotting, and Downing Street has said so in private."
    )
    assert _named(nlp, raw).get("Downing Street") == "organization"


def test_a_name_that_only_names_a_poll_is_the_pollster(nlp: Language) -> None:
    raw = (
        "Police reforms unveiled\n\n"
        "Police chief Anna Brill said the force would change. A Mori poll this summer suggested "
        "crime was a top worry for voters."
    )
    assert _named(nlp, raw).get("Mori") == "organization"


def test_a_country_word_before_a_body_joins_it_where_the_acronym_says_so(
    nlp: Language,
) -> None:
    raw = (
        "Small party spent most\n\n"
        "The UK Independence Party spent more than Labour on the campaign, figures show. "
        "UKIP spent £2m, and UKIP gained seats."
    )
    bodies = [e for e in entities_of(nlp, raw) if e.name.endswith("Independence Party")]
    assert [e.name for e in bodies] == ["UK Independence Party"]
    assert "UKIP" in bodies[0].aliases


def test_a_british_party_name_in_two_words_is_one_body(nlp: Language) -> None:
    raw = (
        "Parties set out their stall\n\n"
        "Labour and the Tories have made asylum central to their campaigns. The Liberal "
        "Democrats have not been drawn in so far. Earlier Lib Dem home affairs spokesman "
        "Peter Corrin said the plans were unfair."
    )
    ents = entities_of(nlp, raw)
    named = {e.name: e.type for e in ents}
    assert "Democrats" not in named and "Lib Dem" not in named
    party = [e for e in ents if e.name == "Liberal Democrats"]
    assert party and party[0].type == "organization" and "Lib Dem" in party[0].aliases


def test_a_role_text_loses_the_adverb_that_opens_its_sentence(nlp: Language) -> None:
    raw = (
        "Reforms on the way\n\n"
        "Ministers met on Monday. Now Home Secretary Mark Tolland has promised action. "
        "Former union leader Sir Alan Breck said the plans were a start."
    )
    roles = {e.name: [r.text for r in e.roles] for e in entities_of(nlp, raw)}
    assert roles.get("Mark Tolland") == ["Home Secretary"]
    assert all(not t.endswith("Sir") for t in roles.get("Alan Breck", []))


def test_peerage_titles_are_people_and_a_consort_title_is_no_one(nlp: Language) -> None:
    raw = (
        "Royal wedding date set\n\n"
        "Prince Edmund and his bride will marry in June. The Queen and Duke of Edinburgh "
        "said they were delighted. Only a third think she should become Princess Consort."
    )
    named = _named(nlp, raw)
    assert named.get("Duke of Edinburgh") == "person"
    assert named.get("Queen") == "person"
    assert "Consort" not in named and "Edinburgh" not in named and "Duke" not in named
