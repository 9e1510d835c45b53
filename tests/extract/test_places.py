"""Places resolved in the article's context (invented articles)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from app.extract.document import from_text
from app.extract.entities import extract_entities
from app.extract.model import Entity
from app.extract.places import PlaceContext, gazetteer, place_attributes


def _places(nlp: Language, text: str) -> dict[str, Entity]:
    document = from_text(text)
    return {e.name: e for e in extract_entities(nlp(document.text), document) if e.type == "place"}


def test_us_states_are_states_not_foreign_towns(nlp: Language) -> None:
    places = _places(
        nlp,
        "Governors meet\n\nThe governors of Florida, Colorado, Arizona and Virginia met in "
        "Ohio on Tuesday to talk about wildfires and hurricane season.\n",
    )
    for name, code in [("Florida", "FL"), ("Colorado", "CO"), ("Arizona", "AZ")]:
        attrs = places[name].attributes
        assert attrs["country_code"] == "US", name
        assert attrs["admin1"] == f"US-{code}", name
        assert attrs["kind"] == "region"
        assert isinstance(attrs["geonames_id"], int)
    assert places["Virginia"].attributes["admin1"] == "US-VA"


def test_a_region_after_a_city_picks_the_namesake(nlp: Language) -> None:
    places = _places(
        nlp,
        "Storm season\n\nFlooding closed roads in Naples (Fla.) on Monday, while officials "
        "in Portland, Maine, and in Raleigh, N.C., opened shelters for the night.\n",
    )
    assert places["Naples"].attributes["admin1"] == "US-FL"
    assert places["Portland"].attributes["admin1"] == "US-ME"
    assert places["Raleigh"].attributes["admin1"] == "US-NC"
    # abbreviations qualify their place; they are no places of their own
    assert not {"Fla.", "N.C."} & set(places)
    for e in places.values():
        assert not any(m.text in ("Fla.", "N.C.") for m in e.mentions)


def test_older_state_abbreviations_qualify_their_place(nlp: Language) -> None:
    places = _places(
        nlp,
        "Heat wave\n\nVoters in Austin, Tex., and in Salem, Oreg., waited in long lines on "
        "Tuesday as the heat rose.\n",
    )
    assert places["Austin"].attributes["admin1"] == "US-TX"
    assert not {"Tex", "Tex.", "Oreg", "Oreg."} & set(places)
    for e in places.values():
        assert not any(m.text.rstrip(".") in ("Tex", "Oreg") for m in e.mentions)


def test_a_city_without_a_region_follows_population_and_the_article(nlp: Language) -> None:
    italy = _places(
        nlp,
        "Port reopens\n\nThe port of Naples reopened on Friday after a strike, Italian "
        "officials said, as ferries to Capri resumed.\n",
    )
    assert italy["Naples"].attributes["country_code"] == "IT"
    florida = _places(
        nlp,
        "Beach cleanup\n\nVolunteers in Florida cleaned beaches near Naples on Saturday "
        "after the storm, the county said.\n",
    )
    assert florida["Naples"].attributes["admin1"] == "US-FL"


def test_georgia_the_state_or_the_country_by_context(nlp: Language) -> None:
    us = _places(
        nlp,
        "Runoff\n\nVoters in Georgia return to the polls next month, after close races in "
        "Arizona and Pennsylvania, election officials said.\n",
    )
    assert us["Georgia"].attributes["admin1"] == "US-GA"
    caucasus = _places(
        nlp,
        "Border talks\n\nGeorgia and Armenia held talks in Tbilisi on Monday, the Georgian "
        "foreign ministry said.\n",
    )
    assert caucasus["Georgia"].attributes["country_code"] == "GE"
    assert caucasus["Georgia"].attributes["kind"] == "country"


def test_a_clitic_is_never_a_place(nlp: Language) -> None:
    text = "Talks stall\n\nThe mayor didn't attend the meeting in Lisbon on Monday.\n"
    document = from_text(text)
    doc = nlp(document.text)
    clitic = next(t for t in doc if t.text == "n't")
    # the small model sometimes tags such a token as a place
    doc.ents = [e for e in doc.ents if e.start > clitic.i or e.end <= clitic.i] + [
        Span(doc, clitic.i, clitic.i + 1, label="GPE")
    ]
    names = {e.name for e in extract_entities(doc, document)}
    assert "n't" not in names
    assert "Lisbon" in names


def test_resolution_without_an_article() -> None:
    g = gazetteer()
    assert g.us_state_abbreviation("Fla.") is not None
    assert g.us_state_abbreviation("IN") is None  # postal codes are words outside a qualifier
    name, attrs = place_attributes("Washington", PlaceContext({"US"}, set()))
    assert (name, attrs["admin1"]) == ("Washington", "US-DC")  # the capital
    _, attrs = place_attributes("Washington", region="US-WA")
    assert (attrs["kind"], attrs["admin1"]) == ("region", "US-WA")  # "Washington state"
    _, attrs = place_attributes("Springfield", region="US-IL")
    assert (attrs["country_code"], attrs["admin1"]) == ("US", "US-IL")


def test_party_state_tags_and_continents(nlp: Language) -> None:
    places = _places(
        nlp,
        "Hearing\n\nRep. Ann Lee (R-Utah) and Sen. Tom Reyes, D-Calif., questioned the "
        "envoy about trade with Asia at a hearing in Washington, D.C., on Monday.\n",
    )
    assert not {"R-Utah", "D-Calif.", "Utah", "Calif."} & set(places)
    assert places["Asia"].attributes["kind"] == "continent"
    assert places["Washington"].attributes["admin1"] == "US-DC"


def test_a_county_of_a_country_the_article_names(nlp: Language) -> None:
    places = _places(
        nlp,
        "Village fete\n\nThe fete in Kent drew thousands on Saturday, organisers in the UK "
        "said, and a second one is planned in Essex next month.\n",
    )
    kent = places["Kent"].attributes
    assert (kent["country_code"], kent["admin1"], kent["iso_3166_2"]) == ("GB", "GB-ENG", "GB-KEN")


def test_short_forms_of_city_names_in_context() -> None:
    uk = PlaceContext({"GB"}, set())
    name, attrs = place_attributes("Newcastle", uk)
    assert (name, attrs["country_code"]) == ("Newcastle upon Tyne", "GB")
    _, attrs = place_attributes("St. Petersburg", PlaceContext({"US", "RU"}, set()))
    assert attrs["country_code"] == "RU"
    _, attrs = place_attributes("St. Petersburg", PlaceContext({"US"}, {"US-FL"}))
    assert attrs["admin1"] == "US-FL"


def test_georgia_listed_with_a_country_is_the_country(nlp: Language) -> None:
    places = _places(
        nlp,
        "Campaign\n\nThe senator, campaigning in Ohio and Pennsylvania, said the invasions of "
        "Georgia and Ukraine showed that NATO must stay strong.\n",
    )
    assert places["Georgia"].attributes["country_code"] == "GE"
    assert places["Ohio"].attributes["admin1"] == "US-OH"


def test_a_named_division_does_not_outweigh_a_great_city_of_a_named_country() -> None:
    both = PlaceContext({"US", "RU"}, {"US-FL"})
    assert place_attributes("St. Petersburg", both)[1]["country_code"] == "RU"
    assert place_attributes("Naples", PlaceContext({"US"}, {"US-FL"}))[1]["admin1"] == "US-FL"
    portland = place_attributes("Portland", PlaceContext({"US"}, {"US-ME"}))[1]
    assert portland["admin1"] == "US-ME"


def test_a_small_town_outside_the_states_the_story_names_keeps_only_its_country(
    nlp: Language,
) -> None:
    # Chelsea is a town in Massachusetts and a neighborhood of Manhattan: a New York story
    # does not mean the town in Massachusetts.
    places = _places(
        nlp,
        "Blast injures dozens\n\nTwenty-nine people were injured in Chelsea on Saturday night "
        "by an explosion, officials in New York said. The governor of New York visited.\n",
    )
    chelsea = places["Chelsea"]
    assert chelsea.attributes.get("country_code") == "US"
    assert "admin1" not in chelsea.attributes and "geonames_id" not in chelsea.attributes


def test_a_states_people_are_no_place_of_their_own(nlp: Language) -> None:
    document = from_text(
        "Farm vote\n\nThe Virginian senator said on Monday that Texans and Ohioans would "
        "decide the farm bill. A Floridian rancher disagreed.\n"
    )
    ents = extract_entities(nlp(document.text), document)
    named = {m.text for e in ents if e.type != "group" for m in e.mentions}
    assert not {"Virginian", "Texans", "Ohioans", "Floridian"} & named


def test_headline_and_official_short_forms_of_countries() -> None:
    g = gazetteer()
    for written, code in (("N. Korea", "KP"), ("S. Korea", "KR"), ("S. Africa", "ZA"),
                          ("DPRK", "KP"), ("PRC", "CN")):  # fmt: skip
        found = g.country(written)
        assert found is not None and found.code == code, written
    assert g.country("CAR") is None  # the word, not the Central African Republic's initials


def test_a_name_two_countries_share_names_neither() -> None:
    # "Virgin Islands" is British or U.S., "Korea" North or South: the full names only.
    g = gazetteer()
    assert g.country("Virgin Islands") is None and g.country("Korea") is None
    assert g.country("U.S. Virgin Islands").code == "VI"
    assert g.country("British Virgin Islands").code == "VG"
    assert g.country("South Korea").code == "KR"
    assert g.country("North Korea").code == "KP"


def test_the_large_cities_an_article_names_place_its_namesakes(nlp: Language) -> None:
    # no country is named, but Leeds and Southampton are England's alone: Newcastle is too
    rail = _places(
        nlp,
        "Rail strike\n\nTrains between Leeds and Southampton were cancelled on Monday, and "
        "services to Newcastle ran late.\n",
    )
    assert rail["Newcastle upon Tyne"].attributes["country_code"] == "GB"
    # without them, the most populous Newcastle (New South Wales) stands
    alone = _places(nlp, "Port news\n\nCoal exports from Newcastle rose in March.\n")
    assert alone["Newcastle"].attributes["country_code"] == "AU"


def test_a_city_name_is_evidence_only_when_it_names_one_large_city() -> None:
    from app.extract.places import evident_city_country

    assert evident_city_country("Southampton") == "GB"
    assert evident_city_country("Newcastle") is None  # Australia's, South Africa's, England's
    assert evident_city_country("Birmingham") is None  # Alabama's is a fifth of England's
    assert evident_city_country("Sale") is None  # spelt so, it is no evidence of Morocco's Salé
    assert evident_city_country("France") is None  # a country, named outright


def test_a_tiny_capital_does_not_outweigh_a_great_namesake() -> None:
    # Bermuda's capital (about 900 people) is not what "Hamilton" means beside Ontario's city
    _name, attrs = place_attributes("Hamilton")
    assert attrs["country_code"] != "BM"
    # a capital of fair size still wins over larger namesakes abroad
    assert place_attributes("Valletta")[1]["country_code"] == "MT"


def test_a_small_town_known_only_abroad_is_no_place_in_an_article_set_elsewhere() -> None:
    # the gazetteer's one "Ashfield" is a suburb in Australia; a story that names the United
    # Kingdom means a place too small to be listed: no country rather than a wrong one
    uk = PlaceContext(countries={"GB"})
    assert place_attributes("Ashfield", uk) == ("Ashfield", {})
    assert place_attributes("Ashfield")[1]["country_code"] == "AU"  # nothing said otherwise
    assert place_attributes("Ashfield", PlaceContext(countries={"AU"}))[1]["country_code"] == "AU"


def test_a_division_of_the_one_country_the_large_towns_point_to() -> None:
    # no country named, but only British towns: "Westminster" is London's, not Colorado's
    near_uk = PlaceContext(nearby={"GB"})
    assert place_attributes("Westminster", near_uk)[1]["country_code"] == "GB"
    assert place_attributes("Westminster")[1]["country_code"] == "US"
    # towns of two countries point to neither
    assert (
        place_attributes("Westminster", PlaceContext(nearby={"GB", "US"}))[1]["country_code"]
        == "US"
    )


def test_the_nations_of_the_united_kingdom_need_no_context() -> None:
    for name, code in (("Scotland", "GB-SCT"), ("Wales", "GB-WLS"), ("England", "GB-ENG")):
        _canonical, attrs = place_attributes(name)
        assert (attrs["country_code"], attrs["admin1"]) == ("GB", code), name


def test_a_nation_the_article_names_places_its_towns(nlp: Language) -> None:
    places = _places(
        nlp,
        "Prison ruling\n\nA prisoner held in Hamilton won damages on Friday. More than 300 "
        "similar actions have been raised in the courts in Scotland.\n",
    )
    assert places["Scotland"].attributes["admin1"] == "GB-SCT"
    hamilton = places["Hamilton"].attributes
    assert (hamilton["country_code"], hamilton["admin1"]) == ("GB", "GB-SCT")
    # without it, the largest Hamilton (Ontario's) is the better guess
    places = _places(nlp, "Prison ruling\n\nA prisoner held in Hamilton won damages on Friday.\n")
    assert places["Hamilton"].attributes["country_code"] == "CA"


def test_a_country_in_an_organizations_name_places_its_counties(nlp: Language) -> None:
    # no place names a country, but the party does: Suffolk is England's county, not the city
    # in Virginia
    text = (
        "Councillor quits\n\nA councillor for the {} has quit over a row about parking fees. "
        "Jane Doe, who farms in Suffolk, said she would stand again.\n"
    )
    for party in ("UK Independence Party", "British Democratic Union"):
        suffolk = _places(nlp, text.format(party))["Suffolk"].attributes
        assert (suffolk["country_code"], suffolk["admin1"]) == ("GB", "GB-ENG"), party
    # a US state's name inside an organization's is no evidence of a country ("New Mexico")
    suffolk = _places(nlp, text.format("New Mexico Farmers Union"))["Suffolk"].attributes
    assert suffolk["country_code"] == "US"
