"""Entity extraction on articles written for these tests, and on the sample article."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Span

from app.extract.document import from_text
from app.extract.entities import extract_entities
from app.extract.model import Entity
from app.extract.pipeline import extract
from tests.extract.conftest import entities_of

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "000_06d31293aad75abd.txt"

WIRE = """German Chancellor meets French leaders in Paris

PARIS (Reuters) - German Chancellor Angela Brandt met French President Marc Dubois in Paris on \
Tuesday to discuss energy prices, the Elysee said. Brandt told reporters that Germany and \
France would present a joint plan to the European Commission next month.
The talks were the first since Berlin announced new gas subsidies. Paris has criticised the \
subsidies, and Dubois said the French government expected "a fair deal for every member \
state". The German Chancellor is due to travel to Brussels on Thursday.
Analysts said Siemens Energy and TotalEnergies would benefit from the plan. Brandt's \
spokesman, Tomas Keller, declined to comment.
"""

FEATURE = """---
title: A river town rebuilds after the floods
published: 2024-05-02
---
When the water came, Maria Okafor was asleep. The 54-year-old teacher now leads the volunteer \
group that is rebuilding the school in Kendal, a small town in the north of England.

The volunteers

Maria Okafor works with twenty neighbours. Her husband, Daniel Mensah, drives the van that \
carries donated books from Manchester. The British Red Cross has sent tents, and the \
Environment Agency says new flood defences will be built by 2026. British charities have \
also sent money.

What comes next

Local Councillor James Whitfield said the United Kingdom should spend more on rivers. \
Whitfield wants the U.K. government to act before winter, he said. Observers doubt it.
"""


def _by_id(entities: list[Entity]) -> dict[str, Entity]:
    return {e.id: e for e in entities}


def _check_offsets(text: str, entities: list[Entity]) -> None:
    for e in entities:
        assert 0.0 <= e.salience <= 1.0
        for m in e.mentions:
            assert text[m.start : m.end] == m.text
        for r in e.roles:
            assert text[r.start : r.end] == r.text


# ------------------------------------------------------------------------------ wire story


@pytest.fixture(scope="module")
def wire(nlp: Language) -> dict[str, Entity]:
    entities = entities_of(nlp, WIRE)
    _check_offsets(WIRE, entities)
    return _by_id(entities)


def test_wire_surnames_merge_into_full_names(wire: dict[str, Entity]) -> None:
    brandt = wire["person:angela-brandt"]
    assert brandt.type == "person"
    assert [m.text for m in brandt.mentions if m.kind == "alias"].count("Brandt") >= 2
    assert "Brandt" in brandt.aliases
    assert "Dubois" in [m.text for m in wire["person:marc-dubois"].mentions]


def test_wire_pre_name_titles_give_role_and_affiliation(wire: dict[str, Entity]) -> None:
    (role,) = [r for r in wire["person:angela-brandt"].roles if r.title == "chancellor"]
    assert role.affiliation == "place:germany"
    assert role.text == "German Chancellor"
    assert any(
        r.title == "president" and r.affiliation == "place:france"
        for r in wire["person:marc-dubois"].roles
    )


def test_wire_possessive_apposition_role(wire: dict[str, Entity]) -> None:
    roles = wire["person:tomas-keller"].roles
    assert any(r.title == "spokesman" and r.of == "person:angela-brandt" for r in roles)


def test_wire_nominal_title_after_introduction(wire: dict[str, Entity]) -> None:
    nominals = [m.text for m in wire["person:angela-brandt"].mentions if m.kind == "nominal"]
    assert nominals == ["The German Chancellor"]


def test_wire_places_resolved_with_codes_and_capitals(wire: dict[str, Entity]) -> None:
    france = wire["place:france"]
    assert france.attributes["country_code"] == "FR"
    kinds = {m.kind for m in france.mentions}
    assert {"name", "adjective"} <= kinds  # "France" and "French"
    paris = wire["place:paris"]
    assert paris.attributes["country"] == "place:france"
    assert isinstance(paris.attributes["geonames_id"], int)
    assert "PARIS" in [m.text for m in paris.mentions]  # the ALL-CAPS dateline
    # "Paris has criticised": the capital stands for the government, linked to France.
    assert paris.attributes["capital_of"] == "place:france"
    assert "Paris" in [m.text for m in france.mentions if m.kind == "alias"]
    # ... but the capital is its own entity: its name is not another name of the country.
    assert "Paris" not in france.aliases
    assert wire["place:brussels"].attributes["country_code"] == "BE"


def test_wire_organizations(wire: dict[str, Entity]) -> None:
    for eid in ("organization:european-commission", "organization:siemens-energy"):
        assert wire[eid].type == "organization"
    assert "organization:european-commission" in wire
    assert wire["organization:european-commission"].name == "European Commission"


def test_wire_salience_ranks_the_protagonists_first(wire: dict[str, Entity]) -> None:
    ranked = sorted(wire.values(), key=lambda e: -e.salience)
    top = {e.id for e in ranked[:5]}
    assert "person:angela-brandt" in top
    assert wire["person:tomas-keller"].salience < wire["person:angela-brandt"].salience


# ------------------------------------------------------------------- feature with headings


@pytest.fixture(scope="module")
def feature(nlp: Language) -> dict[str, Entity]:
    document = from_text(FEATURE)
    entities = extract_entities(nlp(document.text), document)
    _check_offsets(document.text, entities)
    return _by_id(entities)


def test_feature_people_and_relation(feature: dict[str, Entity]) -> None:
    okafor = feature["person:maria-okafor"]
    assert len([m for m in okafor.mentions if m.kind == "name"]) == 2
    roles = feature["person:daniel-mensah"].roles
    assert any(r.title == "husband" and r.of == okafor.id for r in roles)
    assert any(r.title == "councillor" for r in feature["person:james-whitfield"].roles)


def test_feature_country_aliases_merge(feature: dict[str, Entity]) -> None:
    uk = feature["place:united-kingdom"]
    texts = {m.text for m in uk.mentions}
    assert {"United Kingdom", "U.K.", "British"} <= texts
    assert uk.attributes["country_code"] == "GB"
    british = [m for m in uk.mentions if m.text == "British"]
    assert british and all(m.kind == "adjective" for m in british)


def test_feature_city_and_plural_nouns(feature: dict[str, Entity]) -> None:
    assert feature["place:manchester"].attributes["country_code"] == "GB"
    assert not any(e.name == "Observers" for e in feature.values())
    assert feature["organization:british-red-cross"].name == "British Red Cross"


# --------------------------------------------------------------------------- sample article


@pytest.fixture(scope="module")
def sample() -> dict[str, Entity]:
    brief = extract(from_text(SAMPLE.read_text(encoding="utf-8")))
    _check_offsets(brief.text, brief.entities)
    return _by_id(brief.entities)


def test_sample_no_title_words_or_plural_nouns(sample: dict[str, Entity]) -> None:
    names = {e.name for e in sample.values()}
    assert "Interior" not in names
    assert "Observers" not in names
    assert "Diplomatic sources" not in names


def test_sample_people_with_roles(sample: dict[str, Entity]) -> None:
    kolokoltsev = sample["person:vladimir-kolokoltsev"]
    assert any(
        r.title == "interior minister" and r.affiliation == "place:russia"
        for r in kolokoltsev.roles
    )
    assert any(m.kind == "nominal" for m in kolokoltsev.mentions)
    alvarez = sample["person:alberto-alvarez"]
    assert any(
        r.title == "counterpart" and r.affiliation == "place:cuba" and r.of == kolokoltsev.id
        for r in alvarez.roles
    )
    trump = sample["person:donald-trump"]
    assert any(
        r.title == "president" and r.affiliation == "place:united-states" for r in trump.roles
    )
    maduro = sample["person:nicolas-maduro"]
    assert maduro.name == "Nicolás Maduro"
    assert any(r.title == "president" and r.affiliation == "place:venezuela" for r in maduro.roles)
    flores = sample["person:cilia-flores"]
    assert any(r.title == "wife" and r.of == maduro.id for r in flores.roles)


def test_sample_united_states_is_one_entity(sample: dict[str, Entity]) -> None:
    us = sample["place:united-states"]
    assert us.attributes["country_code"] == "US"
    texts = {m.text for m in us.mentions}
    assert {"US", "United States", "Washington", "American"} <= texts
    assert not any(e.id != us.id and e.attributes.get("country_code") == "US" and
                   e.attributes.get("kind") == "country" for e in sample.values())  # fmt: skip
    assert sample["place:washington"].attributes["capital_of"] == us.id


def test_sample_organizations_and_stripped_names(sample: dict[str, Entity]) -> None:
    assert sample["organization:russian-embassy"].name == "Russian Embassy"
    assert sample["organization:national-defense-council"].type == "organization"
    assert sample["place:soviet-union"].name == "Soviet Union"
    russia = sample["place:russia"]
    assert russia.attributes["country_code"] == "RU"
    assert any(m.kind == "adjective" and m.text == "Russian" for m in russia.mentions)


def test_sample_top_entities_are_the_story(sample: dict[str, Entity]) -> None:
    top = [e.id for e in sorted(sample.values(), key=lambda e: -e.salience)[:5]]
    assert "place:cuba" in top and "place:russia" in top


HYPHENATED = """Cuba's president, Miguel Díaz-Canel, said the island would defend itself. \
Speaking in Havana, Díaz-Canel thanked Ana-Luisa Prieto-Gómez, the health minister.
"""


def test_hyphenated_names_stay_whole_and_titled_names_are_people(nlp: Language) -> None:
    entities = entities_of(nlp, HYPHENATED)
    _check_offsets(HYPHENATED, entities)
    texts = {m.text for e in entities for m in e.mentions}
    assert "Miguel Díaz-Canel" in texts
    assert not any(t.endswith("Díaz") or t.endswith("-") for t in texts)
    by_id = _by_id(entities)
    president = by_id["person:miguel-diaz-canel"]
    # "Cuba's president, Miguel Díaz-Canel": an apposed title makes a person of what the small
    # model tags as an organization, and the surname alone joins the full name.
    assert president.type == "person"
    assert "Díaz-Canel" in [m.text for m in president.mentions]


PRODUCTS = """Lumo unveils new iFrame tablet

Lumo Corp. said on Tuesday that the iFrame and its new Orbis laptops would go on sale in March \
for $ 499 USD. The iFrame Mini has 64 GB of storage. Lumo showed the devices at its annual \
Makers Conference in Denver, and analysts expect strong sales of the iFrame.
"""


def test_products_units_and_events_are_not_organizations(nlp: Language) -> None:
    entities = entities_of(nlp, PRODUCTS)
    _check_offsets(PRODUCTS, entities)
    types: dict[str, set[str]] = {}
    for e in entities:
        for m in e.mentions:
            types.setdefault(m.text, set()).add(e.type)
    # Lower-case camel case and "<name> laptops" name products; the maker stays organization.
    assert types["iFrame"] == {"product"}
    assert types.get("Orbis", {"product"}) == {"product"}
    assert types["Lumo Corp."] == {"organization"}
    # A short ALL-CAPS word after a number is a unit or currency.
    assert "USD" not in types and "GB" not in types
    assert types.get("Makers Conference", {"event"}) == {"event"}
    assert types["Denver"] == {"place"}


SCORES = """SOCCER - LEAGUE RESULTS .
LEEDS 1996-08-24
Results of English league soccer matches on Saturday :
Leeds 2 Coventry 1
Everton 0 Chelsea 3
Leeds beat Coventry in the first match of the season , coach Tom Price said .
"""


def test_places_with_scores_are_teams(nlp: Language) -> None:
    entities = entities_of(nlp, SCORES)
    _check_offsets(SCORES, entities)
    kind_at = {(m.start, m.text): e.type for e in entities for m in e.mentions}
    leeds_dateline = SCORES.index("LEEDS")
    assert kind_at[(leeds_dateline, "LEEDS")] == "place"  # the dateline is where it was filed
    line = SCORES.index("Leeds 2")
    assert kind_at[(line, "Leeds")] == "organization"
    assert kind_at[(SCORES.index("Coventry 1"), "Coventry")] == "organization"
    # the same team in the prose of the report
    assert kind_at[(SCORES.index("Leeds beat"), "Leeds")] == "organization"


COMPANIES = """Norvik shares rise on new gas find

Shares in Norvik Energy rose 5% on Monday after the explorer reported a gas find off Norway. \
Norvik said the field could hold 200 million barrels. Rival Baltic Petroleum said on Monday \
it was also drilling nearby.
"""


def test_company_short_form_joins_its_full_name(nlp: Language) -> None:
    entities = entities_of(nlp, COMPANIES)
    _check_offsets(COMPANIES, entities)
    owner = {m.text: e.id for e in entities for m in e.mentions}
    assert owner["Norvik Energy"] == owner["Norvik"]
    assert owner.get("Baltic Petroleum") != owner["Norvik"]


RESULTS_TABLE = """BASEBALL - NATIONAL LEAGUE RESULTS THURSDAY .
NEW YORK 1996-08-23
Results of games played on Thursday :
Goias 3 Atletico Paranaense 1
In Bergen : Brann ( Norway ) 2 Shelbourne ( Ireland ) 1
Brann - Mons Andersen ( 10th ) , Jan Pedersen ( 72nd )
The 28-year-old pitcher Bernhard Langer said his team played well .
"""


def test_results_table_names_before_scores_are_teams(nlp: Language) -> None:
    entities = entities_of(nlp, RESULTS_TABLE)
    _check_offsets(RESULTS_TABLE, entities)
    kind_at = {(m.start, m.text): e.type for e in entities for m in e.mentions}
    # a sports report known by its headline's sport, though its text has few sports words
    for name in ("Goias", "Atletico Paranaense", "Shelbourne"):
        assert kind_at[(RESULTS_TABLE.index(name), name)] == "organization", name
    assert kind_at.get((RESULTS_TABLE.index("Norway"), "Norway")) == "place"
    # the team that lists its scorers after a dash, and the scorers themselves
    assert kind_at[(RESULTS_TABLE.index("Brann -"), "Brann")] == "organization"
    assert kind_at[(RESULTS_TABLE.index("Jan Pedersen"), "Jan Pedersen")] == "person"
    # "The" before "28-year-old" is no team, and a given name makes a person
    assert not any(e.name == "The" for e in entities)
    assert kind_at[(RESULTS_TABLE.index("Bernhard Langer"), "Bernhard Langer")] == "person"


CONTEXT_TYPES = """Skylane adds routes to Spain

Irish low-cost airline, Skylane, said on Monday it would fly to six new Spanish cities. \
Skylane CEO Aoife Byrne said the routes would open in June. Shares of Skylane rose 3%.
Vexo Systems unveiled Lumora at a launch in Dublin. Lumora will sell for 300 euros.
"""


def test_sentence_context_types_a_name_in_all_its_mentions(nlp: Language) -> None:
    entities = entities_of(nlp, CONTEXT_TYPES)
    _check_offsets(CONTEXT_TYPES, entities)
    types = {m.text: e.type for e in entities for m in e.mentions}
    assert types["Skylane"] == "organization"  # "airline, X", "X CEO", "shares of X"
    assert types["Aoife Byrne"] == "person"
    assert types.get("Lumora") in (None, "product")  # unveiled by a company: never a person


AGENCY = """Senate panel presses Justice Department on leak inquiry

The Justice Department opened an inquiry into the leak on Monday. The Department of Justice \
said the review would take months, and a DOJ spokeswoman, Laura Pike, declined to comment.
"""

CITY_HALL = """Mayor faces questions over budget

Rosa Delgado, the mayor of Fresno, defended the budget on Monday. Mr. Delgado's office said \
spending rose 4 percent, trouble for a city with a deficit. Rosa said she would not resign.
Tom Becker, the son of a former mayor, said the council would vote in May. Becker's wife, \
Anna Becker, runs a bakery. Tom and Anna moved to Fresno in 2004.
Delgado's daughter, Lucia, works for the council.
"""


def test_one_id_for_a_department_its_word_order_and_its_acronym(nlp: Language) -> None:
    entities = entities_of(nlp, AGENCY)
    doj = [e for e in entities if e.type == "organization" and "Justice" in e.name]
    assert len(doj) == 1, [e.id for e in doj]
    (agency,) = doj
    assert agency.id == "organization:department-of-justice"
    assert agency.alias_reasons == {"Justice Department": "word order", "DOJ": "acronym"}
    pike = _by_id(entities)["person:laura-pike"]
    assert any(r.title == "spokeswoman" and r.affiliation == agency.id for r in pike.roles)


def test_first_name_after_the_full_name_is_that_person(nlp: Language) -> None:
    by_id = _by_id(entities_of(nlp, CITY_HALL))
    delgado = by_id["person:rosa-delgado"]
    assert delgado.alias_reasons == {"Delgado": "surname", "Rosa": "first name"}
    assert by_id["person:anna-becker"].alias_reasons.get("Anna") == "first name"
    assert "person:rosa" not in by_id and "person:anna" not in by_id


def test_a_short_form_of_a_given_name_and_a_suffixed_surname_join_the_full_name(
    nlp: Language,
) -> None:
    # "Tavi" is no given name any list knows; "Jr." is no surname.
    text = (
        "Harbour plan approved\n\n"
        "Tavi Okonkwo, the harbour master, and Adm. Colm R. Fenwright Jr. met on Monday. "
        "Admiral Fenwright said the plan was sound. Tavi is one of the port's longest-serving "
        "officials, and Fenwright praised him.\n"
    )
    by_id = _by_id(entities_of(nlp, text))
    assert by_id["person:tavi-okonkwo"].alias_reasons.get("Tavi") == "first name"
    fenwright = by_id["person:colm-r-fenwright-jr"]
    assert set(fenwright.aliases) == {"Fenwright"}
    assert "person:fenwright" not in by_id and "person:tavi" not in by_id


def test_a_title_case_headline_name_is_the_storys_person(nlp: Language) -> None:
    # The headline runs title-case words into the name; the story's full name stays the key,
    # so the first name used later still joins it.
    text = (
        "Another GOP Figure Endorses Laura Whitfield.\n\n"
        "Some Republicans are so opposed to the other candidate that they are endorsing Laura "
        "Whitfield, the Democratic nominee. Former Rep. Tom Hale said Wednesday on a morning "
        'show: "Laura is my next choice. Not hard to figure out."\n'
    )
    by_id = _by_id(entities_of(nlp, text))
    laura = by_id["person:laura-whitfield"]
    assert [m.text for m in laura.mentions if m.kind == "name"] == ["Laura Whitfield"] * 2
    assert laura.alias_reasons == {"Laura": "first name"}
    assert "person:laura" not in by_id


def test_first_name_is_not_merged_when_two_people_share_it_or_it_comes_first(
    nlp: Language,
) -> None:
    text = (
        "Council votes on housing plan\n\n"
        "Maria spoke first at the meeting on Monday. Maria Lindqvist, who chairs the housing "
        "committee, and Maria Santos, a tenant, then answered questions. Maria said the vote "
        "would be close.\n"
    )
    by_id = _by_id(entities_of(nlp, text))
    for person in ("person:maria-lindqvist", "person:maria-santos"):
        assert "Maria" not in by_id[person].aliases
    # The same given name before a full name, with one person of that name: still apart.
    text = (
        "Council votes on housing plan\n\n"
        "Ingrid spoke first at the meeting on Monday. Ingrid Lindqvist, who chairs the housing "
        "committee, answered questions. Ingrid Lindqvist said the vote would be close, and "
        "Ingrid agreed.\n"
    )
    entities = entities_of(nlp, text)
    lindqvist = _by_id(entities)["person:ingrid-lindqvist"]
    first = text.index("Ingrid")
    assert all(m.start != first for m in lindqvist.mentions)
    later = text.rindex("Ingrid")
    assert any(m.start == later for m in lindqvist.mentions)


def test_roles_come_from_titles_and_relations_only(nlp: Language) -> None:
    by_id = _by_id(entities_of(nlp, CITY_HALL))
    titles = {r.title for e in by_id.values() for r in e.roles}
    assert not titles & {"mr.", "mr", "percent", "trouble"}, titles
    delgado = by_id["person:rosa-delgado"]
    assert any(r.title == "mayor" and r.affiliation == "place:fresno" for r in delgado.roles)
    # "the son of a former mayor": a son of nobody the article names is no role.
    assert not any(r.title == "son" for r in by_id["person:tom-becker"].roles)
    # a relation keeps the person it relates to
    daughters = [r for e in by_id.values() for r in e.roles if r.title == "daughter"]
    assert daughters and all(r.of == delgado.id for r in daughters)
    for e in by_id.values():
        for r in e.roles:
            if r.title in ("son", "daughter", "wife", "husband"):
                assert r.of is not None and r.of != e.id


def test_a_department_word_is_not_glued_to_a_person_name(nlp: Language) -> None:
    text = (
        "Agency chief resigns\n\n"
        "The director of the Office of Personnel Management John Carver resigned on Friday. "
        "Carver had led the agency since 2019.\n"
    )
    entities = entities_of(nlp, text)
    people = [e for e in entities if e.type == "person"]
    assert [p.name for p in people] == ["John Carver"]
    assert people[0].alias_reasons == {"Carver": "surname"}


def test_title_phrases_relations_to_people_and_institution_first_words(nlp: Language) -> None:
    text = (
        "Running mate tours Ohio\n\n"
        "Democratic vice presidential nominee Tom Kessler spoke in Columbus on Friday. The "
        "State Department's climate envoy, Ruth Okoye, joined him. Okoye thanked the Senate "
        "Finance Committee. The Senate will vote next week.\n"
    )
    by_id = _by_id(entities_of(nlp, text))
    titles = {r.title for r in by_id["person:tom-kessler"].roles}
    assert titles == {"vice presidential nominee"}  # not "vice"
    (envoy,) = by_id["person:ruth-okoye"].roles
    assert envoy.affiliation == "organization:state-department"
    assert envoy.of is None  # a relation is to a person, never to a department
    # "Senate" is a body of its own, not the committee that starts with its name
    assert "organization:senate" in by_id
    assert "Senate" not in by_id["organization:senate-finance-committee"].aliases


def test_a_word_that_is_one_persons_surname_is_not_anothers_first_name(nlp: Language) -> None:
    text = (
        "Regulator under fire\n\n"
        "Scott Pruitt met Senator Rick Scott in Tallahassee on Monday. Pruitt defended the "
        "rules, and Scott said he would review them.\n"
    )
    by_id = _by_id(entities_of(nlp, text))
    assert "Scott" not in by_id["person:scott-pruitt"].aliases
    assert by_id["person:rick-scott"].alias_reasons.get("Scott") == "surname"


def test_a_titled_surname_joins_only_a_person_given_that_title(nlp: Language) -> None:
    text = (
        "Debate guests\n\n"
        "Hillary Clinton arrived in Hempstead on Monday. Trump invited Gennifer Flowers, who "
        "once had an affair with President Clinton, to sit in the front row. Clinton said she "
        "was ready.\n"
        "Senator Helen Marsh also attended. Senator Marsh said the debate mattered, and Marsh "
        "left early.\n"
    )
    entities = entities_of(nlp, text)
    by_id = _by_id(entities)
    hillary = by_id["person:hillary-clinton"]
    president = text.index("President Clinton") + len("President ")
    # "President Clinton" is not Hillary Clinton, whom the article never calls president
    assert all(m.start != president for m in hillary.mentions)
    assert not any(r.title == "president" for r in hillary.roles)
    assert any(m.start == text.index("Clinton said") for m in hillary.mentions)
    # the same title before the full name and the surname: one person
    marsh = by_id["person:helen-marsh"]
    assert any(m.start == text.index("Marsh said") for m in marsh.mentions)


def test_a_clitic_the_model_tags_is_no_place(nlp: Language) -> None:
    # The small model sometimes tags the "n’t" of "hadn’t" as a GPE (seen in political news):
    # the tag is set here by hand, as the model gives it there.
    raw = "Bank chief grilled\n\nStumpf said he hadn’t been held responsible in Ohio.\n"
    document = from_text(raw)
    doc = nlp(document.text)
    clitic = next(t for t in doc if t.text == "n’t")
    doc.ents = [*doc.ents, Span(doc, clitic.i, clitic.i + 1, label="GPE")]
    entities = extract_entities(doc, document)
    assert not any("n’t" in m.text for e in entities for m in e.mentions)
    assert any(e.id == "place:ohio" for e in entities)


UN_REPORT = (
    "Ceasefire talks stall at the United Nations\n\n"
    "NEW YORK - Diplomats at the United Nations failed on Monday to agree on a ceasefire "
    "resolution, after a week of talks between the members of the Security Council.\n\n"
    "Veto Power Impedes Peace Efforts\n\n"
    "Russia and China have each blocked draft resolutions this year. Ambassador Lena Hartmann "
    "said the council could not act while one member used its veto to shield an ally.\n\n"
    "Little Relief For Gaza\n\n"
    "Aid groups said food deliveries to Gaza had fallen by half. The World Food Programme "
    "warned of famine.\n"
)


def test_a_title_case_heading_names_only_what_the_story_confirms(nlp: Language) -> None:
    entities = entities_of(nlp, UN_REPORT)
    _check_offsets(from_text(UN_REPORT).text, entities)
    names = {m.text for e in entities for m in e.mentions}
    assert not any("Veto" in n or "Relief" in n or "Efforts" in n for n in names)
    # a heading's name the story repeats keeps its heading mention
    gaza = next(e for e in entities if e.name == "Gaza")
    heading = UN_REPORT.index("Gaza")
    assert any(m.start == heading for m in gaza.mentions)
    assert len(gaza.mentions) == 2
    assert any(e.name == "Lena Hartmann" and e.type == "person" for e in entities)


ASYLUM = (
    "Ministers defend asylum plan\n\n"
    "The government said its plan to send asylum seekers abroad was compatible with the Refugee "
    "Convention, which Britain signed in 1951. Critics, including the lawyer Sarah Quinn, said "
    "the plan broke the Refugee Convention and the Human Rights Act.\n"
    "Holyrood will vote next week on the Smoking, Health and Social Care (Scotland) Bill, which "
    "bans smoking near hospitals. Its Miscellaneous Provisions cover fees for care homes.\n"
)


def test_laws_and_treaties_are_no_people(nlp: Language) -> None:
    entities = entities_of(nlp, ASYLUM)
    _check_offsets(from_text(ASYLUM).text, entities)
    people = {e.name for e in entities if e.type == "person"}
    assert people == {"Sarah Quinn"}
    by_name = {e.name: e for e in entities}
    assert by_name["Refugee Convention"].type == "law"
    assert by_name["Miscellaneous Provisions"].type == "law"
    # the lone "Bill" ends the bill's name: one law, no person "Bill"
    bill = by_name["Smoking, Health and Social Care (Scotland) Bill"]
    assert bill.type == "law"
    start = ASYLUM.index("Smoking, Health")
    assert [(m.start, m.end) for m in bill.mentions] == [(start, ASYLUM.index(", which bans"))]


def test_a_party_convention_is_no_law(nlp: Language) -> None:
    text = (
        "Delegates gather\n\n"
        "Thousands of delegates arrived for the Democratic National Convention on Sunday, and "
        "Senator Ruth Alvarez said the Democratic National Convention would unite the party.\n"
    )
    entities = entities_of(nlp, text)
    assert not any(e.type == "law" for e in entities)


def test_a_surname_is_no_namesake_town_without_the_towns_country(nlp: Language) -> None:
    text = (
        "Senator defends farm bill\n\n"
        "Senator Grace Lincoln defended the farm bill on Monday. Critics said the money sent to "
        "Lincoln by agricultural groups had shaped the bill. Lincoln denied it.\n"
    )
    entities = entities_of(nlp, text)
    assert not any(e.type == "place" for e in entities)
    lincoln = _by_id(entities)["person:grace-lincoln"]
    assert any(m.start == text.index("Lincoln by") for m in lincoln.mentions)


def test_a_town_named_like_a_person_stays_a_town_where_its_country_is_named(
    nlp: Language,
) -> None:
    text = (
        "Fishing port hosts festival\n\n"
        "Fishermen gathered in Obama, a port town in Japan, for a festival on Sunday. Obama is "
        "also the name of a former American president, and the town once held a party to "
        "celebrate his election. Tourists stayed in Obama for the fireworks.\n"
    )
    entities = entities_of(nlp, text)
    town = next(e for e in entities if e.name == "Obama")
    assert town.type == "place"
    assert any(m.start == text.index("Obama, a port") for m in town.mentions)


def test_run_in_headings_need_the_story_too(nlp: Language) -> None:
    text = (
        "A report card for the United Nations\n\n"
        "Experts graded the United Nations on six subjects ahead of the General Assembly.\n\n"
        "Refugees.\n\n"
        "Little Relief for Refugees: The agency that helps refugees is short of money, said "
        "Omar Haddad, who runs a shelter in Jordan.\n\n"
        "Climate Change.\n\n"
        "Modest Gains on Emissions: Delegates meet in Bonn each year, and Haddad said progress "
        "was slow.\n\n"
        "Freedom Limited by National Interests: The Human Rights Council is the United Nations "
        "body for rights, but members of the Human Rights Council shield their allies.\n"
    )
    entities = entities_of(nlp, text)
    names = {m.text for e in entities for m in e.mentions}
    assert not any("Relief" in n or "Climate" in n or "Gains" in n for n in names)
    assert any(e.name == "Omar Haddad" and e.type == "person" for e in entities)
    assert any(e.name == "Bonn" and e.type == "place" for e in entities)
    # a name the model ran on from the heading into the paragraph keeps its paragraph's part
    council = next(e for e in entities if e.name == "Human Rights Council")
    assert [m.start for m in council.mentions] == [
        text.index("Human Rights Council"),
        text.rindex("Human Rights Council"),
    ]


def test_a_speakers_label_is_no_heading(nlp: Language) -> None:
    text = (
        "Interview with a blacksmith\n\n"
        "Anna Maria Castellano: I started shoeing horses when I was twelve.\n\n"
        "Reporter: Who taught you?\n\n"
        "Anna Maria Castellano: My uncle, in a village near Naples.\n"
    )
    entities = entities_of(nlp, text)
    assert any(e.name == "Anna Maria Castellano" and e.type == "person" for e in entities)


def test_a_letters_signature_is_no_heading(nlp: Language) -> None:
    text = (
        "Letters: the price of bread\n\n"
        "The bakery on my street raised its prices twice this year, and the owner says flour "
        "costs have doubled. Families here cannot keep up.\n\n"
        "Harold Jensen.\n"
    )
    entities = entities_of(nlp, text)
    assert any(e.name == "Harold Jensen" and e.type == "person" for e in entities)


def test_a_name_that_speaks_or_thinks_is_a_person_not_a_place(nlp: Language) -> None:
    # The small model tags a rare first name as a place; "said" and "considered" say person.
    raw = 'The visit\n\nOrsolya stayed with me that night. "We leave at dawn," Orsolya said.\n'
    types = {e.name: e.type for e in entities_of(nlp, raw)}
    assert types["Orsolya"] == "person"


def test_a_name_with_a_theory_is_a_person_even_when_tagged_a_place(nlp: Language) -> None:
    raw = "Notes on gravity\n\nEinberg considered space and time apart. Einberg's theory held.\n"
    document = from_text(raw)
    doc = nlp(document.text)
    doc.ents = [Span(doc, t.i, t.i + 1, label="GPE") for t in doc if t.text == "Einberg"]
    types = {e.name: e.type for e in extract_entities(doc, document)}
    assert types["Einberg"] == "person"


def test_a_capital_that_speaks_stays_a_place(nlp: Language) -> None:
    raw = (
        "Budget row\n\nBeijing said on Monday that the budget was fair. Officials in Beijing "
        "declined to comment.\n"
    )
    types = {e.name: e.type for e in entities_of(nlp, raw)}
    assert types["Beijing"] == "place"


def test_a_month_before_a_day_is_no_team_in_a_sports_report(nlp: Language) -> None:
    raw = (
        "Kessler joins the Hawks\n\n"
        "Kessler played baseball for the league, won the cup and ended the season as a striker.\n"
        "Major league debut\n"
        "September 4 , 2011 , for the Harbor Hawks\n\n"
        "He hit two home runs in his first match on September 9.\n"
    )
    names = {e.name for e in entities_of(nlp, raw)}
    assert not any(n.startswith("September") for n in names)


def test_a_headline_name_keeps_only_the_part_the_story_writes(nlp: Language) -> None:
    # The model glues a title-case word to a surname in the headline ("Double Standard
    # Okafor"); the story names her in full and by surname, so the entity is Maria Okafor and
    # its headline mention is "Okafor" (the tag is set by hand, as the model gives it).
    raw = (
        "One Post Sums Up The Absurd Double Standard Okafor And Brandt Face.\n\n"
        "Karl Brandt needs to tell the truth. Maria Okafor needs to tell more jokes, critics "
        "said. Voters expect more from Okafor.\n"
    )
    document = from_text(raw)
    doc = nlp(document.text)
    at = document.text.index("Standard")
    glued = doc.char_span(at, at + len("Standard Okafor"), label="PERSON")
    assert glued is not None
    doc.ents = [e for e in doc.ents if e.end <= glued.start or e.start >= glued.end] + [glued]
    people = {e.name: e for e in extract_entities(doc, document) if e.type == "person"}
    assert sorted(people) == ["Karl Brandt", "Maria Okafor"]
    first = people["Maria Okafor"].mentions[0]
    assert (first.text, first.start) == ("Okafor", document.text.index("Okafor"))


@pytest.mark.parametrize("label", ["GPE", "ORG"])
def test_a_name_after_a_persons_title_is_a_person(nlp: Language, label: str) -> None:
    # "Halden" is also a Norwegian town; the model's place or organization tag for it (set
    # here by hand, as it gives it for "the Halden administration") yields to the title.
    raw = (
        "Allies pressed\n\n"
        "The Halden administration wants allies to spend more. President Halden said the "
        "alliance must act, and European leaders agreed.\n"
    )
    document = from_text(raw)
    doc = nlp(document.text)
    marks = [t for t in doc if t.text == "Halden"]
    doc.ents = [e for e in doc.ents if "Halden" not in e.text] + [
        Span(doc, t.i, t.i + 1, label=label) for t in marks
    ]
    types = {e.name: e.type for e in extract_entities(doc, document)}
    assert types.get("Halden") == "person"


def test_an_institution_of_or_for_something_is_an_organization(nlp: Language) -> None:
    raw = (
        "Talks stall\n\n"
        "Analysts at the Institute for Coastal and Harbor Studies said talks had stalled.\n"
    )
    document = from_text(raw)
    doc = nlp(document.text)
    at = document.text.index("Institute")
    span = doc.char_span(at, document.text.index(" said"), label="GPE")
    assert span is not None
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [span]
    types = {e.name: e.type for e in extract_entities(doc, document)}
    assert types["Institute for Coastal and Harbor Studies"] == "organization"


def test_lost_to_a_surname_is_the_person_not_a_town(nlp: Language) -> None:
    # "Fairfax" is also a town in Virginia, in the country the story is about; "lost to" and
    # "according to" do not name a place (the model's place tag is set by hand).
    raw = (
        "Primary results\n\n"
        "Maria Fairfax won the Virginia primary on Tuesday. Ben Rowe, who lost to Fairfax, said "
        "he would back her, according to Fairfax's campaign.\n"
    )
    document = from_text(raw)
    doc = nlp(document.text)
    marks = [t for t in doc if t.text == "Fairfax" and doc[t.i - 1].text == "to"]
    assert len(marks) == 2
    doc.ents = [e for e in doc.ents if not any(e.start <= t.i < e.end for t in marks)] + [
        Span(doc, t.i, t.i + 1, label="GPE") for t in marks
    ]
    entities = extract_entities(doc, document)
    assert {e.name for e in entities if e.type == "place"} == {"Virginia"}
    fairfax = next(e for e in entities if e.name == "Maria Fairfax")
    assert {t.idx for t in marks} <= {m.start for m in fairfax.mentions}


def test_a_name_people_post_on_is_no_person(nlp: Language) -> None:
    # The small model tags a platform's name as a person (set here by hand, as it does for
    # "Twitter"); "said on X" and "the live X stream" make it a medium.
    raw = (
        "Mayor answers critics\n\n"
        "Mayor Ana Ruiz said on Chirper that the bridge would reopen. Residents watched the live "
        "Chirper stream of the council meeting.\n"
    )
    document = from_text(raw)
    doc = nlp(document.text)
    marks = [t for t in doc if t.text == "Chirper"]
    doc.ents = [e for e in doc.ents if "Chirper" not in e.text] + [
        Span(doc, t.i, t.i + 1, label="PERSON") for t in marks
    ]
    types = {e.name: e.type for e in extract_entities(doc, document)}
    assert types["Chirper"] == "organization"
    assert types["Ana Ruiz"] == "person"


def test_a_name_ending_in_a_place_word_is_no_person(nlp: Language) -> None:
    raw = "Reef survey\n\nDivers counted the corals off Tarawe Atoll for a week in June.\n"
    document = from_text(raw)
    doc = nlp(document.text)
    at = document.text.index("Tarawe")
    span = doc.char_span(at, at + len("Tarawe Atoll"), label="PERSON")
    assert span is not None
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [span]
    types = {e.name: e.type for e in extract_entities(doc, document)}
    assert types["Tarawe Atoll"] == "place"


@pytest.mark.parametrize(
    ("before", "expected"), [("moderator", "person"), ("retailer", "organization")]
)
def test_an_occupation_before_a_name_makes_it_a_person(
    nlp: Language, before: str, expected: str
) -> None:
    raw = f"Debate night\n\nThe {before} Orrin Brenn opened the evening with a question on taxes.\n"
    document = from_text(raw)
    doc = nlp(document.text)
    at = document.text.index("Orrin")
    span = doc.char_span(at, at + len("Orrin Brenn"), label="ORG")
    assert span is not None
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [span]
    types = {e.name: e.type for e in extract_entities(doc, document)}
    assert types["Orrin Brenn"] == expected


def test_a_possessive_before_a_year_is_not_part_of_the_name(nlp: Language) -> None:
    raw = (
        "Tax pages leak\n\n"
        "A newspaper received the first pages of Orrin Brenn’s 1995 tax filings. Brenn’s 1995 "
        "filings show a large loss.\n"
    )
    document = from_text(raw)
    doc = nlp(document.text)
    at = document.text.index("Brenn’s 1995 filings")
    span = doc.char_span(at, at + len("Brenn’s 1995"), label="ORG")
    assert span is not None
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [span]
    names = {e.name for e in extract_entities(doc, document)}
    assert not any("’s" in n for n in names)


def test_a_lone_surname_tagged_organization_is_the_person(nlp: Language) -> None:
    raw = (
        "Campaign trail\n\n"
        "Orrin Brenn spoke in Ohio on Monday. Polls show Brenn leading in the state, and "
        "Brenn aides expect a win.\n"
    )
    document = from_text(raw)
    doc = nlp(document.text)
    marks = [t for t in doc if t.text == "Brenn" and doc[t.i - 1].text != "Orrin"]
    doc.ents = [e for e in doc.ents if not any(e.start <= t.i < e.end for t in marks)] + [
        Span(doc, t.i, t.i + 1, label="ORG") for t in marks
    ]
    entities = extract_entities(doc, document)
    assert not [e for e in entities if e.type == "organization"]
    brenn = next(e for e in entities if e.name == "Orrin Brenn")
    assert {t.idx for t in marks} <= {m.start for m in brenn.mentions}


def test_a_word_said_on_its_own_is_no_name(nlp: Language) -> None:
    raw = (
        "Saving for college\n\n"
        "Parents spend too much on things that fade, the adviser said.\n\n"
        "Stingy?\n\nHe does not think so. Most parents wish they had saved more.\n"
    )
    document = from_text(raw)
    doc = nlp(document.text)
    at = document.text.index("Stingy")
    span = doc.char_span(at, at + len("Stingy"), label="PERSON")
    assert span is not None
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [span]
    assert "Stingy" not in {e.name for e in extract_entities(doc, document)}


def test_an_abbreviated_title_is_the_office_and_joins_the_surname(nlp: Language) -> None:
    # A no-break space after "Gov." as web pages write it; "Governor Brenn" is the same man.
    raw = (
        "Debate guest list\n\n"
        "Republican vice-presidential nominee Gov.\u00a0Orrin Brenn said on Sunday that the "
        "guest would not attend.\n\n"
        '"But, Governor Brenn, why invite her at all?" the host asked.\n'
    )
    entities = entities_of(nlp, raw)
    people = [e for e in entities if e.type == "person"]
    assert [e.name for e in people] == ["Orrin Brenn"]
    assert {r.title for r in people[0].roles} == {"governor"}


def test_a_nationality_tagged_as_a_place_counts_toward_its_country(nlp: Language) -> None:
    raw = (
        "Voters in the Midwest\n\n"
        "Together with the sizeable Ukrainian and Lithuanian communities, they make up 9% of "
        "the state's voters.\n"
    )
    document = from_text(raw)
    doc = nlp(document.text)
    tok = next(t for t in doc if t.text == "Ukrainian")
    doc.ents = [e for e in doc.ents if not e.start <= tok.i < e.end] + [
        Span(doc, tok.i, tok.i + 1, label="GPE")
    ]
    entities = {e.name: e for e in extract_entities(doc, document)}
    assert "Ukrainian" not in entities
    assert [m.kind for m in entities["Ukraine"].mentions] == ["adjective"]


def test_an_unusual_given_name_opening_a_sentence_stays_in_the_name(nlp: Language) -> None:
    text = (
        "Amelize Joseph loves the public library that her young son visits. Joseph said the "
        "budget was too small. Describing the rally, organizers said thousands came.\n"
    )
    entities = entities_of(nlp, text)
    people = {e.name: e for e in entities if e.type == "person"}
    assert "Amelize Joseph" in people, people
    assert any(m.start == text.index("Joseph said") for m in people["Amelize Joseph"].mentions)
    # a capitalised first word that the parse does not make part of a name stays out
    assert not any(e.name.startswith("Describing") for e in entities)


def test_a_two_word_surname_joins_the_full_name_and_speaks_as_a_person(nlp: Language) -> None:
    text = (
        "Van Houten says the bridge will reopen.\n\n"
        "Mayor Clara van Houten said on Friday that the bridge over the canal would reopen in "
        "June. Van Houten said repairs were on schedule, and James O’Neill, the city engineer, "
        "agreed. O'Neill said the steel had arrived.\n"
    )
    by_id = _by_id(entities_of(nlp, text))
    mayor = by_id["person:clara-van-houten"]
    starts = {m.start for m in mayor.mentions}
    assert text.index("Van Houten says") in starts
    assert text.index("Van Houten said") in starts
    assert mayor.alias_reasons.get("Van Houten") == "surname"
    assert not any(e.type == "organization" and "houten" in e.id for e in by_id.values())
    # typographic and typewriter apostrophes are one name
    engineer = by_id["person:james-o-neill"]
    assert text.index("O'Neill said") in {m.start for m in engineer.mentions}


def test_the_word_an_organization_is_built_on_stands_for_it(nlp: Language) -> None:
    text = (
        "The Global Water Fund said on Monday that it would lend more to farmers. The fund "
        "expects the loans to double. Later a pension fund in Oslo bought bonds, and the fund "
        "said the price was fair. The Harbor Commission and the Rail Commission met; the "
        "commission said little.\n"
    )
    entities = entities_of(nlp, text)
    water = next(e for e in entities if e.name == "Global Water Fund")
    nominals = {m.start for m in water.mentions if m.kind == "nominal"}
    assert text.index("The fund expects") in nominals
    # "a pension fund" brings in another fund: the next "the fund" is that one
    assert text.index("the fund said") not in nominals
    # two commissions: "the commission" is neither
    assert not any(m.start == text.index("the commission") for e in entities for m in e.mentions)


def test_an_acronym_tagged_a_place_joins_the_body_it_stands_for(nlp: Language) -> None:
    text = (
        "The European Union and Canada met in Brussels on Monday. Officials said the E.U. "
        "wanted more time, while the U.S. watched.\n"
    )
    by_id = _by_id(entities_of(nlp, text))
    union = by_id["organization:european-union"]
    assert any(m.text == "E.U." for m in union.mentions)
    assert union.alias_reasons.get("E.U.") == "acronym"
    # a country's own short form stays the country
    assert any(m.text == "U.S." for m in by_id["place:united-states"].mentions)


def test_a_numbered_school_is_an_organization_and_a_numbered_jet_a_product(nlp: Language) -> None:
    text = (
        "Pupils at Intermediate School 318 in the Bronx won the chess final, and the team flew "
        "home on a Boeing 737 the next day.\n"
    )
    by_id = _by_id(entities_of(nlp, text))
    assert by_id["organization:intermediate-school-318"].name == "Intermediate School 318"
    assert by_id["product:boeing-737"].type == "product"


def test_a_surname_the_model_missed_joins_the_one_person_of_that_name(nlp: Language) -> None:
    text = (
        "Writing for a regional paper, Mark Z. Quillfeather noted that the mayor was calm. "
        "The mayor looked rested, Quillfeather wrote. Anna Dorsey and Tom Dorsey disagreed, "
        "and Dorsey left.\n"
    )
    entities = entities_of(nlp, text)
    writer = next(e for e in entities if e.name == "Mark Z. Quillfeather")
    assert any(m.start == text.index("Quillfeather wrote") for m in writer.mentions)
    assert writer.alias_reasons.get("Quillfeather") == "surname"
    # two Dorseys: the lone surname joins neither
    for e in entities:
        if "Dorsey" in e.name and " " in e.name:
            assert all(m.start != text.index("Dorsey left") for m in e.mentions)


def test_an_acronym_defined_after_its_long_form_is_no_person(nlp: Language) -> None:
    ents = entities_of(
        nlp,
        "Housing review\n\nThe Office of the Deputy Prime Minister (ODPM) said on Monday that "
        "councils must build more homes. The ODPM will publish its figures in June.\n",
    )
    typed = {m.text: e.type for e in ents for m in e.mentions}
    assert typed.get("ODPM") in (None, "organization")


def test_a_quoted_title_a_prison_and_an_editors_bracket_are_no_people(nlp: Language) -> None:
    ents = entities_of(
        nlp,
        "Debate night\n\nThe governor compared the race to “Hell Kitchen,” the cooking show. "
        "“[W]e will win,” Maria Lopez said.\n\nIn a statement, detainee 'C' in Oakhill Prison "
        'said: "I hope the court will act upon this decision." Nine judges heard the case.\n',
    )
    typed = {m.text: e.type for e in ents for m in e.mentions}
    assert typed.get("Hell Kitchen") != "person"
    assert typed.get("Oakhill Prison") != "person"
    assert not any("[" in t or "]" in t for t in typed)
    assert typed.get("Maria Lopez") == "person"


def test_an_unknown_plural_is_not_stated_as_a_place(nlp: Language) -> None:
    ents = entities_of(
        nlp,
        "Phone rules\n\nThe Speaker revealed some MPs had been using their Blackberries during "
        "debates. He said Blackberries were a distraction. Voters in Tredwick, Wales, agreed.\n",
    )
    typed = {m.text: e.type for e in ents for m in e.mentions}
    assert typed.get("Blackberries") != "place"


def test_a_description_opening_the_sentence_is_not_part_of_the_name(nlp: Language) -> None:
    ents = entities_of(
        nlp,
        "Court ruling\n\nThe case was heard by nine judges. Solicitor Laura Brennan, who "
        "represents six of the men, said the ruling was welcome.\n",
    )
    names = {m.text for e in ents if e.type == "person" for m in e.mentions}
    assert "Laura Brennan" in names
    assert not any(n.startswith("Solicitor") for n in names)


def test_a_peers_title_joins_the_peer_to_his_full_name(nlp: Language) -> None:
    ents = entities_of(
        nlp,
        "Lords debut\n\nBaron Hartley has made his debut in the House of Lords. Former Labour "
        "leader Tom Hartley took his seat on Monday. Hartley, 62, said he was proud.\n",
    )
    people = [e for e in ents if e.type == "person"]
    assert len(people) == 1
    assert people[0].name == "Tom Hartley"


def test_common_words_capitalised_only_by_position_are_no_names(nlp: Language) -> None:
    ents = entities_of(
        nlp,
        "How to cook millet\n\nMillet is a small grain. Rinse the millet in cold water.\n"
        "Cook the millet for twenty minutes.\nServe warm.\nSome cooks add salt. Anna Berg, a "
        "chef in Oslo, likes to cook millet with butter.\n",
    )
    typed = {m.text: e.type for e in ents for m in e.mentions}
    assert "Millet" not in typed
    assert "Cook" not in typed
    assert typed.get("Anna Berg") == "person"


def test_a_name_capitalised_inside_a_sentence_is_kept_at_sentence_starts(nlp: Language) -> None:
    ents = entities_of(
        nlp,
        "Turkey talks\n\nTurkey said on Monday it would host the talks. Officials in Turkey "
        "expect ten ministers. The hotel will serve roast turkey at the dinner.\n",
    )
    places = [m.text for e in ents if e.type == "place" for m in e.mentions]
    assert places.count("Turkey") >= 2


def test_a_hyphen_spaced_out_inside_a_name_keeps_the_name_whole(nlp: Language) -> None:
    ents = entities_of(
        nlp, "Retail sales\n\nShoppers spent more at Wal - Mart stores in March, analysts said.\n"
    )
    names = {m.text for e in ents for m in e.mentions}
    assert "Mart" not in names


def test_a_flight_names_its_airline(nlp: Language) -> None:
    ents = entities_of(
        nlp,
        "Crash inquiry\n\nInvestigators are still searching for the recorders of Air France "
        "Flight 447, which crashed in June. The airline said it would pay for the search.\n",
    )
    typed = {m.text: e.type for e in ents for m in e.mentions}
    assert typed.get("Air France") == "organization"


def test_buildings_and_roads_are_places(nlp: Language) -> None:
    ents = entities_of(
        nlp,
        "Visiting the old town\n\nMost visitors stay at the Taj Socotra Hotel near the harbour. "
        "Traffic on the Inner Ring Road is bad in summer, and the Hakim Mosque closes at noon.\n",
    )
    typed = {m.text: e.type for e in ents for m in e.mentions}
    for name in ("Taj Socotra Hotel", "Inner Ring Road", "Hakim Mosque"):
        assert typed.get(name) == "place", name


def test_a_league_opening_with_a_rank_word_is_no_person(nlp: Language) -> None:
    ents = entities_of(
        nlp,
        "Baseball\n\nHolt plays for the Boston Red Sox of Major League Baseball. He signed in "
        "2012 after a season in the minors.\n",
    )
    typed = {m.text: e.type for e in ents for m in e.mentions}
    assert "League Baseball" not in typed
    assert typed.get("Major League Baseball") == "organization"


def test_an_instruction_opening_a_step_is_no_name(nlp: Language) -> None:
    text = (
        "Growing herbs\n\nPlant the seeds.\nDrop one to two seeds into each container.\n"
        "Simmer the quinoa for about 15 minutes.\n4 Freeze the leaves.\nMaria Lind grows them "
        "in Uppsala.\n"
    )
    assert {"Drop", "Simmer"} <= {e.text for e in nlp(text).ents}  # the small model's guess
    names = {m.text for e in entities_of(nlp, text) for m in e.mentions}
    assert not {"Drop", "Simmer", "Freeze", "4 Freeze"} & names
    assert "Maria Lind" in names


def test_a_plural_name_after_the_is_a_band_not_dropped(nlp: Language) -> None:
    text = (
        "Label settles\n\nApple Corps ended its long dispute with a computer maker over the "
        'trademark. "We love the Beatles, and it has been painful being at odds with them," '
        "the computer maker said. The Germans and the Obamas were not involved; Barack Obama "
        "said nothing.\n"
    )
    typed = {m.text: e.type for e in entities_of(nlp, text) for m in e.mentions}
    assert typed.get("Beatles") == "organization"
    assert typed.get("Obamas") != "organization"
    assert typed.get("Germans") != "organization"


def test_a_program_named_after_its_kind_is_a_product(nlp: Language) -> None:
    text = (
        "New release\n\nUsers are buzzing about Tiger, the newest version of the operating "
        "system. It ships with the web browser Safari and the e-mail client Mail, the company "
        "said.\n"
    )
    typed = {m.text: e.type for e in entities_of(nlp, text) for m in e.mentions}
    for name in ("Tiger", "Safari"):
        assert typed.get(name) == "product", name  # spaCy: PERSON


def test_a_name_written_after_a_model_number_is_a_product_everywhere(nlp: Language) -> None:
    text = (
        "Boeing unveils new 787 Dreamliner\n\nAircraft maker Boeing unveiled its new 787 "
        "Dreamliner on Sunday. Aimed at routes between smaller cities, the Dreamliner is "
        "targeted at airlines that want range. There are 500 Boeing engineers on the project.\n"
    )
    typed = [(m.text, e.type) for e in entities_of(nlp, text) for m in e.mentions]
    assert ("Dreamliner", "person") not in typed
    assert ("Boeing", "organization") in typed


def test_a_publication_named_after_its_kind_and_an_aircraft_maker_are_organizations(
    nlp: Language,
) -> None:
    text = (
        "Delays\n\nThe plane drew attention this weekend, when German magazine Der Spiegel "
        "cited confidential documents. The plant was the original home of Douglas Aircraft.\n"
    )
    typed = {m.text: e.type for e in entities_of(nlp, text) for m in e.mentions}
    assert typed.get("Der Spiegel") == "organization"
    assert typed.get("Douglas Aircraft") == "organization"


def test_a_name_written_where_places_are_is_a_place(nlp: Language) -> None:
    text = (
        "Getting there\n\nThere are four hotels in Hadibo. A public bus runs from the airport "
        "to Hadibo twice a day, and most visitors stay in Hadibo for a week. The Lib Dems plan "
        "to oppose a clause in the Terrorism Bill.\n"
    )
    typed = {m.text: e.type for e in entities_of(nlp, text) for m in e.mentions}
    assert typed.get("Hadibo") == "place"
    assert typed.get("Terrorism Bill") != "place"


def test_an_organization_written_only_where_places_are_is_a_place(nlp: Language) -> None:
    text = (
        "Get in\n\nThe only way to travel to Korvex is by air. The plane is based in Korvex "
        "and flies to the mainland in the morning. Vessels can also call at Korvex. The bill "
        "was debated in the House.\n"
    )
    typed = {m.text: e.type for e in entities_of(nlp, text) for m in e.mentions}
    assert typed.get("Korvex") == "place"
    assert typed.get("House") != "place"  # a common word: "in the House", "in Shell"


def test_one_person_tag_on_a_word_tagged_a_place_more_often_makes_no_person(
    nlp: Language,
) -> None:
    text = (
        "History\n\nThe first inhabitants of Zentrix were fishermen. In 1950 Zentrix was made "
        "a separate municipality, and tourism is the main industry in Zentrix today.\n"
    )
    typed = {m.text: e.type for e in entities_of(nlp, text) for m in e.mentions}
    assert typed.get("Zentrix") == "place"


def test_capital_letter_labels_of_a_proof_are_no_names(nlp: Language) -> None:
    text = (
        "Proof\n\nLet PQ be a straight line cut at R. Let PR > RQ. Let the square ST be drawn "
        "on PQ such that ST = PR2 + RQ2. Then ST is rational and UV is medial.\n"
    )
    typed = {m.text: e.type for e in entities_of(nlp, text) for m in e.mentions}
    assert typed.get("ST") not in ("person", "organization", "place")
    news = "NATO leaders met in Brussels. The ECB kept rates at 2 percent.\n"
    typed = {m.text: e.type for e in entities_of(nlp, news) for m in e.mentions}
    assert typed.get("NATO") == "organization"


def test_initialisms_counted_as_common_nouns_are_terms(nlp: Language) -> None:
    text = (
        "Testing\n\nWe apply each operator to a SUT and compare the outputs. The SUT then runs "
        "again. Two LLMs wrote the tests, and the LLM was wrong twice. An FBI agent read them, "
        "and NATO said nothing.\n"
    )
    typed = {m.text: e.type for e in entities_of(nlp, text) for m in e.mentions}
    assert typed.get("SUT") not in ("person", "organization", "place")
    assert typed.get("LLM") not in ("person", "organization", "place")
    assert typed.get("FBI") == "organization"  # "an FBI agent": the initialism modifies a noun
    assert typed.get("NATO") == "organization"


def test_a_person_opening_with_a_lower_case_word_lends_no_surname_to_a_place(
    nlp: Language,
) -> None:
    text = (
        "Get in\n\nThe only way for visitors to travel to the Tarveys is by air. Air Tarveys "
        "fly five days per week, from either Leeds or York. The plane is based in the Tarveys "
        "and flies to the mainland in the morning.\n"
    )
    typed = {m.text: e.type for e in entities_of(nlp, text) for m in e.mentions}
    assert typed.get("Tarveys") == "place"


def test_names_of_peoples_and_their_languages_are_no_person_or_organization(
    nlp: Language,
) -> None:
    text = (
        "The island\n\nThe Varoki people lived here for centuries. Varoki carvings line the "
        "shore, and most Tembalans still speak a Kessu language. Kessu is taught in school, and "
        "Varoki families fish in the bay.\n"
    )
    typed = {m.text: e.type for e in entities_of(nlp, text) for m in e.mentions}
    assert typed.get("Varoki") == "group"
    assert typed.get("Kessu") not in ("person", "organization", "place")


def test_a_spaced_hyphen_in_a_double_given_name_or_after_al_keeps_the_name_whole(
    nlp: Language,
) -> None:
    text = "He met Jean - Louis Richard and Wajiha al - Sabunji in Paris .\n"
    names = {m.text for e in entities_of(nlp, text) if e.type == "person" for m in e.mentions}
    assert "Jean - Louis Richard" in names
    assert "Wajiha al - Sabunji" in names


def test_buildings_and_tunnels_are_places(nlp: Language) -> None:
    text = "The skyline includes the Marlow Building and the Kessing Tunnel, both built by Dawes.\n"
    typed = {m.text: e.type for e in entities_of(nlp, text) for m in e.mentions}
    assert typed.get("Marlow Building") == "place"
    assert typed.get("Kessing Tunnel") == "place"


def test_a_common_word_written_mostly_in_lower_case_is_no_organization(nlp: Language) -> None:
    text = (
        "Frames\n\nEach frame holds slots. In Frame, a frame is a record of slots, and every "
        "frame inherits slots from a parent frame. Apple makes phones.\n"
    )
    typed = {m.text: e.type for e in entities_of(nlp, text) for m in e.mentions}
    assert typed.get("Frame") not in ("person", "organization", "place")
    assert typed.get("Apple") == "organization"


def test_common_words_also_written_in_lower_case_are_no_organization(nlp: Language) -> None:
    text = (
        "Course plan\n\nWeek three covers Data Structures. We study data structures such as "
        "lists, and every data structures exercise is graded. Amazon Web Services hosts the "
        "site.\n"
    )
    typed = {m.text: e.type for e in entities_of(nlp, text) for m in e.mentions}
    assert typed.get("Data Structures") not in ("person", "organization", "place")
    assert typed.get("Amazon Web Services") == "organization"


def test_title_case_common_words_the_model_left_untagged_are_no_person(nlp: Language) -> None:
    text = (
        "Festivals\n\nThe city hosts the Festival of Angels, Early Music, Horse Racing and "
        "more. The festival was opened by Aner Shalev, a mathematician.\n"
    )
    typed = {m.text: e.type for e in entities_of(nlp, text) for m in e.mentions}
    assert "Horse Racing" not in typed


def test_english_words_come_from_the_models_lemma_index() -> None:
    from app.extract.entity_names import common_phrase, english_words

    assert {"horse", "racing", "right"} <= english_words()
    assert common_phrase(["Human", "Rights"])
    assert not common_phrase(["Aner", "Shalev"])


def test_a_place_word_inside_a_longer_name_is_no_place(nlp: Language) -> None:
    text = "Old films\n\nIt looks like the Invisible Man. The film was shot in Kazan.\n"
    names = {m.text for e in entities_of(nlp, text) for m in e.mentions}
    assert "Man" not in names


def test_a_place_name_that_sues_and_states_is_a_company(nlp: Language) -> None:
    text = (
        "Cisco sues Apple for iPhone trademark\n\nCisco states that it received the trademark "
        "in 2000. Cisco filed a lawsuit against Apple Inc. on Wednesday. Paris said nothing.\n"
    )
    typed = {m.text: e.type for e in entities_of(nlp, text) for m in e.mentions}
    assert typed.get("Cisco") == "organization"


def test_a_name_tagged_across_a_possessive_ends_at_its_possessor(nlp: Language) -> None:
    text = (
        "Reactions\n\nUsers are talking about the newest version of Apple Computer's Mac OS X. "
        "Apple Computer said sales were strong.\n"
    )
    names = {m.text for e in entities_of(nlp, text) for m in e.mentions}
    assert not any("'s" in n for n in names)
    assert "Apple Computer" in names


def test_a_dash_written_with_spaces_in_prose_still_ends_a_name(nlp: Language) -> None:
    text = (
        "History\n\nHe was the first black governor since Reconstruction - Virginia's "
        "delegation said so on Monday. The EB-5 Investment Coalition disagreed.\n"
    )
    typed = {m.text: e.type for e in entities_of(nlp, text) for m in e.mentions}
    assert "Reconstruction - Virginia" not in typed
    assert typed.get("EB-5 Investment Coalition") == "organization"


def test_a_name_written_before_island_is_a_place_everywhere(nlp: Language) -> None:
    text = (
        "Travel\n\nHowever, Socotra is a perfect destination for the adventurous. Socotra "
        "takes pride in its eco-tourism. Socotra Island is home to the dragon's blood tree.\n"
    )
    typed = [(m.text, e.type) for e in entities_of(nlp, text) for m in e.mentions]
    assert ("Socotra", "person") not in typed


def test_a_known_first_name_alone_inside_a_sentence_is_a_person(nlp: Language) -> None:
    text = (
        "Studio\n\nThe studio is basically me and Isabel, and I wanted to work with Isabel on "
        "more projects. Fans of Shaun of the Dead and readers in Aulis wrote in.\n"
    )
    typed = {m.text: e.type for e in entities_of(nlp, text) for m in e.mentions}
    assert typed.get("Isabel") == "person"
    assert typed.get("Shaun") != "person"


def test_a_platform_something_is_posted_on_is_no_person(nlp: Language) -> None:
    text = (
        "Council news\nA reporter spotted the mayor and reported her presence on Twitter. "
        "The mayor left soon after.\n"
    )
    found = {e.name: e.type for e in entities_of(nlp, text)}
    assert found.get("Twitter") != "person"


def test_names_listed_under_a_noun_of_organizations_are_organizations(nlp: Language) -> None:
    # The small model calls Marriott a place; "employers including" says what it is.
    raw = (
        "Bill dropped\n\nThe bill was dropped after a backlash from employers including "
        "Marriott and AT&T. In Ohio, firms such as Delta Air Lines opposed it.\n"
    )
    by_name = {e.name: e for e in entities_of(nlp, raw)}
    assert by_name["Marriott"].type == "organization"
    assert by_name["Ohio"].type == "place"  # a place outside the list stays one
    # The tokenizer leaves the sentence's full stop on "AT&T."; the name does not keep it.
    document = from_text(raw)
    doc = nlp(document.text)
    doc.ents = [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.text.startswith("AT&T")]
    assert [e.name for e in extract_entities(doc, document)] == ["AT&T"]
    # "rivals such as ..." may list people: no organizations made of them.
    raw = "Race tightens\n\nRivals such as Dana Whitcombe gained ground in Iowa on Monday.\n"
    assert {e.name: e.type for e in entities_of(nlp, raw)}["Dana Whitcombe"] == "person"


def test_an_office_name_glued_to_a_person_is_cut_off(nlp: Language) -> None:
    raw = "Memo released\n\nThe memo was sent by Chief of Staff Jeremy Holloway on Monday.\n"
    names = {e.name for e in entities_of(nlp, raw) if e.type == "person"}
    assert names == {"Jeremy Holloway"}


def test_her_in_a_relation_passes_over_a_man_named_nearer(nlp: Language) -> None:
    raw = (
        "Charity row\n\nMargaret Ellison's charity took money from the actor Tom Cosby, and "
        "her husband Bill thanked him in a letter.\n"
    )
    bill = _by_id(entities_of(nlp, raw))["person:bill"]
    assert [(r.title, r.of) for r in bill.roles] == [("husband", "person:margaret-ellison")]


def test_a_surname_of_two_words_joins_the_full_name_whatever_its_tag(nlp: Language) -> None:
    raw = (
        "Vote backed\n\nThe party's leader, Amélie Le Garrec, voiced support on Wednesday. "
        "Le Garrec is a candidate next year, and polls see Le Garrec in the run-off.\n"
    )
    document = from_text(raw)
    doc = nlp(document.text)
    spans = []
    for t in doc:
        if t.text == "Le" and doc[t.i + 1].text == "Garrec":
            whole = doc[t.i - 1].text == "Amélie"
            start = t.i - 1 if whole else t.i
            spans.append(Span(doc, start, t.i + 2, label="PERSON" if whole else "WORK_OF_ART"))
    doc.ents = spans
    by_id = _by_id(extract_entities(doc, document))
    assert by_id["person:amelie-le-garrec"].alias_reasons == {"Le Garrec": "surname"}
    assert len(by_id) == 1


def test_the_canonical_name_is_the_storys_form_not_the_capitals_of_a_headline(
    nlp: Language,
) -> None:
    raw = (
        "LEADERS TAKE ON DAVID HALLORAN POLICIES\n\nDavid Halloran was not at the summit, "
        "but the leaders rebutted Halloran on trade.\n"
    )
    document = from_text(raw)
    doc = nlp(document.text)
    doc.ents = [
        Span(doc, t.i, t.i + 2, label="PERSON") for t in doc if t.lower_ == "david"
    ] + [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc if t.text == "Halloran" and doc[
        t.i - 1].text != "David"]  # fmt: skip
    names = {e.id: e.name for e in extract_entities(doc, document)}
    assert names == {"person:david-halloran": "David Halloran"}


def test_a_middle_initial_and_a_surname_written_first_name_one_person(nlp: Language) -> None:
    raw = (
        "Poll shift\n\nPolls showed Walter Brennick leading on Monday. A shift came later "
        "in the week, with Walter P. Brennick losing six points. Talks were opened by Premier "
        "Xi Jinping, and Mr. Xi said the factories would close. Ms. Xu did not comment.\n"
    )
    by_id = _by_id(entities_of(nlp, raw))
    brennick = by_id["person:walter-p-brennick"]
    assert brennick.alias_reasons.get("Walter Brennick") == "middle initial"
    assert "person:walter-brennick" not in by_id
    assert by_id["person:xi-jinping"].alias_reasons == {"Xi": "surname"}
    assert "Xu" not in by_id["person:xi-jinping"].aliases


def test_names_listed_with_people_are_people_and_cities_listed_with_places_places(
    nlp: Language,
) -> None:
    raw = (
        "Awards night\n\nThe evening brought messages from influential women like Rihanna, "
        "Shonda Rhimes, Amandla Stenberg and Hillary Clinton. Visitors came from Paris, Lyon "
        "and Marseille.\n"
    )
    types = {e.name: e.type for e in entities_of(nlp, raw)}
    assert types["Rihanna"] == "person"
    assert types["Lyon"] == types["Marseille"] == types["Paris"] == "place"


def test_a_bracket_the_name_does_not_close_is_cut_off(nlp: Language) -> None:
    raw = (
        "FBI decision\n\nThe speaker blasted the Federal Bureau of Investigation (FBI) on "
        "Tuesday. The FBI did not comment.\n"
    )
    by_id = _by_id(entities_of(nlp, raw))
    bureau = by_id["organization:federal-bureau-of-investigation"]
    assert bureau.name == "Federal Bureau of Investigation"
    assert bureau.alias_reasons == {"FBI": "acronym"}


def test_a_quoted_title_case_headline_makes_no_second_person_of_a_surname(
    nlp: Language,
) -> None:
    raw = (
        "Speaker holds back\n\nThe speaker said he could not yet support Donald Trump. A "
        'website ran the story as "Speaker Paul Ryan Joins Growing List of Conservatives '
        'Rebuking Trump as He Captures GOP Nomination". Trump said he was surprised, and '
        "Trump left.\n"
    )
    by_id = _by_id(entities_of(nlp, raw))
    assert by_id["person:donald-trump"].alias_reasons.get("Trump") == "surname"
    assert not any("Rebuking" in e.name for e in by_id.values())


def test_a_surname_after_a_locative_is_the_person_not_a_small_town(nlp: Language) -> None:
    # "from Clinton" reads as the town of Clinton (a place after a locative); the article's
    # Hillary Clinton is meant. (A city of 100,000 or more stays the city: `_not_a_big_city`.)
    raw = (
        "Aide needs to get out of two relationships.\n\nLETTERS.\n\nHillary Clinton should "
        "cut ties with long time aide Mara Feldt, as she has become a major liability. It is "
        "obvious that Feldt learned a lot about poor judgment from Clinton. She married a "
        "loser like former U.S. Representative Anton Weisl.\n"
    )
    by_id = _by_id(entities_of(nlp, raw))
    assert by_id["person:hillary-clinton"].alias_reasons.get("Clinton") == "surname"
    assert "place:clinton" not in by_id


def test_spacys_law_misreadings_are_no_laws(nlp: Language) -> None:
    raw = (
        "Debate night\n\nTrump said he should not have called Rubio a lightweight. Within "
        'minutes, he called Rubio "Little Marco" again. The Affordable Care Act and the '
        "Freedom of Information Act were not discussed.\n"
    )
    laws = {e.name for e in entities_of(nlp, raw) if e.type == "law"}
    assert laws == {"Affordable Care Act", "Freedom of Information Act"}


def test_authors_cited_with_a_year_are_people(nlp: Language) -> None:
    text = (
        "Studies\n\nPlaying games trains memory (Boot, Kramer, Simons, Fabiani, & Gratton, "
        "2008; Prensky, 2005). As Ortega Blanco (2011) argues, the effect is small, and "
        "Hallam's (1998) model agrees (Dunlop et al., 2012). The film Titanic (1997) was long.\n"
    )
    typed = {m.text: e.type for e in entities_of(nlp, text) for m in e.mentions}
    for name in ("Boot", "Kramer", "Fabiani", "Gratton", "Prensky", "Ortega Blanco", "Hallam"):
        assert typed.get(name) == "person", name
    assert typed.get("Dunlop") == "person"
    assert typed.get("Titanic") != "person"


def test_a_cited_author_keeps_the_particle_of_the_name(nlp: Language) -> None:
    text = (
        "Fans\n\nMedia fans use the principles of De Certeau's (1984) everyday practice, as "
        "others argue (Smith and de Vries, 2010).\n"
    )
    typed = {m.text: e.type for e in entities_of(nlp, text) for m in e.mentions}
    assert typed.get("De Certeau") == "person"
    assert typed.get("de Vries") == "person"


def test_an_initialism_of_a_lower_case_term_is_no_organization(nlp: Language) -> None:
    text = (
        "Methods\n\nThe sensors measure sea surface temperature (SST) every hour. SST rises in "
        "summer, and the FBI and the Environmental Protection Agency (EPA) track the data.\n"
    )
    typed = {m.text: e.type for e in entities_of(nlp, text) for m in e.mentions}
    assert typed.get("SST") not in ("organization", "person", "place")
    assert typed.get("EPA") == "organization"


def test_a_name_listed_with_places_is_a_place(nlp: Language) -> None:
    text = (
        "Getting there\n\nThe metro area joins Phoenix with Tempe, Glendale, Peoria, Chandler, "
        "and Gilbert. Buses also run along the Broken Arrow Expressway to Carbet Falls.\n"
    )
    typed = {m.text: e.type for e in entities_of(nlp, text) for m in e.mentions}
    assert typed.get("Chandler") == "place"
    assert typed.get("Gilbert") == "place"
    assert typed.get("Broken Arrow Expressway") == "place"


def test_a_large_city_the_model_calls_a_person_is_a_place(nlp: Language) -> None:
    text = (
        "History\n\nBefore the war, Łódź was home to many weavers, and the mills of Łódź "
        "still stand. Kraków grew faster. Anna Dakar said the mills would reopen.\n"
    )
    typed = {m.text: e.type for e in entities_of(nlp, text) for m in e.mentions}
    assert typed.get("Łódź") == "place"
    assert typed.get("Anna Dakar") == "person"


def test_a_year_after_in_is_no_model_number(nlp: Language) -> None:
    text = (
        "Saints\n\nThe hermit Pachom lived in the desert for forty years. In 346 Pachom died, "
        "and his followers buried Pachom near the spring.\n"
    )
    typed = {m.text: e.type for e in entities_of(nlp, text) for m in e.mentions}
    assert typed.get("Pachom") != "product"


def test_a_decade_is_no_model_number(nlp: Language) -> None:
    text = (
        "Travel\n\nIn the 1920s Mérida enjoyed a boom, and Progressive Mérida built trams. "
        "Today Mérida is calm, and visitors to Mérida eat in the square.\n"
    )
    typed = [(m.text, e.type) for e in entities_of(nlp, text) for m in e.mentions]
    assert ("Mérida", "product") not in typed
    assert ("Mérida", "place") in typed


def test_a_product_that_speaks_or_thinks_is_a_person(nlp: Language) -> None:
    text = (
        "The debate\n\nSo reasoned Erasmus. Luther wrote a reply, and then Erasmus thought "
        "about it for a year.\n"
    )
    typed = {m.text: e.type for e in entities_of(nlp, text) for m in e.mentions}
    assert typed.get("Erasmus") == "person"


def test_names_of_languages_are_no_people_or_bodies(nlp: Language) -> None:
    text = (
        "Etymology\n\nThe word comes from Old Norse, through Latin and Proto-Germanic roots. "
        "Villagers speak the Kanjaru language, and Kanjaru has six vowels. Maria Lopes studied "
        "it.\n"
    )
    typed = {m.text: e.type for e in entities_of(nlp, text) for m in e.mentions}
    for name in ("Old Norse", "Latin", "Proto-Germanic", "Kanjaru"):
        assert typed.get(name) not in ("person", "organization", "place"), name
    assert typed.get("Maria Lopes") == "person"


def test_a_title_after_a_noun_of_a_work_is_a_work(nlp: Language) -> None:
    text = (
        "Career\n\nHe starred in the television series Gilmore Girls and the film Watchmen "
        "(2009), and in the drama Downton Abbey. Watchmen was a hit.\n"
    )
    typed = [(m.text, e.type) for e in entities_of(nlp, text) for m in e.mentions]
    assert ("Gilmore Girls", "work") in typed
    assert ("Watchmen", "work") in typed
    assert ("Downton Abbey", "place") not in typed


def test_a_language_family_before_a_noun_names_a_region(nlp: Language) -> None:
    text = (
        "Security\n\nThe alliance protects Poland and the Baltic countries, and its jets "
        "patrol the Baltic skies.\n"
    )
    typed = [(m.text, e.type) for e in entities_of(nlp, text) for m in e.mentions]
    assert ("Baltic", "other") not in typed


def test_a_law_name_cut_in_two_is_one_law(nlp: Language) -> None:
    text = (
        "Congress\n\nThe House passed the George Floyd Justice in Policing Act on Wednesday. "
        "Trump signed the Tax Cuts and Jobs Act. Officials in Texas disagreed.\n"
    )
    typed = {m.text: e.type for e in entities_of(nlp, text) for m in e.mentions}
    assert typed.get("George Floyd Justice in Policing Act") == "law"
    assert "George Floyd Justice" not in typed
    assert typed.get("Tax Cuts and Jobs Act") == "law"
    assert typed.get("Texas") == "place"


def test_a_name_written_with_a_number_is_no_person(nlp: Language) -> None:
    text = (
        "Health\n\nThe first case of COVID-19 was recorded in Auckland on Friday. Schools "
        "closed because of COVID, and the minister said tests would follow.\n"
    )
    typed = [(m.text, e.type) for e in entities_of(nlp, text) for m in e.mentions]
    assert not any(t == "person" and n.startswith("COVID") for n, t in typed)


def test_a_name_that_smiles_or_has_parents_is_a_person(nlp: Language) -> None:
    text = (
        "The playground\n\nI found Mordan at the gate. Mordan smiled and waved. Then again, "
        "Mordan's parents had not helped.\n"
    )
    typed = {m.text: e.type for e in entities_of(nlp, text) for m in e.mentions}
    assert typed.get("Mordan") == "person"


def test_a_headline_run_ending_in_the_storys_full_name_is_that_name(nlp: Language) -> None:
    raw = (
        "Carly Fiorina Endorses Ted Cruz: I Am Horrified.\n\nThe former governor threw "
        "support behind Sen. Ted Cruz (R-Texas) on Wednesday at a rally in Miami.\n"
    )
    by_id = _by_id(entities_of(nlp, raw))
    assert [m.text for m in by_id["person:ted-cruz"].mentions] == ["Ted Cruz", "Ted Cruz"]
    assert not any("Endorses" in e.name for e in by_id.values())


def test_a_titled_name_no_gazetteer_knows_is_a_person_not_a_place(nlp: Language) -> None:
    raw = (
        "Climate deal\n\nOn Monday, Jon Ki-soo, the secretary general of the United Nations, "
        "sat inside a hotel in Washington.\n"
    )
    document = from_text(raw)
    doc = nlp(document.text)
    start = next(t.i for t in doc if t.text == "Jon")
    doc.ents = [Span(doc, start, start + 4, label="GPE")]  # "Jon Ki - soo" read as a place
    types = {e.name: e.type for e in extract_entities(doc, document)}
    assert types["Jon Ki-soo"] == "person"


def test_a_title_or_stance_before_a_name_is_not_part_of_it(nlp: Language) -> None:
    raw = (
        "Online war\n\nAccounts run by pro-Islamic State groups posted videos. At the rally, "
        "Sandy Hook Elementary Principal Dawn Hochsprung was remembered. Moderator Bret Baier "
        "asked the first question.\n"
    )
    names = {e.name for e in entities_of(nlp, raw)}
    assert {"Islamic State", "Dawn Hochsprung", "Bret Baier"} <= names
    assert not any(n.startswith(("pro-", "Moderator", "Elementary")) for n in names)


def test_a_country_name_that_is_a_named_persons_surname(nlp: Language) -> None:
    # "Jordan said" after "Rep. Tom Jordan", in an article that speaks of no country Jordan
    hearing = {
        e.name: e
        for e in entities_of(
            nlp,
            'Hearing news\n\nRep. Tom Jordan (R-Ohio) questioned the director on Tuesday. "They '
            'got an immunity deal," Jordan said, and the panel voted to refer the case.\n',
        )
    }
    assert "Jordan" not in hearing
    assert [m.text for m in hearing["Tom Jordan"].mentions] == ["Tom Jordan", "Jordan"]
    # an article that names the country's capital keeps the country, whoever else it names
    border = {
        e.name: e
        for e in entities_of(
            nlp,
            "Border news\n\nRep. Tom Jordan visited Amman on Monday. Jordan will close its "
            "border with Syria, officials said.\n",
        )
    }
    assert border["Jordan"].type == "place"
    assert [m.text for m in border["Tom Jordan"].mentions] == ["Tom Jordan"]


def test_an_honorific_of_the_other_gender_keeps_a_surname_apart(nlp: Language) -> None:
    # the article names only the wife in full; "Mr. Lane" is her husband, not her
    found = {
        e.name: e
        for e in entities_of(
            nlp,
            "Rally news\n\nMr. Lane spoke in Ohio on Monday. The campaign will send Mr. Lane "
            "and his wife, Maria Lane, to Florida next week. Mrs. Lane will speak in Tampa.\n",
        )
        if e.type == "person"
    }
    assert [m.text for m in found["Lane"].mentions] == ["Lane", "Lane"]
    assert sorted(m.text for m in found["Maria Lane"].mentions) == ["Lane", "Maria Lane"]


def test_a_town_that_plays_in_a_sports_report_is_its_club(nlp: Language) -> None:
    raw = (
        "Rugby: Carrick eye the title\n\n"
        "The coach recalled a match in March when Ulster were playing Gloucester in the cup. "
        "The striker scored a goal. Dan Varley kicked well in his goalkicking for Sale. "
        "Tom Hart is on a season-long loan from Chelsea. Newcastle boss Jim Orr wants a striker. "
        "Wales beat England in the league, and the fans met in Cardiff.\n"
    )
    types = {e.name: e.type for e in entities_of(nlp, raw)}
    for club in ("Ulster", "Sale", "Chelsea", "Newcastle"):
        assert types.get(club) == "organization", club
    # nations field national sides; the town where the fans met stays a place
    assert types.get("Wales") == "place"
    assert types.get("England") == "place"
    assert types.get("Cardiff") == "place"


def test_a_place_before_a_persons_surname_is_the_given_name(nlp: Language) -> None:
    raw = (
        "A revival opens\n\n"
        "Mara Quist is replacing actor Ben Lowe in the Tennessee Williams play, which opens "
        "next month at a small theatre.\n"
    )
    ents = {e.name: e.type for e in entities_of(nlp, raw)}
    assert "Tennessee" not in ents
    assert ents.get("Tennessee Williams") == "person"


def test_a_place_modifying_an_adjacent_organization_is_part_of_it(nlp: Language) -> None:
    raw = (
        "Coalition warns candidates\n\n"
        "Many leaders share these fears, but the Central and East European Coalition, which "
        "represents millions of voters, said it would stay neutral.\n"
    )
    ents = {e.name: e.type for e in entities_of(nlp, raw)}
    assert "Central" not in ents
    assert ents.get("Central and East European Coalition") == "organization"


def test_a_ship_named_after_a_place_is_no_place(nlp: Language) -> None:
    # The model sometimes tags the place alone (set by hand here, as it gives it).
    raw = "Band plays on a warship\n\nThe band performed on HMS Belfast on Friday evening.\n"
    document = from_text(raw)
    doc = nlp(document.text)
    at = document.text.index("Belfast")
    place = doc.char_span(at, at + len("Belfast"), label="GPE")
    assert place is not None
    doc.ents = [e for e in doc.ents if e.end <= place.start - 1 or e.start >= place.end] + [place]
    ents = {e.name: e.type for e in extract_entities(doc, document)}
    assert "Belfast" not in ents
    assert ents.get("HMS Belfast") == "product"


def test_a_place_opening_an_x_of_the_y_name_is_no_place(nlp: Language) -> None:
    raw = (
        "Festival line-up\n\n"
        "Other bands at the festival include Queens of the Stone Age, The Lanterns and Keane, "
        "the organisers said.\n"
    )
    ents = {e.name: e.type for e in entities_of(nlp, raw)}
    assert "Queens" not in ents
    assert ents.get("Queens of the Stone Age") == "other"


def test_a_place_listed_with_people_only_is_a_person(nlp: Language) -> None:
    raw = (
        "Comic heroes\n\n"
        "The comic's heroes were Batman, Zara Quill and Tomas Reed, the publisher said.\n"
    )
    ents = {e.name: e.type for e in entities_of(nlp, raw)}
    assert ents.get("Batman") == "person"


def test_a_name_slashed_to_a_person_is_a_person(nlp: Language) -> None:
    raw = "Campaign apps\n\nSome apps raised the stakes during the Bush/Kerry contest.\n"
    ents = {e.name: e.type for e in entities_of(nlp, raw)}
    assert ents.get("Bush") == "person"


def test_a_town_a_team_wins_over_is_a_club_but_a_trophy_is_not(nlp: Language) -> None:
    raw = (
        "Rugby: Carrick eye the title\n\n"
        "The striker scored twice in last week's win over Leicester. Carrick still hope to win "
        "the Grand Slam this season, the coach said after the league match.\n"
    )
    types = {e.name: e.type for e in entities_of(nlp, raw)}
    assert types.get("Leicester") == "organization"
    assert types.get("Grand Slam") != "organization"


def test_a_town_listed_with_clubs_or_met_in_a_game_is_a_club(nlp: Language) -> None:
    raw = (
        "Rugby: Dragons frustrated\n\n"
        "The striker scored a goal in the league match. The Dragons missed their squad "
        "players in Friday's game with Ulster.\n"
    )
    types = {e.name: e.type for e in entities_of(nlp, raw)}
    assert types.get("Ulster") == "organization"


def test_a_town_listed_with_a_club_in_a_sports_report_is_a_club(nlp: Language) -> None:
    raw = (
        "Football: title race\n\n"
        "The striker scored a goal in the league match. Rovers hope to catch the top three of "
        "Leicester, Leeds United and Arsenal this season, but the fans stayed in London.\n"
    )
    types = {e.name: e.type for e in entities_of(nlp, raw)}
    assert types.get("Leicester") == "organization"
    assert types.get("London") == "place"


def test_a_town_name_ending_a_hyphenated_name_is_no_place(nlp: Language) -> None:
    raw = (
        "Comic legend wins case\n\n"
        "The writer won a slice of the profits from the hit Spider-Man movies, the court said.\n"
    )
    assert not any(e.type == "place" for e in entities_of(nlp, raw))


def test_a_place_a_place_possesses_is_in_its_country(nlp: Language) -> None:
    raw = (
        "A new play\n\n"
        "Mara Quist won rave reviews for her recent performance in London's West End, the "
        "critics said.\n"
    )
    places = {e.name: e for e in entities_of(nlp, raw) if e.type == "place"}
    assert places["West End"].attributes.get("country_code") == "GB"


def test_a_partys_letter_before_a_state_and_a_countrys_province(nlp: Language) -> None:
    raw = (
        "Senators write to the bank\n\n"
        "Senators Ana Ruiz (D-Ore.), Tom Vale (D-Ohio) and Ben Cole (D-N.J.) wrote to the bank. "
        "Floods hit Pakistan's Sindh on Monday, officials said.\n"
    )
    places = {e.name: e for e in entities_of(nlp, raw) if e.type == "place"}
    assert places["Ohio"].attributes.get("admin1") == "US-OH"
    assert places["Sindh"].attributes.get("admin1") == "PK-SD"


def test_a_name_ending_in_initials_is_no_persons_surname(nlp: Language) -> None:
    # "Junge SVP" reads like a given name and a surname; initials among words in ordinary
    # case are no one's surname, and the party's "SVP" is not its youth wing.
    entities = entities_of(
        nlp,
        "In 2013 the party's youth wing, Junge SVP, went a step further. Junge SVP "
        "launched a referendum in Bern. The SVP later swept the national elections, "
        "and the SVP launched another initiative in 2014.\n",
    )
    by_name = {e.name: e for e in entities}
    assert "Junge SVP" in by_name and by_name["Junge SVP"].type != "person"
    assert all(m.text == "Junge SVP" for m in by_name["Junge SVP"].mentions)
    assert "SVP" in by_name and by_name["SVP"].type == "organization"


def test_a_regnal_number_is_no_initials(nlp: Language) -> None:
    entities = entities_of(nlp, "Shah Abbas II rebuilt the palace. Abbas II died in 1666.\n")
    assert any(e.name.endswith("Abbas II") and e.type == "person" for e in entities)


@pytest.mark.parametrize(
    "defined",
    [
        "the Dutch Workers Union (NVV) met in Ghent",
        "the Dutch Workers Union, or NVV, met in Ghent",
    ],
)
def test_an_acronym_defined_after_a_name_is_its_alias(nlp: Language, defined: str) -> None:
    # The initials of the name in English ("DWU") do not matter: the article defines it.
    entities = entities_of(nlp, f"Farm news\n\nOn Monday {defined}. Later the NVV voted.\n")
    union = next(e for e in entities if e.name.endswith("Workers Union"))
    assert "NVV" in union.aliases and union.alias_reasons["NVV"] == "acronym"
    assert not any(e.name == "NVV" for e in entities)


@pytest.mark.parametrize("label", ["ORG", "GPE"])
def test_an_honorific_opening_a_tagged_name_makes_it_a_person(nlp: Language, label: str) -> None:
    # British style writes "Mr" without a full stop; the model's tag for the whole
    # "Mr Bradwell" (set here by hand, as it gives it in some sentences) yields to it
    raw = (
        "Care plans\n\n"
        "Care Minister Tom Bradwell said the paper was the antithesis of the nanny state. "
        "But Mr Bradwell said the plans could deliver savings in some areas.\n"
    )
    document = from_text(raw)
    doc = nlp(document.text)
    at = document.text.index("Mr Bradwell")
    tagged = doc.char_span(at, at + len("Mr Bradwell"), label=label)
    assert tagged is not None
    doc.ents = [e for e in doc.ents if e.end <= tagged.start or e.start >= tagged.end] + [tagged]
    entities = extract_entities(doc, document)
    assert [e.name for e in entities if e.type in ("organization", "place")] == []
    (tom,) = [e for e in entities if e.type == "person"]
    assert tom.name == "Tom Bradwell"
    assert "Bradwell" in [m.text for m in tom.mentions]


def test_letters_after_a_persons_name_are_an_office_not_an_organization(nlp: Language) -> None:
    raw = (
        "Lawyers warn\n\n"
        "The head of the Law Society, Ian Coldwell QC, warned there was a real risk. "
        "Critics included Dame Ruth Hollis QC, who said the bill was flawed. "
        "Ian McAllister QC quit on Monday, and Mr McAllister said he disagreed. "
        "Tory MP Ann Brill said she opposed the plans.\n"
    )
    entities = entities_of(nlp, raw)
    people = sorted(e.name for e in entities if e.type == "person")
    assert people == ["Ann Brill", "Ian Coldwell", "Ian McAllister", "Ruth Hollis"]
    assert not [e.name for e in entities if e.type == "organization" and "QC" in e.name]


def test_the_and_a_capitalised_plural_name_a_body_not_a_person(nlp: Language) -> None:
    # the model tags "The Lib Dems" a person (set here by hand, as it gives it): no person's
    # name takes "the" and ends in a plural
    raw = (
        "Bill vote\n\nThe Alba Dems have pledged to oppose the bill when it is debated next "
        "Monday. Ministers said they would press on.\n"
    )
    document = from_text(raw)
    doc = nlp(document.text)
    at = document.text.index("Alba Dems")
    tagged = doc.char_span(at, at + len("Alba Dems"), label="PERSON")
    assert tagged is not None
    doc.ents = [e for e in doc.ents if e.end <= tagged.start or e.start >= tagged.end] + [tagged]
    types = {e.name: e.type for e in extract_entities(doc, document)}
    assert types.get("Alba Dems") == "organization", types
    # the body's own singular, tagged a person too ("Alba Dem spokesman"), is no family
    raw = raw.replace("Ministers said", "Alba Dem leader Ann Roe said")
    document = from_text(raw)
    doc = nlp(document.text)
    at = document.text.index("Alba Dems")
    single = document.text.index("Alba Dem ")
    tagged = [
        doc.char_span(at, at + len("Alba Dems"), label="PERSON"),
        doc.char_span(single, single + len("Alba Dem"), label="PERSON"),
    ]
    assert all(t is not None for t in tagged)
    doc.ents = [
        e for e in doc.ents if not any(e.start < t.end and t.start < e.end for t in tagged)
    ] + tagged
    types = {e.name: e.type for e in extract_entities(doc, document)}
    assert types.get("Alba Dems") == "organization", types


def test_a_uk_nations_adjective_counts_toward_the_nation_the_article_names(nlp: Language) -> None:
    # "English" beside "England": the nation's, not a United Kingdom the article never names
    raw = (
        "Clinic drops plan\n\nAn English clinic has dropped a plan to turn away patients from "
        "over the border. The gap between waiting targets in England and in Wales caused the "
        "row, managers said.\n"
    )
    entities = entities_of(nlp, raw)
    by_name = {e.name: e for e in entities}
    assert "United Kingdom" not in by_name, sorted(by_name)
    england = by_name["England"]
    assert len(england.mentions) == 2
    assert england.attributes.get("country_code") == "GB"


def test_names_listed_after_a_noun_of_places_are_places(nlp: Language) -> None:
    # "towns and cities including ...": whatever the model makes of one of them, each is a town
    raw = (
        "Nurses walk out across the north\n\nThousands of nurses walked out on Tuesday in a row "
        "over pay.\n\nPickets stood outside hospitals in towns and cities including Leeds, Bangor, "
        "Aberystwyth and Wrexham. Union leaders said more strikes would follow.\n"
    )
    types = {e.name: e.type for e in entities_of(nlp, raw)}
    for town in ("Leeds", "Bangor", "Aberystwyth", "Wrexham"):
        assert types.get(town) == "place", types


def test_a_preposition_opening_the_sentence_is_no_part_of_the_name(nlp: Language) -> None:
    # the model tags "Across Cumbria" a person (set here by hand, as it gives such spans)
    raw = (
        "Teachers strike over pay\n\nTeachers walked out on Monday in a dispute over pay.\n\n"
        "Across Cumbria, the mood at the picket lines was calm. Teachers said they would "
        "return on Tuesday.\n"
    )
    document = from_text(raw)
    doc = nlp(document.text)
    at = document.text.index("Across Cumbria")
    tagged = doc.char_span(at, at + len("Across Cumbria"), label="PERSON")
    assert tagged is not None
    doc.ents = [e for e in doc.ents if e.end <= tagged.start or e.start >= tagged.end] + [tagged]
    names = {e.name: e.type for e in extract_entities(doc, document)}
    assert "Across Cumbria" not in names, names
    assert names.get("Cumbria") == "place", names


def test_a_surname_goes_to_the_bearer_named_throughout_not_one_named_once(nlp: Language) -> None:
    # "Maria Okafor" named twice in full and "Okafor" throughout; her brother named once
    raw = (
        "Okafor wins council seat\n\nMaria Okafor won the council seat in Dunmore on Tuesday. "
        "Okafor said she would fight for the town's library. Her brother, Samuel Okafor, ran "
        "her campaign. Maria Okafor thanked the voters. Okafor will take office in May, and "
        "Okafor said the library comes first.\n"
    )
    people = {e.name: e for e in entities_of(nlp, raw) if e.type == "person"}
    assert "Okafor" not in people, sorted(people)
    maria = people["Maria Okafor"]
    assert len(maria.mentions) == 6, maria.mentions  # the headline's "Okafor" too
    assert "Samuel Okafor" in people


def test_two_names_sharing_an_organizations_head_across_and_are_one(nlp: Language) -> None:
    # the model splits at the "and": "Public" + "Postal Workers Union"
    raw = (
        "Postal strike\n\nThe strike was called by the Public and Postal Workers Union on "
        "Monday. The House and Senate will debate pay next week.\n"
    )
    names = {e.name: e.type for e in entities_of(nlp, raw)}
    assert names.get("Public and Postal Workers Union") == "organization", names
    assert "Public" not in names, names
    assert "House and Senate" not in names, names


def test_a_word_after_and_ending_an_of_name_is_part_of_it(nlp: Language) -> None:
    # "Islands" tagged a place of its own (set here by hand, as the model gives it)
    raw = (
        "Storm study\n\nResearchers from the University of the Moors and Islands said storms "
        "would grow more frequent.\n"
    )
    document = from_text(raw)
    doc = nlp(document.text)
    at = document.text.index("University of the Moors")
    first = doc.char_span(at, at + len("University of the Moors"), label="ORG")
    at = document.text.index("Islands")
    second = doc.char_span(at, at + len("Islands"), label="LOC")
    assert first is not None and second is not None
    doc.ents = [e for e in doc.ents if e.end <= first.start or e.start >= second.end] + [
        first,
        second,
    ]
    names = {e.name: e.type for e in extract_entities(doc, document)}
    assert names.get("University of the Moors and Islands") == "organization", names


def test_a_rank_before_a_name_and_a_plural_title_before_a_list_are_no_names(
    nlp: Language,
) -> None:
    raw = (
        'Base review\n\nThe review was ordered on Monday. "We are ready," said Pentagon '
        "spokesman Navy Capt. Tom Rivers, who declined to give details. Air Force Col. Ann "
        "Beale said the same. Lords Hartley, Penrose and Whitcombe sat on the panel.\n"
    )
    document = from_text(raw)
    doc = nlp(document.text)
    at = document.text.index("Whitcombe")
    tagged = doc.char_span(at, at + len("Whitcombe"), label="ORG")  # as the model may give it
    assert tagged is not None
    doc.ents = [e for e in doc.ents if e.end <= tagged.start or e.start >= tagged.end] + [tagged]
    names = {e.name: e.type for e in extract_entities(doc, document)}
    for fragment in ("Navy Capt", "Air Force Col", "Lords Hartley"):
        assert fragment not in names, names
    assert names.get("Navy") == "organization", names
    assert names.get("Tom Rivers") == "person", names
    for lord in ("Hartley", "Penrose", "Whitcombe"):
        assert names.get(lord) == "person", names


def test_a_name_split_by_the_model_is_whole_where_its_acronym_is_written(nlp: Language) -> None:
    # "UK" + "Farmers Party" as the model splits it; "UKFP" says it is one party's name
    raw = (
        "Party split\n\nTwo members quit the UK Farmers Party on Monday. UKFP leader Ann Bly "
        "said the party would carry on, and UKFP officials met in Dunmore.\n"
    )
    by_name = {e.name: e for e in entities_of(nlp, raw)}
    party = by_name.get("UK Farmers Party")
    assert party is not None and party.type == "organization", sorted(by_name)
    assert "UKFP" in party.aliases
    assert "Farmers Party" not in by_name and "UKFP" not in by_name


def test_an_acronym_takes_every_letter_of_a_word_in_capitals() -> None:
    from app.extract import names

    assert names.stands_for("UKIP", "UK Independence Party")
    assert names.stands_for("UIP", "UK Independence Party")


def test_a_direction_the_model_tags_alone_takes_the_regions_next_word(nlp: Language) -> None:
    # the model tags "East" alone in "East Marches MEP" (set here by hand, as it gives it)
    raw = (
        "MEP quits\n\nFormer radio host and East Marches MEP Ann Bly said on Monday that she "
        "would stand down at the next election.\n"
    )
    document = from_text(raw)
    doc = nlp(document.text)
    at = document.text.index("East Marches")
    tagged = doc.char_span(at, at + len("East"), label="LOC")
    person = doc.char_span(document.text.index("Ann Bly"), document.text.index(" said"), "PERSON")
    assert tagged is not None and person is not None
    doc.ents = [e for e in doc.ents if e.label_ == "DATE"] + [tagged, person]
    names = {e.name: e.type for e in extract_entities(doc, document)}
    assert "East" not in names, names
    assert names.get("East Marches") == "place", names


def test_an_acronym_written_in_title_case_is_the_long_forms_alias(nlp: Language) -> None:
    # British style: "Sfra" for "the Scottish Fisheries Regulation Authority"
    raw = (
        "Quota warning\n\nThe Scottish Fisheries Regulation Authority has warned ministers "
        "that cod stocks are falling. Sfra said quotas must be cut next year, and Sfra "
        "officials will meet fishermen in Peterhead.\n"
    )
    by_name = {e.name: e for e in entities_of(nlp, raw)}
    body = by_name.get("Scottish Fisheries Regulation Authority")
    assert body is not None and "Sfra" in body.aliases, sorted(by_name)
    assert "Sfra" not in by_name


def test_a_title_and_a_given_name_before_a_tagged_surname_make_a_person(nlp: Language) -> None:
    # the model tags only the surname, as an organization (set here by hand, as it gives it
    # for "Cardinal Cormac Murphy-O'Connor")
    raw = (
        "Church leader speaks\n\n"
        "Money spent on war should go to the poor, Bishop Dermot Fenwick-Hart said on Sunday.\n"
    )
    document = from_text(raw)
    doc = nlp(document.text)
    at = document.text.index("Fenwick-Hart")
    tagged = doc.char_span(at, at + len("Fenwick-Hart"), label="ORG")
    assert tagged is not None
    doc.ents = [e for e in doc.ents if e.end <= tagged.start or e.start >= tagged.end] + [tagged]
    types = {e.name: e.type for e in extract_entities(doc, document)}
    assert types.get("Dermot Fenwick-Hart") == "person", types


def test_a_doctor_s_honorific_after_an_office_takes_no_affiliation(nlp: Language) -> None:
    raw = (
        "Peace appeal\n\n"
        "The Bishop of Ambridge Dr Alan Sowerby appealed for more time. "
        "Dr Sowerby has since criticised the government over its case for war.\n"
    )
    people = {e.name: e for e in entities_of(nlp, raw) if e.type == "person"}
    roles = people["Alan Sowerby"].roles
    assert all(r.affiliation is None for r in roles if r.title == "dr"), roles
    assert len([r for r in roles if r.title == "dr"]) <= 1, roles


def test_a_knighthood_is_no_role(nlp: Language) -> None:
    text = (
        "Inquiry chair speaks\n\n"
        "Green MP Sir Alan Fenwick, who chairs the transport committee, said the report was "
        "late. Dame Rose Okafor said she agreed.\n"
    )
    by_id = _by_id(entities_of(nlp, text))
    for person in ("person:alan-fenwick", "person:rose-okafor"):
        assert person in by_id, sorted(by_id)
        assert not {r.title for r in by_id[person].roles} & {"sir", "dame"}, by_id[person].roles


def test_a_name_written_before_an_honorific_is_the_persons_party(nlp: Language) -> None:
    # "Lib Dem Sir Alan Fenwick": a person's name is never followed by another person's
    # honorific; the words before it are an affiliation (a party), not a person
    text = (
        "Minister under fire\n\nBoth Labour and Lib Dem leaders attacked the plan. Lib Dem Sir "
        "Alan Fenwick, who chairs the committee, said it was late. Lib Dem Dr Rose Okafor "
        "agreed.\n"
    )
    entities = entities_of(nlp, text)
    people = {e.name for e in entities if e.type == "person"}
    assert {"Alan Fenwick", "Rose Okafor"} <= people
    assert not any("Lib Dem" in name for name in people), people
    # a person named before a full stop and the next sentence's honorific stays a person
    text = "Vote delayed\n\nThe bill was backed by Ann Holloway. Mr Keane voted against it.\n"
    people = {e.name for e in entities_of(nlp, text) if e.type == "person"}
    assert "Ann Holloway" in people


def test_a_body_after_a_quoted_word_is_no_work(nlp: Language) -> None:
    text = (
        'Agency head stays\n\nThe head of the "failing" Water Standards Agency is still in '
        "post. The WSA said its chief would stay until a successor was found.\n"
    )
    by_name = {e.name: e for e in entities_of(nlp, text)}
    assert by_name["Water Standards Agency"].type == "organization", by_name


def test_a_given_name_in_the_headline_is_the_story_persons(nlp: Language) -> None:
    text = (
        "Nigel backs mayor on parking\n\nThe council should not apologise, Tory MP Nigel "
        "Fenwick-Hale has insisted. Mr Fenwick-Hale added that the delay had cost money.\n"
    )
    by_id = _by_id(entities_of(nlp, text))
    nigel = by_id["person:nigel-fenwick-hale"]
    assert any(m.start == 0 for m in nigel.mentions), nigel.mentions
    # two people of that given name: the headline's is neither
    text = text.replace("cost money", "cost money, his brother Nigel Fenwick said")
    people = [e for e in entities_of(nlp, text) if e.type == "person"]
    assert not any(m.start == 0 and e.name != "Nigel" for e in people for m in e.mentions)


def test_a_party_the_model_tags_a_singular_after_the_is_a_body(nlp: Language) -> None:
    for text in (
        "Budget row\n\nLabour and the Tories have clashed over tax.\n\nThe Lib Dems accused "
        "Mr Brown of ducking the issue of council tax rises.\n",
        "Tax row\n\nThe Lib Dems accused Mr Brown of ducking the issue. For the Lib Dems, Vince "
        "Cable said the chancellor had failed.\n",
    ):
        assert not [e for e in entities_of(nlp, text) if e.type == "person" and "Dems" in e.name]
    # a person's name after "the" before a noun is that person's
    text = "Museum opens\n\nThe Charles Dickens museum opened on Monday.\n"
    people = {e.name for e in entities_of(nlp, text) if e.type == "person"}
    assert "Charles Dickens" in people


def test_a_name_with_a_middle_initial_is_a_person(nlp: Language) -> None:
    text = (
        'Readers react\n\n"Black voters have done their part already," Vann R. Newkirk II, a '
        "writer for a monthly magazine, said on Friday.\n"
    )
    by_name = {e.name: e for e in entities_of(nlp, text)}
    assert by_name["Vann R. Newkirk II"].type == "person", by_name


def test_the_writers_pronouns_outweigh_the_first_name_list(nlp: Language) -> None:
    # "Lee" is a man's name in the lists; the article says she is a woman
    text = (
        "Court study\n\nLee Harrowgate, a law professor, said her study of the court was "
        "finished. Ms. Harrowgate said the judges had changed.\n"
    )
    people = [e for e in entities_of(nlp, text) if e.type == "person"]
    assert len(people) == 1, people
    # without the pronouns the honorific still keeps another bearer apart ("Mr. Obama" beside
    # "Michelle Obama")
    text = (
        "Court study\n\nMichelle Harrowgate, a law professor, said the study was finished. "
        "Mr. Harrowgate said the judges had changed.\n"
    )
    people = [e for e in entities_of(nlp, text) if e.type == "person"]
    assert len(people) == 2, people


def test_a_name_after_a_noun_of_a_product_is_a_product(nlp: Language) -> None:
    text = (
        "Shares fall\n\nShares in Arlen plunged on Monday as the firm suspended sales of new "
        "asthma drug Zelmora after a patient's death. Zelmora had been approved in June.\n"
    )
    by_name = {e.name: e for e in entities_of(nlp, text)}
    assert by_name["Zelmora"].type == "product", by_name


def test_a_person_of_a_nation_is_no_name(nlp: Language) -> None:
    text = (
        "Arrests made\n\nTwenty people, including a Briton, have been arrested. A Frenchman was "
        "also held.\n"
    )
    entities = entities_of(nlp, text)
    assert not [e for e in entities if e.type in ("person", "organization")], entities
    countries = {e.attributes.get("country_code") for e in entities if e.type == "place"}
    assert {"GB", "FR"} <= countries


def test_an_honorific_and_a_surname_ending_in_s_name_the_person(nlp: Language) -> None:
    text = (
        "Fraud ring broken\n\nThe head of the unit, Detective Chief Superintendent Mick Deats, "
        "said the arrests mattered. Mr Deats warned people to be careful. Chief Supt Deats "
        "agreed.\n"
    )
    people = [e for e in entities_of(nlp, text) if e.type == "person"]
    # "Supt" is a title, no name of its own ("Supt Deats" was a second person)
    assert [p.name for p in people] == ["Mick Deats"], people
    assert len(people[0].mentions) >= 2


def test_an_aka_inside_a_list_takes_one_name(nlp: Language) -> None:
    text = (
        "Game review\n\nThe game is set in three cities: Port Lumen, San Ferro, aka San Diego "
        "and Las Pietras, a copy of Las Vegas.\n"
    )
    by_name = {e.name: e for e in entities_of(nlp, text)}
    merged = [e for e in by_name.values() if "Las Pietras" in e.aliases or e.name == "Las Pietras"]
    assert all("San Diego" not in e.aliases and e.name != "San Diego" for e in merged), by_name


def test_what_is_owned_in_shares_is_a_body(nlp: Language) -> None:
    text = (
        "Shares fall on drug news\n\nShares in Arlen and Corvex Bio plunged on Monday as the "
        "firms suspended sales of a new drug. US partner Corvex Bio shed 43%. Corvex Bio said it "
        "would review the data.\n"
    )
    by_name = {e.name: e for e in entities_of(nlp, text)}
    assert by_name["Corvex Bio"].type == "organization", by_name
    assert by_name["Arlen"].type == "organization", by_name
