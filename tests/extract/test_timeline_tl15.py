"""Timeline entries a reader can place: events only named on the way, idioms cut before their
phrase (branch tl15, issue 16).

Invented texts; each test fails without the rule it names.
"""

from __future__ import annotations

from app.extract.document import from_text
from app.extract.model import TimelineEvent
from app.extract.pipeline import extract


def _entries(text: str) -> dict[str, TimelineEvent]:
    raw = "---\npublished: 2023-05-10\n---\nCouncil news\n\n" + text + "\n"
    return {e.trigger.text: e for e in extract(from_text(raw)).timeline}


def test_a_happening_named_by_its_month_is_no_entry() -> None:
    got = _entries("Many residents still talk about the March election, a local group said.")
    assert "election" not in got


def test_a_happening_named_by_its_day_is_no_entry() -> None:
    got = _entries("The mayor spoke at length about Saturday's debate, which drew a large crowd.")
    assert "debate" not in got
    assert "spoke" in got


def test_a_happening_named_by_its_year_is_no_entry() -> None:
    got = _entries(
        "The two candidates clashed again before the 2022 campaign ended, and voters took note "
        "of the 2022 campaign."
    )
    assert "campaign" not in got
    assert "clashed" in got


def test_a_happening_still_to_come_stays() -> None:
    got = _entries("Residents are worried about the 2024 election, a local group said.")
    assert "election" in got


def test_a_happening_with_a_name_in_it_stays() -> None:
    got = _entries("Residents still talk about the 2012 Leeds flood, a local group said.")
    assert "flood" in got


def test_an_idiom_cut_before_its_phrase_is_no_entry() -> None:
    got = _entries(
        "On Monday, Ann Roe took aim at remarks by her rival that the town might need to sell "
        "its park."
    )
    assert "took" not in got


def test_took_issue_cut_before_with_whom_is_no_entry() -> None:
    got = _entries(
        "Ann Roe took issue with the plan that the council had drawn up in a hurry last winter "
        "before the vote."
    )
    assert "took" not in got
    assert "drawn up" in got


def test_took_part_with_its_phrase_stays() -> None:
    got = _entries("Ann Roe took part in the march against the new road.")
    assert "took" in got


def test_an_unplaced_he_is_no_entry() -> None:
    got = _entries(
        "Tom Hart and Bill Reed met the mayor on Monday. A farmer told the mayor that he drove "
        "from Leeds to ask about the new road."
    )
    assert "drove" not in got
    assert "met" in got


def test_a_placed_he_stays_with_its_name() -> None:
    got = _entries("Tom Hart met the mayor on Monday. Later he drove to Leeds to see the bishop.")
    assert got["drove"].agent == "person:tom-hart"


def test_a_negated_subjunctive_is_asked_for_not_denied() -> None:
    got = _entries("The council ignored the mayor's demand that the bridge not be closed.")
    assert (got["closed"].reported_modality or got["closed"].modality) == "hypothetical"


def test_a_bare_be_after_a_modal_shares_it() -> None:
    got = _entries(
        '"The old bridge must be repaired at once and a new inspector be appointed," Ann Roe said.'
    )
    assert (got["appointed"].reported_modality or got["appointed"].modality) == "hypothetical"


def test_a_plain_negation_joined_to_another_stays_negated() -> None:
    got = _entries("The council did not close the bridge, and the road was not opened.")
    assert got["opened"].modality == "negated"
