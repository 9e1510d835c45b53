"""Timeline rules of branch tl23 (issue 16): a headline's "set to" and a "who" after a
placing adjective. Invented texts; each test fails without the rule it names."""

from __future__ import annotations

from app.extract.document import from_text
from app.extract.model import TimelineEvent
from app.extract.pipeline import extract


def _entries(text: str) -> dict[str, TimelineEvent]:
    brief = extract(from_text("News of the day\n\n" + text + "\n"))
    return {e.trigger.text: e for e in brief.timeline}


def test_a_headline_set_to_do_something_is_still_to_come() -> None:
    got = _entries("Congress set to dump the farm bill.")
    assert "set" not in got or got["set"].modality != "fact"


def test_setting_a_date_stays_a_deed() -> None:
    got = _entries("The mayor set the date for the vote.")
    assert got["set"].modality == "fact"


def test_who_after_a_placing_adjective_is_not_given_to_the_nearest_noun() -> None:
    got = _entries(
        "The mayor's budget worried many residents, said a Democrat familiar with the "
        "council's plans, who requested anonymity to discuss the talks."
    )
    entry = got.get("requested")
    assert entry is None or "plans requested" not in entry.description


def test_a_joined_verb_with_its_own_by_phrase_is_not_done_by_the_shared_subject() -> None:
    got = _entries(
        "The judge, who was nominated by Governor Ann Wells and confirmed by the state Senate "
        "in 2019, resigned on Friday. Singer Jane Holt was jeered and booed off the stage by "
        "angry fans after calling them rude."
    )
    assert got["confirmed"].agent == "organization:senate"
    assert got["booed off"].agent != "person:jane-holt"


def test_a_relative_after_a_dashed_aside_is_not_the_deed_of_a_noun_inside_it() -> None:
    got = _entries(
        "The station turned her notes into a podcast — a weekly show about a local strike — "
        "which gave listeners a look inside the union hall."
    )
    entry = got.get("gave")
    assert entry is None or "strike gave" not in entry.description


def test_a_relative_between_dashes_still_tells_of_the_name_before() -> None:
    got = _entries("Tom Hale — who moved to Ohio in 2010 — has opened a bakery.")
    assert got["moved"].agent == "person:tom-hale"


def test_an_element_of_a_plan_is_doing_something_is_no_deed() -> None:
    got = _entries(
        "Another key element of the reform is cutting fees for small shops. The council's plan "
        "is gaining support among farmers. Part of the crowd was throwing stones."
    )
    assert "cutting" not in got
    assert got["gaining"].modality == "fact"
