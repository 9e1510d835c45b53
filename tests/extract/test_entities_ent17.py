"""ent17's entity rules (tenth session), on articles written for these tests."""

from __future__ import annotations

from spacy.language import Language

from app.extract.places import PlaceContext, place_attributes
from tests.extract.conftest import entities_of, tagged_entities


def _types(entities: list) -> dict[str, str]:
    return {e.name: e.type for e in entities}


def test_a_full_name_typed_a_body_throughout_is_a_person_the_sentences_speak_of(
    nlp: Language,
) -> None:
    raw = (
        "Race heats up\n\n"
        "The seat was long held by progressive Democrat Wendell Marsh. Marsh says the ads are "
        "unfair. On Monday, Marsh told reporters she would fight on."
    )
    ents = tagged_entities(
        nlp,
        raw,
        [
            ("The seat", "Wendell Marsh", "ORG"),
            ("Marsh says", "Marsh", "ORG"),
            ("On Monday", "Marsh", "ORG"),
        ],
    )
    people = {e.name: len(e.mentions) for e in ents if e.type == "person"}
    assert people.get("Wendell Marsh") == 3
    assert not any(e.type == "organization" and "Marsh" in e.name for e in ents)


def test_a_body_never_called_by_its_last_word_alone_stays_a_body(nlp: Language) -> None:
    raw = (
        "Jobs cut\n\n"
        "Dawson Freight said on Monday it would cut jobs. Dawson Freight told reporters the "
        "plan was final."
    )
    ents = tagged_entities(
        nlp,
        raw,
        [("Jobs cut\n\n", "Dawson Freight", "ORG"), ("jobs", "Dawson Freight", "ORG")],
    )
    assert _types(ents).get("Dawson Freight") == "organization"


def test_a_surname_typed_a_body_follows_its_titled_full_name(nlp: Language) -> None:
    raw = (
        "Panel fires aide\n\n"
        "Congressman Trey Holcomb slammed the lawsuit. The aide said Holcomb, R-S.C., misled "
        "him in June. Chairman Holcomb denied it. A Holcomb spokesman called it meritless."
    )
    ents = tagged_entities(
        nlp,
        raw,
        [
            ("Congressman", "Trey Holcomb", "PERSON"),
            ("The aide", "Holcomb", "ORG"),
            ("Chairman", "Holcomb", "ORG"),
            ("A Holcomb", "Holcomb", "ORG"),
        ],
    )
    assert not any(e.type == "organization" for e in ents if "Holcomb" in e.name)
    assert sum(len(e.mentions) for e in ents if "Holcomb" in e.name) == 4


def test_words_glued_before_a_name_are_no_part_of_it(nlp: Language) -> None:
    raw = (
        "Convention notes\n\n"
        "Rep. Tom Reeve used to back fellow Kentuckian Dale Whitcomb, but now backs the "
        "nominee. Top Republican Party donor Sam Edelman gave again. “That’s Ned Harlow and "
        "Ann Bly,” he said. The nominee beat Iowa winner Ted Morrow—35 to 12 percent—in March."
    )
    ents = tagged_entities(
        nlp,
        raw,
        [
            ("fellow", "Kentuckian Dale Whitcomb", "PERSON"),
            ("nominee.", "Top Republican Party", "ORG"),
            ("“That", "’s Ned Harlow", "PERSON"),
            ("Iowa winner", "Ted Morrow—35", "PERSON"),
        ],
    )
    names = {e.name for e in ents}
    assert {"Dale Whitcomb", "Republican Party", "Ned Harlow", "Ted Morrow"} <= names
    assert not any(w in n for n in names for w in ("Kentuckian", "Top ", "’s", "—35")), names


def test_an_assemblywoman_is_a_title(nlp: Language) -> None:
    raw = (
        "Primary result\n\n"
        "Underdog conservative Assemblywoman Claudia Renney won her primary. Renney thanked "
        "voters."
    )
    ents = tagged_entities(nlp, raw, [("Underdog", "Assemblywoman Claudia Renney", "PERSON")])
    assert "Claudia Renney" in {e.name for e in ents if e.type == "person"}


def test_a_language_or_americans_origin_names_no_country(nlp: Language) -> None:
    raw = (
        "Ads for voters\n\n"
        "The campaign ran ads on Spanish-language radio. The crew calls itself Brujas, Spanish "
        "for witches. Cuban-Americans and Cuban Americans split their votes. The Spanish "
        "government and Cuban officials said nothing."
    )
    ents = entities_of(nlp, raw)
    counts = {e.name: len(e.mentions) for e in ents if e.type == "place"}
    assert counts.get("Spain") == 1  # "The Spanish government"
    assert counts.get("Cuba") == 1  # "Cuban officials"


def test_a_dateline_capital_is_the_city_not_the_government(nlp: Language) -> None:
    raw = (
        "Museum opens on the Mall.\n\n"
        "WASHINGTON -- President Obama, dedicating a new museum on Saturday, said the nation "
        "must face its past. The United States has long avoided the subject."
    )
    ents = entities_of(nlp, raw)
    us = next(e for e in ents if e.name == "United States")
    assert [m.text for m in us.mentions] == ["United States"]


def test_the_seat_of_an_mp_is_one_place(nlp: Language) -> None:
    raw = (
        "MP robbed abroad\n\n"
        "Quentin Dale, the MP for Grantham and Stamford, was robbed in a park in Nairobi. "
        "He was not hurt."
    )
    ents = entities_of(nlp, raw)
    seat = next(e for e in ents if e.name == "Grantham and Stamford")
    assert seat.type == "place"
    assert "country_code" not in seat.attributes
    assert "Stamford" not in {e.name for e in ents}


def test_a_list_of_seats_after_a_colon_is_places(nlp: Language) -> None:
    raw = (
        "Student vote\n\n"
        "The seats the party hopes students can win are: Bristol West, Leeds North West, "
        "Manchester Gorton, Holborn and St Pancras, Oldham East and Saddleworth, Haltemprice "
        "and Howden, Westmorland and Lonsdale."
    )
    ents = entities_of(nlp, raw)
    types = _types(ents)
    for seat in ("Manchester Gorton", "Holborn and St Pancras", "Haltemprice and Howden"):
        assert types.get(seat) == "place", types


def test_a_name_both_named_countries_hold_gets_no_country() -> None:
    ctx = PlaceContext()
    ctx.countries.update({"IL", "PS"})
    _, attrs = place_attributes("Jerusalem", ctx)
    assert "country_code" not in attrs
