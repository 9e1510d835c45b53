"""A profile told in the past: habits are facts, and times counted from the story's own time
are not read against the publication date (invented sentences of shapes that went wrong in a
read-through of held-out political news, issue #16)."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from app.extract.model import TimelineEvent
from tests.extract.conftest import timeline

PUBLISHED = date(2016, 1, 20)


def by_trigger(events: list[TimelineEvent]) -> dict[str, TimelineEvent]:
    return {e.trigger.text: e for e in events}


def shown(event: TimelineEvent) -> str:
    return event.reported_modality or event.modality


def test_a_would_of_habit_is_a_fact(nlp: Language) -> None:
    stay = by_trigger(
        timeline(nlp, "Many nights, her aides said, she would stay at the office.", PUBLISHED)
    )["stay"]
    assert shown(stay) == "fact"
    leave = by_trigger(
        timeline(nlp, "Whenever the board met in Denver, he would leave early.", PUBLISHED)
    )["leave"]
    assert leave.modality == "fact"
    # a condition still makes it a supposition
    cond = by_trigger(timeline(nlp, "He would leave early if the board met in Denver.", PUBLISHED))
    assert cond["leave"].modality == "hypothetical"


def test_a_contracted_had_is_no_would(nlp: Language) -> None:
    events = by_trigger(
        timeline(nlp, "When she'd come to a decision, she'd made up her mind.", PUBLISHED)
    )
    assert events["made up"].modality == "fact"
    assert events["come"].modality == "fact"


def test_a_time_counted_from_the_story_is_not_dated_from_now(nlp: Language) -> None:
    events = by_trigger(
        timeline(
            nlp,
            "In 1999 she joined the company. She had moved a year earlier from her role at Lucent.",
            PUBLISHED,
        )
    )
    assert events["moved"].date is None
    assert events["joined"].date == "1999"


def test_a_month_of_a_story_told_in_another_year_gets_no_date(nlp: Language) -> None:
    text = "The merger was agreed in 2001. In August, she flew to New York to tell the board."
    assert by_trigger(timeline(nlp, text, PUBLISHED))["flew"].date is None
    alone = "In August, she flew to New York to tell the board."
    assert by_trigger(timeline(nlp, alone, PUBLISHED))["flew"].date == "2015-08"


def test_a_time_of_day_alone_dates_nothing(nlp: Language) -> None:
    events = by_trigger(
        timeline(nlp, "The team flew overnight on a corporate jet to Houston.", PUBLISHED)
    )
    assert events["flew"].date is None


def test_a_recurring_time_makes_a_reported_would_a_habit(nlp: Language) -> None:
    stay = by_trigger(
        timeline(nlp, "Her aides said that many nights she would stay at the office.", PUBLISHED)
    )["stay"]
    assert shown(stay) == "fact"
