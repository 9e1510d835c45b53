"""Whole phrases and article notes: typographic contractions read as such, an editor's note
left out, titles joined before one name kept whole, a range "from X to Y" and a span of time
after a particle written in, a relative clause whose preposition lost its object left out.

Invented texts; each test fails without the rule it names (branch tl30, issue 16).
"""

from __future__ import annotations

from app.extract.document import from_text
from app.extract.model import TimelineEvent
from app.extract.pipeline import extract


def _entries(text: str) -> dict[str, TimelineEvent]:
    brief = extract(from_text("News of the day\n\n" + text + "\n"))
    return {e.trigger.text: e for e in brief.timeline}


def _descriptions(text: str) -> list[str]:
    return [e.description for e in extract(from_text("News of the day\n\n" + text + "\n")).timeline]


def test_typographic_contraction_is_no_subject() -> None:
    got = _descriptions("The plan could\u2019ve been handled differently, the aide said on Monday.")
    assert not any(d.startswith("\u2019ve") for d in got)
    assert any(d.startswith("The plan could have been handled") for d in got) or not got


def test_editors_note_is_no_event() -> None:
    got = _descriptions(
        "The council passed the budget on Monday. This story has been updated with comments "
        "from the mayor's office. An earlier version of this article misstated the vote."
    )
    assert got and not any("this story" in d.lower() or "updated" in d for d in got)
    assert not any("misstated" in d for d in got)


def test_bare_title_joined_before_a_name_stays_whole() -> None:
    got = _entries(
        "Veteran organizer and former Ohio senator Mark Ellison joined the mayor for the rally "
        "on Monday."
    )
    joined = got.get("joined")
    assert joined is None or joined.description.startswith(
        "Veteran organizer and former Ohio senator Mark Ellison"
    )


def test_range_from_to_written_whole() -> None:
    got = _entries("The number of staff went from 120 in April to 300 in June.")
    went = got.get("went")
    assert went is None or went.description.endswith("from 120 in April to 300 in June")


def test_time_after_a_particle_written_in() -> None:
    got = _entries("The firm says its revenue has tripled over the last five years.")
    tripled = next((e for k, e in got.items() if k.startswith("tripled")), None)
    assert tripled is None or tripled.description.endswith("over the last five years")


def test_relative_preposition_without_its_object_left_out() -> None:
    got = _descriptions(
        "Every one of the budget plans I have looked at closely has more spending, Ellison "
        "said. The reporters she spoke with yesterday wrote the story."
    )
    assert not any("looked the" in d or "spoke the" in d for d in got)
