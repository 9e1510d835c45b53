"""Timeline entries true to the text: reported speech that goes on without a tag, pronouns a
clause's own words rule out, a "they" that is not the sayer (branch tl17, issue 16).

Invented texts; each test fails without the rule it names (guards, marked, pass before too).
"""

from __future__ import annotations

from app.extract.document import from_text
from app.extract.model import TimelineEvent
from app.extract.pipeline import extract


def _entries(text: str) -> dict[str, TimelineEvent]:
    raw = "---\npublished: 2023-05-10\n---\nCouncil news\n\n" + text + "\n"
    return {e.trigger.text: e for e in extract(from_text(raw)).timeline}


def test_a_report_going_on_in_the_past_perfect_is_reported() -> None:
    got = _entries(
        "Mr Dorrance said the ministers had not built the promised bridges. The government had "
        "failed on road safety because it had ignored the inspectors."
    )
    assert "failed" in got
    assert got["failed"].modality == "reported"


def test_a_report_going_on_with_had_to_is_reported() -> None:
    got = _entries(
        "The harbour master believed most traders wanted the new quay. But the tides and the "
        "cost of dredging had to be studied first."
    )
    assert "studied" in got
    assert got["studied"].modality == "reported"


def test_a_past_perfect_after_a_deed_stays_a_fact() -> None:  # guard
    got = _entries(
        "The inspector Vela Dorrance returned to Leeds on Monday. She had finished the audit "
        "of the port in April."
    )
    assert "finished" in got
    assert got["finished"].modality == "fact"


def test_a_plain_past_after_a_report_stays_a_fact() -> None:  # guard
    got = _entries("The mayor said the council had sold the land. The council met again on Friday.")
    assert "met" in got
    assert got["met"].modality == "fact"


def test_he_is_not_the_person_named_in_his_own_clause() -> None:
    got = _entries(
        "Paul Hamsik won the vote. After suggesting on Wednesday that he regretted lobbing "
        "insults at Mr. Hamsik last month, Mr. Varno only occasionally disagreed with him."
    )
    assert "regretted" not in got or "Hamsik regretted" not in got["regretted"].description


def test_she_of_a_when_clause_after_her_is_not_the_subject() -> None:
    got = _entries(
        "Tavrik Solenne led the port board from 1985 to 1991. Yarisbel Oduya challenged her "
        "when she ran for a second term in 1986."
    )
    assert "ran" not in got or "Oduya ran" not in got["ran"].description


def test_they_of_a_group_named_first_is_not_the_police() -> None:
    got = _entries(
        "Four men were arrested near Dover on Saturday. The men have been released on bail but "
        "police say they may face prosecution under the new law."
    )
    assert "face" not in got or "police" not in got["face"].description.lower()


def test_they_of_the_police_alone_stays_the_police() -> None:  # guard
    got = _entries("Police in Dover said on Monday that they had found the stolen van.")
    assert "found" in got
    assert "Police" in got["found"].description


def test_what_is_judged_unlikely_is_uncertain() -> None:
    got = _entries("It's unlikely that the mayor's plan for the harbour will go anywhere.")
    assert "go" not in got or got["go"].modality == "uncertain"


def test_what_is_judged_unlikely_without_that_is_uncertain() -> None:
    got = _entries(
        "It\u2019s unlikely Vela\u2019s nomination to the harbour board will go anywhere."
    )
    assert "go" not in got or got["go"].modality == "uncertain"


def test_what_no_evidence_suggests_is_no_fact() -> None:
    got = _entries("Investigators have no evidence to suggest that the clerk opened the safe.")
    assert "opened" not in got


def test_what_evidence_shows_stays_a_fact() -> None:  # guard
    got = _entries("Investigators found evidence that the clerk opened the safe in March.")
    assert "opened" in got
    assert got["opened"].modality != "uncertain"


def test_what_comes_before_he_went_on_is_reported() -> None:
    got = _entries(
        "The council had failed on road safety because it had ignored the inspectors, he went on."
    )
    assert "failed" in got
    assert got["failed"].modality == "reported"


def test_a_year_inside_an_apposition_does_not_date_the_verb() -> None:
    got = _entries("Tom Hale, the party's nominee in 2008, issued a statement on the harbour vote.")
    assert "issued" in got
    assert got["issued"].date != "2008"


def test_a_year_of_the_verb_after_an_apposition_dates_it() -> None:  # guard
    got = _entries("Tom Hale, the party's nominee, issued a statement on the harbour vote in 2019.")
    assert "issued" in got
    assert got["issued"].date == "2019"


def test_the_time_of_a_did_standing_for_the_verb_is_not_its_time() -> None:
    got = _entries(
        "Tom Hale spoke on the harbour plan. None of his rivals attacked the plan, as they did "
        "in a debate last week."
    )
    assert "attacked" in got
    assert got["attacked"].date is None
