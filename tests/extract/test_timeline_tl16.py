"""Timeline entries true to the text: how seldom a thing happened, what was done "rather than"
another, subjects the parse took from the wrong noun (branch tl16, issue 16).

Invented texts; each test fails without the rule it names (guards, marked, pass before too).
"""

from __future__ import annotations

from app.extract.document import from_text
from app.extract.model import TimelineEvent
from app.extract.pipeline import extract


def _entries(text: str) -> dict[str, TimelineEvent]:
    raw = "---\npublished: 2023-05-10\n---\nCouncil news\n\n" + text + "\n"
    return {e.trigger.text: e for e in extract(from_text(raw)).timeline}


def test_a_rule_rarely_used_keeps_rarely() -> None:
    got = _entries(
        "The senators turned to a procedural option which was rarely used in the chamber."
    )
    assert "used" in got
    assert "rarely used" in got["used"].description


def test_seldom_stays_in_the_description() -> None:
    got = _entries("The minister seldom visited the northern provinces during his term.")
    assert "visited" in got
    assert "seldom visited" in got["visited"].description


def test_what_was_done_rather_than_another_is_no_fact() -> None:
    got = _entries("The party attacked its rivals rather than offered voters any solutions.")
    assert "attacked" in got
    assert "offered" not in got


def test_two_deeds_joined_by_and_both_stay() -> None:  # guard
    got = _entries("The board praised the staff and offered voters a refund in March.")
    assert "praised" in got


def test_a_subject_cut_at_its_infinitive_is_no_entry() -> None:
    got = _entries(
        "Court orders to allow parental access were defied by the fathers in many cases."
    )
    assert all("parental access were" not in e.description for e in got.values())


def test_a_verb_inside_a_dash_aside_is_not_the_subjects() -> None:
    got = _entries(
        "The draft law would allow certain offences that should be punished - such as cruelty "
        "caused to a horse - to go unpunished, campaigners warned."
    )
    assert all("offences caused" not in e.description for e in got.values())


def test_a_set_off_apposition_keeps_its_verb() -> None:  # guard
    got = _entries("The mayor - a Democrat - resigned on Monday.")
    assert "resigned" in got
    assert got["resigned"].description == "The mayor resigned on Monday"


def test_who_after_a_speaking_aides_name_is_no_entry() -> None:
    got = _entries(
        '"We will win," said a longtime aide to Mr Delacroix, who declined to be identified.'
    )
    assert "declined" not in got


def test_who_after_the_name_in_an_apposition_is_no_entry() -> None:
    got = _entries(
        "Bo Wendt, press secretary to Governor Tom Delacroix, who attended the event, called it "
        "a success."
    )
    assert "attended" not in got


def test_who_right_after_a_person_stays() -> None:  # guard
    got = _entries("Tom Delacroix, who attended the dinner, left early on Friday.")
    assert "attended" in got


def test_a_dated_rally_is_the_setting_of_the_promise() -> None:
    got = _entries("At a Tuesday rally in Dayton, Ann Velloso promised to cut property taxes.")
    assert "rally" not in got
    assert got["promised"].date == "2023-05-09"


def test_a_meeting_dated_by_its_phrase_dates_the_rebuff() -> None:
    got = _entries("The committee rebuffed the offer at a closed meeting on Monday.")
    assert "meeting" not in got
    assert got["rebuffed"].date == "2023-05-08"


def test_a_setting_of_a_clause_not_shown_stays() -> None:  # guard
    got = _entries("Ann Velloso spoke at length about the 2019 floods in Dayton.")
    assert "spoke" in got


def test_a_setting_stays_when_its_clause_has_no_entry() -> None:  # guard
    got = _entries(
        "Pat Quist, the mother of Tom Quist, who died in the 2012 Dayton fire, spoke on Friday."
    )
    assert "fire" in got


def test_a_few_named_people_keep_their_article() -> None:
    got = _entries("A few Democrats have begun to speak out.")
    assert got["speak out"].description.startswith("A few Democrats")


def test_a_past_verb_joined_to_a_denied_be_is_told() -> None:
    got = _entries("The council wasn't happy about the audit - and sent the auditors back.")
    assert got["sent"].modality == "fact"
    assert "n't" not in got["sent"].description


def test_a_participle_joined_to_a_denied_passive_stays_denied() -> None:  # guard
    got = _entries("The mayor was not arrested and charged.")
    assert got["arrested"].modality == "negated"
