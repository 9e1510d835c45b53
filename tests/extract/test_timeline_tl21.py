"""Timeline entries from fresh train reads (branch tl21, issue 16): the content of a denied
telling is not told ("nobody has suggested that anything like that happened"); a relative
clause on "anyone" tells of no one's deed ("never met anyone who shredded files"); and a verb
joined to one an "if" opens is part of the condition ("if a worker got hurt or a shipment had
to be cancelled").

Invented texts; each test fails without the rule it names (guards, marked, pass before too).
"""

from __future__ import annotations

from app.extract.document import from_text
from app.extract.model import TimelineEvent
from app.extract.pipeline import extract


def _entries(text: str) -> dict[str, TimelineEvent]:
    raw = "---\npublished: 2023-05-10\n---\nCouncil news\n\n" + text + "\n"
    return {e.trigger.text: e for e in extract(from_text(raw)).timeline}


def test_content_of_a_telling_nobody_made_is_not_told() -> None:
    got = _entries(
        "The mayor said nobody has suggested that anything like that happened at the depot."
    )
    assert "happened" not in got


def test_content_of_a_denied_saying_is_not_told() -> None:
    got = _entries("The mayor did not say that the depot closed in May.")
    assert "closed" not in got


def test_content_of_a_plain_saying_stays_reported() -> None:  # guard
    got = _entries("The mayor said that the depot closed in May.")
    assert got["closed"].modality == "reported"


def test_relative_clause_on_anyone_is_no_deed() -> None:
    got = _entries("That might surprise anyone who never studied law.")
    assert "studied" not in got


def test_relative_clause_on_anyone_past_a_phrase_on_the_verb() -> None:
    got = _entries(
        "The auditor said she had never met anyone in a city office who shredded 500 files "
        "without punishment."
    )
    assert "shredded" not in got


def test_relative_clause_on_a_set_of_people_stays() -> None:  # guard
    got = _entries("Everyone who attended the meeting voted for the plan.")
    assert "attended" in got


def test_verb_joined_inside_an_if_clause_is_a_condition() -> None:
    got = _entries(
        '"If a worker got hurt or a shipment had to be cancelled, that would matter," Roe said.'
    )
    assert "cancelled" not in got


def test_party_and_state_tag_in_brackets_is_not_a_dateline() -> None:
    got = _entries("Harold Brenn (D-Ore.) blasted Holt in an interview on Monday.")
    assert got["blasted"].description.startswith("Harold Brenn blasted")
    assert got["blasted"].agent == "person:harold-brenn"


def test_dateline_with_spaced_dash_still_gives_the_name_after_it() -> None:  # guard
    got = _entries(
        "BRNO, Moravia - Regional Judge Anna Veltri late Thursday night issued an injunction."
    )
    assert got["issued"].agent == "person:anna-veltri"


def test_active_verb_joined_to_a_passive_is_not_done_by_its_by_phrase() -> None:
    got = _entries(
        "The extra classes would be funded by the Ostrava Lottery and would come on top of "
        "the two hours of sport a week."
    )
    assert got["funded"].agent == "organization:ostrava-lottery"
    assert got["come"].agent is None


def test_joined_passive_takes_its_own_by_phrase() -> None:
    got = _entries("The plan was drafted by Jana Holt and was approved by the Brno Council.")
    assert got["drafted"].agent == "person:jana-holt"
    assert got["approved"].agent == "organization:brno-council"


def test_joined_passive_without_a_by_phrase_has_no_doer() -> None:
    got = _entries("The plan was drafted by Jana Holt and was approved in May.")
    assert got["approved"].agent is None


def test_denied_opinion_reaches_a_going_to_clause() -> None:
    got = _entries(
        "“I don’t expect that’s going to change because the mayor’s got a lot of sway,” Roe said."
    )
    assert got["change"].reported_modality == "negated"


def test_plain_saying_leaves_a_going_to_clause_future() -> None:  # guard
    got = _entries("Roe said the council is going to raise taxes this year.")
    assert got["raise"].reported_modality == "future"


def test_adjective_used_as_a_noun_keeps_its_article() -> None:
    got = _entries("Two nurses who helped the poor in rural Moravia were found dead.")
    assert got["helped"].description == "Two nurses helped the poor in rural Moravia"
