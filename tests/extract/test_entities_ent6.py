"""ent6: entities that read right (issue #14), on articles written for these tests."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entities_of, owner


def test_an_honorific_picks_the_one_bearer_of_a_shared_surname(nlp: Language) -> None:
    text = (
        "Harbour plan splits the town\n\n"
        "Margaret Holloway, the mayor, met her brother Robert Holloway on Monday. "
        "Robert Holloway runs the ferry company. Margaret Holloway wants a new quay. "
        "Mrs. Holloway said the quay would bring visitors. Mr. Holloway said the ferries "
        "were already full.\n"
    )
    ents = entities_of(nlp, text)
    assert owner(ents, "Holloway").name  # both bare mentions are found
    mrs = next(e for e in ents if e.name == "Margaret Holloway")
    mr = next(e for e in ents if e.name == "Robert Holloway")
    assert "Holloway" in {m.text for m in mrs.mentions}
    assert "Holloway" in {m.text for m in mr.mentions}
    assert not [e for e in ents if e.name == "Holloway"]


def test_the_writers_pronouns_pick_the_bearer_of_a_bare_shared_surname(nlp: Language) -> None:
    text = (
        "Two Pembertons on the ballot\n\n"
        "Linda Pemberton is running for the state senate. Her husband, Gregory Pemberton, "
        "served two terms as governor. Gregory Pemberton now teaches law. "
        "Pemberton opened her campaign office on Tuesday. "
        "Voters in the valley know Linda Pemberton well. "
        "Pemberton told the crowd about her plans for the schools. "
        "Pemberton leads in the polls.\n"
    )
    ents = entities_of(nlp, text)
    linda = next(e for e in ents if e.name == "Linda Pemberton")
    bare = [m for m in linda.mentions if m.text == "Pemberton"]
    assert len(bare) == 3
    assert not [e for e in ents if e.name == "Pemberton"]


def test_names_given_as_also_known_as_are_aliases(nlp: Language) -> None:
    text = (
        "Coalition widens campaign\n\n"
        "The ministers met to discuss the Northern Liberation Front, also known as NLF, "
        "Nolifro and the Front. The NLF has held the river valley since March, and Nolifro "
        "fighters crossed the border last week, the ministers said.\n"
    )
    ents = entities_of(nlp, text)
    front = owner(ents, "Northern Liberation Front")
    assert {"NLF", "Nolifro"} <= {m.text for m in front.mentions}
    assert front.type == "organization"
    assert front.alias_reasons.get("Nolifro") == "also known as"


def test_a_verb_called_gives_no_alias(nlp: Language) -> None:
    text = (
        "Senators trade insults\n\n"
        "Senator Dana Whitcombe called Senator Paul Ferraro a coward on Tuesday. "
        "Ferraro said Whitcombe was afraid of the vote.\n"
    )
    ents = entities_of(nlp, text)
    assert owner(ents, "Dana Whitcombe") is not owner(ents, "Paul Ferraro")


def test_a_body_named_x_on_y_and_z_is_one_name(nlp: Language) -> None:
    text = (
        "Inquiry into training\n\n"
        "The Select Committee on Transport and Skills held a substantial inquiry into training "
        "last year. It found that firms spend too little.\n"
    )
    names = {e.name: e.type for e in entities_of(nlp, text)}
    assert names.get("Select Committee on Transport and Skills") == "organization"
    assert "Skills" not in names


def test_two_bodies_joined_by_and_stay_two(nlp: Language) -> None:
    text = (
        "Contract signed\n\n"
        "The Ministry of Defence and Boeing signed the contract on Monday, officials said.\n"
    )
    names = {e.name for e in entities_of(nlp, text)}
    assert "Boeing" in names


def test_an_adverb_opening_a_quote_is_no_name(nlp: Language) -> None:
    for text in (
        "Fines debated\n\nLord Hamley said the fine was too small. "
        '"Symbolically, a bigger fine might be right."\n',
        "Tax debated\n\nSenator Bright spoke on Monday. "
        '"Realistically, a higher tax, perhaps as the bill passes through the two chambers, '
        'might be appropriate."\n',
    ):
        names = {e.name for e in entities_of(nlp, text)}
        assert not names & {"Symbolically", "Realistically"}, names


def test_a_bare_surname_stays_apart_when_two_bearers_may_share_its_gender(
    nlp: Language,
) -> None:
    # "Zebulor" is on no first-name list: he may be a man as well as Ron
    text = (
        "Brothers split over mill\n\n"
        "Ron Tillery and his brother Zebulor Tillery own the old mill. "
        "Zebulor Tillery wants to sell it. Ron Tillery wants to keep it. "
        "Mr. Tillery said the price was too low.\n"
    )
    ents = entities_of(nlp, text)
    ron = next(e for e in ents if e.name == "Ron Tillery")
    assert "Tillery" not in {m.text for m in ron.mentions}


def test_a_bodys_singular_and_its_words_cut_short_name_that_body(nlp: Language) -> None:
    short = (
        "Progressives set out tax plan\n\n"
        "The Liberal Progressives have published their plan. Lib Prog election preparations "
        "began in March. The Liberal Progressives say the plan adds up.\n"
    )
    ents = entities_of(nlp, short)
    assert "Lib Prog" not in {e.name for e in ents if e.type == "person"}
    body = owner(ents, "Liberal Progressives")
    assert "Lib Prog" in {m.text for m in body.mentions}


def test_a_bodys_singular_names_that_body(nlp: Language) -> None:
    text = (
        "Caucus plans\n\n"
        "The Lib Progs have published their tax plan. Lib Prog election preparations began in "
        "March. The Lib Progs say the plan adds up.\n"
    )
    ents = entities_of(nlp, text)
    body = owner(ents, "Lib Progs")
    assert body.type == "organization"
    assert "Lib Prog" in {m.text for m in body.mentions}


def test_a_paper_named_for_its_place_goes_by_the_rest_of_its_name(nlp: Language) -> None:
    text = (
        "Judge orders files released\n\n"
        "A judge ordered the release of the files after a request by The Denver Courier. "
        "The Courier argued that the public had a right to see them, and the Courier "
        "published them on Friday.\n"
    )
    ents = entities_of(nlp, text)
    paper = owner(ents, "Denver Courier")
    assert len([m for m in paper.mentions if m.text == "Courier"]) == 2
