"""Timeline entries written whole: a noun's content clause kept with it (branch tl10, issue 16).

Invented texts; each test fails without the rule it names.
"""

from __future__ import annotations

from app.extract.document import from_text
from app.extract.model import TimelineEvent
from app.extract.pipeline import extract


def _entries(text: str) -> dict[str, TimelineEvent]:
    brief = extract(from_text("News of the day\n\n" + text + "\n"))
    return {e.trigger.text: e for e in brief.timeline}


def test_a_subject_noun_keeps_its_infinitive() -> None:
    got = _entries(
        "The failure to find the stolen paintings had damaged faith in the museum board. "
        "The plan to build a dam was approved by the council."
    )
    assert got["damaged"].description == (
        "The failure to find the stolen paintings had damaged faith in the museum board"
    )
    assert got["approved"].description == "The plan to build a dam was approved by the council"


def test_an_object_noun_keeps_its_that_clause() -> None:
    got = _entries("Mayor Ann Roe criticised the fact that the council met in secret.")
    assert got["criticised"].description == (
        "Ann Roe criticised the fact that the council met in secret"
    )


def test_a_relative_that_is_no_content_clause() -> None:
    got = _entries("The report that the auditor wrote was published on Monday.")
    assert got["published"].description == "The report was published on Monday"


def test_a_passive_gerund_after_a_preposition_is_no_entry_of_its_own() -> None:
    got = _entries("The row over the fares resulted in her licence being revoked.")
    assert (
        got["resulted"].description
        == "The row over the fares resulted in her licence being revoked"
    )
    assert "revoked" not in got


def test_a_verb_of_asking_keeps_what_was_asked_for() -> None:
    got = _entries(
        "The bishop appealed to all parties for calm in the days before the count. "
        "The mayor pleaded with the strikers on Monday for an end to the blockade."
    )
    assert got["appealed"].description == "The bishop appealed to all parties for calm"
    assert "pleaded" not in got


def test_a_that_clause_written_alone_is_no_entry() -> None:
    got = _entries(
        "Ann Roe runs a think tank known for a variety of conspiracy theories, such as that "
        "members of the Rotary Club have infiltrated the city council."
    )
    assert "infiltrated" not in got
