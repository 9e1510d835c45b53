"""ent18's entity rules (tenth session), on articles written for these tests."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entities_of, owner, tagged_entities


def _named(nlp: Language, raw: str) -> dict[str, str]:
    return {e.name: e.type for e in entities_of(nlp, raw)}


def test_an_initialism_with_an_ampersand_joins_its_long_form(nlp: Language) -> None:
    raw = (
        "Firm warns on tax\n\n"
        'Accountancy firm Pell & Marlow urged the chancellor to leave taxes alone. "Taxes '
        "were raised soon after the last vote,\" said Ann Roe, P&M's UK head of tax."
    )
    ents = {e.name: e for e in entities_of(nlp, raw)}
    assert "P&M" not in ents
    assert "P&M" in ents["Pell & Marlow"].aliases


def test_two_people_joined_by_a_hyphen_are_no_entity(nlp: Language) -> None:
    raw = (
        "Whitlock names running mate\n\n"
        "Senator Dana Whitlock picked Governor Carl Ostrander as her running mate on Friday. "
        "Whitlock said Ostrander would help in the Midwest. Aides said the Whitlock-Ostrander "
        "ticket would campaign in Ohio next week."
    )
    named = _named(nlp, raw)
    assert "Whitlock-Ostrander" not in named
    assert named.get("Dana Whitlock") == "person"
    assert named.get("Carl Ostrander") == "person"


def test_a_hyphenated_pair_before_a_noun_of_a_pairing_is_no_entity(nlp: Language) -> None:
    raw = (
        "Debates return\n\n"
        "The town will stage the debates again. Historians said the Harwell-Benning debates "
        "of 1858 drew crowds from three states."
    )
    assert "Harwell-Benning" not in _named(nlp, raw)


def test_one_sentence_read_as_a_body_does_not_make_a_state_an_organization(
    nlp: Language,
) -> None:
    raw = (
        "Paper urges visit\n\n"
        "A week after the storm hit flood-ravaged Oklahoma, a Tulsa newspaper called on the "
        'governor to visit. "Oklahoma needs help," the editorial read. Aid has been slow to '
        "reach Oklahoma since the waters rose. Oklahoma is a reliably red state."
    )
    ents = {e.name: e for e in entities_of(nlp, raw)}
    assert ents["Oklahoma"].type == "place"
    assert ents["Oklahoma"].attributes.get("country_code") == "US"


def test_a_town_before_its_county_and_a_town_a_person_is_from_are_places(
    nlp: Language,
) -> None:
    raw = (
        "Farmers march\n\n"
        "Hundreds of farmers marched on Sunday. Jack Ellery, 52, from Pensworth, "
        'Gloucestershire, said the cuts were unfair. Ruth Vane, of Marlbridge, said: "We will '
        'be back."'
    )
    ents = {e.name: e for e in entities_of(nlp, raw)}
    assert ents["Gloucestershire"].type == "place"
    assert ents["Marlbridge"].type == "place"
    assert "country_code" not in ents["Marlbridge"].attributes  # no country said
    assert ents["Pensworth"].attributes.get("country_code") == "GB"  # its county's


def test_a_name_a_quarter_labelled_person_that_speaks_is_a_person(nlp: Language) -> None:
    raw = (
        "Join the Gorman Express\n\n"
        "For those of you not yet on the Gorman Express, read on. When Gorman launched his "
        "campaign, critics scoffed. Gorman told a radio host he would win. The pundits say "
        "Gorman is a fraud. Few agreed with Gorman then. So is Gorman lying? Maybe Gorman is "
        "right. Ten months of Gorman have changed the race."
    )
    spans = [("For those", "Gorman Express", "ORG"), ("When", "Gorman", "PERSON")]
    spans += [(w, "Gorman", "ORG") for w in ("Gorman told", "Gorman is a", "Gorman then")]
    spans += [("So is", "Gorman", "PERSON")]
    spans += [(w, "Gorman", "ORG") for w in ("Gorman is right", "Gorman have")]
    ents = tagged_entities(nlp, raw, spans)
    gorman = owner(ents, "Gorman")
    assert gorman.type == "person"
    assert gorman.name == "Gorman"


def test_a_division_after_a_country_or_in_a_list_types_nothing(nlp: Language) -> None:
    raw = (
        "Envoy speaks\n\n"
        "Former envoy Carl Bolton spoke on Monday. Asked about the disaster in Libya, Bolton "
        "said the choice was clear. The city now takes its place with Paris, Brussels, Beirut, "
        "Bamako, Lyon and other cities struck by terror."
    )
    ents = entities_of(nlp, raw)
    assert owner(ents, "Bolton").type == "person"
    beirut = owner(ents, "Beirut")
    assert beirut.attributes.get("country_code") == "LB"
