"""Timeline entries a reader can take whole (branch tl18, issue 16): a bare nominal event that
says which happening, where or when, but not who did it or whom it befell, is no entry; a
"risen to become ..." is written with what it came to; the "that" clause of a noun for what
someone holds or says ("the allegations that ...") is not glued to that noun as its object; a
word a hyphen at a line's end broke in two is never written as two words.

Invented texts; each test fails without the rule it names (guards, marked, pass before too).
"""

from __future__ import annotations

from app.extract.document import from_text
from app.extract.model import TimelineEvent
from app.extract.pipeline import extract


def _entries(text: str) -> dict[str, TimelineEvent]:
    raw = "---\npublished: 2023-05-10\n---\nCouncil news\n\n" + text + "\n"
    return {e.trigger.text: e for e in extract(from_text(raw)).timeline}


def test_a_bare_uprising_with_a_time_phrase_is_no_entry() -> None:
    got = _entries(
        "Ms. Dorrance began teaching in Leeds after the popular uprising in the spring of 2009 "
        "that became known as the Tulip Revolt."
    )
    assert "uprising" not in got
    assert "teaching" in got


def test_a_trip_to_a_place_with_its_year_is_no_entry() -> None:
    got = _entries("Staff still talk about the 2019 trip to Portugal.")
    assert "trip" not in got


def test_a_debate_named_by_day_and_party_is_no_entry() -> None:
    got = _entries("The mayor talked about Tuesday's Republican debate on the radio.")
    assert "debate" not in got
    assert "talked" in got


def test_the_mergers_of_the_year_are_no_entry() -> None:
    got = _entries("The firm advised on the four largest mergers of the year.")
    assert "mergers" not in got
    assert "advised" in got


def test_a_death_of_a_named_person_stays() -> None:  # guard
    got = _entries("The mayor gave a speech after the 2019 shooting death of Tavrik Olem.")
    assert got["death"].date == "2019"


def test_a_campaign_in_someone_s_name_stays() -> None:  # guard
    got = _entries("The mayor gave a speech after Ms. Dorrance's 2018 campaign.")
    assert got["campaign"].date == "2018"


def test_a_rise_to_become_is_written_with_what_it_came_to() -> None:
    got = _entries("Ms. Dorrance had risen to become the bank's head of lending.")
    assert got["risen"].description == "Dorrance had risen to become the bank's head of lending"


def test_a_rise_to_become_too_long_to_write_is_no_entry() -> None:
    got = _entries(
        "Ms. Dorrance had risen to become the head of lending for the whole of the northern "
        "region of the bank."
    )
    assert "risen" not in got


def test_a_move_to_become_keeps_its_place() -> None:  # guard
    got = _entries("Ms. Dorrance moved to Leeds to become a painter.")
    assert got["moved"].description == "Dorrance moved to Leeds to become a painter"


def test_an_allegation_s_that_clause_is_not_glued_to_its_noun() -> None:
    got = _entries(
        "The allegations that the minister lied to parliament have hurt the party in the polls."
    )
    assert "lied" not in got or "allegations" not in got["lied"].description


def test_a_rumour_s_that_clause_is_not_glued_to_its_noun() -> None:
    got = _entries("The rumour that the mayor resigned spread quickly.")
    assert "resigned" not in got or "rumour" not in got["resigned"].description


def test_a_word_broken_by_a_hyphen_at_a_line_end_is_not_written() -> None:
    got = _entries("The mayor fled. The scan-\ndal broke in May and the council met.")
    assert all("dal" not in e.description.split() for e in got.values())
    assert "met" in got


def test_a_word_broken_by_a_hyphen_and_a_space_is_not_written() -> None:
    got = _entries("Ms. Dorrance stood up, and the judge inter- rupted her. Then the judge left.")
    assert all("rupted" not in e.description.split() for e in got.values())
    assert "left" in got


def test_a_suspended_hyphen_stays() -> None:  # guard
    got = _entries("The pre- and post-war governments cut taxes in May.")
    assert got["cut"].description == "The pre- and post-war governments cut taxes"


def test_as_she_put_it_is_no_entry() -> None:
    got = _entries("As Ms. Dorrance put it on Monday, the council has run out of money.")
    assert "put" not in got
    assert "run" in got


def test_putting_it_on_a_table_stays() -> None:  # guard
    got = _entries("Ms. Dorrance put it on the table on Monday.")
    assert "put" in got
