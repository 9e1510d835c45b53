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
