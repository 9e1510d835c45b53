"""Timeline entries written whole or left out: fragments (branch tl13, issue 16).

Invented texts; each test fails without the rule it names.
"""

from __future__ import annotations

from app.extract.document import from_text
from app.extract.model import TimelineEvent
from app.extract.pipeline import extract


def _entries(text: str) -> dict[str, TimelineEvent]:
    brief = extract(from_text("News of the day\n\n" + text + "\n"))
    return {e.trigger.text: e for e in brief.timeline}


def test_a_reflexive_object_keeps_the_phrase_after_it() -> None:
    got = _entries(
        "In 2004, the former governor Tom Hale distanced himself from then-mayor Ann Roe. "
        "Mayor Ann Roe has aligned herself closely with the unions."
    )
    assert got["distanced"].description == "Tom Hale distanced himself from then-mayor Ann Roe"
    assert got["aligned"].description == "Ann Roe has aligned herself closely with the unions"


def test_a_reflexive_object_whose_phrase_is_too_long_is_no_entry() -> None:
    got = _entries(
        "Senator Tom Reed distanced himself from the long list of unpopular measures passed "
        "by the state assembly last year."
    )
    assert "distanced" not in got


def test_a_clause_cut_after_its_subject_is_left_out() -> None:
    got = _entries("Ann Roe is running to be a county judge when the council meets next Friday.")
    assert got["running"].description == "Ann Roe is running to be a county judge"
    got = _entries(
        "Tom Hale is running to be a statewide delegate when the party meets next Wednesday "
        "to pick its slate."
    )
    assert got["running"].description == "Tom Hale is running to be a statewide delegate"


def test_a_means_under_a_participle_takes_the_tense_of_the_verb_above() -> None:
    got = _entries(
        "Tom Reed is also keeping his voters fired up by making what many critics view as "
        "false promises."
    )
    assert got["making"].description == (
        "Tom Reed is making what many critics view as false promises"
    )


def test_a_means_whose_doer_no_entity_covers_is_written_with_it() -> None:
    got = _entries("Sanders is also keeping his supporters riled up by making bold promises.")
    assert got["making"].description == "Sanders is making bold promises"


def test_a_means_with_no_tense_to_take_is_no_entry() -> None:
    got = _entries(
        "The hope of making history by electing the first female mayor apparently carries "
        "less weight with young voters."
    )
    assert "electing" not in got


def test_a_participle_describing_its_noun_is_told_as_a_passive() -> None:
    got = _entries(
        "Police said the fourth person shot on Friday was a teenager. "
        "The mayor needs to win back suburban voters turned off by his rhetoric."
    )
    assert got["shot"].description == "the fourth person was shot on Friday"
    assert got["turned off"].description == "suburban voters were turned off by his rhetoric"
    got = _entries("Prices jumped up by five percent. Sales picked up by March.")
    assert got["jumped up"].description == "Prices jumped up by five percent"
    assert got["picked up"].description == "Sales picked up by March"


def test_a_relative_of_a_way_or_reason_is_no_entry() -> None:
    got = _entries("Critics said the new rules had been drafted in a way that hurt small farmers.")
    assert "hurt" not in got
    assert got["drafted"].description == (
        "the new rules had been drafted in a way that hurt small farmers"
    )


def test_an_amount_keeps_its_bound() -> None:
    got = _entries("Most donors gave $100 or less, the report said. The farm lost 40 cows or more.")
    assert got["gave"].description == "Most donors gave $100 or less"
    assert got["lost"].description == "The farm lost 40 cows or more"


def test_a_name_set_off_by_a_dash_after_a_name_is_left_out() -> None:
    got = _entries("The officer shot Reed — Tom Vance — on Tuesday.")
    assert got["shot"].description == "The officer shot Reed"


def test_a_description_ending_on_a_preposition_without_its_object_is_no_entry() -> None:
    got = _entries("Police said the officer shot Reed - Tom Vance - after a struggle.")
    assert "shot" not in got


def test_a_credit_or_blame_without_its_cause_is_no_entry() -> None:
    got = _entries(
        "Tom Reed credited the rise in sales to the new store. "
        "Ann Roe blamed the loss in the third quarter on the weather."
    )
    assert "credited" not in got
    assert "blamed" not in got
    got = _entries("Ann Roe blamed the weather for the loss.")
    assert got["blamed"].description == "Ann Roe blamed the weather for the loss"


def test_a_phrasal_past_with_a_means_by_is_no_passive() -> None:
    got = _entries("Tom Reed picked up from his sister by saying he was ready to serve.")
    assert "was picked up" not in (got["picked up"].description if "picked up" in got else "")
