"""Timeline entries from fresh train reads (branch tl22, issue 16): two titles joined before
one name are one person ("Lawyer and fundraiser Ella Brandt"); the present progressive with a
weekday tells an arranged event still ahead ("is hosting a dinner on Friday"); a clock time
with no day does not date an event to the publication day ("heard the alarm about 9:42 p.m.");
a participle graded by a degree adverb is a state, not a happening ("best suited to").

Invented texts; each test fails without the rule it names (guards, marked, pass before too).
"""

from __future__ import annotations

from app.extract.document import from_text
from app.extract.model import TimelineEvent
from app.extract.pipeline import extract


def _entries(text: str) -> dict[str, TimelineEvent]:
    # published on a Wednesday
    raw = "---\npublished: 2023-05-10\n---\nCouncil news\n\n" + text + "\n"
    return {e.trigger.text: e for e in extract(from_text(raw)).timeline}


def test_two_titles_before_one_name_stay_whole() -> None:
    got = _entries("Lawyer and fundraiser Ella Brandt is hosting a dinner in Leeds.")
    assert got["hosting"].description.startswith("Lawyer and fundraiser Ella Brandt")


def test_two_titled_names_are_two_subjects() -> None:  # guard
    got = _entries("Mayor Ann Lowe and Councillor Tom Hale criticized the vote.")
    assert got["criticized"].description.startswith("Ann Lowe and Tom Hale")


def test_present_progressive_with_weekday_lies_ahead() -> None:
    got = _entries("The council is voting on the budget on Friday.")
    assert str(got["voting"].date) == "2023-05-12"
    assert got["voting"].modality == "future"


def test_past_with_weekday_lies_behind() -> None:  # guard
    got = _entries("The council voted on the budget on Monday.")
    assert str(got["voted"].date) == "2023-05-08"
    assert got["voted"].modality == "fact"


def test_clock_time_alone_gives_no_day() -> None:
    got = _entries(
        "The fire at the depot in 2019 destroyed the archive. The guard said he first smelled "
        "smoke about 9:42 p.m. and called the fire brigade."
    )
    assert got["smelled"].date is None


def test_clock_time_with_weekday_dates() -> None:  # guard
    got = _entries("The council met at 3 p.m. Tuesday to approve the budget.")
    assert str(got["met"].date) == "2023-05-09"


def test_graded_participle_is_no_happening() -> None:
    got = _entries("The mayor praised Ann Lowe as the builder best suited to repair the bridge.")
    assert "suited" not in got


def test_passive_with_manner_adverb_stays() -> None:  # guard
    got = _entries("The plan was well received by the council on Monday.")
    assert "received" in got


def test_gerund_a_plan_is_counted_from_is_no_fact() -> None:
    got = _entries(
        "The reforms would all take effect within two years of the Liberals winning a "
        "majority, Mr Lowe told the paper."
    )
    assert got["winning"].reported_modality == "future"


def test_past_deed_counted_from_stays() -> None:  # guard
    got = _entries(
        "The reforms took effect within two years of the Liberals winning a majority, "
        "Mr Lowe told the paper."
    )
    assert got["took"].reported_modality == "fact"


def test_relative_on_a_name_the_parse_hangs_on_another_name() -> None:
    got = _entries(
        "Although there was no formal complaint against Ruiz, Lowe said she already knew two "
        "men later named in the fires at city depots: Carl Denton, who was charged with "
        "plotting the fires, and Paul Ashby, a former clerk at the harbor office."
    )
    assert got["charged"].description.startswith("Carl Denton was charged")


def test_relative_on_the_first_of_two_names_tells_of_it_alone() -> None:
    got = _entries(
        "Although there was no specific threat information against Ruiz, Bob said he was "
        "already familiar with two men later implicated in the fires at city depots: Karim Abu "
        "Nasser, who was charged with plotting the fires and has been brought to Leeds to stand "
        "trial, and Tariq bin Salem, a former clerk at the harbor office who remains in Spain."
    )
    assert got["charged"].description.startswith("Karim Abu Nasser was charged")
    assert got["brought"].description.startswith("Karim Abu Nasser has been brought")


def test_joined_names_before_a_verb_stay_both() -> None:  # guard
    got = _entries("Carl Denton and Paul Ashby, who were charged with arson, left the city.")
    assert got["left"].description.startswith("Carl Denton and Paul Ashby left")
